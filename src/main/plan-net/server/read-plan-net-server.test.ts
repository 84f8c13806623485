import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPlanNetServer, type PlanNetTestServer } from '../../../../tests/support/plan-net-server';
import type { FhirResource } from '../fhir-resource';
import { countByType, realResources } from '../plan-net-test-data';
import {
  readPlanNetServer,
  type PlanNetServerProgress,
  type ReadPlanNetServerOptions,
} from './read-plan-net-server';

let server: PlanNetTestServer;
beforeEach(async () => {
  server = await startPlanNetServer();
});
afterEach(() => server.close());

async function readAll(options: Partial<ReadPlanNetServerOptions> = {}) {
  const resources: FhirResource[] = [];
  const batches: number[] = [];
  const progress: PlanNetServerProgress[] = [];
  const summary = await readPlanNetServer(server.baseUrl, {
    since: null,
    maxPages: 1000,
    retryDelayMs: 1,
    onProgress: (report) => progress.push(report),
    ...options,
    onResources: (batch) => {
      batches.push(batch.length);
      resources.push(...batch);
    },
  });
  return { resources, batches, progress, summary };
}

describe('readPlanNetServer', () => {
  it('reads every resource of the real data, page by page, from the typed address only', async () => {
    const { resources, batches, progress, summary } = await readAll();

    expect(countByType(resources)).toEqual(countByType(realResources()));
    expect(resources).toHaveLength(5215);
    // 2,000 + 2,000 + 649 + 180 + 158 + 158 + 40 + 30 resources at 100 a page.
    expect(summary).toEqual({
      resources: 5215,
      skipped: {},
      pages: 20 + 20 + 7 + 2 + 2 + 2 + 1 + 1,
      typesNotOffered: [],
      newestLastUpdated: '2026-05-04T00:00:00Z',
    });
    expect(Math.max(...batches)).toBeLessThanOrEqual(500);
    expect(progress.at(-1)).toEqual({ resources: 5215, pages: 55, waitingUntil: null });
    expect(server.requests.filter(({ url }) => url.startsWith('/fhir/'))).toHaveLength(8);
    expect(server.requests.every(({ host, status }) => host.startsWith('127.0.0.1:') && status === 200)).toBe(
      true,
    );
    expect(server.requests[0]?.url).toBe('/fhir/PractitionerRole?_count=100');
  });

  it('follows next links written relative to the page, as some servers write them', async () => {
    const relative = await startPlanNetServer({ relativeLinks: true });
    try {
      const resources: FhirResource[] = [];
      const summary = await readPlanNetServer(relative.baseUrl, {
        since: null,
        maxPages: 1000,
        pageSize: 500,
        onResources: (batch) => resources.push(...batch),
      });
      expect(countByType(resources)).toEqual(countByType(realResources()));
      expect(summary.pages).toBe(4 + 4 + 2 + 1 + 1 + 1 + 1 + 1);
    } finally {
      await relative.close();
    }
  });

  it('asks only for what changed on or after an instant, and gets only that', async () => {
    server.touch('Practitioner/plannet-practitioner-1230081110', '2026-11-20T08:00:00Z');
    server.touch('Location/plannet-location-1230085657', '2026-11-21T09:30:00Z');

    const { resources, summary } = await readAll({ since: '2026-11-01T00:00:00Z', pageSize: 50 });

    expect(resources.map(({ resourceType, id }) => `${resourceType}/${id ?? ''}`).sort()).toEqual(
      ['Location/plannet-location-1230085657', 'Practitioner/plannet-practitioner-1230081110'].sort(),
    );
    expect(summary.newestLastUpdated).toBe('2026-11-21T09:30:00Z');
    expect(server.requests).toHaveLength(8);
    for (const { url } of server.requests) {
      expect(new URL(url, server.baseUrl).searchParams.get('_lastUpdated')).toBe('ge2026-11-01T00:00:00Z');
      expect(new URL(url, server.baseUrl).searchParams.get('_count')).toBe('50');
    }
  });

  it('waits as long as a busy server asks (Retry-After), asks the same page again and finishes', async () => {
    server.fail(3, { kind: 'too-many-requests', retryAfter: '1' });

    const { resources, progress } = await readAll();

    expect(resources).toHaveLength(5215);
    const [busy, again] = [server.requests[2], server.requests[3]];
    expect(busy?.status).toBe(429);
    expect(again?.url).toBe(busy?.url);
    expect(again?.status).toBe(200);
    // The reader's own first backoff is 1 ms here: a wait near a second is the server's.
    expect((again?.at ?? 0) - (busy?.at ?? 0)).toBeGreaterThanOrEqual(900);
    const waiting = progress.find(({ waitingUntil }) => waitingUntil !== null);
    expect(Date.parse(waiting?.waitingUntil ?? '') - (busy?.at ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('takes a type the server does not offer (404) as none of it', async () => {
    // Roles and practitioners take two pages each at 1,000 a page; the ninth search is Endpoint.
    server.fail(9, { kind: 'status', status: 404 });

    const { resources, summary } = await readAll({ pageSize: 1000 });

    expect(server.requests[8]?.url).toBe('/fhir/Endpoint?_count=1000');
    expect(summary.typesNotOffered).toEqual(['Endpoint']);
    expect(countByType(resources)['Endpoint']).toBeUndefined();
    expect(resources).toHaveLength(5215 - 40);
  });

  it('stops at once when cancelled while waiting to ask again', async () => {
    server.fail(1, { kind: 'too-many-requests', retryAfter: '100' });
    const cancel = new AbortController();

    const reading = readAll({
      signal: cancel.signal,
      onProgress: ({ waitingUntil }) => {
        if (waitingUntil !== null) cancel.abort();
      },
    });

    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(1);
  });
});
