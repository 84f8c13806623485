import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createOutboxRepository } from '../outbox/outbox-repository';
import { deskMigrations } from './desk-migrations';
import { openDeskDatabase } from './open-desk-db';

const folders: string[] = [];
function freshPath(): string {
  const folder = mkdtempSync(join(tmpdir(), 'provider-desk-desk-'));
  folders.push(folder);
  return join(folder, 'nested', 'desk.db');
}
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('desk.db', () => {
  it('is created with WAL, every migration applied, and remembers who opened it', () => {
    const path = freshPath();
    const db = openDeskDatabase(path, { appVersion: '1.2.3', now: () => new Date('2026-11-23T10:00:00Z') });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(deskMigrations.length);
    expect(db.prepare('SELECT opened_at, app_version FROM app_opened').all()).toEqual([
      { opened_at: '2026-11-23T10:00:00.000Z', app_version: '1.2.3' },
    ]);
    db.close();
  });

  it('opens again without re-running migrations and keeps what was saved', () => {
    const path = freshPath();
    openDeskDatabase(path, { appVersion: '1' }).close();
    const db = openDeskDatabase(path, { appVersion: '2' });
    expect(db.prepare('SELECT app_version FROM app_opened ORDER BY rowid').pluck().all()).toEqual(['1', '2']);
    db.close();
  });

  it('refuses a file from a newer version instead of damaging it', () => {
    const path = freshPath();
    openDeskDatabase(path, { appVersion: '1' }).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${deskMigrations.length + 1}`);
    raw.close();
    expect(() => openDeskDatabase(path, { appVersion: '1' })).toThrow(/newer version of Provider Desk/);
  });
});

describe('desk.db from an older version', () => {
  it('gains the retired-mailbox columns (migration 7) with its outbox rows intact', () => {
    const path = freshPath();
    mkdirSync(dirname(path), { recursive: true });
    const old = new Database(path);
    deskMigrations.slice(0, 6).forEach((sql) => old.exec(sql));
    old.pragma('user_version = 6');
    old
      .prepare(
        `INSERT INTO outbox (message_id, form_id, to_address, subject, body_text, contains_phi, state, last_error,
           created_at, updated_at)
         VALUES ('<old@provider-desk.invalid>', 'new-contract-request', 'ProviderUpdates@CareOregon.org',
           'Clinic change – test', 'A fake request for tests.', 0, 'held', 'Add your mail settings.',
           '2026-11-20T09:00:00.000Z', '2026-11-20T09:00:00.000Z')`,
      )
      .run();
    old.close();

    const db = openDeskDatabase(path, { appVersion: '2' });
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    const rows = createOutboxRepository(db, { leaseOwner: 'test' });
    const [item] = rows.list();
    expect(item).toMatchObject({
      messageId: '<old@provider-desk.invalid>',
      to: 'ProviderUpdates@CareOregon.org',
      state: 'held',
      lastError: 'Add your mail settings.',
      retiredMailbox: null,
    });
    const retirement = {
      address: 'providerupdates@careoregon.org',
      replacement: null,
      updateDate: '2026-11-30',
    };
    expect(rows.holdForRetiredMailboxes([retirement], new Date()).held).toHaveLength(1);
    db.close();
  });
});

describe('desk.db opened by two programs at once', () => {
  it('skips a migration another program applied while this one waited for the lock', async () => {
    const { spawn } = await import('node:child_process');
    const path = freshPath();
    // A new file that the other program is about to migrate: it holds the write lock.
    mkdirSync(dirname(path), { recursive: true });
    const other = new Database(path);
    other.pragma('journal_mode = WAL');
    other.exec('BEGIN IMMEDIATE');

    const opener = [
      `process.stdout.write('opening\\n');`,
      `require(${JSON.stringify(join(__dirname, 'open-desk-db.ts'))}).openDeskDatabase(process.argv[1], { appVersion: 'second' }).close();`,
    ].join('');
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', '-e', opener, path], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    // Let it read the old version and block on the write lock the other program holds.
    await new Promise((resolve) => setTimeout(resolve, 400));
    deskMigrations.forEach((sql) => other.exec(sql));
    other.pragma(`user_version = ${deskMigrations.length}`);
    other.exec('COMMIT');

    const exit = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).toBe('');
    expect(exit).toBe(0);
    expect(other.prepare('SELECT app_version FROM app_opened').pluck().all()).toEqual(['second']);
    other.close();
  });
});
