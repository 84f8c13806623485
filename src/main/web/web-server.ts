import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { maxPackBytes } from '../../shared/directory-update';
import type { ApiHandlers } from '../api/api-handlers';
import { invokeChannel, type ApiCallLog } from '../api/invoke-channel';
import type { EventHub } from '../events/event-hub';
import type { FileStaging } from '../imports/staged-files';
import { DeskError, type ApiResult } from '../../shared/desk-error';
import { stageFilePath } from '../../shared/file-staging';
import { carriesToken, carriesTokenInQuery, isFromLoopbackPage } from './loopback-guard';
import { readStaticFile } from './static-files';

export interface WebServerOptions {
  handlers: ApiHandlers;
  /** The renderer build (out/renderer). */
  rendererDir: string;
  /** 0 lets the system choose a free port. */
  port: number;
  /** What main announces, passed to the page as server-sent events. */
  events?: EventHub;
  /** Where failed calls are recorded (channel and code only). */
  log?: ApiCallLog;
  /** Receives files the page uploads for import (POST /files?name=…). */
  staging?: FileStaging;
}

export interface RunningWebServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const loopbackAddress = '127.0.0.1';
const maxRequestBytes = 256 * 1024;
/**
 * A directory pack travels in one call as base64, a third larger than its bytes; room is left for
 * its signature and name. Every other call stays small, so only this one gets the larger limit.
 */
const maxImportRequestBytes = Math.ceil(maxPackBytes / 3) * 4 + 64 * 1024;
const importChannel = 'directory.importFile';
const apiPrefix = '/api/';
const eventsPath = '/api/events';
/** A file for import arrives here as the request's body, streamed to disk: it may be gigabytes. */
const filesPath = stageFilePath;
/** A comment line now and then keeps idle proxies and the browser from closing the stream. */
const keepAliveMs = 25_000;

const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * Browser mode: the same handler table the Electron app registers on IPC, served over HTTP on
 * 127.0.0.1 only, behind a random token that travels in the URL printed at start.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = randomBytes(24).toString('base64url');
  let port = options.port;

  const server = createServer((request, response) => {
    handleRequest(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      else response.destroy();
    });
  });

  async function handleRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isFromLoopbackPage(request, port)) {
      send(
        response,
        403,
        'text/plain; charset=utf-8',
        'Provider Desk answers only its own page on this computer.',
      );
      return;
    }
    const requestUrl = new URL(request.url ?? '/', `http://${loopbackAddress}`);
    const path = requestUrl.pathname;

    if (path === eventsPath && request.method === 'GET') {
      if (!options.events || !carriesTokenInQuery(requestUrl, token)) {
        send(response, 401, 'text/plain; charset=utf-8', 'Open Provider Desk with the address it printed.');
        return;
      }
      streamEvents(response, options.events);
      return;
    }

    if (path === filesPath) {
      if (request.method !== 'POST') {
        send(response, 405, 'text/plain; charset=utf-8', 'Use POST.', { Allow: 'POST' });
        return;
      }
      if (!carriesToken(request, token) || !options.staging) {
        send(response, 401, 'text/plain; charset=utf-8', 'Open Provider Desk with the address it printed.');
        return;
      }
      const result = await stageUpload(options.staging, requestUrl.searchParams.get('name'), request);
      send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result));
      return;
    }

    if (path.startsWith(apiPrefix)) {
      if (request.method !== 'POST') {
        send(response, 405, 'text/plain; charset=utf-8', 'Use POST.', { Allow: 'POST' });
        return;
      }
      if (!carriesToken(request, token)) {
        send(response, 401, 'text/plain; charset=utf-8', 'Open Provider Desk with the address it printed.');
        return;
      }
      const channel = path.slice(apiPrefix.length);
      const body = await readBody(
        request,
        channel === importChannel ? maxImportRequestBytes : maxRequestBytes,
      );
      if (body === null) {
        send(response, 413, 'text/plain; charset=utf-8', 'The request is too large.');
        return;
      }
      const call = parseCall(body);
      if (call === null) {
        send(response, 400, 'text/plain; charset=utf-8', 'A call is a JSON object: {"input": …}.');
        return;
      }
      const result = await invokeChannel(options.handlers, channel, call.input, options.log);
      send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result));
      return;
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'text/plain; charset=utf-8', 'Use GET.', { Allow: 'GET, HEAD' });
      return;
    }
    const file = await readStaticFile(options.rendererDir, path);
    if (!file) {
      send(response, 404, 'text/plain; charset=utf-8', 'Not found.');
      return;
    }
    send(response, 200, file.contentType, request.method === 'HEAD' ? '' : file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, loopbackAddress, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${loopbackAddress}:${port}/?token=${token}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function stageUpload(
  staging: FileStaging,
  name: string | null,
  request: IncomingMessage,
): Promise<ApiResult<{ stagedFile: string }>> {
  if (!name) {
    request.resume();
    return {
      ok: false,
      error: { code: 'invalid-input', message: 'The file arrived without its name. Choose it again.' },
    };
  }
  try {
    return { ok: true, value: { stagedFile: await staging.stageUpload(name, request) } };
  } catch (error) {
    if (!(error instanceof DeskError)) throw error;
    return { ok: false, error: { code: error.code, message: error.message } };
  }
}

/** Server-sent events: one `data:` line per event (its name and payload as JSON), until the page goes away. */
function streamEvents(response: ServerResponse, events: EventHub): void {
  response.writeHead(200, {
    ...securityHeaders,
    'Content-Type': 'text/event-stream; charset=utf-8',
    Connection: 'keep-alive',
  });
  response.write(': connected\n\n');
  const unsubscribe = events.subscribe((message) => response.write(`data: ${JSON.stringify(message)}\n\n`));
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), keepAliveMs);
  response.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  extraHeaders: Record<string, string> = {},
): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': contentType, ...extraHeaders });
  response.end(body);
}

/** The request body as text, or null when it is larger than any real call to its channel. */
async function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Calls travel as {"input": …}; an input left out is `undefined`, as over IPC. */
function parseCall(body: string): { input: unknown } | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    return { input: 'input' in parsed ? parsed.input : undefined };
  } catch {
    return null;
  }
}
