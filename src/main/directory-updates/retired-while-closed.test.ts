import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeClinicUpdate } from '../../../tests/support/fake-forms';
import { valueOf } from '../../../tests/support/channel-call';
import type { ApiResult } from '../../shared/desk-error';
import type { ApiOutput } from '../../shared/api-contract';
import type { ApiHandlers } from '../api/api-handlers';
import { invokeChannel } from '../api/invoke-channel';
import { seedPackPath, shippedPackPath } from '../../../tests/support/shipped-directory';
import { nuccTaxonomyPath } from '../../../tests/support/registry-files';
import { makeUpdateBench, type UpdateBench } from '../../../tests/support/update-fixtures';
import { startDeskServices } from '../desk-services';
import { createMemorySecretStore } from '../outbox/secret-store';
import { openUpdatableDirectory } from './directory-updater';

let bench: UpdateBench | undefined;

/** The outbox as the page lists it, through the same door the transports use. */
async function outboxList(handlers: ApiHandlers) {
  return valueOf(
    (await invokeChannel(handlers, 'outbox.list', undefined)) as ApiResult<ApiOutput<'outbox.list'>>,
  );
}
afterEach(() => bench?.dispose());

describe('an update applied while Provider Desk was closed (npm run import)', () => {
  it('holds, at the next start, mail queued to a mailbox it retired', async () => {
    bench = makeUpdateBench(seedPackPath);
    const options = {
      userDataDir: bench.userDataDir,
      directoryPath: bench.builtInPath,
      trustedKeysPath: bench.appKeysFolder,
      nuccCsvPath: nuccTaxonomyPath,
      appVersion: '0.0.0-test',
      transport: 'browser' as const,
      secrets: createMemorySecretStore(),
    };
    const before = startDeskServices(options);
    valueOf(
      await invokeChannel(before.handlers, 'forms.queue', {
        formId: 'clinic-update',
        values: fakeClinicUpdate(),
        draftId: null,
      }),
    );
    const [queued] = await outboxList(before.handlers);
    expect(queued).toMatchObject({ to: 'ProviderUpdates@CareOregon.org', retiredMailbox: null });
    await before.close();

    const { directory, updater } = openUpdatableDirectory({
      userDataDir: bench.userDataDir,
      builtInPath: bench.builtInPath,
      appKeysFolder: bench.appKeysFolder,
    });
    const { packBytes, signatureText } = bench.sign(readFileSync(shippedPackPath, 'utf8'));
    await updater.apply(packBytes, signatureText);
    directory.close();

    const after = startDeskServices(options);
    try {
      const [held] = await outboxList(after.handlers);
      expect(held).toMatchObject({
        state: 'held',
        to: 'ProviderUpdates@CareOregon.org',
        retiredMailbox: { replacement: 'ProviderDataUpdates@careoregon.org' },
      });
    } finally {
      await after.close();
    }
  });
});
