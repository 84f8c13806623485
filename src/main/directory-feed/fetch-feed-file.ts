import {
  badStatus,
  cancelled,
  cutShort,
  FeedError,
  timedOut,
  tooLarge,
  tooManyRedirects,
  unreachable,
  type FeedFile,
} from './feed-error';
import { resolveFeedTarget } from './feed-url';

export interface FeedFetchOptions {
  /** Aborting it cancels the download with a 'cancelled' refusal. */
  signal?: AbortSignal;
  /** How long the feed may stay silent (before answering, or between parts of a file). */
  idleTimeoutMs?: number;
  fetchImpl?: typeof fetch;
}

interface FeedFileLimits {
  file: FeedFile;
  maxBytes: number;
  onProgress?: (received: number, total: number | null) => void;
}

const defaultIdleTimeoutMs = 30_000;
const mostRedirects = 3;
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/**
 * Downloads one file of the feed whole, or refuses it: redirects are followed by hand (at most
 * three) so each new address meets the feed's address rule before anything is asked of it, and
 * the body is counted as it arrives so an oversized file is dropped at the limit, not after.
 * Answers the bytes and the address they finally came from, which relative addresses in them
 * are read against.
 */
export async function fetchFeedFile(
  url: URL,
  limits: FeedFileLimits,
  options: FeedFetchOptions,
): Promise<{ bytes: Buffer; url: URL }> {
  const idle = watchIdle(options.idleTimeoutMs ?? defaultIdleTimeoutMs);
  // Aborted once this function is done, however it ends, so no refused body keeps its connection.
  const finished = new AbortController();
  const signal = AbortSignal.any([finished.signal, idle.signal, ...(options.signal ? [options.signal] : [])]);
  const session: Session = { signal, touch: idle.touch, fetchImpl: options.fetchImpl ?? fetch };
  try {
    const answer = await fetchFollowingRedirects(url, limits.file, session);
    const bytes = await readWithin(answer.response, limits, session);
    return { bytes, url: answer.url };
  } catch (error) {
    if (options.signal?.aborted) throw cancelled();
    if (idle.signal.aborted) throw timedOut(url);
    throw error;
  } finally {
    idle.stop();
    finished.abort();
  }
}

/** One file's download: its abort signal, the idle deadline's reset, and the fetch it uses. */
interface Session {
  signal: AbortSignal;
  touch: () => void;
  fetchImpl: typeof fetch;
}

async function fetchFollowingRedirects(
  start: URL,
  file: FeedFile,
  { signal, touch, fetchImpl }: Session,
): Promise<{ response: Response; url: URL }> {
  let url = start;
  for (let redirects = 0; ; redirects++) {
    let response: Response;
    try {
      response = await fetchImpl(url, { redirect: 'manual', signal });
    } catch (cause) {
      if (signal.aborted) throw cause;
      throw unreachable(url, cause);
    }
    touch();
    if (response.status === 200) return { response, url };
    await response.body?.cancel();
    const location = response.headers.get('location');
    if (!redirectStatuses.has(response.status) || location === null)
      throw badStatus(file, url, response.status);
    if (redirects === mostRedirects) throw tooManyRedirects(start, mostRedirects);
    url = resolveFeedTarget(location, url);
  }
}

async function readWithin(
  response: Response,
  { file, maxBytes, onProgress }: FeedFileLimits,
  { signal, touch }: Session,
): Promise<Buffer> {
  const declared = declaredLength(response);
  if (declared !== null && declared > maxBytes) throw tooLarge(file, maxBytes);
  const chunks: Uint8Array[] = [];
  let received = 0;
  onProgress?.(0, declared);
  // fetch types its body loosely; the bytes of a response are Uint8Arrays.
  const body = response.body as AsyncIterable<Uint8Array> | null;
  try {
    for await (const chunk of body ?? []) {
      touch();
      received += chunk.byteLength;
      if (received > maxBytes) throw tooLarge(file, maxBytes);
      chunks.push(chunk);
      onProgress?.(received, declared);
    }
  } catch (error) {
    if (error instanceof FeedError || signal.aborted) throw error;
    throw cutShort(file, error);
  }
  if (declared !== null && received < declared) throw cutShort(file);
  return Buffer.concat(chunks, received);
}

/**
 * Content-Length counts the bytes on the wire, and fetch hands over decoded ones: a compressed
 * body's length says nothing about what will arrive.
 */
function declaredLength(response: Response): number | null {
  const encoding = response.headers.get('content-encoding');
  if (encoding !== null && encoding !== 'identity') return null;
  const length = response.headers.get('content-length');
  return length !== null && /^\d+$/.test(length) ? Number(length) : null;
}

/**
 * A deadline that moves each time the feed sends something. AbortSignal.timeout cannot be put
 * back, and a large pack on a slow line may take longer than any fixed deadline while still
 * arriving.
 */
function watchIdle(ms: number): { signal: AbortSignal; touch: () => void; stop: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  return { signal: controller.signal, touch: () => timer.refresh(), stop: () => clearTimeout(timer) };
}
