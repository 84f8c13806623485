import type { Transporter } from 'nodemailer';
import {
  classifyFailure,
  expiredReason,
  hasExpired,
  nextAttemptAt,
  type AttemptFailure,
} from './delivery-policy';
import type { MailSettings } from '../../shared/mail-settings';
import type { DeliveryItem, OutboxDeliveryStore } from './outbox-delivery-store';
import { carriesPhiSafely } from './smtp-transport';

export interface OutboxSenderDeps {
  store: OutboxDeliveryStore;
  settings(): MailSettings | null;
  /** A transport for the current settings (the sender closes it after each run). */
  transport(settings: MailSettings): Transporter;
  now?: () => Date;
  random?: () => number;
  /** Told when an item fails for good, so the desk hears about it (a desktop notification). */
  onFailed?(item: DeliveryItem, reason: string): void;
  /** Told after every change of an item's state, so the page can show it at once. */
  onChange?(): void;
}

export const needsSettingsReason =
  'Add your mail settings (server, port, sign-in) so Provider Desk can send this, then press Send now.';
export const needsEncryptionReason =
  'This message holds patient details and may only travel encrypted. In the mail settings choose TLS or STARTTLS, then press Send now.';

/**
 * Sends what is due, one message at a time. A run that is asked for while one is going joins it
 * rather than starting a second sender.
 */
export function createOutboxSender(deps: OutboxSenderDeps) {
  const now = deps.now ?? (() => new Date());
  const random = deps.random ?? Math.random;
  let running: Promise<number> | null = null;

  async function deliver(transport: Transporter, settings: MailSettings, item: DeliveryItem): Promise<void> {
    try {
      const info = await transport.sendMail({
        from: { name: settings.fromName, address: settings.fromAddress },
        ...(item.from ? { replyTo: item.from } : {}),
        to: item.to,
        subject: item.subject,
        text: item.text,
        messageId: item.messageId,
        textEncoding: 'quoted-printable',
      });
      deps.store.markSent(item.id, String(info.response ?? '').slice(0, 300), now());
    } catch (error) {
      const outcome = classifyFailure(error as AttemptFailure);
      const at = now();
      if (outcome.kind === 'hold') deps.store.markHeld(item.id, outcome.reason, at);
      else if (outcome.kind === 'fail') fail(item, outcome.reason);
      else if (hasExpired(item.queuedAt, at)) fail(item, expiredReason);
      else deps.store.markRetry(item.id, nextAttemptAt(item.attempts, at, random), outcome.reason, at);
    }
  }

  function fail(item: DeliveryItem, reason: string): void {
    deps.store.markFailed(item.id, reason, now());
    deps.onFailed?.(item, reason);
  }

  async function run(): Promise<number> {
    let attempted = 0;
    let transport: { settings: MailSettings; transporter: Transporter } | null = null;
    try {
      for (let item = deps.store.claimNext(now()); item; item = deps.store.claimNext(now())) {
        attempted += 1;
        deps.onChange?.();
        const settings = deps.settings();
        if (!settings) {
          deps.store.markHeld(item.id, needsSettingsReason, now());
          deps.onChange?.();
          continue;
        }
        if (item.containsPhi && !carriesPhiSafely(settings)) {
          deps.store.markHeld(item.id, needsEncryptionReason, now());
          deps.onChange?.();
          continue;
        }
        transport ??= { settings, transporter: deps.transport(settings) };
        deps.store.countAttempt(item.id);
        await deliver(transport.transporter, transport.settings, item);
        deps.onChange?.();
      }
    } finally {
      transport?.transporter.close();
    }
    return attempted;
  }

  return {
    /** "Send now": tries held and waiting items too, at once. */
    sendNow(): Promise<number> {
      deps.store.releaseForSendNow(now());
      return this.sendDue();
    },
    /** Sends everything due now; resolves with how many items were tried. */
    sendDue(): Promise<number> {
      running ??= run().finally(() => {
        running = null;
      });
      return running;
    },
  };
}

export type OutboxSender = ReturnType<typeof createOutboxSender>;
