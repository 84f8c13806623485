import { DeskError } from '../../shared/desk-error';

/**
 * A registry file Provider Desk will not use, for a reason the person can act on (the wrong
 * file, a weekly file with no registry under it). The sentence says what to do; the registry in
 * use is unchanged.
 */
export class RegistryImportRefusedError extends DeskError {
  constructor(message: string) {
    super('invalid-input', message);
  }
}
