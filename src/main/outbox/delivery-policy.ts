/**
 * Every rule of the outbox in one place: which failures are tried again and when, which end an
 * item, which hold it until something is fixed, and when an item has waited too long. Pure, so
 * each rule is tested on its own.
 */

/** What nodemailer reports about a failed attempt (the parts the rules read). */
export interface AttemptFailure {
  code?: string;
  /** The SMTP command that failed, when a server reply failed it. */
  command?: string;
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

const hold = (reason: string): FailureOutcome => ({ kind: 'hold', reason });

export const signInRefusedReason =
  'The mail server did not accept the user name or password, so nothing was sent. Fix them in the mail settings, then press Send now.';
export const noEncryptionOfferedReason =
  'The mail server did not offer an encrypted connection, so nothing was sent. Check the port and security in the mail settings (STARTTLS is usually port 587, TLS port 465).';
export const encryptionRequiredReason =
  'The mail server only accepts encrypted connections. In the mail settings choose STARTTLS (usually port 587) or TLS (usually 465), then press Send now.';
export const securityMismatchReason =
  'The mail server answered in a way that does not match the security chosen for this port (465 uses TLS from the start, 587 uses STARTTLS). Check the port and security in the mail settings.';
export const certificateReason =
  'The mail server could not prove it is who it says (its certificate was not accepted), so nothing was sent. Check the server name in the mail settings, or ask your IT contact for its certificate.';

/** Problems with the connection itself: they need the settings fixed, so the item is held. */
function connectionProblem(failure: AttemptFailure): FailureOutcome | null {
  // A refused or missing STARTTLS means the server offers no encryption, whatever its reply code.
  if (failure.command === 'STARTTLS' || (failure.code === 'ETLS' && /STARTTLS/i.test(failure.message))) {
    return hold(noEncryptionOfferedReason);
  }
  if (failure.code === 'EAUTH' || [534, 535, 538].includes(failure.responseCode ?? 0))
    return hold(signInRefusedReason);
  if (failure.responseCode === 530) {
    return /STARTTLS|TLS/i.test(failure.response ?? '')
      ? hold(encryptionRequiredReason)
      : hold(signInRefusedReason);
  }
  // The rest are the client's own findings, never a server reply that happens to use the words.
  if (failure.responseCode !== undefined) return null;
  if (
    /wrong version number|EPROTO|ERR_SSL|packet length too long|unexpected message/i.test(
      `${failure.code} ${failure.message}`,
    )
  ) {
    return hold(securityMismatchReason);
  }
  if (failure.code === 'ETLS' || certificateProblem.test(failure.message)) return hold(certificateReason);
  return null;
}

export function classifyFailure(failure: AttemptFailure): FailureOutcome {
  const connection = connectionProblem(failure);
  if (connection) return connection;
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

/** Three days counted from the first failed try since the item was last queued or retried by hand. */
export function hasExpired(retryingSince: string | null, now: Date): boolean {
  return retryingSince !== null && now.getTime() - Date.parse(retryingSince) >= expiryMs;
}

export const expiredReason =
  'Provider Desk tried for three days and could not deliver this message. Check the mail settings, then retry it or call the plan.';
