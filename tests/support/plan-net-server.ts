import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { FhirResource } from '../../src/main/plan-net/fhir-resource';
import { realResources } from '../../src/main/plan-net/plan-net-test-data';

/** What a test can make the server do instead of answering a request normally. */
export type PlanNetServerFault =
  | { readonly kind: 'too-many-requests'; readonly retryAfter?: string }
  | { readonly kind: 'status'; readonly status: number }
  /** Declares the whole page's length, sends half of it, and drops the connection. */
  | { readonly kind: 'cut-short' }
  | { readonly kind: 'invalid-json' }
  /** The page's `next` link leads to another origin (localhost instead of 127.0.0.1). */
  | { readonly kind: 'foreign-next' }
  /** The page's `next` link is the page itself. */
  | { readonly kind: 'loop' }
  /** Sends the headers and then nothing, holding the connection open. */
  | { readonly kind: 'stall' }
  /** Answers 200 with this body instead of the page. */
  | { readonly kind: 'body'; readonly body: string; readonly contentType?: string };

export interface PlanNetServerRequest {
  /** Path and query, as asked. */
  readonly url: string;
  readonly host: string;
  /** Date.now() when it arrived. */
  readonly at: number;
  status: number;
}

export interface PlanNetTestServer {
  /** `http://127.0.0.1:PORT/fhir`: the address a user would type. */
  readonly baseUrl: string;
  /** Every request, in order. */
  readonly requests: readonly PlanNetServerRequest[];
  /** Answers the `nth` request (the first is 1), or every request, with a fault. */
  fail(on: number | 'every', fault: PlanNetServerFault): void;
  /** Gives a resource ("Practitioner/id") a new meta.lastUpdated, as an edit on the server would. */
  touch(key: string, lastUpdated: string): void;
  close(): Promise<void>;
}

interface Search {
  readonly type: string;
  readonly matches: readonly FhirResource[];
  readonly count: number;
}

let realData: ReadonlyMap<string, readonly FhirResource[]> | undefined;

/** The reference implementation's resources by type, read once for all servers. */
function resourcesByType(): ReadonlyMap<string, readonly FhirResource[]> {
  if (realData === undefined) {
    const byType = new Map<string, FhirResource[]>();
    for (const resource of realResources()) {
      byType.set(resource.resourceType, [...(byType.get(resource.resourceType) ?? []), resource]);
    }
    realData = byType;
  }
  return realData;
}

/**
 * A Plan-Net server on 127.0.0.1, paging the reference implementation's data as a FHIR server
 * does: `GET /fhir/<Type>?_count=&_lastUpdated=ge…` (or gt…) answers a searchset Bundle whose `next`
 * link carries an opaque cursor (`/fhir?_page=…`), as HAPI-style servers do.
 */
