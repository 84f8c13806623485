import { describe, expect, it } from 'vitest';
import type { NetworkDataStatus, NetworkImportProgress } from '../../../shared/plan-net';
import {
  holdingsLine,
  networkPercentRead,
  networkProgressLine,
  reportLines,
  sourceLine,
} from './network-status-lines';

type ImportedNetwork = NonNullable<NetworkDataStatus['network']>;

// The reference data's own figures (tests/fixtures/plan-net-ri).
const imported: ImportedNetwork = {
  source: { kind: 'files', names: ['plan-net-ri.zip'], fileCount: 1 },
  importedAt: '2026-11-30T10:00:00.000Z',
  dataLastUpdated: '2020-08-17',
  resourceCount: 5_215,
  networks: [
    { key: 'Organization/plannet-network-HPID050000', name: 'Green Circle of Connecticut HMO' },
    { key: 'Organization/plannet-network-HPID010000', name: 'Blue Sky PPO' },
  ],
  report: {
    countsByType: { PractitionerRole: 2_000, Practitioner: 2_000, Location: 649 },
    unresolvedByKind: {},
    unresolvedExamples: [],
    incompleteResources: 0,
    rolesWithoutNetwork: 0,
    locationsWithoutAddress: 1,
    practitionersWithoutNpi: 0,
    resourcesWithoutId: 0,
  },
};

const reading: NetworkImportProgress = {
  source: 'https://plan.example/fhir',
  phase: 'reading',
  resources: 4_000,
  resourcesPerSecond: 21_384,
  bytesRead: null,
  totalBytes: null,
  pages: 12,
  waitingUntil: null,
  secondsLeft: null,
};

describe('what Settings → Plan network says about the directory on this computer', () => {
  it('names the source, files or a server with the increment’s start', () => {
    expect(sourceLine(imported.source)).toBe('Files: plan-net-ri.zip');
    const folder = ['Location-1.json', 'Location-2.json', 'Practitioner-1.json', 'Practitioner-2.json'];
    expect(sourceLine({ kind: 'files', names: folder, fileCount: 5_215 })).toBe(
      '5,215 files: Location-1.json, Location-2.json, Practitioner-1.json and 5,212 more',
    );
    expect(sourceLine({ kind: 'server', url: 'https://plan.example/fhir', since: null })).toBe(
      'Server https://plan.example/fhir',
    );
    expect(sourceLine({ kind: 'server', url: 'https://plan.example/fhir', since: '2026-11-01' })).toBe(
      'Server https://plan.example/fhir, changes since 2026-11-01',
    );
  });

  it('counts the resources and names the networks', () => {
    expect(holdingsLine(imported)).toBe(
      '5,215 resources in 2 networks: Green Circle of Connecticut HMO, Blue Sky PPO',
    );
    expect(holdingsLine({ ...imported, resourceCount: 1, networks: [] })).toBe(
      '1 resource, no network named in them',
    );
  });

  it('reports counts by type and each kind of gap, saying so when every link was found', () => {
    expect(reportLines(imported.report)).toEqual([
      'Read: 649 Location, 2,000 Practitioner, 2,000 PractitionerRole',
      'Every link between resources was found.',
      'Roles without a network: 0',
      'Locations without an address: 1',
      'Practitioners without an NPI: 0',
    ]);
  });

  it('counts the links not found by kind and how many resources are shown incomplete', () => {
    const report = {
      ...imported.report,
      unresolvedByKind: { 'PractitionerRole.location': 3, 'OrganizationAffiliation.network': 1 },
      incompleteResources: 4,
    };
    expect(reportLines(report)[1]).toBe(
      '4 links not found (OrganizationAffiliation.network 1, PractitionerRole.location 3); 4 resources are shown as incomplete.',
    );
  });
});

describe('the line under the network import’s progress bar', () => {
  it('says resources read, the speed in round figures and the pages fetched from a server', () => {
    expect(networkProgressLine(reading)).toBe('4,000 resources read · 21,000 resources a second · 12 pages');
  });

  it('says until when it waits for a server that asked it to slow down', () => {
    expect(networkProgressLine({ ...reading, waitingUntil: '2026-11-30T06:05:30.000Z' })).toMatch(
      /^4,000 resources read · 21,000 resources a second · 12 pages · waiting for the server until \d{1,2}:05:30 [AP]M$/,
    );
  });

  it('leaves out the speed and pages until there are some, and names the step after reading', () => {
    expect(networkProgressLine({ ...reading, resources: 1, resourcesPerSecond: 0, pages: null })).toBe(
      '1 resource read',
    );
    expect(networkProgressLine({ ...reading, phase: 'indexing', resources: 5_215 })).toBe(
      'Building the search index: 5,215 resources read.',
    );
  });

  it('fills the bar by the bytes of the files read, and not at all for a server', () => {
    expect(networkPercentRead(reading)).toBeNull();
    const files = { ...reading, pages: null, bytesRead: 3_000_000, totalBytes: 12_000_000 };
    expect(networkPercentRead(files)).toBe(25);
    expect(networkPercentRead({ ...files, phase: 'checking' })).toBe(100);
  });
});
