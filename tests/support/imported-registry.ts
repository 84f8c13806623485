import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { vi } from 'vitest';
import { browserTokenHeader } from '../../src/shared/api-channels';
import type { ApiResult } from '../../src/shared/desk-error';
import { stageFilePath } from '../../src/shared/file-staging';
import type { ProviderDataStatus } from '../../src/shared/npi-registry';
import { writeSampleRegistry } from './registry-files';
import type { WebMode } from './web-mode';

/** Uploads a file the way the page does in browser mode and returns its staged id. */
export async function stageUpload(web: WebMode, path: string): Promise<string> {
  const response = await fetch(`${web.origin}${stageFilePath}?name=${encodeURIComponent(basename(path))}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', [browserTokenHeader]: web.token },
    body: readFileSync(path),
  });
  const result = (await response.json()) as ApiResult<{ stagedFile: string }>;
  if (!result.ok) throw new Error(result.error.message);
  return result.value.stagedFile;
}

/**
 * Imports the sample registry (tests/fixtures/nppes-sample, joined) into a running browser mode
 * through the same calls Settings → Provider data makes, and waits until it is in use.
 */
export async function importSampleRegistry(web: WebMode): Promise<ProviderDataStatus> {
  const folder = mkdtempSync(join(tmpdir(), 'npi-sample-'));
  try {
    const stagedFile = await stageUpload(web, writeSampleRegistry(folder));
    await web.call('providers.importFile', { stagedFile, states: null });
    // Set-up runs outside a test, where expect.poll is not allowed; vi.waitFor polls the same way.
    const status = await vi.waitFor(
      async () => {
        const now = await web.call('providers.status');
        if (now.importing) throw new Error('The sample registry is still being imported.');
        return now;
      },
      { timeout: 60_000, interval: 100 },
    );
    if (!status.lastOutcome?.ok)
      throw new Error(`The sample registry was refused: ${status.lastOutcome?.message}`);
    return status;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
