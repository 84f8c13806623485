import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeskError } from '../../shared/desk-error';
import {
  deskWithThreeDaysOfBackups,
  garbage,
  overwrite,
  startDeskOn,
  threeDays,
} from '../../../tests/support/desk-history';
import { openShippedDirectory } from '../../../tests/support/shipped-directory';
import type { RunningDeskServices } from '../desk-services';
import { backUpDeskIfDue } from './desk-backup';

/**
 * On Windows a file another program holds open cannot be renamed; here the one rename a test
 * names fails the same way, and every other file operation is the real one.
 */
const renames = vi.hoisted(() => ({ failFor: null as ((from: string) => boolean) | null }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const renameSync: typeof actual.renameSync = (from, to) => {
    if (renames.failFor?.(String(from))) {
      throw Object.assign(new Error(`EPERM: operation not permitted, rename '${String(from)}'`), {
        code: 'EPERM',
      });
    }
    actual.renameSync(from, to);
  };
  return { ...actual, renameSync, default: { ...actual, renameSync } };
});

let shipped: ReturnType<typeof openShippedDirectory>;
let folders: { userDataDir: string; directoryPath: string };
const running: RunningDeskServices[] = [];

beforeAll(() => {
  shipped = openShippedDirectory();
});
afterAll(() => shipped.dispose());
beforeEach(async () => {
  folders = {
    userDataDir: mkdtempSync(join(tmpdir(), 'provider-desk-recovery-')),
    directoryPath: shipped.path,
  };
  await deskWithThreeDaysOfBackups(folders);
});
afterEach(async () => {
  renames.failFor = null;
  await Promise.all(running.splice(0).map((services) => services.close()));
  rmSync(folders.userDataDir, { recursive: true, force: true });
});

const deskPath = () => join(folders.userDataDir, 'desk.db');
const backupPath = (day: string) => join(folders.userDataDir, 'backups', `desk-${day}.db`);
const damagedFiles = () => readdirSync(folders.userDataDir).filter((name) => name.startsWith('desk-damaged'));
/** Where start-up at nine on the 23rd keeps a damaged desk.db. */
const keptAt = () => join(folders.userDataDir, 'desk-damaged-2026-11-23-090000.db');

/** Where a table's first page sits in desk.db: its offset and length. */
function pageOf(table: string): [number, number] {
  const db = new Database(deskPath(), { readonly: true });
  const root = db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(table) as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  db.close();
  return [(root - 1) * size, size];
}

/** Starts the desk as the app does on the 23rd, and reads what the front desk would see. */
async function startOn(day = '2026-11-23') {
  const services = startDeskOn(day, folders);
  running.push(services);
  const info = await services.handlers['app.info'](undefined);
  const profile = await services.handlers['profile.get'](undefined);
  return { services, notice: info.deskRecovery, clinicName: profile.profile?.clinicName ?? null };
}

