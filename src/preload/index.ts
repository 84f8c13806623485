import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { ipcEventChannel, isDeskEventMessage, type DeskEventBridge } from '../shared/api-events';
import { createBridge, ipcChannelPrefix } from '../shared/api-channels';
import type { ApiResult } from '../shared/desk-error';
import { ipcStageFileChannel, type DeskFileBridge } from '../shared/file-staging';

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

/**
 * A file chosen for import reaches main as its path, not its bytes (a registry file can be
 * gigabytes); main hands back an id for providers.importFile.
 */
const deskFiles: DeskFileBridge = {
  stage: (file) =>
    ipcRenderer.invoke(ipcStageFileChannel, webUtils.getPathForFile(file)) as Promise<
      ApiResult<{ stagedFile: string }>
    >,
};

contextBridge.exposeInMainWorld('deskFiles', deskFiles);
