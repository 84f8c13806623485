import { nuccTaxonomyPath } from './registry-files';
import { resolve } from 'node:path';
import { shippedTrustedKeysPath } from '../../src/main/app-paths';
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { startDeskServices, type RunningDeskServices } from '../../src/main/desk-services';
import { createMemorySecretStore } from '../../src/main/outbox/secret-store';
import { fakeClinic } from './fake-clinic';

/** The clinic's name saved on each working day; each day's start-up backup holds the day before's. */
export const threeDays = [
  { day: '2026-11-20', clinicName: fakeClinic.clinicName },
  { day: '2026-11-21', clinicName: 'Rose City Test Clinic North' },
  { day: '2026-11-22', clinicName: 'Rose City Test Clinic South' },
] as const;

/** Services as the app starts them, on a given local day, over a test data folder. */
export function startDeskOn(
  day: string,
  folders: { userDataDir: string; directoryPath: string },
): RunningDeskServices {
  return startDeskServices({
    ...folders,
    trustedKeysPath: shippedTrustedKeysPath(resolve(__dirname, '../../out')),
    nuccCsvPath: nuccTaxonomyPath,
    appVersion: '0.0.0-test',
    transport: 'browser',
    secrets: createMemorySecretStore(),
    // No zone: nine in the morning wherever the tests run, so the day is the same in local time.
    now: () => new Date(`${day}T09:00:00`),
  });
}

/**
 * Three working days, each saving the profile under that day's name after its start-up backup:
 * the backup of the 20th holds an empty desk, the 21st's the first name, the 22nd's the second,
 * and desk.db the third, saved after the newest backup.
 */
export async function deskWithThreeDaysOfBackups(folders: {
  userDataDir: string;
  directoryPath: string;
}): Promise<void> {
  for (const { day, clinicName } of threeDays) {
    const services = startDeskOn(day, folders);
    const backup = await services.backUpIfDue();
    if (backup.kind !== 'made') throw new Error(`the backup of ${day} was not made: ${backup.kind}`);
    await services.handlers['profile.save']({ ...fakeClinic, clinicName });
    await services.close();
  }
}

/** Text no SQLite page holds: what a failing disk or a half-finished sync leaves behind. */
export function garbage(length: number): Buffer {
  return Buffer.alloc(length, 'This is not a database page. ');
}

/** Overwrites part of a file in place, as damage does, leaving its size alone. */
export function overwrite(path: string, from: number, length = statSync(path).size - from): void {
  const file = openSync(path, 'r+');
  try {
    writeSync(file, garbage(length), 0, length, from);
  } finally {
    closeSync(file);
  }
}
