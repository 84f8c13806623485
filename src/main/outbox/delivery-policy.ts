/**
 * Every rule of the outbox in one place: which failures are tried again and when, which end an
 * item, which hold it until something is fixed, and when an item has waited too long. Pure, so
 * each rule is tested on its own.
 */

/** What nodemailer reports about a failed attempt (the parts the rules read). */
export interface AttemptFailure {
  code?: string;
  responseCode?: number;
  response?: string;
  message: string;
}

export type FailureOutcome =
  | { readonly kind: 'retry'; readonly reason: string }
  | { readonly kind: 'fail'; readonly reason: string }
  | { readonly kind: 'hold'; readonly reason: string };

/** An item that has been retried for this long fails as expired. */
export const expiryMs = 3 * 24 * 60 * 60 * 1000;
const firstRetryMs = 30 * 1000;
const longestWaitMs = 60 * 60 * 1000;

const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);

const certificateProblem = /certificate|self[- ]signed|unable to verify|CERT_|hostname\/IP does not match/i;

/** The server's own words, trimmed to what a person can read. */
function serverReply(failure: AttemptFailure): string {
  return (failure.response ?? failure.message).replace(/\s+/g, ' ').trim().slice(0, 300);
}

export function classifyFailure(failure: AttemptFailure): FailureOutcome {
  if (/STARTTLS/i.test(failure.message)) {
    return {
      kind: 'hold',
      reason:
        'The mail server did not offer an encrypted connection, so nothing was sent. Check the port and security in the mail settings (STARTTLS is usually port 587, TLS port 465).',
    };
  }
  if (failure.code === 'ETLS' || certificateProblem.test(failure.message)) {
    return {
      kind: 'hold',
      reason:
        'The mail server could not prove it is who it says (its certificate was not accepted), so nothing was sent. Check the server name in the mail settings, or ask your IT contact for its certificate.',
    };
  }
  if (failure.responseCode !== undefined && failure.responseCode >= 500) {
    return { kind: 'fail', reason: `The mail server refused this message: ${serverReply(failure)}` };
  }
  if (failure.responseCode !== undefined && failure.responseCode >= 400) {
    return { kind: 'retry', reason: `The mail server asked to try again later: ${serverReply(failure)}` };
  }
  if (failure.code !== undefined && unreachableCodes.has(failure.code)) {
    return { kind: 'retry', reason: 'The mail server could not be reached. Provider Desk will try again.' };
  }
  return {
    kind: 'retry',
    reason: `Sending was interrupted (${serverReply(failure)}). Provider Desk will try again.`,
  };
}

/** Exponential back-off with jitter: 30 s, 1 min, 2 min … at most an hour, each ±20%. */
export function nextAttemptAt(attemptsSoFar: number, now: Date, random: () => number): Date {
  const base = Math.min(firstRetryMs * 2 ** Math.max(0, attemptsSoFar - 1), longestWaitMs);
  return new Date(now.getTime() + Math.round(base * (0.8 + 0.4 * random())));
}

export function hasExpired(queuedAt: string, now: Date): boolean {
  return now.getTime() - Date.parse(queuedAt) >= expiryMs;
}

export const expiredReason =
  'Provider Desk tried for three days and could not deliver this message. Check the mail settings, then retry it or call the plan.';
