import type { Transporter } from 'nodemailer';
import type { MailSettings } from '../../shared/mail-settings';
import { deliveryLeaseSeconds } from '../../shared/outbox-states';
import type { DeskLog } from '../logging/desk-log';
import { describeError } from '../logging/scrub-text';
import {
  classifyFailure,
  expiredReason,
  hasExpired,
  nextAttemptAt,
  type AttemptFailure,
} from './delivery-policy';
import { DeliveryLeaseLostError, type OutboxRepository } from './outbox-repository';
import type { DeliveryItem } from './outbox-rows';
import { carriesPhiSafely } from './smtp-transport';

/** The settings and password a run sends with, read once at its start. */
export interface MailConnection {
  settings: MailSettings;
  password: string | null;
}

/** See deliveryLeaseSeconds; tests may shorten it. */
const defaultLeaseMs = deliveryLeaseSeconds * 1_000;

export interface OutboxSenderDeps {
  store: OutboxRepository;
  connection(): MailConnection | null;
  /** A transport for the run's connection (the sender closes it when the run ends). */
  transport(connection: MailConnection): Transporter;
  now?: () => Date;
  random?: () => number;
  leaseMs?: number;
  /** Told when an item fails for good, so the desk hears about it (a desktop notification). */
  onFailed?(item: DeliveryItem, reason: string): void;
  /** Told after every change of an item's state, so the page can show it at once. */
  onChange?(): void;
  /** Records each step of an item by its number, form and attempt, never its content. */
  log?: DeskLog;
}

export const needsSettingsReason =
  'Add your mail settings (server, port, sign-in) so Provider Desk can send this, then press Send now.';
export const needsPasswordReason =
  'The mail settings have a user name but no saved password. Enter the password in the mail settings, then press Send now.';
export const needsEncryptionReason =
  'This message holds patient details and may only travel encrypted. In the mail settings choose TLS or STARTTLS, then press Send now.';
const unexpectedReason = 'Something went wrong inside Provider Desk while sending. It will try again.';

/** `250 2.0.0 Ok: queued as …` → 250; the rest of a reply can name the server or the message. */
function replyCode(reply: string): number | undefined {
  const code = /^\d{3}\b/.exec(reply)?.[0];
  return code === undefined ? undefined : Number(code);
}

/**
 * The server has accepted the message but desk.db could not record it. It must never be tried
 * again on its own: a person decides, with the plan.
 */
class DeliveryNotRecordedError extends Error {
  override readonly name = 'DeliveryNotRecordedError';
}

export const notRecordedReason =
  'The mail server accepted this message, but Provider Desk could not record that it was sent. ' +
  'Check with the plan before you retry it, or it may arrive twice.';

/** The run's one connection to the server, opened when first needed and closed when the run ends. */
function runConnection(open: () => Transporter) {
  let transporter: Transporter | null = null;
  return {
    get: (): Transporter => (transporter ??= open()),
    close(): void {
      transporter?.close();
      transporter = null;
    },
  };
}

/**
 * Sends what is due, one message at a time, with the settings read once per run: the check
 * that PHI may leave and the transport that carries it always agree. A run asked for while one
 * is going makes that run go round once more, with the settings as they are then.
 */
