import { PlanNetRefusedError } from '../plan-net-refused-error';
import { retryAfterMs } from './retry-after';
import { refuseServerAnswer } from './server-refusal';

export type PageAnswer =
  | { readonly kind: 'page'; readonly text: string; readonly contentType: string }
  | { readonly kind: 'not-found'; readonly status: number }
  /** Worth asking again: `why` completes "…failed N times in a row: <why>". */
  | { readonly kind: 'try-again'; readonly why: string; readonly retryAfterMs: number | null };

export interface PageRequestOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs: number;
}

/** A search page holds at most a few hundred resources; far more is not a page. */
const largestPageBytes = 64 * 1024 * 1024;

/**
 * Asks the server once for one page. Redirects are not followed, so no address other than the
 * one typed is ever contacted. Answers that may pass (busy, server errors, a dropped connection,
 * a timeout) come back as `try-again`; answers that will not are refused at once.
 */
export async function requestPage(url: string, options: PageRequestOptions): Promise<PageAnswer> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal === undefined ? timeout : AbortSignal.any([options.signal, timeout]);
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/fhir+json' }, redirect: 'manual', signal });
  } catch (error) {
    return failed(error, options, timeout, 'the server could not be reached');
  }
  if (response.ok) {
    try {
      const text = await bodyText(response, url);
      return { kind: 'page', text, contentType: response.headers.get('content-type') ?? '' };
    } catch (error) {
      if (error instanceof PlanNetRefusedError) throw error;
      return failed(error, options, timeout, 'its answers were cut short');
    }
  }
  await response.body?.cancel().catch(() => undefined);
  return answerToStatus(url, response);
}

function answerToStatus(url: string, response: Response): PageAnswer {
  const status = response.status;
  if (status === 429 || status >= 500) {
    return {
      kind: 'try-again',
      why: status === 429 ? `it was busy (HTTP ${status})` : `it had an error (HTTP ${status})`,
      retryAfterMs: retryAfterMs(response.headers.get('retry-after'), Date.now()),
    };
  }
  if (status === 404 || status === 410) return { kind: 'not-found', status };
  if (status === 401 || status === 403) {
    throw refuseServerAnswer(
      url,
      `The plan's server asks for a sign-in at ${url} (HTTP ${status}). Plan-Net directories are public by rule and need no sign-in: check with the plan that this is its Plan-Net (provider directory) address.`,
    );
  }
  if (status >= 300 && status < 400) {
    const location = response.headers.get('location') ?? 'another address';
    throw refuseServerAnswer(
      url,
      `The plan's server sent ${url} on to ${location}. Provider Desk reads only the address you typed: if that one is the plan's, type it instead.`,
    );
  }
  throw refuseServerAnswer(
    url,
    `The plan's server refused ${url} (HTTP ${status}). Check the address with the plan.`,
  );
}

function failed(error: unknown, options: PageRequestOptions, timeout: AbortSignal, why: string): PageAnswer {
  if (options.signal?.aborted === true) throw options.signal.reason;
  if (timeout.aborted) {
    return {
      kind: 'try-again',
      why: `it did not answer within ${secondsIn(options.timeoutMs)}`,
      retryAfterMs: null,
    };
  }
  if (error instanceof PlanNetRefusedError) throw error;
  return { kind: 'try-again', why, retryAfterMs: null };
}

async function bodyText(response: Response, url: string): Promise<string> {
  if (response.body === null) return '';
  // A reader rather than for-await: the tests' DOM typings give ReadableStream no async iterator.
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    const bytes: unknown = read.value;
    if (!(bytes instanceof Uint8Array)) continue;
    size += bytes.length;
    if (size > largestPageBytes) {
      await reader.cancel();
      throw refuseServerAnswer(
        url,
        `The plan's server sent more than ${largestPageBytes / 1024 / 1024} MB for one page at ${url}, which is not a Plan-Net search page.`,
      );
    }
    parts.push(bytes);
  }
  return Buffer.concat(parts).toString('utf8');
}

function secondsIn(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds === 1 ? 'a second' : `${seconds} seconds`;
}
