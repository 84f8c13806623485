import { browserTokenHeader } from '../../shared/api-channels';
import type { ApiResult } from '../../shared/desk-error';
import { stageFilePath, type DeskFileBridge } from '../../shared/file-staging';

declare global {
  interface Window {
    /** Set by the preload in the desktop app; absent in browser mode. */
    readonly deskFiles?: DeskFileBridge;
  }
}

const failure = (message: string): ApiResult<never> => ({
  ok: false,
  error: { code: 'not-allowed', message },
});

/** Browser mode: the file's bytes go to main as one streamed upload, never through JSON. */
async function upload(file: File): Promise<ApiResult<{ stagedFile: string }>> {
  const token = new URLSearchParams(window.location.search).get('token');
  if (!token) return failure('Open the address that npm run web printed.');
  try {
    const response = await fetch(`${stageFilePath}?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', [browserTokenHeader]: token },
      body: file,
    });
    if (!response.ok)
      return failure(`Provider Desk could not receive the file (${response.status}). Try again.`);
    return (await response.json()) as ApiResult<{ stagedFile: string }>;
  } catch {
    return failure('Provider Desk is not running. Start it again with npm run web.');
  }
}

/** Hands a chosen file to main for import; its id is what `providers.importFile` names. */
export function stageFile(file: File): Promise<ApiResult<{ stagedFile: string }>> {
  return window.deskFiles ? window.deskFiles.stage(file) : upload(file);
}
