import { contextBridge, ipcRenderer } from 'electron';
import { createBridge, ipcChannelPrefix } from '../shared/api-channels';
import type { ApiResult } from '../shared/desk-error';

/**
 * window.api: one named function per contract channel, nothing else. The renderer never sees
 * ipcRenderer, so it can reach only the channels the contract lists.
 */
const api = createBridge(
  (channel, input) =>
    ipcRenderer.invoke(`${ipcChannelPrefix}${channel}`, input) as Promise<ApiResult<unknown>>,
);

contextBridge.exposeInMainWorld('api', api);
