import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRotatingFile } from './rotating-file';
import { openDeskLog } from './desk-log';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'provider-desk-log-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const lines = (name: string) => readFileSync(join(folder, name), 'utf8').trimEnd().split('\n');

describe('the log file, rotated by size', () => {
  it('rotates before the limit, keeps at most the files asked for, newest in the .log', () => {
    const file = createRotatingFile(join(folder, 'desk.log'), { maxBytes: 100, keep: 3 });
    // Each line is 10 bytes with its newline: ten lines fill a file.
    for (let index = 0; index < 45; index += 1)
      expect(file.append(`line ${String(index).padStart(4, '0')}`)).toBe(true);

    expect(readdirSync(folder).sort()).toEqual(['desk.log', 'desk.log.1', 'desk.log.2']);
    for (const name of readdirSync(folder))
      expect(statSync(join(folder, name)).size).toBeLessThanOrEqual(100);
    expect(lines('desk.log')).toEqual(['line 0040', 'line 0041', 'line 0042', 'line 0043', 'line 0044']);
    expect(lines('desk.log.1')[0]).toBe('line 0030');
    expect(lines('desk.log.2')[0]).toBe('line 0020');
    // The oldest lines are gone with the file that rotated out.
    expect([...lines('desk.log.2'), ...lines('desk.log.1'), ...lines('desk.log')]).toHaveLength(25);
  });

  it('creates its folder, and never throws when it cannot write', () => {
    const file = createRotatingFile(join(folder, 'new', 'desk.log'));
    expect(file.append('first')).toBe(true);
    expect(lines('new/desk.log')).toEqual(['first']);

    writeFileSync(join(folder, 'logs'), 'a file where the log folder should be');
    const failures: unknown[] = [];
    const blocked = createRotatingFile(join(folder, 'logs', 'desk.log'), {
      onFirstFailure: (error) => failures.push(error),
    });
    expect(blocked.append('one')).toBe(false);
    expect(blocked.append('two')).toBe(false);
    expect(failures).toHaveLength(1);
  });

  it('keeps recording recent problems for diagnostics when the file cannot be written', () => {
    writeFileSync(join(folder, 'logs'), 'a file where the log folder should be');
    const log = openDeskLog(join(folder, 'logs'), { onFirstFailure: () => undefined });
    expect(() =>
      log.error('outbox.failed', { id: 3, formId: 'claims-inquiry', responseCode: 550 }),
    ).not.toThrow();
    expect(log.recentProblems()).toMatchObject([
      { event: 'outbox.failed', formId: 'claims-inquiry', responseCode: 550 },
    ]);
    expect(existsSync(join(folder, 'logs', 'provider-desk.log'))).toBe(false);
  });
});
