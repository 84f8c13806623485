import { describe, expect, it } from 'vitest';
import { newBedfordHealthCenter, richardSoucier } from '../../../tests/support/registry-providers';
import { formCatalog } from './form-catalog';
import type { FieldSpec } from './form-spec';
import { fillableParts, fillFromRegistry, filledSentence, registryFillTargets } from './registry-fill';

const kindsOfPart = [
  ['name', 'text'],
  ['specialty', 'text'],
  ['address', 'address'],
  ['phone', 'phone'],
  ['fax', 'fax'],
] as const;

describe('filling a form from the NPI registry', () => {
  it('fills a contracting request’s name, specialty, address, phone and fax in one go', () => {
    const targets = registryFillTargets('new-contract-request', 'npi');
    const values = fillFromRegistry(
      { npi: '1255334207', email: 'desk@example.org', providerOrClinicName: 'Dr. R' },
      targets,
      richardSoucier,
    );
    expect(values).toEqual({
      npi: '1255334207',
      email: 'desk@example.org',
      providerOrClinicName: 'RICHARD SOUCIER, MD',
      specialty: 'Cardiovascular Disease',
      physicalAddress: { street: '114 WOODLAND ST', city: 'HARTFORD', state: 'CT', zip: '06105-1208' },
      phone: '860-714-4820',
      fax: '860-714-8001',
    });
    expect(filledSentence(fillableParts(targets, richardSoucier))).toBe(
      'Filled the name, specialty, address, phone and fax from the NPI registry.',
    );
  });

  it('fills only the name of a claims inquiry’s billing provider', () => {
    const targets = registryFillTargets('claims-inquiry', 'billingNpi');
    expect(fillableParts(targets, newBedfordHealthCenter)).toEqual(['name']);
    expect(fillFromRegistry({ providerName: '' }, targets, newBedfordHealthCenter)).toEqual({
      providerName: 'GREATER NEW BEDFORD COMMUNITY HEALTH CENTER, INC.',
    });
    expect(filledSentence(['name'])).toBe('Filled the name from the NPI registry.');
  });

  it('never blanks a field the registry has nothing for', () => {
    const targets = registryFillTargets('new-contract-request', 'npi');
    const bare = { ...richardSoucier, taxonomies: [], practiceAddress: null };
    expect(fillableParts(targets, bare)).toEqual(['name']);
    expect(fillFromRegistry({ specialty: 'Cardiology', phone: '503-555-0100' }, targets, bare)).toEqual({
      specialty: 'Cardiology',
      phone: '503-555-0100',
      providerOrClinicName: 'RICHARD SOUCIER, MD',
    });
  });

  it('names, for every NPI field of every form, fields the form has and of the right kind', () => {
    for (const spec of formCatalog) {
      const fields = new Map<string, FieldSpec>(
        spec.sections.flatMap((section) => section.fields).map((field) => [field.name, field]),
      );
      for (const field of fields.values()) {
        if (field.kind !== 'npi') continue;
        const targets = registryFillTargets(spec.id, field.name);
        expect(Object.keys(targets).length, `${spec.id} ${field.name}`).toBeGreaterThan(0);
        for (const [part, kind] of kindsOfPart) {
          const name = targets[part];
          if (name !== undefined) expect(fields.get(name)?.kind, `${spec.id} ${name}`).toBe(kind);
        }
      }
    }
  });
});
