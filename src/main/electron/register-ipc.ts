import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { apiChannels, ipcChannelPrefix } from '../../shared/api-channels';
import { DeskError, type ApiResult } from '../../shared/desk-error';
import type { ApiHandlers } from '../api/api-handlers';
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
