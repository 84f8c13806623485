import { DeskError } from '../../../shared/desk-error';

/**
 * A zip the reader will not use: cut short or damaged. Both the registry and the Plan-Net readers
 * read zips; each turns this into its own refusal, naming the file the way its user knows it.
 * Reading writes nothing, so each sentence can promise that nothing was changed.
 */
export class ZipRefusedError extends DeskError {
  constructor(message: string) {
    super('invalid-input', message);
  }
}

const nothingChanged = 'Nothing was changed.';

export function refuseZipEndsEarly(): ZipRefusedError {
  return new ZipRefusedError(
    `The file ends early: it looks like the download did not finish. Download it again. ${nothingChanged}`,
  );
}

export function refuseDamagedZip(what: string): ZipRefusedError {
  return new ZipRefusedError(
    `The file is damaged (${what}): it may not have downloaded completely. Download it again. ${nothingChanged}`,
  );
}
