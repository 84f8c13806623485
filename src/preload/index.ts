import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { ipcEventChannel, isDeskEvent, type DeskEventBridge } from '../shared/api-events';
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

/** What main announces (the outbox changed); the page then asks for the new state. */
const deskEvents: DeskEventBridge = {
  subscribe(listener) {
    const relay = (_event: IpcRendererEvent, name: unknown) => {
      if (isDeskEvent(name)) listener(name);
    };
    ipcRenderer.on(ipcEventChannel, relay);
    return () => {
      ipcRenderer.off(ipcEventChannel, relay);
    };
  },
};

contextBridge.exposeInMainWorld('deskEvents', deskEvents);
