import { simpleParser } from 'mailparser';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { profileForEditing } from '../../shared/clinic-profile';
import { fakeClinic } from '../../../tests/support/fake-clinic';
import { fakeClaimsInquiry, fakeContractRequest } from '../../../tests/support/fake-forms';
import {
  makeTestCertificate,
  startTestSmtpServer,
  testMailSettings,
  type TestSmtpServer,
} from '../../../tests/support/smtp-test-server';
import { startTestServices } from '../../../tests/support/test-services';
import type { MailSettings } from '../../shared/mail-settings';
import { createFormsService } from '../forms/forms-service';
import { createOutboxRepository } from './outbox-repository';
import {
  createOutboxSender,
  needsEncryptionReason,
  needsPasswordReason,
  needsSettingsReason,
  type MailConnection,
} from './outbox-sender';
import { createSmtpTransport } from './smtp-transport';

let services: ReturnType<typeof startTestServices>;
let server: TestSmtpServer | null = null;
let clock: Date;
let certificate: { key: string; cert: string };

beforeAll(() => {
  certificate = makeTestCertificate();
});

beforeEach(async () => {
  clock = new Date('2026-11-23T17:00:00Z');
  services = startTestServices(() => clock);
  await services.call('profile.save', profileForEditing(fakeClinic));
});

afterEach(async () => {
  await server?.close();
  server = null;
  await services.dispose();
});

const settingsFor = testMailSettings;

function senderWith(settings: MailSettings | null, failed: string[] = []) {
  return senderFor(() => (settings ? { settings, password: null } : null), failed);
}

function senderFor(connection: () => MailConnection | null, failed: string[] = []) {
  const store = createOutboxRepository(services.desk, { leaseOwner: 'this-sender' });
  return {
    store,
    sender: createOutboxSender({
      store,
      connection,
      transport: ({ settings, password }) => createSmtpTransport(settings, password),
      now: () => clock,
      random: () => 0.5,
      onFailed: (_item, reason) => failed.push(reason),
    }),
  };
}

/**
 * Queues a finished form the way "Queue to send" does, but without the app's own sender, so each
 * test drives delivery itself with its own clock.
 */
function queue(formId: 'new-contract-request' | 'claims-inquiry'): string {
  const forms = createFormsService({
    directory: services.directory,
    queue: (message, draftId) =>
      createOutboxRepository(services.desk, { leaseOwner: 'queue' }).enqueue(message, draftId, clock),
    profile: () => fakeClinic,
    now: () => clock,
  });
  const values = formId === 'claims-inquiry' ? fakeClaimsInquiry : fakeContractRequest;
  return forms.queue(formId, values, null).messageId;
}

function outboxRow() {
  return services.desk
    .prepare('SELECT state, attempts, next_attempt_at, last_error, sent_at, server_reply FROM outbox')
    .get() as {
    state: string;
    attempts: number;
    next_attempt_at: string | null;
    last_error: string | null;
    sent_at: string | null;
    server_reply: string | null;
  };
}

/** A port nothing listens on: a server is started there, then stopped. */
async function closedPort(): Promise<number> {
  const probe = await startTestSmtpServer();
  await probe.close();
  return probe.port;
}

