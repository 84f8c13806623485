import type { DeliveryItem } from './outbox-delivery-store';
import { createOutboxDeliveryStore } from './outbox-delivery-store';
import { createOutboxSender } from './outbox-sender';
import type { MailSettingsStore } from './mail-settings-store';
import type { OutboxStore } from './outbox-store';
import { createSmtpTransport } from './smtp-transport';
import type Database from 'better-sqlite3';
import type { EventHub } from '../events/event-hub';

/** The longest the outbox sleeps while anything waits: a timer that is late still comes. */
const longestSleepMs = 60_000;

export interface OutboxServiceDeps {
  desk: Database.Database;
  outbox: OutboxStore;
  mailSettings: MailSettingsStore;
  now?: () => Date;
  /** A desktop notification in the app; nothing fails quietly. */
  onFailed?(item: DeliveryItem, reason: string): void;
  events: EventHub;
}

/**
 * Sending starts by itself: at start-up, on a timer while anything waits, when the network
 * comes back, when the settings change, and with "Send now". One run at a time.
 */
export function createOutboxService(deps: OutboxServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const delivery = createOutboxDeliveryStore(deps.desk);
  const sender = createOutboxSender({
    store: delivery,
    settings: () => deps.mailSettings.get(),
    transport: (settings) => createSmtpTransport(settings, deps.mailSettings.password()),
    now,
    onFailed: deps.onFailed,
    onChange: () => deps.events.emit('outbox.changed'),
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
    sending = true;
    try {
      await send();
    } finally {
      sending = false;
      schedule();
    }
  }

  return {
    /** At start: what was cut off mid-send is due again, then everything due is sent. */
    start(): Promise<void> {
      delivery.recoverInterrupted(now());
      return run(() => sender.sendDue());
    },
    sendDue: () => run(() => sender.sendDue()),
    sendNow: () => run(() => sender.sendNow()),
    retry(id: number): Promise<void> {
      deps.outbox.retry(id);
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
    stop(): void {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

export type OutboxService = ReturnType<typeof createOutboxService>;
