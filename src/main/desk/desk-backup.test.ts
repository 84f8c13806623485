import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeClinic } from '../../../tests/support/fake-clinic';
import { overwrite } from '../../../tests/support/desk-history';
import { createProfileStore } from '../profile/profile-store';
import { listBackups } from './backup-files';
import { startDailyBackups } from './daily-backups';
import { backUpDeskIfDue } from './desk-backup';
import { openDeskDatabase } from './open-desk-db';

let folder: string;
let backups: string;
let desk: Database.Database;
const opened: Database.Database[] = [];

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'provider-desk-backup-'));
  backups = join(folder, 'backups');
  desk = openDeskDatabase(join(folder, 'desk.db'), { appVersion: '0.0.0-test' });
  opened.push(desk);
});
afterEach(() => {
  opened.splice(0).forEach((db) => db.open && db.close());
  rmSync(folder, { recursive: true, force: true });
});

/** Local time, so the day is the same whatever zone the tests run in. */
const at = (day: string, time = '09:00') => new Date(`${day}T${time}:00`);
const backUpOn = (day: string, time?: string) =>
  backUpDeskIfDue(desk, { folder: backups, now: () => at(day, time) });
const backupDates = () => listBackups(backups).map((backup) => backup.date);

describe('the daily backup of desk.db', () => {
  it('is made at start-up, and only once a day however often it is checked', async () => {
    const started = startDailyBackups(desk, {
      folder: backups,
      now: () => at('2026-11-23'),
      onFailed: () => {},
    });
    await started.stop();
    expect(backupDates()).toEqual(['2026-11-23']);

    expect(await backUpOn('2026-11-23', '13:00')).toMatchObject({ kind: 'already-made' });
    expect(await backUpOn('2026-11-23', '23:59')).toMatchObject({ kind: 'already-made' });
    expect(backupDates()).toEqual(['2026-11-23']);

    expect(await backUpOn('2026-11-24', '00:30')).toMatchObject({ kind: 'made' });
    expect(backupDates()).toEqual(['2026-11-24', '2026-11-23']);
  });

  it('keeps the newest seven: the eighth day removes the first', async () => {
    const days = Array.from({ length: 8 }, (_, index) => `2026-11-${String(20 + index)}`);
    for (const day of days) expect(await backUpOn(day)).toMatchObject({ kind: 'made' });
    expect(backupDates()).toEqual(days.slice(1).reverse());
    expect(readdirSync(backups)).toHaveLength(7);
  });

  it('holds what was saved, as one file that opens on its own', async () => {
    createProfileStore(desk).save(fakeClinic);
    const outcome = await backUpOn('2026-11-23');
    if (outcome.kind !== 'made') throw new Error(`no backup: ${outcome.kind}`);
    // Just the file: no -wal or -shm that a copy to a USB stick could leave behind.
    expect(readdirSync(backups)).toEqual(['desk-2026-11-23.db']);
    const copy = new Database(outcome.path, { readonly: true });
    opened.push(copy);
    expect(createProfileStore(copy).get().profile).toEqual(fakeClinic);
  });

  it('reports a copy that fails SQLite’s check, keeps no file of it, and the desk works on', async () => {
    for (let row = 0; row < 200; row += 1) {
      desk
        .prepare("INSERT INTO drafts VALUES (?, 'claims-inquiry', '{}', 'then', 'then')")
        .run(`draft-${row}`);
    }
    desk.close();
    // Damage past the schema page: SQLite opens the file, and the copy carries the damage.
    overwrite(join(folder, 'desk.db'), 3 * 4096, 2 * 4096);
    const damaged = new Database(join(folder, 'desk.db'));
    opened.push(damaged);
    const failures: Error[] = [];
    const started = startDailyBackups(damaged, {
      folder: backups,
      now: () => at('2026-11-23'),
      onFailed: (error) => failures.push(error),
    });
    expect(await started.backUpIfDue()).toMatchObject({ kind: 'failed' });
    await started.stop();
    expect(failures.map((error) => error.message)).toEqual([
      'the copy of desk.db did not pass SQLite’s quick check',
    ]);
    expect(readdirSync(backups)).toEqual([]);
  });

  it('reports a folder it cannot write to, and the desk works on', async () => {
    writeFileSync(join(folder, 'not-a-folder'), '');
    const outcome = await backUpDeskIfDue(desk, {
      folder: join(folder, 'not-a-folder', 'backups'),
      now: () => at('2026-11-23'),
    });
    expect(outcome).toMatchObject({ kind: 'failed', error: { code: 'ENOTDIR' } });
    expect(createProfileStore(desk).save(fakeClinic).saved).toBe(true);
  });

  it('never counts a half-written copy as a backup, and clears those an earlier day left', async () => {
    const leftover = (day: string) => join(backups, `desk-${day}.db.4242.partial`);
    await backUpOn('2026-11-21');
    writeFileSync(leftover('2026-11-22'), 'cut short by a crash');
    writeFileSync(`${leftover('2026-11-22')}-journal`, 'its journal');
    writeFileSync(leftover('2026-11-23'), 'still being written by another window');
    expect(backupDates()).toEqual(['2026-11-21']);

    await backUpOn('2026-11-23');
    expect(readdirSync(backups).sort()).toEqual([
      'desk-2026-11-21.db',
      'desk-2026-11-23.db',
      'desk-2026-11-23.db.4242.partial',
    ]);
  });

  it('lets desk.db close only after a backup in progress is finished, and starts none after', async () => {
    let today = '2026-11-23';
    const started = startDailyBackups(desk, { folder: backups, now: () => at(today), onFailed: () => {} });
    await started.stop();
    desk.close();
    expect(backupDates()).toEqual(['2026-11-23']);
    const copy = new Database(listBackups(backups)[0]!.path, { readonly: true });
    opened.push(copy);
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');

    today = '2026-11-24';
    expect(await started.backUpIfDue()).toEqual({ kind: 'stopped' });
    expect(backupDates()).toEqual(['2026-11-23']);
  });
});
