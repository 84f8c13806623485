import { DeskError } from '../../../shared/desk-error';

/** Plan-Net data or a request to import it that Provider Desk will not use; nothing was changed. */
export class NetworkImportRefusedError extends DeskError {
  constructor(message: string) {
    super('invalid-input', message);
  }
}
