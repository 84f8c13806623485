import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the NPI registry's public API (NPPES API 2.1) on 127.0.0.1, so no test asks the
 * real one. It knows two made-up providers, in the API's own field names, one of them
 * deactivated; any other NPI gets the API's empty answer.
 */
export const onlineOnlyProvider = {
  number: '1234567893',
  enumeration_type: 'NPI-1',
  basic: {
    first_name: 'PAT',
    last_name: 'EXAMPLE',
    credential: 'NP',
    enumeration_date: '2010-01-04',
    last_updated: '2024-03-01',
    status: 'A',
  },
  addresses: [
    {
      address_purpose: 'LOCATION',
      address_1: '100 EXAMPLE AVE',
      address_2: '',
      city: 'PORTLAND',
      state: 'OR',
      postal_code: '97201',
      country_code: 'US',
      telephone_number: '503-555-0100',
    },
  ],
  taxonomies: [{ code: '363LF0000X', desc: 'Nurse Practitioner, Family', primary: true }],
};

export const deactivatedProvider = {
  number: '1999999992',
  enumeration_type: 'NPI-1',
  basic: {
    first_name: 'JORDAN',
    last_name: 'SAMPLE',
    enumeration_date: '2008-02-11',
    last_updated: '2023-06-30',
    deactivation_date: '2023-06-30',
    status: 'D',
  },
  addresses: [],
  taxonomies: [],
};

const known = new Map(
  [onlineOnlyProvider, deactivatedProvider].map((provider) => [provider.number, provider]),
);

export interface NpiApiStandIn {
  /** What to pass as `--npi-api`. */
  url: string;
  close(): Promise<void>;
}

export async function startNpiApiStandIn(): Promise<NpiApiStandIn> {
  const server = createServer((request, response) => {
    const number = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('number');
    const found = number ? known.get(number) : undefined;
    const results = found ? [found] : [];
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ result_count: results.length, results }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
