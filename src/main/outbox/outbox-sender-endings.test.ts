import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  startTestSmtpServer,
  testMailSettings,
  type TestSmtpServer,
} from '../../../tests/support/smtp-test-server';
import { fakeOutgoingMessage, useFreshDesk } from '../../../tests/support/fresh-desk';
import { createDeskLog, type LogEvent } from '../logging/desk-log';
import { createOutboxRepository, type OutboxRepository } from './outbox-repository';
import { createOutboxSender, notRecordedReason } from './outbox-sender';
import { createSmtpTransport } from './smtp-transport';

/**
 * How a delivery ends when something else happens meanwhile: the app quits, desk.db cannot
 * record the result, or another sender takes the message back. Each against a real SMTP server.
 */
const fresh = useFreshDesk();
let server: TestSmtpServer;
let clock: Date;

beforeEach(async () => {
  server = await startTestSmtpServer();
  clock = new Date('2026-11-23T17:00:00Z');
});

afterEach(async () => {
  await server.close();
});

function queueMessages(store: OutboxRepository, count: number): void {
  for (let index = 1; index <= count; index += 1) store.enqueue(fakeOutgoingMessage(index), null, clock);
}

function senderOver(store: OutboxRepository, options: { leaseMs?: number } = {}) {
  const failed: string[] = [];
  const logged: LogEvent[] = [];
  const sender = createOutboxSender({
    store,
    connection: () => ({ settings: testMailSettings(server.port), password: null }),
    transport: ({ settings, password }) => createSmtpTransport(settings, password),
    now: () => clock,
    random: () => 0.5,
    leaseMs: options.leaseMs,
    onFailed: (_item, reason) => failed.push(reason),
    log: createDeskLog({
      write: (line) => logged.push((JSON.parse(line) as { event: LogEvent }).event),
      folder: null,
    }),
  });
  return { sender, failed, logged };
}

const states = () => fresh.desk.prepare<[], string>('SELECT state FROM outbox ORDER BY id').pluck().all();

/** A promise the test settles by hand. */
function gate() {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('a delivery that ends while something else happens', () => {
  it('stopping waits for the message on its way, records it, and takes no other', async () => {
    const store = createOutboxRepository(fresh.desk, { leaseOwner: 'this-process' });
    queueMessages(store, 3);
    const slow = gate();
    server.replies.push({ acceptAfter: slow.opened });
    const { sender } = senderOver(store);
    const run = sender.sendDue();
    await expect.poll(() => server.dataStarted()).toBe(1);

    const stopped = sender.stop();
    slow.open();
    await stopped;
    expect(states()).toEqual(['sent', 'queued', 'queued']);
    expect(server.received).toHaveLength(1);
    expect(await run).toBe(1);
  });

  it('never sends again a message the server accepted but desk.db could not record', async () => {
    const store = createOutboxRepository(fresh.desk, { leaseOwner: 'this-process' });
    queueMessages(store, 1);
    let diskFull = true;
    const failingOnce: OutboxRepository = {
      ...store,
      markSent: (...args) => {
        if (!diskFull) return store.markSent(...args);
        diskFull = false;
        throw new Error('SQLITE_FULL: database or disk is full');
      },
    };
    const { sender, failed, logged } = senderOver(failingOnce);
    await sender.sendDue();
    expect(server.received).toHaveLength(1);
    expect(states()).toEqual(['failed']);
    expect(store.get(1)?.lastError).toBe(notRecordedReason);
    expect(failed).toEqual([notRecordedReason]);
    expect(logged).toContain('outbox.fault');

    // Days later, nothing sends it on its own.
    clock = new Date('2026-11-26T17:00:00Z');
    expect(await sender.sendDue()).toBe(0);
    expect(server.received).toHaveLength(1);
  });

  it('cuts its send off, and records nothing, when another sender has taken the message back', async () => {
    const store = createOutboxRepository(fresh.desk, { leaseOwner: 'this-process' });
    queueMessages(store, 1);
    const never = gate();
    server.replies.push({ acceptAfter: never.opened });
    // A short lease, renewed every 100 ms, so the loss is noticed while the server holds DATA.
    const { sender, logged } = senderOver(store, { leaseMs: 300 });
    const run = sender.sendDue();
    await expect.poll(() => server.dataStarted()).toBe(1);

    // Another process, on a clock past this lease, takes the message back.
    const other = createOutboxRepository(fresh.desk, { leaseOwner: 'another-process' });
    expect(other.reclaimExpired(new Date(clock.getTime() + 1_000))).toBe(1);

    // The run ends without the server ever answering: this sender hung up.
    expect(await run).toBe(1);
    expect(logged).toContain('outbox.leaseLost');
    expect(states()).toEqual(['retrying']);
    expect(store.get(1)?.attempts).toBe(1);
    never.open();
    expect(server.received).toHaveLength(0);
  });
});