export function createOutboxSender(deps: OutboxSenderDeps) {
  const now = deps.now ?? (() => new Date());
  const random = deps.random ?? Math.random;
  const leaseMs = deps.leaseMs ?? defaultLeaseMs;
  const leaseUntil = () => new Date(now().getTime() + leaseMs);
  let running: Promise<number> | null = null;
  let again = false;
  let stopping = false;

  const about = (item: DeliveryItem) => ({ id: item.id, formId: item.formId });

  function fail(item: DeliveryItem, reason: string): void {
    deps.store.markFailed(item.id, reason, now());
    try {
      deps.onFailed?.(item, reason);
    } catch (error) {
      // The failure is recorded; a notification that could not be shown changes nothing about it.
      deps.log?.error('outbox.fault', { ...about(item), detail: describeError(error) });
    }
  }

  /** Held before any network: the run's settings cannot carry this item. */
  function holdUnsent(item: DeliveryItem, reason: string, code: string): void {
    deps.store.markHeld(item.id, reason, now());
    deps.log?.warn('outbox.held', { ...about(item), code });
  }

  function afterFailure(item: DeliveryItem, failure: AttemptFailure): void {
    const outcome = classifyFailure(failure);
    const at = now();
    const expired = outcome.kind === 'retry' && hasExpired(item.retryingSince, at);
    const facts = {
      ...about(item),
      attempt: item.attempts,
      code: expired ? 'expired' : failure.code,
      // The SMTP verb only: `AUTH PLAIN` is enough to say where it stopped.
      command: failure.command?.split(' ')[0],
      responseCode: failure.responseCode,
      detail: expired ? expiredReason : outcome.reason,
    };
    if (outcome.kind === 'hold') {
      deps.store.markHeld(item.id, outcome.reason, at);
      deps.log?.warn('outbox.held', facts);
    } else if (outcome.kind === 'fail' || expired) {
      fail(item, facts.detail);
      deps.log?.error('outbox.failed', facts);
    } else {
      deps.store.markRetry(item.id, nextAttemptAt(item.attempts, at, random), outcome.reason, at);
      deps.log?.warn('outbox.retrying', facts);
    }
  }

  /**
   * Keeps the item's lease while the server is talked to. Should another sender have taken the
   * message back (the lease ran out), the send is cut off: two senders must never both finish.
   */
  function holdLease(item: DeliveryItem, cutOff: AbortController): () => void {
    const timer = setInterval(() => {
      if (deps.store.renewLease(item.id, leaseUntil())) return;
      deps.log?.warn('outbox.leaseLost', about(item));
      cutOff.abort();
    }, leaseMs / 3);
    return () => clearInterval(timer);
  }

  /** One item: held before any network if the run cannot carry it, else sent and recorded. */
  async function deliver(
    item: DeliveryItem,
    connection: MailConnection | null,
    link: ReturnType<typeof runConnection>,
  ): Promise<void> {
    if (!connection) return holdUnsent(item, needsSettingsReason, 'no-settings');
    const { settings, password } = connection;
    if (settings.username && !password) return holdUnsent(item, needsPasswordReason, 'no-password');
    if (item.containsPhi && !carriesPhiSafely(settings))
      return holdUnsent(item, needsEncryptionReason, 'needs-encryption');
    deps.store.countAttempt(item.id);
    deps.log?.info('outbox.sending', { ...about(item), attempt: item.attempts });
    const cutOff = new AbortController();
    const releaseLease = holdLease(item, cutOff);
    let reply: string;
    try {
      const info = await link.get().sendMail({
        signal: cutOff.signal,
        from: { name: settings.fromName, address: settings.fromAddress },
        ...(item.from ? { replyTo: item.from } : {}),
        to: item.to,
        subject: item.subject,
        text: item.text,
        messageId: item.messageId,
        textEncoding: 'quoted-printable',
      });
      reply = String(info.response ?? '').slice(0, 300);
    } catch (error) {
      return afterFailure(item, error as AttemptFailure);
    } finally {
      releaseLease();
    }
    // The server has it now: a failure to record that must never be read as a failed delivery.
    try {
      deps.store.markSent(item.id, reply, now());
    } catch (error) {
      if (error instanceof DeliveryLeaseLostError) throw error;
      throw new DeliveryNotRecordedError(describeError(error), { cause: error });
    }
    deps.log?.info('outbox.sent', { ...about(item), attempt: item.attempts, responseCode: replyCode(reply) });
  }

  const claim = () => (stopping ? null : deps.store.claimNext(now(), leaseUntil()));

  /** Says so when a lease was lost to another sender; that sender has the message now. */
  function leaseLost(item: DeliveryItem, error: unknown): boolean {
    if (!(error instanceof DeliveryLeaseLostError)) return false;
    deps.log?.warn('outbox.leaseLost', { ...about(item), state: error.state });
    return true;
  }

  /**
   * One delivery to its end. A fault of Provider Desk's own is retried later, unless the server
   * already took the message; a lease lost to another sender is left to that sender, with
   * nothing recorded here.
   */
  async function settle(item: DeliveryItem, delivery: () => Promise<void>): Promise<void> {
    try {
      await delivery();
    } catch (error) {
      if (leaseLost(item, error)) return;
      deps.log?.error('outbox.fault', { ...about(item), detail: describeError(error) });
      try {
        if (error instanceof DeliveryNotRecordedError) fail(item, notRecordedReason);
        else
          deps.store.markRetry(item.id, nextAttemptAt(item.attempts, now(), random), unexpectedReason, now());
      } catch (again) {
        if (!leaseLost(item, again)) throw again;
      }
    }
  }

  async function runOnce(): Promise<number> {
    const connection = deps.connection();
    const link = runConnection(() => deps.transport(connection as MailConnection));
    let attempted = 0;
    const recovered = deps.store.reclaimExpired(now());
    if (recovered > 0) {
      deps.log?.warn('outbox.recovered', { count: recovered });
      deps.onChange?.();
    }
    try {
      for (let item = claim(); item; item = claim()) {
        attempted += 1;
        deps.onChange?.();
        await settle(item, () => deliver(item, connection, link));
        deps.onChange?.();
      }
    } finally {
      link.close();
    }
    return attempted;
  }

  const sender = {
    /** Sends everything due now; resolves with how many items were tried. */
    sendDue(): Promise<number> {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        let attempted = 0;
        try {
          do {
            again = false;
            attempted += await runOnce();
          } while (again && !stopping);
        } finally {
          running = null;
        }
        return attempted;
      })();
      return running;
    },
    /** "Send now": tries held and waiting items too, at once. */
    sendNow(): Promise<number> {
      deps.store.releaseHeld(now());
      deps.store.releaseWaiting(now());
      return sender.sendDue();
    },
    /** The network is back: what waits for its retry time is tried at once. */
    sendWaitingNow(): Promise<number> {
      deps.store.releaseWaiting(now());
      return sender.sendDue();
    },
    /**
     * Takes no next message; resolves once the one on its way has its result recorded, so the
     * database can be closed without cutting a send off, and quitting waits for one message,
     * never for the whole queue.
     */
    async stop(): Promise<void> {
      stopping = true;
      while (running) await running.catch(() => undefined);
    },
  };
  return sender;
}

export type OutboxSender = ReturnType<typeof createOutboxSender>;
