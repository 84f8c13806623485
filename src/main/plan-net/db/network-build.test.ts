import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { networkProviderSchema } from '../../../shared/plan-net';
import type { FhirResource } from '../fhir-resource';
import { importReport } from '../import-report';
import { exampleResources, realCounts, realDataFolder, realResources } from '../plan-net-test-data';
import { indexResources, resolveReferences } from '../resolve-references';
import { networkImportReportOf } from './directory-report';
import { openNetworkDirectory } from './network-directory';
import { buildFromResources, buildFromSource, startTestBuild, useNetworkFolder } from './network-test-build';

const inMemoryReport = (resources: readonly FhirResource[]) =>
  networkImportReportOf(importReport(resolveReferences(indexResources(resources))));
const noFilters = { network: null, acceptingNewPatients: false, language: null, specialty: null };

describe('building network.db from the real Plan-Net data', () => {
  const place = useNetworkFolder();
  const real = realResources();

  it('gives the report the in-memory resolver gives, with every type counted', async () => {
    const path = join(place.folder, 'real.db');
    const summary = await buildFromSource(path, realDataFolder);
    expect(summary.report).toEqual(inMemoryReport(real));
    expect(summary.report.countsByType).toEqual(realCounts);
    expect(summary.resourceCount).toBe(5215);
    expect(summary.report.incompleteResources).toBe(0);
    expect(summary.networks.map(({ name }) => name)).toContain('Green Circle of Connecticut HMO');
    const directory = openNetworkDirectory(path);
    expect(directory.info()).toMatchObject({ ...summary, importedAt: '2026-11-30T06:00:00.000Z' });
    directory.close();
  });

  it('gives the in-memory report on the guide’s 49 examples, with their location without an address', () => {
    const examples = exampleResources();
    const summary = buildFromResources(join(place.folder, 'examples.db'), examples);
    expect(summary.report).toEqual(inMemoryReport(examples));
    expect(summary.report.locationsWithoutAddress).toBe(1);
  });

  it('keeps a role whose location is left out, incomplete, naming the missing location', () => {
    const missing = 'Location/plannet-location-1236348148';
    const holed = real.filter((resource) => `${resource.resourceType}/${resource.id}` !== missing);
    const path = join(place.folder, 'holed.db');
    const summary = buildFromResources(path, holed);
    expect(summary.report).toEqual(inMemoryReport(holed));
    expect(summary.report.unresolvedByKind['PractitionerRole.location']).toBeGreaterThan(0);
    expect(summary.report.unresolvedExamples).toContain(
      `PractitionerRole/plannet-practitionerrole-1230081110 → ${missing}`,
    );
    const directory = openNetworkDirectory(path);
    const card = directory.get('Practitioner/plannet-practitioner-1230081110');
    expect(card?.roles[0]?.unresolved).toEqual([missing]);
    expect(card?.roles[0]?.locations).toEqual([]);
    const hit = directory.search('1230081110', noFilters).hits[0];
    expect(hit?.roles[0]?.incomplete).toBe(true);
    directory.close();
  });

  it('applies an increment on top of a directory: a changed resource replaced, the rest kept', () => {
    const base = join(place.folder, 'base.db');
    buildFromResources(base, real);
    const practitioner = real.find((resource) => resource.id === 'plannet-practitioner-1230081110');
    const renamed = {
      ...practitioner,
      resourceType: 'Practitioner',
      name: [{ family: 'Renamed', given: ['Mauro'] }],
    };
    const path = join(place.folder, 'increment.db');
    const summary = buildFromResources(path, [renamed], base);
    expect(summary.resourceCount).toBe(5215);
    expect(summary.report).toEqual(inMemoryReport([...real, renamed]));
    const directory = openNetworkDirectory(path);
    expect(directory.get('Practitioner/plannet-practitioner-1230081110')?.name).toBe('Mauro Renamed');
    expect(directory.search('renamed', noFilters).hits.map((hit) => hit.key)).toEqual([
      'Practitioner/plannet-practitioner-1230081110',
    ]);
    expect(directory.search('cormier', noFilters).hits.map((hit) => hit.key)).not.toContain(
      'Practitioner/plannet-practitioner-1230081110',
    );
    expect(directory.get('Practitioner/plannet-practitioner-1230185570')?.name).toBe(
      'Garland Herbert Cormier, D.O.',
    );
    directory.close();
    expect(openNetworkDirectory(base).get('Practitioner/plannet-practitioner-1230081110')?.name).toBe(
      'Mauro Cormier, APRN',
    );
  });

  it('keeps the last copy of a resource that comes again in the same import, in a later batch or the same one', () => {
    const practitioner = real.find((resource) => resource.id === 'plannet-practitioner-1230081110');
    const named = (family: string) => ({
      ...practitioner,
      resourceType: 'Practitioner',
      name: [{ family, given: ['Mauro'] }],
    });
    const again = [...real, named('Earlier'), named('Later')];
    const path = join(place.folder, 'again.db');
    const summary = buildFromResources(path, again);
    expect(summary.resourceCount).toBe(5215);
    expect(summary.report).toEqual(inMemoryReport(again));
    const directory = openNetworkDirectory(path);
    expect(directory.get('Practitioner/plannet-practitioner-1230081110')?.name).toBe('Mauro Later');
    expect(directory.get('Practitioner/plannet-practitioner-1230081110')?.roles).toHaveLength(1);
    expect(directory.search('earlier', noFilters).hits).toEqual([]);
    directory.close();
  });

  it('deletes the file when a build is abandoned', () => {
    const path = join(place.folder, 'abandoned.db');
    const build = startTestBuild(path, null);
    build.add(real.slice(0, 100));
    expect(existsSync(path)).toBe(true);
    build.abandon();
    expect(existsSync(path)).toBe(false);
  });

  it('refuses to build over a file that exists', () => {
    const path = join(place.folder, 'abandoned-twice.db');
    buildFromResources(path, real.slice(0, 10));
    expect(() => startTestBuild(path, null)).toThrow(/already exists/);
  });
});