describe('a damaged desk.db at start-up', () => {
  it.each([
    ['its header overwritten', () => overwrite(deskPath(), 0, 100)],
    ['every page but the first overwritten', () => overwrite(deskPath(), 4096)],
    // Only SQLite's check at start-up finds this one: the file opens, and the profile fails later.
    ['the clinic profile’s page overwritten', () => overwrite(deskPath(), ...pageOf('clinic_profile'))],
    ['nothing but garbage', () => writeFileSync(deskPath(), garbage(64 * 1024))],
    ['cut to nothing', () => writeFileSync(deskPath(), '')],
  ])('with %s is set aside and the newest backup restored', async (_damage, damage) => {
    damage();
    const damagedBytes = readFileSync(deskPath());

    const { notice, clinicName, services } = await startOn();
    expect(notice).toEqual({ restoredFrom: '2026-11-22', damagedFileKeptAt: keptAt() });
    // The newest backup, made as the 22nd started, holds what the 21st saved.
    expect(clinicName).toBe(threeDays[1].clinicName);
    expect(readFileSync(keptAt())).toEqual(damagedBytes);
    const logged = readFileSync(join(folders.userDataDir, 'logs', 'provider-desk.log'), 'utf8');
    expect(logged).toMatch(/"event":"desk\.restored".*"backupDate":"2026-11-22"/);
    expect(logged).toMatch(/"event":"desk\.backedUp".*"backupDate":"2026-11-22"/);

    await services.handlers['profile.update']({ clinicName: 'Rose City Test Clinic East' });
    await services.close();
    running.pop();
    const nextDay = await startOn('2026-11-24');
    expect(nextDay.notice).toBeNull();
    expect(nextDay.clinicName).toBe('Rose City Test Clinic East');
  });

  it('takes its journal (-wal) aside with it, so the journal is never replayed into the restored file', async () => {
    writeFileSync(deskPath(), garbage(8192));
    writeFileSync(`${deskPath()}-wal`, garbage(4096));

    const { notice, clinicName } = await startOn();
    expect(notice?.restoredFrom).toBe('2026-11-22');
    expect(clinicName).toBe(threeDays[1].clinicName);
    expect(readFileSync(`${keptAt()}-wal`)).toEqual(garbage(4096));
  });

  it('never overwrites a damaged file kept earlier, even in the same second', async () => {
    writeFileSync(deskPath(), garbage(4096));
    const first = await startOn();
    await first.services.close();
    running.pop();
    writeFileSync(deskPath(), garbage(8192));

    const second = await startOn();
    expect(second.notice?.damagedFileKeptAt).toBe(keptAt().replace(/\.db$/, '-2.db'));
    expect(readFileSync(keptAt())).toEqual(garbage(4096));
    expect(readFileSync(second.notice!.damagedFileKeptAt)).toEqual(garbage(8192));
  });

  it('falls back to an older backup when the newest is damaged too', async () => {
    overwrite(deskPath(), 0, 100);
    overwrite(backupPath('2026-11-22'), 0, 100);

    const { notice, clinicName } = await startOn();
    expect(notice).toEqual({ restoredFrom: '2026-11-21', damagedFileKeptAt: keptAt() });
    expect(clinicName).toBe(threeDays[0].clinicName);
  });

  it('starts an empty desk and says nothing could be restored when there is no backup', async () => {
    rmSync(join(folders.userDataDir, 'backups'), { recursive: true });
    overwrite(deskPath(), 0, 100);

    const { notice, clinicName } = await startOn();
    expect(notice).toEqual({ restoredFrom: null, damagedFileKeptAt: keptAt() });
    expect(clinicName).toBeNull();
    expect(existsSync(keptAt())).toBe(true);
  });

  it('stays where it is, with a message saying what to do, when it cannot be moved', async () => {
    writeFileSync(deskPath(), garbage(8192));
    writeFileSync(`${deskPath()}-wal`, garbage(4096));
    renames.failFor = (from) => from.endsWith('-wal');

    const starting = () => startDeskOn('2026-11-23', folders);
    expect(starting).toThrow(DeskError);
    expect(starting).toThrow(
      `Provider Desk found its saved data damaged, but could not move the damaged file (${deskPath()}) out of the way to restore a backup. Close every Provider Desk window, then start it again.`,
    );
    // desk.db went aside first, and came back when its journal could not follow.
    expect(readFileSync(deskPath())).toEqual(garbage(8192));
    expect(readFileSync(`${deskPath()}-wal`)).toEqual(garbage(4096));
    expect(damagedFiles()).toEqual([]);

    renames.failFor = null;
    expect((await startOn()).notice?.restoredFrom).toBe('2026-11-22');
  });

  it('says what it did when the restored copy then cannot be opened, here a backup from a newer version', () => {
    const newest = new Database(backupPath('2026-11-22'));
    newest.pragma('user_version = 999');
    newest.close();
    overwrite(deskPath(), 0, 100);

    expect(() => startDeskOn('2026-11-23', folders)).toThrow(
      `Provider Desk found its saved data damaged, kept the damaged file at ${keptAt()} and restored the backup of November 22, 2026, but could not open it. Your saved data was written by a newer version of Provider Desk. Install that version again to open it.`,
    );
    expect(existsSync(keptAt())).toBe(true);
  });

  it('holds every message the backup shows unsent, for a person to check, instead of sending it again', async () => {
    const states = ['queued', 'sending', 'retrying', 'held', 'sent', 'failed', 'cancelled'];
    const db = new Database(deskPath());
    const insert = db.prepare(
      `INSERT INTO outbox (message_id, form_id, to_address, subject, body_text, contains_phi, state, created_at, updated_at)
       VALUES (?, 'clinic-update', 'updates@example.invalid', 'Test subject', 'Test body', 0, ?, 'then', 'then')`,
    );
    states.forEach((state) => insert.run(`<${state}@provider-desk.invalid>`, state));
    // The backup as the 23rd's start-up makes it, taken before the sender could touch any of them.
    const backup = await backUpDeskIfDue(db, {
      folder: join(folders.userDataDir, 'backups'),
      now: () => new Date('2026-11-23T09:00:00'),
    });
    expect(backup.kind).toBe('made');
    db.close();
    overwrite(deskPath(), 0, 100);

    const { notice, services } = await startOn('2026-11-24');
    expect(notice?.restoredFrom).toBe('2026-11-23');
    const items = await services.handlers['outbox.list'](undefined);
    const stateOf = (id: string) => items.find((item) => item.messageId === `<${id}@provider-desk.invalid>`);
    for (const unsent of ['queued', 'sending', 'retrying', 'held']) {
      expect(stateOf(unsent)).toMatchObject({ state: 'failed', nextAttemptAt: null });
      expect(stateOf(unsent)?.lastError).toMatch(
        /backup of November 23, 2026.*Retry it only if the plan has not received it/,
      );
    }
    expect(stateOf('sent')?.state).toBe('sent');
    expect(stateOf('failed')?.lastError).toBeNull();
    expect(stateOf('cancelled')?.state).toBe('cancelled');
  });
});

describe('start-up that is not a recovery', () => {
  it('refuses a desk.db from a newer Provider Desk as before, and leaves it alone', () => {
    const raw = new Database(deskPath());
    raw.pragma('user_version = 999');
    raw.close();
    const before = readdirSync(folders.userDataDir).sort();
    const bytes = readFileSync(deskPath());

    expect(() => startDeskOn('2026-11-23', folders)).toThrow(
      'Your saved data was written by a newer version of Provider Desk. Install that version again to open it.',
    );
    expect(readdirSync(folders.userDataDir).sort()).toEqual(before);
    expect(readFileSync(deskPath())).toEqual(bytes);
  });

  it('treats a missing desk.db as a first run: an empty desk and no notice', async () => {
    rmSync(deskPath());

    const { notice, clinicName } = await startOn();
    expect(notice).toBeNull();
    expect(clinicName).toBeNull();
    expect(damagedFiles()).toEqual([]);
  });

  it('opens a sound desk.db as it is, with no notice', async () => {
    const { notice, clinicName } = await startOn();
    expect(notice).toBeNull();
    expect(clinicName).toBe(threeDays[2].clinicName);
  });
});
