import { abortableDelay } from './abortable-delay';
import { requestPage, type PageAnswer } from './page-request';
import { refuseServerAnswer } from './server-refusal';

export interface PageRetryOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs: number;
  /** The first wait; each further one doubles, unless the server says how long (Retry-After). */
  readonly retryDelayMs: number;
  /** The instant the next try is due while waiting, null once asking again. */
  onWaiting(until: Date | null): void;
}

const retries = 5;
/** A server may ask for hours; a front desk waiting on a progress bar should not. */
const longestWaitMs = 120_000;

/** One page, asked again after a wait while the server is busy or failing, up to `retries` times. */
export async function pageWithRetries(
  url: string,
  options: PageRetryOptions,
): Promise<Exclude<PageAnswer, { kind: 'try-again' }>> {
  for (let retry = 0; ; retry += 1) {
    const answer = await requestPage(url, options);
    if (answer.kind !== 'try-again') return answer;
    if (retry === retries) {
      throw refuseServerAnswer(
        url,
        `Asking the plan's server for ${url} failed ${retries + 1} times in a row: ${answer.why}. Try again later; if it keeps failing, check the address and this computer's internet connection.`,
      );
    }
    const waitMs = Math.min(answer.retryAfterMs ?? options.retryDelayMs * 2 ** retry, longestWaitMs);
    options.onWaiting(new Date(Date.now() + waitMs));
    await abortableDelay(waitMs, options.signal);
    options.onWaiting(null);
  }
}