describe('building from hostile data', () => {
  const place = useNetworkFolder();

  it('keeps going through huge strings, odd ids, missing fields and wrong types', () => {
    const huge = 'x'.repeat(2_000_000);
    const hostile: FhirResource[] = [
      { resourceType: 'Practitioner' },
      {
        resourceType: 'Practitioner',
        id: 'ok-1',
        name: huge,
        identifier: 'nope',
        communication: [{ coding: 7 }],
      },
      {
        resourceType: 'Practitioner',
        id: 'ok-2',
        name: [{ family: huge, given: [huge, 3] }],
        telecom: [{ system: 'phone', value: huge }],
      },
      { resourceType: 'Practitioner', id: 'has spaces/and slashes' },
      { resourceType: 'Practitioner', id: 'x'.repeat(200) },
      { resourceType: 'Practitioner', id: 'server_style_id_'.padEnd(100, '9') },
      {
        resourceType: 'Practitioner',
        id: 'impossible-day',
        meta: { lastUpdated: '2021-02-29T10:00:00Z' },
        name: [{ family: 'Leapless' }],
      },
      {
        resourceType: 'Location',
        id: 'loc',
        address: 'Main St',
        hoursOfOperation: [{ daysOfWeek: 'mon', openingTime: '99:99' }],
      },
      {
        resourceType: 'PractitionerRole',
        id: 'role',
        practitioner: { reference: 42 },
        location: [null, { reference: huge }, { reference: 'Location/loc' }],
        specialty: [{ coding: [{ system: 'http://nucc.org/provider-taxonomy', code: huge }] }],
        extension: [
          {
            url: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/newpatients',
            extension: 'x',
          },
        ],
        availableTime: [{ daysOfWeek: ['mon', 'fri'], availableStartTime: 5 }],
      },
      { resourceType: 'InsurancePlan', id: 'plan', network: { reference: 'Organization/nowhere' } },
      { resourceType: 'Patient', id: 'not-plan-net' },
    ];
    const path = join(place.folder, 'hostile.db');
    const summary = buildFromResources(path, hostile);
    // Ids no link could name (none, spaces, slashes, over 128 characters) are left out and counted;
    // a server's underscores and long ids are kept.
    expect(summary.report.countsByType).toMatchObject({ Practitioner: 4, Location: 1, PractitionerRole: 1 });
    expect(summary.report.resourcesWithoutId).toBe(3);
    // A day that does not exist is no date: the card and the status still pass the contract.
    expect(summary.dataLastUpdated).toBeNull();
    const directory = openNetworkDirectory(path);
    const leapless = directory.get('Practitioner/impossible-day');
    expect(networkProviderSchema.parse(leapless).lastUpdated).toBeNull();
    expect(directory.get(`Practitioner/${'server_style_id_'.padEnd(100, '9')}`)?.key).toMatch(
      /^Practitioner\/server_style/,
    );
    const role = directory.get('PractitionerRole/role');
    expect(role?.name).toBe('Practitioner (no name given)');
    expect(role?.roles[0]?.locations.map((location) => location.key)).toEqual(['Location/loc']);
    expect(role?.roles[0]?.unresolved).toHaveLength(3);
    expect(directory.search(huge.slice(0, 500), noFilters).hits.map((hit) => hit.key)).toContain(
      'Practitioner/ok-2',
    );
    directory.close();
  });
});
