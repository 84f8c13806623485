import { createTransport, type Transporter } from 'nodemailer';
import type { MailSettings } from '../../shared/mail-settings';

/**
 * A nodemailer transport for the clinic's server. Certificates are always checked; `tls` and
 * `starttls` never fall back to plain text (`requireTLS`), and `none` never upgrades, so what the
 * settings say is what happens on the wire.
 */
export function createSmtpTransport(settings: MailSettings, password: string | null): Transporter {
  return createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    auth: settings.username ? { user: settings.username, pass: password ?? '' } : undefined,
    tls: {
      rejectUnauthorized: true,
      minVersion: 'TLSv1.2',
      ...(settings.trustedCertificate ? { ca: [settings.trustedCertificate] } : {}),
    },
    // One connection kept open for the whole run: a queue of messages goes out over a single
    // session instead of a new handshake for each.
    pool: true,
    maxConnections: 1,
    connectionTimeout: 15_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    logger: false,
    debug: false,
  });
}

/** Whether these settings can carry PHI: only an encrypted connection whose certificate is checked. */
export function carriesPhiSafely(settings: MailSettings): boolean {
  return settings.security === 'tls' || settings.security === 'starttls';
}
