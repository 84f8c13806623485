import { PlanNetRefusedError } from '../plan-net-refused-error';

/**
 * A refusal about what the plan's server answered at `url`. The URL stands where the file reader
 * names a file, so the import's message and the error's `file` tell the user which request it was.
 */
export function refuseServerAnswer(url: string, sentence: string): PlanNetRefusedError {
  return new PlanNetRefusedError(`${sentence} Nothing was changed.`, url, null);
}
