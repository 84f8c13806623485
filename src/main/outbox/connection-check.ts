import type { Transporter } from 'nodemailer';
import type { ConnectionCheck } from '../../shared/api-contract';
import { classifyFailure, type AttemptFailure } from './delivery-policy';
import type { MailSettings } from '../../shared/mail-settings';
import type { DeskLog } from '../logging/desk-log';
import { carriesPhiSafely } from './smtp-transport';

/**
 * "Test connection": connect, secure the line as the settings say, sign in, and say plainly what
 * happened at each step. Nothing is sent. The log keeps the server, the outcome and the error's
 * code, never the user name or password.
 */
export async function checkConnection(
  settings: MailSettings,
  transport: Transporter,
  log?: DeskLog,
): Promise<ConnectionCheck> {
  const steps: string[] = [];
  const tried = { host: settings.host, port: settings.port, security: settings.security };
  try {
    await transport.verify();
    log?.info('mail.connectionTested', { ...tried, ok: true });
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
    log?.warn('mail.connectionTested', {
      ...tried,
      ok: false,
      code: failure.code,
      responseCode: failure.responseCode,
      detail: failure.response ?? failure.message,
    });
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
