import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { browserTokenHeader } from '../../shared/api-channels';

/**
 * Browser mode answers only the page it served: a request must name this loopback address in
 * Host (a DNS-rebinding page names its own host), come from it if it says where it comes from,
 * and, for the API, carry the token printed at start.
 */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function isFromLoopbackPage(request: IncomingMessage, port: number): boolean {
  const hosts = allowedHosts(port);
  if (!hosts.has(request.headers.host ?? '')) return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return [...hosts].some((host) => origin === `http://${host}`);
}

export function carriesToken(request: IncomingMessage, token: string): boolean {
  return sameToken(request.headers[browserTokenHeader], token);
}

/** The event stream is opened by EventSource, which cannot send headers: its token is in the URL. */
export function carriesTokenInQuery(requestUrl: URL, token: string): boolean {
  return sameToken(requestUrl.searchParams.get('token') ?? undefined, token);
}

function sameToken(offered: string | string[] | undefined, token: string): boolean {
  if (typeof offered !== 'string') return false;
  const a = Buffer.from(offered);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
