import { DeskError } from '../../../shared/desk-error';

/**
 * A registry file the reader will not use: not a registry file, cut short, damaged, or with a row
 * that breaks the registry's layout. The reader writes nothing, so each sentence can promise that
 * nothing was changed. `line` is the physical line of the CSV (the header is line 1) where the
 * problem is, or null when it is the file as a whole (a zip that ends early).
 */
export class RegistryFileRefusedError extends DeskError {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super('invalid-input', message);
  }
}

const nothingChanged = 'Nothing was changed.';

export function refuseFileEndsEarly(): RegistryFileRefusedError {
  return new RegistryFileRefusedError(
    `The file ends early: it looks like the download did not finish. Download it again. ${nothingChanged}`,
    null,
  );
}

export function refuseDamagedFile(what: string): RegistryFileRefusedError {
  return new RegistryFileRefusedError(
    `The file is damaged (${what}): it may not have downloaded completely. Download it again. ${nothingChanged}`,
    null,
  );
}

/** A problem on one line of a CSV: "Line 1,234 of npidata_pfile_….csv has …". */
export function refuseLine(line: number, fileName: string, problem: string): RegistryFileRefusedError {
  return new RegistryFileRefusedError(
    `Line ${line.toLocaleString('en-US')} of ${fileName} ${problem} ${nothingChanged}`,
    line,
  );
}
