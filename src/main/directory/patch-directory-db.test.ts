import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedPackPath, shippedPackPath } from '../../../tests/support/shipped-directory';
import { buildDirectoryDatabase } from './build-directory-db';
import { openDirectory } from './directory-service';
import { loadDirectoryPack } from './load-directory-pack';
import { patchDirectoryDatabase } from './patch-directory-db';

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'provider-desk-patch-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('patching a copy of the directory in use for a new pack', () => {
  it('rewrites only the entries that differ, and answers as a whole build would', () => {
    const seed = loadDirectoryPack(seedPackPath);
    const newest = loadDirectoryPack(shippedPackPath);
    buildDirectoryDatabase(seed, join(folder, 'seed.db'));
    buildDirectoryDatabase(newest, join(folder, 'whole.db'));

    const patched = patchDirectoryDatabase(join(folder, 'seed.db'), newest, join(folder, 'patched.db'));

    expect(patched?.after.map((entry) => entry.key)).toContain('payments.epayment-center');
    expect(patched?.before.map((entry) => entry.key)).toContain('clinic.updates-email');
    expect(patched?.after.length).toBeLessThan(newest.entries.length);
    const [whole, fromPatch] = ['whole.db', 'patched.db'].map((file) => openDirectory(join(folder, file)));
    for (const query of [
      'ProviderDataUpdates',
      'providerupdates',
      '855-774-4392',
      'zelis',
      'claims',
      '4164100',
    ]) {
      const keys = (directory: typeof whole) => new Set(directory!.search(query).hits.map((hit) => hit.key));
      expect(keys(fromPatch), query).toEqual(keys(whole));
    }
    expect(fromPatch!.info()).toEqual(whole!.info());
    expect(fromPatch!.entry('clinic.updates-email')).toEqual(whole!.entry('clinic.updates-email'));
    whole!.close();
    fromPatch!.close();
  });

  it('declines a directory file of another format, writing nothing, so the caller builds it whole', () => {
    const base = join(folder, 'old-format.db');
    buildDirectoryDatabase(loadDirectoryPack(seedPackPath), base);
    const db = new Database(base);
    db.pragma('user_version = 1');
    db.close();
    const output = join(folder, 'patched.db');
    expect(patchDirectoryDatabase(base, loadDirectoryPack(shippedPackPath), output)).toBeNull();
    expect(() => new Database(output, { fileMustExist: true })).toThrow();
  });
});