describe('the outbox sender against a real SMTP server on 127.0.0.1', () => {
  it('keeps a message queued while the server is down, then delivers it exactly once', async () => {
    const port = await closedPort();
    const messageId = queue('new-contract-request');
    const { sender } = senderWith(settingsFor(port));

    expect(await sender.sendDue()).toBe(1);
    expect(outboxRow()).toMatchObject({
      state: 'retrying',
      attempts: 1,
      last_error: expect.stringMatching(/could not be reached/),
    });
    expect(outboxRow().next_attempt_at).toBe('2026-11-23T17:00:30.000Z');

    server = await startTestSmtpServer({ port });
    expect(await sender.sendDue()).toBe(0); // not due yet
    clock = new Date('2026-11-23T17:00:31Z');
    expect(await sender.sendDue()).toBe(1);
    expect(await sender.sendDue()).toBe(0);
    expect(server.received).toHaveLength(1);
    const mail = await simpleParser(server.received[0] ?? '');
    expect(mail.messageId).toBe(messageId);
    expect(mail.subject).toBe('New contract request – Rose City Test Clinic – NPI 1234567893');
    expect(outboxRow()).toMatchObject({
      state: 'sent',
      attempts: 2,
      server_reply: expect.stringMatching(/^250 /),
    });
  });

  it.each([421, 451])('tries again after a %i reply and then delivers', async (code) => {
    server = await startTestSmtpServer();
    server.replies.push({ code, message: 'Try again later' });
    queue('new-contract-request');
    const { sender } = senderWith(settingsFor(server.port));
    await sender.sendDue();
    expect(outboxRow()).toMatchObject({
      state: 'retrying',
      last_error: expect.stringMatching(new RegExp(`try again later: ${code}`, 'i')),
    });
    clock = new Date(clock.getTime() + 60_000);
    await sender.sendDue();
    expect(outboxRow().state).toBe('sent');
    expect(server.received).toHaveLength(1);
  });

  it('fails for good on a 550 reply, says what the server said, and tells the desk', async () => {
    server = await startTestSmtpServer();
    server.replies.push({ code: 550, message: 'Mailbox unavailable' });
    queue('new-contract-request');
    const failed: string[] = [];
    const { sender } = senderWith(settingsFor(server.port), failed);
    await sender.sendDue();
    expect(outboxRow()).toMatchObject({
      state: 'failed',
      last_error: 'The mail server refused this message: 550 Mailbox unavailable',
    });
    expect(failed).toEqual(['The mail server refused this message: 550 Mailbox unavailable']);
    expect(server.received).toHaveLength(0);
  });

  it('tries again when the line drops in the middle of DATA, and nothing is lost', async () => {
    server = await startTestSmtpServer();
    server.replies.push('drop');
    const messageId = queue('new-contract-request');
    const { sender } = senderWith(settingsFor(server.port));
    await sender.sendDue();
    expect(outboxRow().state).toBe('retrying');
    clock = new Date(clock.getTime() + 60_000);
    await sender.sendDue();
    expect(outboxRow().state).toBe('sent');
    expect(server.received).toHaveLength(1);
    expect((await simpleParser(server.received[0] ?? '')).messageId).toBe(messageId);
  });

  it('gives up after three days of retrying, as expired, counted from the first failure', async () => {
    const port = await closedPort();
    queue('new-contract-request');
    const failed: string[] = [];
    const { sender } = senderWith(settingsFor(port), failed);
    clock = new Date('2026-11-25T17:00:00Z'); // queued two days ago, first tried now
    await sender.sendDue();
    expect(outboxRow().state).toBe('retrying');
    clock = new Date('2026-11-28T16:59:59Z'); // not yet three days of retrying
    await sender.sendDue();
    expect(outboxRow().state).toBe('retrying');
    clock = new Date('2026-11-28T17:05:00Z'); // due again, and past three days of retrying
    await sender.sendDue();
    expect(outboxRow()).toMatchObject({
      state: 'failed',
      last_error: expect.stringMatching(/tried for three days/),
    });
    expect(failed).toHaveLength(1);
  });

  it('sends again what was cut off mid-send once the stopped sender’s lease runs out, and only then', async () => {
    server = await startTestSmtpServer();
    queue('new-contract-request');
    const stopped = createOutboxRepository(services.desk, { leaseOwner: 'a-process-that-died' });
    // That process died here, with the item in 'sending' under its 30-second lease.
    expect(stopped.claimNext(clock, new Date(clock.getTime() + 30_000))).not.toBeNull();
    const { sender } = senderWith(settingsFor(server.port));
    expect(await sender.sendDue()).toBe(0);
    expect(outboxRow().state).toBe('sending');
    clock = new Date(clock.getTime() + 30_000);
    expect(await sender.sendDue()).toBe(1);
    expect(outboxRow()).toMatchObject({ state: 'sent', attempts: 1 });
    expect(server.received).toHaveLength(1);
  });

  it('holds a message when a user name has no saved password, without trying the server', async () => {
    server = await startTestSmtpServer();
    queue('new-contract-request');
    const { sender } = senderWith(settingsFor(server.port, { username: 'desk' }));
    await sender.sendDue();
    expect(outboxRow()).toMatchObject({ state: 'held', attempts: 0, last_error: needsPasswordReason });
    expect(server.dataStarted()).toBe(0);
  });

  it('holds everything until there are mail settings, and Send now tries again', async () => {
    server = await startTestSmtpServer();
    queue('new-contract-request');
    let settings: MailSettings | null = null;
    const { sender } = senderFor(() => (settings ? { settings, password: null } : null));
    await sender.sendDue();
    expect(outboxRow()).toMatchObject({ state: 'held', attempts: 0, last_error: needsSettingsReason });
    settings = settingsFor(server.port);
    await sender.sendNow();
    expect(outboxRow().state).toBe('sent');
  });
});