export async function startPlanNetServer(
  options: { relativeLinks?: boolean } = {},
): Promise<PlanNetTestServer> {
  const data = resourcesByType();
  const requests: PlanNetServerRequest[] = [];
  const faults: { on: number | 'every'; fault: PlanNetServerFault }[] = [];
  const touched = new Map<string, string>();
  const cursors = new Map<string, { search: Search; offset: number }>();
  let origin = '';
  /** Where page links start: the origin, or nothing for links relative to the page, as some servers write them. */
  const linkStart = () => (options.relativeLinks === true ? '' : origin);

  const served = (resource: FhirResource): FhirResource => {
    const lastUpdated = touched.get(`${resource.resourceType}/${resource.id ?? ''}`);
    if (lastUpdated === undefined) return resource;
    const meta = typeof resource['meta'] === 'object' ? resource['meta'] : {};
    return { ...resource, meta: { ...meta, lastUpdated } };
  };

  const pageOf = (search: Search, offset: number, self: string, fault: PlanNetServerFault | undefined) => {
    const end = offset + search.count;
    let next: string | null = null;
    if (end < search.matches.length) {
      const cursor = randomUUID();
      cursors.set(cursor, { search, offset: end });
      next = `${linkStart()}/fhir?_page=${cursor}`;
    }
    if (fault?.kind === 'foreign-next')
      next = `${origin.replace('127.0.0.1', 'localhost')}/fhir?_page=${randomUUID()}`;
    if (fault?.kind === 'loop') next = `${linkStart()}${self}`;
    return {
      resourceType: 'Bundle',
      type: 'searchset',
      total: search.matches.length,
      link: [
        { relation: 'self', url: `${origin}${self}` },
        ...(next === null ? [] : [{ relation: 'next', url: next }]),
      ],
      entry: search.matches.slice(offset, end).map((resource) => ({
        fullUrl: `${origin}/fhir/${resource.resourceType}/${resource.id ?? ''}`,
        resource,
        search: { mode: 'match' },
      })),
    };
  };

  const search = (type: string, query: URLSearchParams): Search | null => {
    const resources = data.get(type);
    if (resources === undefined) return null;
    const changed = changedSince(query.get('_lastUpdated'));
    const matches = resources.map(served).filter((resource) => changed(lastUpdatedOf(resource)));
    return { type, matches, count: Number(query.get('_count') ?? '20') };
  };

  const answer = (request: IncomingMessage, response: ServerResponse) => {
    const self = request.url ?? '/';
    const logged: PlanNetServerRequest = {
      url: self,
      host: request.headers.host ?? '',
      at: Date.now(),
      status: 0,
    };
    requests.push(logged);
    const fault = faults.find(({ on }) => on === 'every' || on === requests.length)?.fault;
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      logged.status = status;
      response
        .writeHead(status, { 'content-type': 'application/fhir+json; charset=utf-8', ...headers })
        .end(body);
    };
    if (fault?.kind === 'too-many-requests') {
      send(
        429,
        outcome('Too many requests'),
        fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter },
      );
      return;
    }
    if (fault?.kind === 'status') {
      send(fault.status, outcome(`Fault ${fault.status}`));
      return;
    }
    if (fault?.kind === 'body') {
      send(200, fault.body, fault.contentType === undefined ? {} : { 'content-type': fault.contentType });
      return;
    }
    if (fault?.kind === 'stall') {
      logged.status = 200;
      response.writeHead(200, { 'content-type': 'application/fhir+json' }).flushHeaders();
      return;
    }
    const url = new URL(self, origin);
    const cursor = url.pathname === '/fhir' ? cursors.get(url.searchParams.get('_page') ?? '') : undefined;
    const found =
      cursor ??
      (url.pathname.startsWith('/fhir/')
        ? { search: search(url.pathname.slice(6), url.searchParams), offset: 0 }
        : null);
    if (found === null || found.search === null) {
      send(404, outcome(`Nothing at ${url.pathname}`));
      return;
    }
    const body = JSON.stringify(pageOf(found.search, found.offset, self, fault));
    if (fault?.kind === 'invalid-json') {
      send(200, body.slice(0, body.length / 2));
    } else if (fault?.kind === 'cut-short') {
      logged.status = 200;
      response.writeHead(200, {
        'content-type': 'application/fhir+json; charset=utf-8',
        'content-length': String(Buffer.byteLength(body)),
      });
      response.write(body.slice(0, body.length / 2), () => response.destroy());
    } else {
      send(200, body);
    }
  };

  const server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the Plan-Net server has no port');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    baseUrl: `${origin}/fhir`,
    requests,
    fail: (on, fault) => faults.push({ on, fault }),
    touch: (key, lastUpdated) => touched.set(key, lastUpdated),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function lastUpdatedOf(resource: FhirResource): number {
  const meta = resource['meta'];
  return typeof meta === 'object' &&
    meta !== null &&
    'lastUpdated' in meta &&
    typeof meta.lastUpdated === 'string'
    ? Date.parse(meta.lastUpdated)
    : 0;
}

function outcome(text: string): string {
  return JSON.stringify({
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code: 'processing', diagnostics: text }],
  });
}

/** `_lastUpdated=ge2026-11-01` or `gt2026-11-01T00:00:00Z`: which update times match. */
function changedSince(parameter: string | null): (updatedAt: number) => boolean {
  if (parameter === null) return () => true;
  const at = Date.parse(parameter.slice(2));
  return parameter.startsWith('gt') ? (updatedAt) => updatedAt > at : (updatedAt) => updatedAt >= at;
}
