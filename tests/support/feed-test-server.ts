import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';

export type FeedRoute = (request: IncomingMessage, response: ServerResponse) => void;

export interface FeedTestServer {
  /** `http://127.0.0.1:PORT/` (or https:// when started with a certificate). */
  url: string;
  /** Answers by path (the query string left off); any other path is a 404. */
  routes: Map<string, FeedRoute>;
  /** Every path asked for, query string included, in order. */
  requests: string[];
  /** Settles once the connection that carried the first request for `path` has closed. */
  connectionClosed(path: string): Promise<void>;
  close(): Promise<void>;
}

/** An update feed on 127.0.0.1, never any other address, so no test reaches the internet. */
export async function startFeedServer(tls?: { key: string; cert: string }): Promise<FeedTestServer> {
  const routes = new Map<string, FeedRoute>();
  const requests: string[] = [];
  const closings = new Map<string, Promise<void>>();
  const answer = (request: IncomingMessage, response: ServerResponse) => {
    const target = request.url ?? '/';
    const path = target.split('?')[0] ?? '/';
    requests.push(target);
    const socket = request.socket;
    if (!closings.has(path)) {
      closings.set(
        path,
        socket.destroyed ? Promise.resolve() : new Promise((resolve) => socket.once('close', resolve)),
      );
    }
    const route = routes.get(path);
    if (route) route(request, response);
    else response.writeHead(404).end('Not here');
  };
  const server: Server = tls ? createTlsServer(tls, answer) : createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the feed server has no port');
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${address.port}/`,
    routes,
    requests,
    connectionClosed(path) {
      const closing = closings.get(path);
      if (!closing) throw new Error(`nothing asked for ${path}`);
      return closing;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers with these bytes and, unless told otherwise, their Content-Length. */
export function serveBytes(body: Buffer | string, headers: Record<string, string> = {}): FeedRoute {
  return (_request, response) => {
    response.writeHead(200, { 'content-length': String(Buffer.byteLength(body)), ...headers }).end(body);
  };
}

export function serveJson(value: unknown): FeedRoute {
  return serveBytes(JSON.stringify(value), { 'content-type': 'application/json' });
}

export function redirectTo(location: string, status = 302): FeedRoute {
  return (_request, response) => {
    response.writeHead(status, { location }).end();
  };
}

/**
 * Sends `first` bytes of a body as long as the client keeps the connection, then a little
 * more every few milliseconds: a slow line the client must be able to walk away from.
 */
export function serveTrickle(headers: Record<string, string> = {}, first = 4096): FeedRoute {
  return (_request, response) => {
    response.writeHead(200, headers);
    response.write(Buffer.alloc(first, 1));
    const timer = setInterval(() => response.write(Buffer.alloc(16, 1)), 20);
    response.once('close', () => clearInterval(timer));
  };
}

/** Sends nothing after the headers and `first` bytes, holding the connection open. */
export function serveStall(headers: Record<string, string> = {}, first = 0): FeedRoute {
  return (_request, response) => {
    response.writeHead(200, headers).flushHeaders();
    if (first > 0) response.write(Buffer.alloc(first, 1));
  };
}

/** A body with no Content-Length (chunked) that never ends, written as fast as it is read. */
export function serveEndless(): FeedRoute {
  return (_request, response) => {
    response.writeHead(200);
    const chunk = Buffer.alloc(64 * 1024, 7);
    const pump = () => {
      while (!response.destroyed && response.write(chunk));
    };
    response.on('drain', pump);
    pump();
  };
}

/** Declares `declared` bytes, sends `sent`, then drops the connection. */
export function serveCutShort(declared: number, sent: number): FeedRoute {
  return (_request, response) => {
    response.writeHead(200, { 'content-length': String(declared) });
    response.write(Buffer.alloc(sent, 3), () => response.destroy());
  };
}

export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
