import { DeskError } from '../../shared/desk-error';

/**
 * Why a directory pack was turned away, for the import code and the logs; the user reads the
 * sentence. The signature check uses the first four; the import pipeline adds the rest.
 */
export type PackRefusalReason =
  | 'no-signature'
  | 'bad-signature'
  | 'unknown-key'
  | 'no-trusted-keys'
  | 'wrong-plan'
  | 'not-newer'
  | 'schema'
  | 'too-large'
  | 'download';

/**
 * A pack Provider Desk will not use. Every refusal happens before anything is written, so each
 * sentence can promise that nothing was changed. The code is the same for all of them (the file
 * offered is not acceptable); the UI shows the sentence and does not branch on the reason.
 */
export class PackRefusedError extends DeskError {
  constructor(
    readonly reason: PackRefusalReason,
    message: string,
  ) {
    super('invalid-input', message);
  }
}
