import type { Transporter } from 'nodemailer';
import { classifyFailure, type AttemptFailure } from './delivery-policy';
import type { MailSettings } from '../../shared/mail-settings';
import { carriesPhiSafely } from './smtp-transport';

export interface ConnectionCheck {
  ok: boolean;
  /** What worked and what did not, in order, as sentences. */
  steps: string[];
}

/**
 * "Test connection": connect, secure the line as the settings say, sign in, and say plainly what
 * happened at each step. Nothing is sent.
 */
export async function checkConnection(
  settings: MailSettings,
  transport: Transporter,
): Promise<ConnectionCheck> {
  const steps: string[] = [];
  try {
    await transport.verify();
    steps.push(`Reached ${settings.host} on port ${settings.port}.`);
    steps.push(
      settings.security === 'none'
        ? 'The connection is not encrypted: fine for a relay on this computer, but claims inquiries (PHI) will be held.'
        : 'The connection is encrypted and the server’s certificate was checked.',
    );
    steps.push(
      settings.username
        ? 'Connected with the user name and password given.'
        : 'No user name was given; the server may still ask for one when a message is sent.',
    );
    if (carriesPhiSafely(settings)) steps.push('Claims inquiries (PHI) can be sent with these settings.');
    return { ok: true, steps };
  } catch (error) {
    const failure = error as AttemptFailure;
    if (failure.code === 'EAUTH') {
      steps.push(`Reached ${settings.host}, but it did not accept the user name or password.`);
    } else {
      const outcome = classifyFailure(failure);
      steps.push(
        outcome.kind === 'retry' && failure.responseCode === undefined
          ? `Could not reach ${settings.host} on port ${settings.port}. Check the server name and port, and that this PC is online.`
          : outcome.reason,
      );
    }
    return { ok: false, steps };
  } finally {
    transport.close();
  }
}
