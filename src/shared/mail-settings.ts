import { z } from 'zod';
import { checkEmail } from './validation/email-address';

/** The only hosts a plain-text connection may go to: a relay on this same computer. */
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopbackHost(host: string): boolean {
  return loopbackHosts.has(host.toLowerCase());
}

/**
 * The clinic's own mail server. The password is not here: main keeps it in a SecretStore
 * (Electron's safeStorage in the app, memory only in browser mode).
 */
export const mailSettingsSchema = z
  .strictObject({
    host: z
      .string()
      .trim()
      .min(1)
      .max(253)
      .regex(/^[A-Za-z0-9.-]+$|^\[[0-9a-fA-F:.]+\]$/, 'a server name like mail.example.org'),
    port: z.number().int().min(1).max(65535),
    /** tls: encrypted from the first byte (usually 465); starttls: must upgrade (587); none: a local relay only. */
    security: z.enum(['tls', 'starttls', 'none']),
    username: z.string().max(320),
    fromName: z.string().max(200),
    fromAddress: z
      .string()
      .refine((value) => checkEmail(value).ok, 'an e-mail address like frontdesk@clinic.org'),
    /** A certificate (PEM) to trust for this server, for a clinic relay with its own authority. */
    trustedCertificate: z.string().max(20_000).optional(),
  })
  .refine((settings) => settings.security !== 'none' || isLoopbackHost(settings.host), {
    path: ['security'],
    message:
      'Without encryption Provider Desk only talks to a relay on this computer (127.0.0.1 or localhost). Choose STARTTLS or TLS for this server.',
  });

export type MailSettings = z.infer<typeof mailSettingsSchema>;
