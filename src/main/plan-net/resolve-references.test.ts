import { describe, expect, it } from 'vitest';
import { networkReferenceUrl } from './reference-fields';
import { indexResources, referenceKey, resolveReferences } from './resolve-references';

describe('resolveReferences', () => {
  it('reads relative, absolute and versioned references, not contained ones', () => {
    expect(referenceKey('Organization/acme')).toBe('Organization/acme');
    expect(referenceKey('https://plan.example/fhir/Location/main-st')).toBe('Location/main-st');
    expect(referenceKey('Practitioner/p1/_history/3')).toBe('Practitioner/p1');
    expect(referenceKey('#contained-location')).toBeNull();
    expect(referenceKey('')).toBeNull();
  });

  it('keeps a role whose links do not all resolve, labelled incomplete, saying which', () => {
    const index = indexResources([
      { resourceType: 'Practitioner', id: 'p1' },
      { resourceType: 'Location', id: 'l1' },
      { resourceType: 'Organization', id: 'net' },
      {
        resourceType: 'PractitionerRole',
        id: 'r1',
        practitioner: { reference: 'https://plan.example/fhir/Practitioner/p1' },
        organization: { reference: 'Location/l1' },
        location: [{ reference: 'Location/l1' }, { reference: 'Location/gone' }],
        healthcareService: [{ display: 'Cardiology clinic' }],
        extension: [{ url: networkReferenceUrl, valueReference: { reference: 'Organization/net' } }],
      },
    ]);
    const role = resolveReferences(index).find((resolved) => resolved.key === 'PractitionerRole/r1');
    expect(role?.incomplete).toBe(true);
    expect(role?.links).toEqual([
      {
        kind: 'PractitionerRole.practitioner',
        reference: 'https://plan.example/fhir/Practitioner/p1',
        target: 'Practitioner/p1',
      },
      // A link to a resource of the wrong type does not count as found.
      { kind: 'PractitionerRole.organization', reference: 'Location/l1', target: null },
      { kind: 'PractitionerRole.location', reference: 'Location/l1', target: 'Location/l1' },
      { kind: 'PractitionerRole.location', reference: 'Location/gone', target: null },
      { kind: 'PractitionerRole.healthcareService', reference: '', target: null },
      { kind: 'PractitionerRole.network', reference: 'Organization/net', target: 'Organization/net' },
    ]);
    expect(resolveReferences(index)).toHaveLength(4);
  });
});
