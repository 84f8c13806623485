import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DeskError } from '../../shared/desk-error';
import { openShippedDirectory } from '../../../tests/support/shipped-directory';
import { openDirectory } from './directory-service';

const folder = mkdtempSync(join(tmpdir(), 'provider-desk-open-'));
const shipped = openShippedDirectory();
afterAll(() => {
  shipped.dispose();
  rmSync(folder, { recursive: true, force: true });
});

function openError(path: string): DeskError {
  try {
    openDirectory(path).close();
  } catch (error) {
    if (error instanceof DeskError) return error;
    throw error;
  }
  throw new Error('expected the directory not to open');
}

describe('opening directory.db', () => {
  it('says in plain words what to do when the file is missing or damaged', () => {
    expect(openError(join(folder, 'missing.db')).message).toMatch(
      /could not be opened .* Reinstall Provider Desk/,
    );
    const damaged = join(folder, 'damaged.db');
    writeFileSync(damaged, 'this is not a database'.repeat(100));
    expect(openError(damaged).message).toMatch(/could not be opened/);
  });

  it('browses every entry once, grouped by topic in the pack’s order', () => {
    const topics = shipped.directory.browse();
    expect(topics[0]?.topic).toBe('Provider support');
    expect(topics.flatMap((topic) => topic.entries).length).toBe(shipped.directory.info().entryCount);
    expect(new Set(topics.map((topic) => topic.topic)).size).toBe(topics.length);
  });

  it('gives an entry by key with its source and date, and a plain refusal for an unknown key', () => {
    const paper = shipped.directory.entry('claims.paper');
    expect(paper.values[0]?.seen).toEqual({ source: 'careoregon-support-1', on: '2026-11-23' });
    expect(paper.sources).toEqual([
      expect.objectContaining({ id: 'careoregon-support-1', publishedOn: null, capturedOn: '2026-11-23' }),
    ]);
    expect(() => shipped.directory.entry('claims.gone')).toThrow(/no longer in the directory/);
  });
});
