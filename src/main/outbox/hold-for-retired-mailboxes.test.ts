import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MailboxRetirement } from '../../shared/mailbox-retirement';
import { OutboxTransitionError } from '../../shared/outbox-states';
import { fakeOutgoingMessage, useFreshDesk } from '../../../tests/support/fresh-desk';
import {
  startTestSmtpServer,
  testMailSettings,
  type TestSmtpServer,
} from '../../../tests/support/smtp-test-server';
import { holdRestoredMessages } from './hold-restored-messages';
import { createOutboxRepository, type OutboxRepository } from './outbox-repository';
import { createOutboxSender } from './outbox-sender';
import { createSmtpTransport } from './smtp-transport';

const fresh = useFreshDesk();
let rows: OutboxRepository;
let server: TestSmtpServer | null = null;
const start = new Date('2026-11-30T17:00:00Z');
const later = (seconds: number) => new Date(start.getTime() + seconds * 1_000);

const retiredBox = 'ProviderUpdates@CareOregon.org';
const newBox = 'ProviderDataUpdates@careoregon.org';
const retirement: MailboxRetirement = { address: retiredBox, replacement: newBox, updateDate: '2026-11-30' };

beforeEach(() => {
  rows = createOutboxRepository(fresh.desk, { leaseOwner: 'this-sender' });
});
afterEach(async () => {
  await server?.close();
  server = null;
});

/** A message queued to `to`, then taken through `end` by this sender, as its delivery would. */
function messageTo(to: string, label: string, end?: (id: number) => void): number {
  const id = rows.enqueue({ ...fakeOutgoingMessage(label), to }, null, start);
  if (end) {
    expect(rows.claimNext(start, later(30))?.id).toBe(id);
    end(id);
  }
  return id;
}

const everyRow = () => fresh.desk.prepare('SELECT * FROM outbox ORDER BY id').all();
const item = (id: number) => rows.get(id);
const retired = { updateDate: '2026-11-30', replacement: newBox };

