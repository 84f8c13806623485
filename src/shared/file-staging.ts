import type { ApiResult } from './desk-error';

/**
 * How the page hands a chosen file to main for import, outside the contract's JSON calls: a
 * registry file can be gigabytes. In the app the preload passes the file's path (IPC channel
 * below); in browser mode the page uploads the bytes to `/files`. Main answers with an id that
 * `providers.importFile` names.
 */
export interface DeskFileBridge {
  stage(file: File): Promise<ApiResult<{ stagedFile: string }>>;
}

export const ipcStageFileChannel = 'desk:stage-file';

/** Browser mode's upload address; the file's name travels in `?name=`. */
export const stageFilePath = '/files';
