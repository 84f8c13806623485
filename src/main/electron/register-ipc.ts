import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { apiChannels, ipcChannelPrefix } from '../../shared/api-channels';
import { DeskError, type ApiResult } from '../../shared/desk-error';
import { ipcStageFileChannel } from '../../shared/file-staging';
import type { ApiHandlers } from '../api/api-handlers';
import type { FileStaging } from '../imports/staged-files';
import { invokeChannel, type ApiCallLog } from '../api/invoke-channel';

/** Electron IPC transport: one ipcMain.handle per contract channel, each behind the sender check. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: ApiHandlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  log?: ApiCallLog,
): void {
  for (const channel of apiChannels) {
    ipcMain.handle(`${ipcChannelPrefix}${channel}`, (event, input: unknown): Promise<ApiResult<unknown>> => {
      if (!isTrustedSender(event)) {
        const refused = new DeskError('not-allowed', 'This window is not allowed to use Provider Desk.');
        log?.warn('api.refused', { channel, code: refused.code });
        return Promise.resolve({ ok: false, error: { code: refused.code, message: refused.message } });
      }
      return invokeChannel(handlers, channel, input, log);
    });
  }
}

/**
 * The app's file handoff for imports: the preload sends the path of a file the person chose, and
 * gets an id back. A page that forged a path could only have that file imported as provider data,
 * which refuses anything that is not a registry file; nothing of the file is ever sent back.
 */
export function registerFileStaging(
  ipcMain: Pick<IpcMain, 'handle'>,
  staging: Pick<FileStaging, 'stagePath'>,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  ipcMain.handle(ipcStageFileChannel, (event, path: unknown): ApiResult<{ stagedFile: string }> => {
    if (!isTrustedSender(event)) {
      return {
        ok: false,
        error: { code: 'not-allowed', message: 'This window is not allowed to use Provider Desk.' },
      };
    }
    if (typeof path !== 'string' || path === '') {
      return { ok: false, error: { code: 'invalid-input', message: 'Choose the file again.' } };
    }
    try {
      return { ok: true, value: { stagedFile: staging.stagePath(path) } };
    } catch (error) {
      if (!(error instanceof DeskError)) throw error;
      return { ok: false, error: { code: error.code, message: error.message } };
    }
  });
}
