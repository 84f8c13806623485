import { describe, expect, it } from 'vitest';
import type { FhirResource } from './fhir-resource';
import { importReport } from './import-report';
import { countByType, exampleResources, realResources } from './plan-net-test-data';
import { indexResources, resolveReferences } from './resolve-references';

const reportOf = (resources: readonly FhirResource[]) =>
  importReport(resolveReferences(indexResources(resources)));

interface Ref {
  reference?: string;
}

interface LooseResource {
  resourceType: string;
  practitioner?: Ref;
  organization?: Ref;
  participatingOrganization?: Ref;
  location?: Ref[];
  healthcareService?: Ref[];
  network?: Ref[];
  extension?: { url: string; valueReference?: Ref }[];
  address?: { city?: string; line?: string[]; postalCode?: string };
  identifier?: { system?: string; value?: string }[];
}

/** The report's figures by a plain loop over the parsed files, written apart from the resolver. */
function expectedFigures(resources: readonly FhirResource[]) {
  const present = new Set(resources.map((resource) => `${resource.resourceType}/${String(resource.id)}`));
  const unresolved: Record<string, number> = {};
  let references = 0;
  let incomplete = 0;
  let rolesWithoutNetwork = 0;
  let locationsWithoutAddress = 0;
  let practitionersWithoutNpi = 0;
  for (const resource of resources) {
    // The test reads the files' JSON in the shape the guide gives them, apart from the resolver.
    const json = resource as LooseResource;
    const links: [string, string, Ref[]][] = [];
    if (json.resourceType === 'PractitionerRole') {
      links.push([
        'PractitionerRole.practitioner',
        'Practitioner',
        json.practitioner ? [json.practitioner] : [],
      ]);
      links.push([
        'PractitionerRole.organization',
        'Organization',
        json.organization ? [json.organization] : [],
      ]);
      links.push(['PractitionerRole.location', 'Location', json.location ?? []]);
      links.push(['PractitionerRole.healthcareService', 'HealthcareService', json.healthcareService ?? []]);
      const networks = (json.extension ?? [])
        .filter((extension) => extension.url.endsWith('/network-reference'))
        .map((extension) => extension.valueReference ?? {});
      links.push(['PractitionerRole.network', 'Organization', networks]);
      if (!networks.some((network) => present.has(network.reference ?? ''))) rolesWithoutNetwork += 1;
    }
    if (json.resourceType === 'OrganizationAffiliation') {
      links.push([
        'OrganizationAffiliation.organization',
        'Organization',
        json.organization ? [json.organization] : [],
      ]);
      links.push([
        'OrganizationAffiliation.participatingOrganization',
        'Organization',
        json.participatingOrganization ? [json.participatingOrganization] : [],
      ]);
      links.push(['OrganizationAffiliation.network', 'Organization', json.network ?? []]);
    }
    if (json.resourceType === 'InsurancePlan')
      links.push(['InsurancePlan.network', 'Organization', json.network ?? []]);
    if (json.resourceType === 'Location') {
      const address = json.address;
      if (!address?.city && !address?.postalCode && !(address?.line ?? []).some(Boolean))
        locationsWithoutAddress += 1;
    }
    if (json.resourceType === 'Practitioner') {
      if (!(json.identifier ?? []).some((id) => id.system === 'http://hl7.org/fhir/sid/us-npi' && id.value)) {
        practitionersWithoutNpi += 1;
      }
    }
    let missing = false;
    for (const [kind, type, references_] of links) {
      for (const { reference = '' } of references_) {
        references += 1;
        if (reference.startsWith(`${type}/`) && present.has(reference)) continue;
        unresolved[kind] = (unresolved[kind] ?? 0) + 1;
        missing = true;
      }
    }
    if (missing) incomplete += 1;
  }
  return {
    countsByType: countByType(resources),
    references,
    incomplete,
    unresolved,
    rolesWithoutNetwork,
    locationsWithoutAddress,
    practitionersWithoutNpi,
  };
}

function figuresOf(report: ReturnType<typeof importReport>) {
  return {
    countsByType: report.countsByType,
    references: report.references,
    incomplete: report.incomplete,
    unresolved: Object.fromEntries(report.unresolved.map(({ kind, count }) => [kind, count])),
    rolesWithoutNetwork: report.rolesWithoutNetwork,
    locationsWithoutAddress: report.locationsWithoutAddress,
    practitionersWithoutNpi: report.practitionersWithoutNpi,
  };
}

describe('the import report on the real Plan-Net data', () => {
  const real = realResources();

  it('finds every one of its 10,617 references and no gaps, as a plain count of the files does', () => {
    const report = reportOf(real);
    expect(figuresOf(report)).toEqual(expectedFigures(real));
    expect(report.references).toBe(10_617);
    expect(report.incomplete).toBe(0);
  });

  it('counts what is missing when a network, some locations, addresses and NPIs are taken away', () => {
    const holed = real
      .filter((resource) => resource.id !== 'plannet-network-HPID050000')
      .filter((resource, index) => resource.resourceType !== 'Location' || index % 7 !== 0)
      .map((resource, index) => {
        if (resource.resourceType === 'Location' && index % 5 === 0)
          return { ...resource, address: { state: 'CT' } };
        if (resource.resourceType === 'Practitioner' && index % 3 === 0)
          return { ...resource, identifier: [] };
        return resource;
      });
    const report = reportOf(holed);
    const expected = expectedFigures(holed);
    expect(figuresOf(report)).toEqual(expected);
    expect(expected.unresolved['PractitionerRole.network']).toBeGreaterThan(0);
    expect(expected.unresolved['PractitionerRole.location']).toBeGreaterThan(0);
    expect(expected.locationsWithoutAddress).toBeGreaterThan(0);
    expect(expected.practitionersWithoutNpi).toBeGreaterThan(0);
    expect(
      report.unresolved.find(({ kind }) => kind === 'PractitionerRole.network')?.examples[0],
    ).toMatchObject({
      reference: 'Organization/plannet-network-HPID050000',
    });
  });
});

describe('the import report on the implementation guide examples', () => {
  it('finds their one location without an address, as a plain count of the files does', () => {
    const examples = exampleResources();
    const report = reportOf(examples);
    expect(figuresOf(report)).toEqual(expectedFigures(examples));
    expect(report.references).toBe(41);
    expect(report.locationsWithoutAddress).toBe(1);
  });
});
