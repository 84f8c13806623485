import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPlanNetServer, type PlanNetTestServer } from '../../../../tests/support/plan-net-server';
import type { PlanNetRefusedError } from '../plan-net-refused-error';
import { planNetRefusal } from '../plan-net-refusal';
import { readPlanNetServer } from './read-plan-net-server';

let server: PlanNetTestServer;
beforeEach(async () => {
  server = await startPlanNetServer();
});
afterEach(() => server.close());

function refusal(
  options: { maxPages?: number; baseUrl?: string; requestTimeoutMs?: number } = {},
): Promise<PlanNetRefusedError> {
  return planNetRefusal(
    readPlanNetServer(options.baseUrl ?? server.baseUrl, {
      since: null,
      maxPages: options.maxPages ?? 1000,
      retryDelayMs: 1,
      requestTimeoutMs: options.requestTimeoutMs,
      onResources: () => undefined,
    }),
  );
}

/** The absolute URL of the `nth` request (the first is 1). */
function asked(nth: number): string {
  return new URL(server.requests[nth - 1]?.url ?? '', server.baseUrl).href;
}

describe('readPlanNetServer refuses', () => {
  it('a server that keeps failing (503), after asking again five times', async () => {
    server.fail('every', { kind: 'status', status: 503 });
    const error = await refusal();
    expect(server.requests).toHaveLength(6);
    expect(new Set(server.requests.map(({ url }) => url))).toEqual(
      new Set(['/fhir/PractitionerRole?_count=100']),
    );
    expect(error.message).toBe(
      `Asking the plan's server for ${asked(1)} failed 6 times in a row: it had an error (HTTP 503). Try again later; if it keeps failing, check the address and this computer's internet connection. Nothing was changed.`,
    );
    expect(error.file).toBe(asked(1));
  });

  it('more pages than allowed', async () => {
    const error = await refusal({ maxPages: 10 });
    expect(server.requests).toHaveLength(10);
    expect(error.message).toMatch(
      /^The import stopped after 10 pages, the most allowed, with more still to come at http:\/\/127\.0\.0\.1:\d+\/fhir\?_page=/,
    );
  });

  it('a next page at another address, without asking it', async () => {
    server.fail(2, { kind: 'foreign-next' });
    const error = await refusal();
    expect(server.requests).toHaveLength(2);
    expect(error.message).toContain(
      `as the next page after ${asked(2)}, an address elsewhere (http://localhost:`,
    );
  });

  it('a next page already read: a loop', async () => {
    server.fail(3, { kind: 'loop' });
    const error = await refusal();
    expect(server.requests).toHaveLength(3);
    expect(error.message).toContain(`as the next page after ${asked(3)}, a page already read (${asked(3)})`);
  });

  it('answers cut short, naming the page', async () => {
    server.fail('every', { kind: 'cut-short' });
    const error = await refusal();
    expect(server.requests).toHaveLength(6);
    expect(error.message).toContain(`for ${asked(1)} failed 6 times in a row: its answers were cut short.`);
  });

  it('an answer that is not JSON, naming the page', async () => {
    server.fail(2, { kind: 'invalid-json' });
    const error = await refusal();
    expect(error.message.startsWith(`The answer to ${asked(2)} is not valid JSON (`)).toBe(true);
    expect(error.file).toBe(asked(2));
  });

  it('a server that asks for a sign-in, saying Plan-Net is public', async () => {
    server.fail(1, { kind: 'status', status: 401 });
    const error = await refusal();
    expect(error.message).toContain(
      `asks for a sign-in at ${asked(1)} (HTTP 401). Plan-Net directories are public by rule`,
    );
  });

  it('an address where no Plan-Net type is found', async () => {
    const error = await refusal({ baseUrl: `${server.baseUrl}/wrong` });
    expect(server.requests).toHaveLength(8);
    expect(error.message).toMatch(
      /offers none of the Plan-Net searches .* so it is not a Plan-Net server address/,
    );
  });

  it('an address with a user name or password, without asking and without repeating the password', async () => {
    const withPassword = server.baseUrl.replace('http://', 'http://desk:not-a-real-secret@');
    const error = await refusal({ baseUrl: withPassword });
    expect(error.message).toBe(
      `The address ${server.baseUrl} was typed with a user name or password in it. Plan-Net directories are public: type the address without them. Nothing was changed.`,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('an address nothing answers at, after asking again', async () => {
    await server.close();
    const error = await refusal();
    expect(error.message).toContain('failed 6 times in a row: the server could not be reached.');
  });

  it('a server that does not answer in time, after asking again', async () => {
    server.fail('every', { kind: 'stall' });
    const error = await refusal({ requestTimeoutMs: 200 });
    // The reader counts its own six tries; on a loaded machine one may time out before the
    // server has logged it, so the server's log only shows that it was asked.
    expect(server.requests.length).toBeGreaterThan(0);
    expect(error.message).toContain(
      `for ${asked(1)} failed 6 times in a row: it did not answer within a second.`,
    );
  });

  it('a resource of another FHIR version, naming the page and the entry', async () => {
    const stu3 = {
      resourceType: 'Practitioner',
      id: 'old',
      meta: { profile: ['http://hl7.org/fhir/STU3/StructureDefinition/Practitioner'] },
    };
    server.fail(1, {
      kind: 'body',
      body: JSON.stringify({ resourceType: 'Bundle', type: 'searchset', entry: [{ resource: stu3 }] }),
    });
    const error = await refusal();
    expect(error.message).toBe(
      `${asked(1)} (Bundle entry 1) holds a FHIR STU3 Practitioner; Provider Desk reads Plan-Net data in FHIR R4 only. Ask the plan for its FHIR R4 (Plan-Net) directory. Nothing was changed.`,
    );
  });

  it('an answer that is not a search result', async () => {
    server.fail(1, { kind: 'body', body: JSON.stringify({ resourceType: 'OperationOutcome', issue: [] }) });
    const error = await refusal();
    expect(error.message).toContain(
      `The answer to ${asked(1)} is not a FHIR search result (a Bundle) but an OperationOutcome.`,
    );
  });

  it('a web page where the server should be', async () => {
    server.fail(1, { kind: 'body', body: '<html>Sign in</html>', contentType: 'text/html' });
    const error = await refusal();
    expect(error.message).toContain(`The address ${asked(1)} answered with a web page, not Plan-Net data.`);
  });

  it('an address that is not a web address, asking nothing', async () => {
    const error = await refusal({ baseUrl: 'plan.example/fhir' });
    expect(server.requests).toHaveLength(0);
    expect(error.message).toMatch(/^"plan\.example\/fhir" is not a web address\./);
  });

  it('a next page that is gone (404) midway through a search', async () => {
    server.fail(2, { kind: 'status', status: 404 });
    const error = await refusal();
    expect(server.requests).toHaveLength(2);
    expect(error.message).toContain(
      `no longer has the page ${asked(2)} (HTTP 404): its search expired midway.`,
    );
  });
});
