import { DeskError, type DeskErrorCode } from '../../shared/desk-error';

/** Why a feed check stopped. Every one of them leaves the directory as it was. */
export type FeedRefusalReason =
  | 'bad-url'
  | 'unreachable'
  | 'http-status'
  | 'too-large'
  | 'cut-short'
  | 'checksum'
  | 'bad-latest'
  | 'cancelled'
  | 'timeout';

/**
 * The code that crosses IPC with the sentence: the address to fix is the user's input, a
 * feed that could not be reached or did not have the file is "not found", and anything the
 * feed sent that Provider Desk would not take (or the user stopped) is "not allowed".
 */
const codeByReason: Record<FeedRefusalReason, DeskErrorCode> = {
  'bad-url': 'invalid-input',
  unreachable: 'not-found',
  timeout: 'not-found',
  'http-status': 'not-found',
  'too-large': 'not-allowed',
  'cut-short': 'not-allowed',
  checksum: 'not-allowed',
  'bad-latest': 'not-allowed',
  cancelled: 'not-allowed',
};

export class FeedError extends DeskError {
  /** For 'bad-latest': each problem with latest.json, by its place in the file. */
  readonly problems: readonly string[];

  constructor(
    readonly reason: FeedRefusalReason,
    message: string,
    options: { cause?: unknown; problems?: readonly string[] } = {},
  ) {
    super(codeByReason[reason], message, { cause: options.cause });
    this.problems = options.problems ?? [];
  }
}

/** The files of a feed, named the way the sentences say them. */
export type FeedFile = 'latest' | 'pack' | 'signature';

const fileNames: Record<FeedFile, string> = {
  latest: "the update feed's latest.json",
  pack: 'the directory update',
  signature: "the directory update's signature",
};

export const nothingChanged = 'Nothing was changed.';

/** An address as the user may see it: the query string can carry a token, and is left out. */
export function shownUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

export function unreachable(url: URL, cause: unknown): FeedError {
  const message = isCertificateProblem(cause)
    ? `Provider Desk did not trust the security certificate of the update feed at ${url.host}, so it did not connect. Ask whoever runs the feed to fix its certificate. ${nothingChanged}`
    : `Provider Desk could not reach the update feed at ${url.host}. Check that this computer is online and that the feed address in Settings is right. ${nothingChanged}`;
  return new FeedError('unreachable', message, { cause });
}

export function timedOut(url: URL): FeedError {
  return new FeedError(
    'timeout',
    `The update feed at ${url.host} stopped answering, so Provider Desk gave up. Try again later. ${nothingChanged}`,
  );
}

export function cancelled(): FeedError {
  return new FeedError('cancelled', `The directory update was cancelled. ${nothingChanged}`);
}

export function badStatus(file: FeedFile, url: URL, status: number): FeedError {
  return new FeedError(
    'http-status',
    `The update feed did not send ${fileNames[file]} from ${shownUrl(url)} (its server answered ${status}). Check the feed address in Settings. ${nothingChanged}`,
  );
}

export function tooManyRedirects(url: URL, most: number): FeedError {
  return new FeedError(
    'http-status',
    `The update feed at ${url.host} sent Provider Desk on to another address more than ${most} times, so it stopped. Ask whoever runs the feed to check it. ${nothingChanged}`,
  );
}

export function tooLarge(file: FeedFile, limitBytes: number): FeedError {
  return new FeedError(
    'too-large',
    `${capitalized(fileNames[file])} was larger than ${sizeText(limitBytes)}, so Provider Desk stopped downloading it. ${nothingChanged}`,
  );
}

export function cutShort(file: FeedFile, cause?: unknown): FeedError {
  return new FeedError(
    'cut-short',
    `The download of ${fileNames[file]} was cut short before all of it arrived. Try again later. ${nothingChanged}`,
    { cause },
  );
}

export function checksumMismatch(): FeedError {
  return new FeedError(
    'checksum',
    `The directory update that arrived does not match the fingerprint (SHA-256) the update feed gave for it, so Provider Desk did not use it. ${nothingChanged}`,
  );
}

export function badLatest(problems: readonly string[], cause?: unknown): FeedError {
  return new FeedError(
    'bad-latest',
    `The update feed's latest.json could not be used (${problems.join('; ')}). Ask whoever runs the feed to fix it. ${nothingChanged}`,
    { cause, problems },
  );
}

/** Node's TLS codes for a certificate that does not check out, as fetch reports them in `cause`. */
const certificateCodes = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

function isCertificateProblem(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 4; depth++) {
    if (certificateCodes.has(String((current as NodeJS.ErrnoException).code))) return true;
    current = current.cause;
  }
  return false;
}

function sizeText(bytes: number): string {
  const oneDecimal = (value: number) => Math.round(value * 10) / 10;
  if (bytes >= 1024 * 1024) return `${oneDecimal(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${oneDecimal(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