describe('a directory update that retires a mailbox', () => {
  it('holds every message to it not yet sent and not on its way, whatever the case of its letters', () => {
    const retrying = messageTo('providerupdates@careoregon.org', 'retrying', (id) =>
      rows.markRetry(id, later(60), 'The mail server could not be reached.', start),
    );
    const held = messageTo('PROVIDERUPDATES@CAREOREGON.ORG', 'held', (id) =>
      rows.markHeld(id, 'Add your mail settings, then press Send now.', start),
    );
    const failed = messageTo(retiredBox, 'failed', (id) =>
      rows.markFailed(id, 'The mail server refused this message: 550 no such user', start),
    );
    const sent = messageTo(retiredBox, 'sent', (id) => rows.markSent(id, '250 OK', start));
    const cancelled = messageTo(retiredBox, 'cancelled');
    rows.cancel(cancelled, start);
    const queued = messageTo(retiredBox, 'queued');
    const otherBox = messageTo('newcontractrequest@careoregon.org', 'other');
    const lookalike = messageTo('xproviderupdates@careoregon.org', 'lookalike');

    expect(rows.holdForRetiredMailboxes([retirement], later(1))).toEqual({
      held: [retrying, held, queued].map((id) => ({ id, formId: 'new-contract-request' })),
      marked: 4,
    });
    for (const id of [queued, retrying, held])
      expect(item(id)).toMatchObject({
        state: 'held',
        lastError: null,
        nextAttemptAt: null,
        retiredMailbox: retired,
      });
    // A failed one stays failed with the server's words, which a person should still read.
    expect(item(failed)).toMatchObject({
      state: 'failed',
      lastError: expect.stringMatching(/550/),
      retiredMailbox: retired,
    });
    for (const id of [sent, cancelled, otherBox, lookalike]) expect(item(id)?.retiredMailbox).toBeNull();
    expect(item(otherBox)?.state).toBe('queued');
    expect(item(lookalike)?.state).toBe('queued');

    // Nothing held for it is taken for the old mailbox: not when due, not by Send now, not by Retry.
    expect(rows.releaseHeld(later(2))).toBe(0);
    expect(rows.releaseWaiting(later(2))).toBe(0);
    expect(() => rows.retryByHand(held, later(2))).toThrow('"retryByHand" is not allowed from "held"');
    expect(() => rows.retryByHand(failed, later(2))).toThrow('"retryByHand" is not allowed from "failed"');
    const taken = [rows.claimNext(later(3600), later(3630)), rows.claimNext(later(3600), later(3630))];
    expect(taken.map((delivery) => delivery?.id ?? null)).toEqual([otherBox, lookalike]);
    expect(rows.claimNext(later(3600), later(3630))).toBeNull();
    expect(rows.waiting().count).toBe(0);
  });

  it('returns nothing and changes nothing when no message is addressed to it', () => {
    messageTo(retiredBox, 'sent', (id) => rows.markSent(id, '250 OK', start));
    messageTo('newcontractrequest@careoregon.org', 'other');
    const before = everyRow();
    expect(rows.holdForRetiredMailboxes([retirement], later(1))).toEqual({ held: [], marked: 0 });
    expect(rows.holdForRetiredMailboxes([], later(1))).toEqual({ held: [], marked: 0 });
    expect(everyRow()).toEqual(before);
  });

  it('leaves a message on its way to its sender, and holds it if the server does not take it', () => {
    const ends = {
      retryLater: (id: number) =>
        rows.markRetry(id, later(60), 'The mail server asked to try again later.', later(5)),
      hold: (id: number) => rows.markHeld(id, 'Add your mail settings, then press Send now.', later(5)),
      deliver: (id: number) => rows.markSent(id, '250 OK', later(5)),
    };
    const onTheirWay = Object.entries(ends).map(([label, end]) => {
      const id = messageTo(retiredBox, label);
      expect(rows.claimNext(start, later(30))?.id).toBe(id);
      return { id, end };
    });
    expect(rows.holdForRetiredMailboxes([retirement], later(1))).toEqual({ held: [], marked: 3 });
    for (const { id } of onTheirWay)
      expect(item(id)).toMatchObject({ state: 'sending', retiredMailbox: retired });

    for (const { id, end } of onTheirWay) end(id);
    const [retryLater, hold, deliver] = onTheirWay.map(({ id }) => item(id));
    expect(retryLater).toMatchObject({ state: 'held', nextAttemptAt: null, lastError: null });
    expect(hold).toMatchObject({ state: 'held', lastError: null });
    // The server took it before it could be held: it is sent, and says where it went.
    expect(deliver).toMatchObject({ state: 'sent', serverReply: '250 OK', retiredMailbox: retired });
    expect(rows.claimNext(later(3600), later(3630))).toBeNull();
  });

  it('holds a message whose sender stopped on its way once its lease is taken back', () => {
    const id = messageTo(retiredBox, 'cut-off');
    const stopped = createOutboxRepository(fresh.desk, { leaseOwner: 'a-process-that-died' });
    expect(stopped.claimNext(start, later(30))?.id).toBe(id);
    rows.holdForRetiredMailboxes([retirement], later(1));
    expect(rows.reclaimExpired(later(30))).toBe(1);
    expect(item(id)).toMatchObject({ state: 'held', retiredMailbox: retired });
    expect(rows.claimNext(later(30), later(60))).toBeNull();
  });

  it('points a message held for an older retirement at the mailbox that replaced its replacement', () => {
    const id = messageTo(retiredBox, 'twice');
    rows.holdForRetiredMailboxes([retirement], later(1));
    const newest = 'ProviderChanges@careoregon.org';
    rows.holdForRetiredMailboxes(
      [{ address: newBox.toLowerCase(), replacement: newest, updateDate: '2027-03-01' }],
      later(2),
    );
    expect(item(id)?.retiredMailbox).toEqual({ updateDate: '2026-11-30', replacement: newest });
  });

  it('keeps a message held for it from Retry after a backup is restored, and lets it go to the new mailbox', () => {
    const id = messageTo(retiredBox, 'restored');
    rows.holdForRetiredMailboxes([retirement], later(1));
    expect(holdRestoredMessages(fresh.desk, '2026-11-30', later(2))).toBe(1);
    expect(item(id)).toMatchObject({ state: 'failed', retiredMailbox: retired });
    expect(() => rows.retryByHand(id, later(3))).toThrow(OutboxTransitionError);
    rows.sendToNewAddress(id, later(3));
    expect(item(id)).toMatchObject({ state: 'queued', to: newBox, lastError: null, retiredMailbox: null });
  });

  it('cuts off a delivery the server does not take, and never tries the old mailbox again', async () => {
    server = await startTestSmtpServer();
    server.replies.push({ code: 451, message: 'Try again later' });
    const id = messageTo(retiredBox, 'on-the-wire');
    let clock = start;
    const sender = createOutboxSender({
      store: rows,
      connection: () => ({ settings: testMailSettings(server?.port ?? 0), password: null }),
      transport: ({ settings, password }) => createSmtpTransport(settings, password),
      now: () => clock,
      random: () => 0.5,
      // The update lands while the message is on its way to the server.
      onChange: () => {
        if (item(id)?.state === 'sending' && !item(id)?.retiredMailbox)
          rows.holdForRetiredMailboxes([retirement], clock);
      },
    });
    expect(await sender.sendDue()).toBe(1);
    expect(item(id)).toMatchObject({ state: 'held', attempts: 1, retiredMailbox: retired });
    clock = later(3600);
    expect(await sender.sendNow()).toBe(0);
    expect(server.dataStarted()).toBe(1);
    expect(server.received).toHaveLength(0);
  });
});
