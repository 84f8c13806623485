import MailComposer from 'nodemailer/lib/mail-composer';
import type { OutgoingMessage } from '../outbox/outbox-rows';

/**
 * An RFC 5322 message saved as a .eml file that Outlook and Thunderbird open as a new, unsent
 * message (X-Unsent: 1). nodemailer's composer does the encoding: encoded-words for the
 * subject's en dash, quoted-printable UTF-8 text, CRLF line ends.
 */
export async function buildEmlFile(message: OutgoingMessage, date: Date): Promise<Buffer> {
  const composer = new MailComposer({
    ...(message.from ? { from: message.from } : {}),
    to: message.to,
    subject: message.subject,
    text: message.text,
    messageId: message.messageId,
    date,
    textEncoding: 'quoted-printable',
    headers: { 'X-Unsent': '1' },
  });
  return composer.compile().build();
}

/** A file name a person recognises, safe on Windows, macOS and Linux. */
export function emlFileName(subject: string): string {
  const safe = subject
    .replace(/[^\p{L}\p{N} .,–-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  return `${safe || 'Message'}.eml`;
}
