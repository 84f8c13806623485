import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { DirectoryStatus } from '../../shared/directory-update';
import type { MailboxRetirement } from '../../shared/mailbox-retirement';
import { realPackPaths, seedPackPath } from '../../../tests/support/shipped-directory';
import { makeUpdateBench, type UpdateBench } from '../../../tests/support/update-fixtures';
import { openUpdatableDirectory } from './directory-updater';

let bench: UpdateBench | undefined;
afterEach(() => bench?.dispose());

/** Each later copy of the plan's page, applied in turn as a signed update over the seed directory. */
async function replay() {
  bench = makeUpdateBench(seedPackPath);
  const retired: MailboxRetirement[][] = [];
  const { directory, updater } = openUpdatableDirectory({
    userDataDir: bench.userDataDir,
    builtInPath: bench.builtInPath,
    appKeysFolder: bench.appKeysFolder,
    now: () => new Date('2026-11-30T12:00:00Z'),
    onMailboxesRetired: (retirements) => retired.push(retirements),
  });
  const statuses: DirectoryStatus[] = [];
  for (const path of realPackPaths().slice(1)) {
    const { packBytes, signatureText } = bench.sign(readFileSync(path, 'utf8'));
    statuses.push(await updater.apply(packBytes, signatureText));
  }
  return { directory, updater, statuses, retired };
}

describe('every real version of the plan’s page replays as a signed update', () => {
  it('says what each page changed, and nothing else', async () => {
    const { directory, statuses } = await replay();
    const changes = statuses.map((status) => status.lastUpdate!.changes);
    expect(statuses.map((status) => status.version)).toEqual([
      '2026.11.30',
      '2026.11.30.1',
      '2026.11.30.2',
      '2026.11.30.3',
    ]);

    // careoregon.org, later: the contract-request mailbox became a web form.
    expect(changes[0]!.added).toEqual([]);
    expect(changes[0]!.changed.map((entry) => [entry.key, entry.values.map((v) => v.summary)])).toEqual([
      [
        'contracting.requests',
        [
          'Now a web page instead of an e-mail box: newcontractrequest@careoregon.org → New Contract Requests form.',
        ],
      ],
      [
        'contracting.credentialing-requirements',
        [
          'The document changed: Credentialing Requirements for Primary Care Providers and Specialists → CareOregon Provider Manual (credentialing requirements).',
        ],
      ],
    ]);
    // www.careoregon.org: the clinic-updates mailbox moved, the form was renamed.
    expect(changes[1]!.changed.map((entry) => [entry.key, entry.values.map((v) => v.summary)])).toEqual([
      [
        'clinic.updates-email',
        ['The mailbox moved: providerupdates@careoregon.org → ProviderDataUpdates@careoregon.org.'],
      ],
      [
        'contracting.requests',
        ['The web page changed: New Contract Requests form → Contract Requests form.'],
      ],
      [
        'contracting.credentialing-requirements',
        [
          'The document changed: CareOregon Provider Manual (credentialing requirements) → CareOregon provider manuals (credentialing requirements).',
        ],
      ],
    ]);
    // careoregonadvantage.org: the ePayment Center (Zelis) line is new.
    expect(changes[2]).toMatchObject({
      added: [{ key: 'payments.epayment-center', title: 'CareOregon ePayment Center (Zelis)' }],
      changed: [],
      removed: [],
    });
    // www.careoregonadvantage.org: Ethics Point seen again, nothing moved.
    expect(changes[3]).toMatchObject({ added: [], changed: [], removed: [], reconfirmed: 1 });

    expect(directory.info().packVersion).toBe('2026.11.30.3');
    expect(directory.search('855-774-4392').hits[0]?.key).toBe('payments.epayment-center');
  });

  it('hands the outbox each mailbox the pages retired, with its replacement', async () => {
    const { retired } = await replay();
    expect(retired).toEqual([
      [{ address: 'newcontractrequest@careoregon.org', replacement: null, updateDate: '2026-11-30' }],
      [
        {
          address: 'providerupdates@careoregon.org',
          replacement: 'ProviderDataUpdates@careoregon.org',
          updateDate: '2026-11-30',
        },
      ],
    ]);
  });

  it('finds a retired mailbox by its old address and says what replaced it', async () => {
    const { directory } = await replay();
    const hit = directory.search('newcontractrequest').hits[0];
    expect(hit?.key).toBe('contracting.requests');
    expect(hit?.retired?.[0]).toMatchObject({
      value: { address: 'newcontractrequest@careoregon.org' },
      replacement: 'the New Contract Requests form on the plan’s web site',
    });
  });
});
