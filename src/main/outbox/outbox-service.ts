import type Database from 'better-sqlite3';
import type { EventHub } from '../events/event-hub';
import { consoleDeskLog, type DeskLog } from '../logging/desk-log';
import { describeError } from '../logging/scrub-text';
import type { MailSettingsStore } from './mail-settings-store';
import { createOutboxDeliveryStore, type DeliveryItem } from './outbox-delivery-store';
import { createOutboxSender } from './outbox-sender';
import type { OutboxStore } from './outbox-store';
import { createSmtpTransport } from './smtp-transport';

/** The longest the outbox sleeps while anything waits: a timer that is late still comes. */
const longestSleepMs = 60_000;

export interface OutboxServiceDeps {
  desk: Database.Database;
  outbox: OutboxStore;
  mailSettings: MailSettingsStore;
  events: EventHub;
  now?: () => Date;
  /** A desktop notification in the app; nothing fails quietly. */
  onFailed?: (item: DeliveryItem, reason: string) => void;
  /** Each item's steps and the outbox's own faults; standard error when absent. */
  log?: DeskLog;
}

/**
 * Sending starts by itself: at start-up, on a timer while anything waits, when the network
 * comes back, when a form is queued, when the settings change, and with "Send now". One run at
 * a time; a run never rejects, and stopping waits for the run that is going.
 */
export function createOutboxService(deps: OutboxServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? consoleDeskLog;
  const delivery = createOutboxDeliveryStore(deps.desk);
  const sender = createOutboxSender({
    store: delivery,
    connection: () => {
      const settings = deps.mailSettings.get();
      return settings ? { settings, password: deps.mailSettings.password() } : null;
    },
    transport: ({ settings, password }) => createSmtpTransport(settings, password),
    now,
    onFailed: deps.onFailed,
    onChange: () => deps.events.emit('outbox.changed'),
    log,
  });
  let timer: ReturnType<typeof setTimeout> | null = null;
  let sending = false;
  let stopped = false;

  function schedule(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    const waiting = delivery.waiting();
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
    }
  }

  return {
    /** At start: what was cut off mid-send is due again, then everything due is sent. */
    start(): Promise<void> {
      const recovered = delivery.recoverInterrupted(now());
      if (recovered > 0) log.warn('outbox.recovered', { count: recovered });
      return run(() => sender.sendDue());
    },
    sendDue: () => run(() => sender.sendDue()),
    sendNow: () => run(() => sender.sendNow()),
    retry(id: number): Promise<void> {
      deps.outbox.retry(id);
      log.info('outbox.retried', { id });
      deps.events.emit('outbox.changed');
      return run(() => sender.sendDue());
    },
    /** Something outside the sender changed the outbox (a message queued or cancelled). */
    changed(): void {
      deps.events.emit('outbox.changed');
    },
    status() {
      return { sending, counts: deps.outbox.countsByState() };
    },
    /** No new runs; resolves once the run that is going has recorded its last result. */
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      await sender.idle();
    },
  };
}

export type OutboxService = ReturnType<typeof createOutboxService>;
