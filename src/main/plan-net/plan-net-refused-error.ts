import { DeskError } from '../../shared/desk-error';

/**
 * Plan-Net data the reader will not use. Reading writes nothing, so every sentence can promise
 * that nothing was changed. `line` is the ndjson line (the first is 1), or null for a whole file.
 */
export class PlanNetRefusedError extends DeskError {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number | null,
  ) {
    super('invalid-input', message);
  }
}

export interface SourcePlace {
  /** The file's name as the user knows it; inside a zip, "data.zip › Practitioner.ndjson". */
  readonly file: string;
  readonly line?: number;
}

/** "Line 12 of Practitioner.ndjson is not valid JSON … Nothing was changed." */
export function refusePlanNet(place: SourcePlace, problem: string): PlanNetRefusedError {
  const where =
    place.line === undefined ? place.file : `Line ${place.line.toLocaleString('en-US')} of ${place.file}`;
  return new PlanNetRefusedError(`${where} ${problem} Nothing was changed.`, place.file, place.line ?? null);
}
