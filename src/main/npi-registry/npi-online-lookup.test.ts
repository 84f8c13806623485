import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createOnlineLookup } from './npi-online-lookup';

/**
 * A stand-in for the registry's API on 127.0.0.1, answering as NPPES API 2.1 does: the provider
 * below is the sample file's RICHARD SOUCIER, in the API's JSON field names.
 */
const soucier = {
  number: '1255334207',
  enumeration_type: 'NPI-1',
  basic: {
    first_name: 'RICHARD',
    last_name: 'SOUCIER',
    credential: 'MD',
    name_prefix: '--',
    enumeration_date: '2005-05-23',
    last_updated: '2016-09-27',
    status: 'A',
  },
  addresses: [
    {
      address_purpose: 'LOCATION',
      address_1: '114 WOODLAND ST',
      address_2: '',
      city: 'HARTFORD',
      state: 'CT',
      postal_code: '061051208',
      country_code: 'US',
      telephone_number: '860-714-4820',
      fax_number: '860-714-8001',
    },
    {
      address_purpose: 'MAILING',
      address_1: '1000 ASYLUM AVE',
      address_2: 'STE 4309',
      city: 'HARTFORD',
      state: 'CT',
      postal_code: '061051770',
      country_code: 'US',
      telephone_number: '860-714-6581',
    },
  ],
  taxonomies: [
    {
      code: '207RA0001X',
      desc: 'Internal Medicine, Advanced Heart Failure and Transplant Cardiology',
      primary: false,
    },
    {
      code: '207RC0000X',
      desc: 'Internal Medicine, Cardiovascular Disease',
      primary: true,
      state: 'CT',
      license: '033435',
    },
  ],
};

let server: Server | undefined;
const asked: string[] = [];

async function serve(answer: (url: URL) => { status: number; body: unknown }): Promise<string> {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    asked.push(url.search);
    const { status, body } = answer(url);
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
}

afterEach(async () => {
  asked.length = 0;
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

const fetchedAt = new Date('2026-11-30T15:04:00Z');

describe('the online NPI lookup', () => {
  it('asks once for the NPI with version 2.1 and labels the answer as online', async () => {
    const baseUrl = await serve((url) => ({
      status: 200,
      body:
        url.searchParams.get('number') === '1255334207'
          ? { result_count: 1, results: [soucier] }
          : { result_count: 0, results: [] },
    }));
    const lookup = createOnlineLookup({ baseUrl, isOnline: () => true, now: () => fetchedAt });

    const answer = await lookup.lookup('1255334207');

    expect(asked).toEqual(['?version=2.1&number=1255334207']);
    expect(answer.problem).toBeNull();
    expect(answer.provider).toMatchObject({
      npi: '1255334207',
      kind: 'individual',
      name: 'RICHARD SOUCIER',
      namePrefix: null,
      credential: 'MD',
      enumeratedOn: '2005-05-23',
      lastUpdatedOn: '2016-09-27',
      practiceAddress: {
        lines: ['114 WOODLAND ST'],
        city: 'HARTFORD',
        state: 'CT',
        phone: '8607144820',
        fax: '8607148001',
        country: null,
      },
      mailingAddress: { lines: ['1000 ASYLUM AVE', 'STE 4309'], fax: null },
      source: { kind: 'online', fetchedAt: fetchedAt.toISOString() },
    });
    expect(
      answer.provider?.taxonomies.map((taxonomy) => [taxonomy.code, taxonomy.primary, taxonomy.specialty]),
    ).toEqual([
      ['207RC0000X', true, 'Cardiovascular Disease'],
      ['207RA0001X', false, 'Advanced Heart Failure and Transplant Cardiology'],
    ]);
  });

  it('says so when the registry does not list the NPI', async () => {
    const baseUrl = await serve(() => ({ status: 200, body: { result_count: 0, results: [] } }));
    const answer = await createOnlineLookup({ baseUrl, isOnline: () => true }).lookup('1234567893');
    expect(answer).toEqual({
      provider: null,
      problem: expect.stringContaining('does not list NPI 1234567893'),
    });
  });

  it('does not ask at all while the computer is offline', async () => {
    const baseUrl = await serve(() => ({ status: 200, body: { results: [soucier] } }));
    const answer = await createOnlineLookup({ baseUrl, isOnline: () => false }).lookup('1255334207');
    expect(answer).toEqual({ provider: null, problem: expect.stringContaining('offline') });
    expect(asked).toEqual([]);
  });

  it('turns a failing or unreadable service into a sentence', async () => {
    const failing = await serve(() => ({ status: 503, body: {} }));
    expect(
      (await createOnlineLookup({ baseUrl: failing, isOnline: () => true }).lookup('1255334207')).problem,
    ).toContain('(503)');
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    const odd = await serve(() => ({ status: 200, body: { Errors: [{ description: 'Invalid request' }] } }));
    expect(
      (await createOnlineLookup({ baseUrl: odd, isOnline: () => true }).lookup('1255334207')).problem,
    ).toContain('cannot read');
  });
});
