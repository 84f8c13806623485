import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContactValue, PackEntry } from '../../shared/directory-pack';
import { nationalNumber } from '../../shared/phone-number';
import { seedPackPath, sourcePagePath } from '../../../tests/support/shipped-directory';
import { loadDirectoryPack } from './load-directory-pack';

const pack = loadDirectoryPack(seedPackPath);
const page = readFileSync(sourcePagePath, 'utf8');
const entry = (key: string): PackEntry => {
  const found = pack.entries.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no entry ${key}`);
  return found;
};
const valuesOf = <K extends ContactValue['kind']>(key: string, kind: K) =>
  entry(key).values.filter((value): value is Extract<ContactValue, { kind: K }> => value.kind === kind);
const numbers = (key: string, kind: 'phone' | 'fax') => valuesOf(key, kind).map((value) => value.number);

describe('the seed pack holds the seed page’s facts', () => {
  it('Provider Customer Service: both numbers, option 3, and what it is for', () => {
    expect(numbers('customer-service.provider', 'phone')).toEqual(['503-416-4100', '1-800-224-4840']);
    expect(
      valuesOf('customer-service.provider', 'phone').every((p) => p.menu === 'Press option 3 for provider'),
    ).toBe(true);
    expect(entry('customer-service.provider').purpose).toMatch(
      /provider questions.*claim inquiries.*contracting/i,
    );
  });

  it('Care Management fax numbers', () => {
    expect(numbers('care-management.fax', 'fax')).toEqual(['503-416-3637', '1-800-862-4831']);
  });

  it('the clinic alert box with its name-and-job-title rule', () => {
    expect(valuesOf('clinic.alerts-email', 'email')[0]?.address).toBe('careoregonalerts@careoregon.org');
    expect(entry('clinic.alerts-email').notes.join(' ')).toMatch(/name and job title/);
  });

  it('the clinic updates box', () => {
    expect(valuesOf('clinic.updates-email', 'email')[0]?.address).toBe('ProviderUpdates@CareOregon.org');
  });

  it('Provider Relations: team assignments list and both fax numbers', () => {
    expect(numbers('provider-relations.specialists', 'fax')).toEqual(['503-416-1478', '1-800-874-3916']);
    expect(valuesOf('provider-relations.specialists', 'document')[0]?.label).toBe('Team Assignments List');
  });

  it('new contract requests: the box and the nine fields, in the page’s order', () => {
    expect(valuesOf('contracting.requests', 'email')[0]?.address).toBe('newcontractrequest@careoregon.org');
    expect(entry('contracting.requests').checklist?.items).toEqual([
      'Provider Name or Clinic Name',
      'Specialty',
      'Phone Number',
      'E-Mail Address',
      'Fax Number',
      'Physical Address',
      'NPI',
      'TIN',
      'DMAP ID #',
    ]);
  });

  it('credentialing requirements and the contracting phone route', () => {
    expect(valuesOf('contracting.credentialing-requirements', 'document')[0]?.label).toMatch(
      /Credentialing Requirements/,
    );
    expect(numbers('contracting.becoming-a-provider', 'phone')).toEqual(['1-800-224-4840', '503-416-4100']);
  });

  it('Ethics Point phone and site, and the FWA training', () => {
    expect(numbers('compliance.ethics-point', 'phone')).toEqual(['1-888-331-6524']);
    expect(valuesOf('compliance.ethics-point', 'web')[0]?.url).toBe('https://www.ethicspoint.com');
    expect(entry('compliance.fwa-training').title).toMatch(/training/i);
  });

  it('claims: payer ID 93975 for CareOregon Advantage and OHP alike, Emdeon, and the paper address', () => {
    expect(valuesOf('claims.electronic', 'payer-id')[0]?.id).toBe('93975');
    expect(entry('claims.electronic').notes.join(' ')).toMatch(
      /CareOregon Advantage and OHP.*same payer ID.*Do not bill separately/,
    );
    expect(numbers('claims.electronic', 'phone')).toEqual(['1-877-363-3666']);
    expect(valuesOf('claims.paper', 'postal')[0]?.lines).toEqual([
      'Claims, CareOregon',
      'PO Box 40328',
      'Portland OR 97240',
    ]);
  });

  it('claim inquiries: the box, the PHI rule, the phone route and the appeal form', () => {
    expect(valuesOf('claims.inquiries', 'email')[0]?.address).toBe('claimshelp@careoregon.org');
    expect(entry('claims.inquiries').notes.join(' ')).toMatch(
      /protected health information \(PHI\) must be sent in a secured manner/,
    );
    expect(valuesOf('claims.inquiries', 'phone').map((p) => p.menu)).toEqual([
      'Press option 3 for Provider',
      'Press option 3 for Provider',
    ]);
    expect(valuesOf('claims.inquiries', 'document')[0]?.label).toBe('Provider Claim Appeal Form');
  });

  it.each([
    ['quality.metrics-toolkit', 'Clinical Quality Metrics Toolkit'],
    ['portal.help', 'Provider Portal Help'],
    ['ohp.resources', 'MMIS (OHP Provider Web Portal)'],
    ['ohp.primary-care-attestation', "Self-attestation form on DMAP's website"],
    ['ohp.edi', 'Oregon Health Plan EDI'],
    ['community.oregon-safenet', 'Form to tell SafeNet about your flu clinic or other events'],
    ['community.onehealthport', 'More information about OneHealthPort Oregon'],
    ['forms-and-policies', 'Provider Forms and Policies'],
  ])('has %s, naming "%s" without an address the page does not give', (key, label) => {
    expect(entry(key).values).toContainEqual(expect.objectContaining({ label, url: null }));
  });

  const pageNumbers = new Set(
    [...page.matchAll(/(?:1-)?\d{3}-\d{3}-\d{4}/g)].map(([number]) => nationalNumber(number)),
  );
  const packNumbers = new Set(
    pack.entries.flatMap((packEntry) =>
      packEntry.values.flatMap((value) => ('number' in value ? [nationalNumber(value.number)] : [])),
    ),
  );

  it('invents nothing: every number and address in the pack is on the page', () => {
    const pageLower = page.toLowerCase();
    for (const number of packNumbers) expect(pageNumbers).toContain(number);
    for (const packEntry of pack.entries) {
      for (const value of packEntry.values) {
        if (value.kind === 'email') expect(pageLower).toContain(value.address.toLowerCase());
        if (value.kind === 'payer-id') expect(page).toContain(value.id);
        if (value.kind === 'postal') value.lines.forEach((line) => expect(page).toContain(line));
        if ((value.kind === 'web' || value.kind === 'document') && value.url) {
          expect(pageLower).toContain(new URL(value.url).hostname);
        }
      }
    }
  });

  it('skips nothing: every phone number and e-mail address on the page is in the pack', () => {
    expect(pageNumbers.size).toBe(8);
    for (const number of pageNumbers) expect(packNumbers).toContain(number);
    const packText = JSON.stringify(pack).toLowerCase();
    for (const [address] of page.matchAll(/[\w.]+@[\w.]+\.(?:org|com)/gi)) {
      expect(packText).toContain(address.toLowerCase());
    }
  });

  it('every synonym leads to words some entry holds', () => {
    const text = JSON.stringify(pack.entries).toLowerCase();
    for (const synonym of pack.synonyms) expect(text).toContain(synonym.to);
  });
});
