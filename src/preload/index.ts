import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { ipcEventChannel, isDeskEventMessage, type DeskEventBridge } from '../shared/api-events';
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

/** What main announces (the outbox changed, with its new status), passed on as it came. */
const deskEvents: DeskEventBridge = {
  subscribe(listener) {
    const relay = (_event: IpcRendererEvent, message: unknown) => {
      if (isDeskEventMessage(message)) listener(message);
    };
    ipcRenderer.on(ipcEventChannel, relay);
    return () => {
      ipcRenderer.off(ipcEventChannel, relay);
    };
  },
};

contextBridge.exposeInMainWorld('deskEvents', deskEvents);