describe('PHI travels only encrypted, over a checked certificate', () => {
  it('is held, not sent, when the settings allow plain text', async () => {
    server = await startTestSmtpServer();
    queue('claims-inquiry');
    const { sender } = senderWith(settingsFor(server.port, { security: 'none' }));
    await sender.sendDue();
    expect(outboxRow()).toMatchObject({ state: 'held', last_error: needsEncryptionReason });
    expect(server.received).toHaveLength(0);
  });

  it('is held when the server offers no STARTTLS, and never falls back to plain text', async () => {
    server = await startTestSmtpServer();
    queue('claims-inquiry');
    const { sender } = senderWith(settingsFor(server.port, { security: 'starttls' }));
    await sender.sendDue();
    expect(outboxRow()).toMatchObject({
      state: 'held',
      last_error: expect.stringMatching(/did not offer an encrypted connection/),
    });
    expect(server.received).toHaveLength(0);
  });

  it('is held when the server’s certificate is not trusted', async () => {
    server = await startTestSmtpServer({ tls: certificate });
    queue('claims-inquiry');
    const { sender } = senderWith(settingsFor(server.port, { security: 'starttls' }));
    await sender.sendDue();
    expect(outboxRow()).toMatchObject({
      state: 'held',
      last_error: expect.stringMatching(/certificate was not accepted/),
    });
    expect(server.received).toHaveLength(0);
  });

  it('is delivered over STARTTLS with a certificate the settings trust', async () => {
    server = await startTestSmtpServer({ tls: certificate });
    queue('claims-inquiry');
    const { sender } = senderWith(
      settingsFor(server.port, { security: 'starttls', trustedCertificate: certificate.cert }),
    );
    await sender.sendDue();
    expect(outboxRow().state).toBe('sent');
    expect(server.received).toHaveLength(1);
    expect(server.receivedSecurely).toEqual([true]);
  });

  it('reads the settings once per run, so a change mid-run never sends PHI over the old link', async () => {
    server = await startTestSmtpServer();
    queue('new-contract-request');
    queue('claims-inquiry');
    // Plain text when the run starts; the desk switches to STARTTLS while it is going.
    const answers = [settingsFor(server.port), settingsFor(server.port, { security: 'starttls' })];
    const { sender } = senderFor(() => ({
      settings: answers.shift() ?? settingsFor(server?.port ?? 0, { security: 'starttls' }),
      password: null,
    }));
    await sender.sendDue();
    const rows = services.desk.prepare('SELECT contains_phi, state FROM outbox ORDER BY id').all();
    expect(rows).toEqual([
      { contains_phi: 0, state: 'sent' },
      { contains_phi: 1, state: 'held' },
    ]);
    expect(server.received).toHaveLength(1);
  });
});
