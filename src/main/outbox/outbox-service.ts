import type Database from 'better-sqlite3';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { OutboxItem, OutboxMessage, OutboxStatus } from '../../shared/api-contract';
import { DeskError } from '../../shared/desk-error';
import { mailboxRetirementSchema, type MailboxRetirement } from '../../shared/mailbox-retirement';
import { OutboxTransitionError } from '../../shared/outbox-states';
import type { EventHub } from '../events/event-hub';
import { consoleDeskLog, type DeskLog, type LogEvent } from '../logging/desk-log';
import { describeError } from '../logging/scrub-text';
import type { NetworkStatus } from '../network/network-status';
import type { MailSettingsStore } from './mail-settings-store';
import { createOutboxRepository } from './outbox-repository';
import type { DeliveryItem, OutgoingMessage } from './outbox-rows';
import { createOutboxSender } from './outbox-sender';
import { createSmtpTransport } from './smtp-transport';

/** The longest the outbox sleeps while anything waits: a timer that is late still comes. */
const longestSleepMs = 60_000;

export interface OutboxServiceDeps {
  desk: Database.Database;
  mailSettings: MailSettingsStore;
  events: EventHub;
  network: NetworkStatus;
  now?: () => Date;
  /** How long a claimed delivery is this process's without renewal (see outbox-sender.ts). */
  leaseMs?: number;
  /** A desktop notification in the app; nothing fails quietly. */
  onFailed?: (item: DeliveryItem, reason: string) => void;
  /** Each item's steps and the outbox's own faults; standard error when absent. */
  log?: DeskLog;
}

const notInOutbox = () => new DeskError('not-found', 'That message is no longer in the outbox.');

/**
 * The outbox: the one owner of its rows, its sending, its log lines and the events that tell the
 * page. Sending starts by itself: at start-up, on a timer while anything waits, when the network
 * comes back, when a form is queued, when the settings change, and with "Send now". One run at a
 * time; a run never rejects, and stopping waits for the run that is going.
 */
export function createOutboxService(deps: OutboxServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? consoleDeskLog;
  // Who holds a lease: this process, told apart from a later start of the same program.
  const leaseOwner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const rows = createOutboxRepository(deps.desk, { leaseOwner });
  let timer: ReturnType<typeof setTimeout> | null = null;
  let sending = false;
  let stopped = false;
  let stopWatchingNetwork: (() => void) | null = null;

  const status = (): OutboxStatus => ({
    sending,
    online: deps.network.online(),
    counts: rows.countsByState(),
  });
  const changed = (): void => deps.events.emit('outbox.changed', status());

  const sender = createOutboxSender({
    store: rows,
    connection: () => {
      const settings = deps.mailSettings.get();
      return settings ? { settings, password: deps.mailSettings.password() } : null;
    },
    transport: ({ settings, password }) => createSmtpTransport(settings, password),
    now,
    leaseMs: deps.leaseMs,
    onFailed: deps.onFailed,
    onChange: changed,
    log,
  });

  function schedule(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    const waiting = rows.waiting();
    if (stopped || waiting.count === 0) return;
    const dueIn = waiting.nextAt ? Date.parse(waiting.nextAt) - now().getTime() : 0;
    timer = setTimeout(
      () => void run(() => sender.sendDue()),
      Math.min(Math.max(dueIn, 1_000), longestSleepMs),
    );
    timer.unref?.();
  }

  async function run(send: () => Promise<number>): Promise<void> {
    if (stopped) return;
    sending = true;
    try {
      await send();
    } catch (error) {
      log.error('outbox.fault', { detail: describeError(error) });
    } finally {
      sending = false;
      schedule();
      changed();
    }
  }

  const sendDue = () => run(() => sender.sendDue());

  /**
   * A person's move on one message (Retry, Cancel, Send to the new mailbox), logged and told to
   * the page. One the table refuses (the sender may have taken the message a moment before the
   * click) is said in words; any other error is a fault and passes as it is.
   */
  function byHand(
    move: (id: number, now: Date) => void,
    id: number,
    done: LogEvent,
    notAllowed: string,
  ): void {
    try {
      move(id, now());
    } catch (error) {
      if (!(error instanceof OutboxTransitionError)) throw error;
      throw error.state === null ? notInOutbox() : new DeskError('not-allowed', notAllowed);
    }
    log.info(done, { id });
    changed();
  }

  return {
    /**
     * At start: deliveries whose lease ran out (this program was closed or killed mid-send) are
     * due again, then everything due is sent. A delivery another process still holds is left
     * to it; the timer looks again when its lease would run out.
     */
    start(): Promise<void> {
      stopWatchingNetwork = deps.network.subscribe((online) => {
        changed();
        if (online) void run(() => sender.sendWaitingNow());
      });
      return sendDue();
    },
    /** Writes the exact message to desk.db (retiring its draft), then tries to send it. */
    queue: (message: OutgoingMessage, draftId: string | null): number => {
      const id = rows.enqueue(message, draftId, now());
      log.info('outbox.queued', { id, formId: message.formId, phi: message.containsPhi });
      changed();
      void sendDue();
      return id;
    },
    list: (): OutboxItem[] => rows.list(),
    get(id: number): OutboxMessage {
      const message = rows.get(id);
      if (!message) throw notInOutbox();
      return message;
    },
    status,
    problems: () => rows.problems(),
    sendDue,
    /** "Send now", and new mail settings: held messages and waiting retries are tried at once. */
    sendNow: () => run(() => sender.sendNow()),
    retry(id: number): Promise<void> {
      byHand(
        rows.retryByHand,
        id,
        'outbox.retried',
        'Only a message that failed, waits, or needs attention can be tried again.',
      );
      return sendDue();
    },
    cancel(id: number): void {
      byHand(
        rows.cancel,
        id,
        'outbox.cancelled',
        'This message is being sent or was already sent; it cannot be cancelled.',
      );
    },
    /**
     * A directory update retired these mailboxes: every message addressed to one (in any case of
     * its letters) that is not sent is held for a person, never sent there and never re-addressed
     * without them. One on its way is left to its sender and held should it not be accepted.
     * Returns how many were held.
     */
    holdForRetiredMailboxes(retirements: readonly MailboxRetirement[]): number {
      const checked = mailboxRetirementSchema.array().parse(retirements);
      const { held, marked } = rows.holdForRetiredMailboxes(checked, now());
      for (const item of held) log.warn('outbox.held', { ...item, code: 'mailbox-retired' });
      if (marked > 0) changed();
      return held.length;
    },
    /** The one click on a message held for a retired mailbox: it goes to the new mailbox. */
    sendToNewAddress(id: number): Promise<void> {
      byHand(
        rows.sendToNewAddress,
        id,
        'outbox.readdressed',
        'Only a message held because its mailbox was retired, with a new mailbox named, can be sent to the new address.',
      );
      return sendDue();
    },
    /** No new runs; resolves once the run that is going has recorded its last result. */
    async stop(): Promise<void> {
      stopped = true;
      stopWatchingNetwork?.();
      if (timer) clearTimeout(timer);
      await sender.stop();
    },
  };
}

export type OutboxService = ReturnType<typeof createOutboxService>;
