import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import type { MailSettings } from '../../src/shared/mail-settings';

/**
 * What the test server does with a message: accept it, answer with a code, drop the line, stall
 * (take the message and never answer, as a server does while the sender is killed), or take it
 * and accept it only once the test says so (a slow server, while the test acts).
 */
export type DataReply =
  'accept' | { code: number; message: string } | 'drop' | 'stall' | { acceptAfter: Promise<void> };

export interface TestSmtpServer {
  port: number;
  /** Raw messages accepted, in order. */
  received: string[];
  /** For each accepted message, whether its session was encrypted (STARTTLS or TLS). */
  receivedSecurely: boolean[];
  /** Replies for the next messages, in order; after them, every message is accepted. */
  replies: DataReply[];
  /** How many messages have reached DATA, whatever the reply. */
  dataStarted(): number;
  close(): Promise<void>;
}

/** A throwaway certificate for 127.0.0.1, made by openssl for this run only. */
export function makeTestCertificate(): { key: string; cert: string } {
  const folder = mkdtempSync(join(tmpdir(), 'provider-desk-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
        '-keyout',
        join(folder, 'key.pem'),
        '-out',
        join(folder, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(join(folder, 'key.pem'), 'utf8'),
      cert: readFileSync(join(folder, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * smtp-server on 127.0.0.1, plain or with STARTTLS, with scripted replies to DATA. With `signIn`
 * (STARTTLS only) it offers AUTH and accepts only that user name and password.
 */
export async function startTestSmtpServer(
  options: {
    port?: number;
    tls?: { key: string; cert: string };
    signIn?: { username: string; password: string };
  } = {},
): Promise<TestSmtpServer> {
  const received: string[] = [];
  const receivedSecurely: boolean[] = [];
  const replies: DataReply[] = [];
  let dataCount = 0;
  const hungUp = new Set<string>();
  const server: SMTPServer = new SMTPServer({
    onClose: (session) => hungUp.add(session.id),
    authOptional: !options.signIn,
    // Nothing to look up on loopback; the lookup only adds a wait to every connection.
    disableReverseLookup: true,
    disabledCommands: options.tls ? (options.signIn ? [] : ['AUTH']) : ['AUTH', 'STARTTLS'],
    onAuth(auth, _session, callback) {
      const { username, password } = options.signIn ?? {};
      if (auth.username === username && auth.password === password) callback(null, { user: username });
      else callback(new Error('Invalid username or password'));
    },
    hideSTARTTLS: !options.tls,
    ...(options.tls ? { key: options.tls.key, cert: options.tls.cert } : {}),
    logger: false,
    onData(stream: SMTPServerDataStream, session, callback) {
      const chunks: Buffer[] = [];
      const reply = replies.shift() ?? 'accept';
      dataCount += 1;
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        // Cut the line in the middle of DATA, as a dropped network would.
        if (reply === 'drop')
          for (const connection of server.connections)
            (connection as unknown as { _socket: Socket })._socket.destroy();
      });
      const accept = () => {
        received.push(Buffer.concat(chunks).toString('utf8'));
        receivedSecurely.push(session.secure);
        callback(null, 'Queued as TEST-1');
      };
      stream.on('end', () => {
        if (reply === 'drop' || reply === 'stall') return;
        if (reply === 'accept') return accept();
        if ('acceptAfter' in reply) {
          // A sender that hung up meanwhile gets nothing: the server never accepted its message.
          void reply.acceptAfter.then(() => !hungUp.has(session.id) && accept());
          return;
        }
        const error = Object.assign(new Error(reply.message), { responseCode: reply.code });
        callback(error);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    received,
    receivedSecurely,
    replies,
    dataStarted: () => dataCount,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Mail settings pointing at a test server: plain text unless the test says otherwise. */
export function testMailSettings(port: number, change: Partial<MailSettings> = {}): MailSettings {
  return {
    host: '127.0.0.1',
    port,
    security: 'none',
    username: '',
    fromName: 'Rose City Test Clinic',
    fromAddress: 'frontdesk@example.org',
    ...change,
  };
}
