import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  networkFilterChoicesSchema,
  networkProviderSchema,
  networkSearchResultSchema,
  type NetworkFilters,
} from '../../../shared/plan-net';
import { realDataFolder } from '../plan-net-test-data';
import { openNetworkDirectory, type NetworkDirectory } from './network-directory';
import { networkPageSize } from './network-search';
import { buildFromSource, useNetworkFolder } from './network-test-build';
import { realNetworkFacts, type RealRole } from './real-network-facts';

const noFilters: NetworkFilters = {
  network: null,
  acceptingNewPatients: false,
  language: null,
  specialty: null,
};
const cardiology = '207RC0000X';
const greenCircleCt = 'Organization/plannet-network-HPID050000';
/** What "cardiologist" means in the NUCC code set: Cardiovascular Disease and the Cardiology codes. */
const cardiologists = (role: RealRole) =>
  role.specialties.some((specialty) => /cardiovascular disease|cardiology/i.test(specialty));
const inFarmington = (role: RealRole) =>
  role.locations.some((location) => location.address?.city === 'FARMINGTON');

describe('the network directory built from the real Plan-Net data', () => {
  const place = useNetworkFolder();
  const facts = realNetworkFacts();
  let directory: NetworkDirectory;
  const keysOf = (query: string, filters: Partial<NetworkFilters> = {}) => {
    const result = networkSearchResultSchema.parse(directory.search(query, { ...noFilters, ...filters }));
    return result.hits.map((hit) => hit.key).sort();
  };

  beforeAll(async () => {
    const path = join(place.folder, 'network.db');
    await buildFromSource(path, realDataFolder);
    directory = openNetworkDirectory(path);
  });
  afterAll(() => directory.close());

  it('finds a practitioner by family name, those so named before those whose name only starts so', () => {
    const result = directory.search('jacobs', noFilters);
    const families = result.hits.map((hit) => facts.byKey.get(hit.key)?.name);
    const named = (family: string) =>
      [...facts.byKey.values()].filter(
        (resource) =>
          resource.resourceType === 'Practitioner' &&
          Array.isArray(resource.name) &&
          resource.name[0]?.family === family,
      ).length;
    const exact = named('Jacobs');
    expect(exact).toBeGreaterThan(0);
    expect(result.hits.slice(0, exact).every((hit) => hit.name.includes('Jacobs'))).toBe(true);
    expect(result.hits.slice(exact).some((hit) => hit.name.includes('Jacobson'))).toBe(true);
    expect(families).toHaveLength(exact + named('Jacobson'));
  });

  it('finds exactly one practitioner by NPI, with their role, place and network', () => {
    const result = directory.search('1230081110', noFilters);
    expect(result.hits).toEqual([
      {
        key: 'Practitioner/plannet-practitioner-1230081110',
        kind: 'practitioner',
        name: 'Mauro Cormier, APRN',
        npi: '1230081110',
        roles: [
          {
            key: 'PractitionerRole/plannet-practitionerrole-1230081110',
            specialties: ['Adult Health'],
            organization: 'FARMINGTON SURGERY CENTER LLC',
            places: ['FARMINGTON, CT 06032'],
            networks: ['Green Circle of Connecticut HMO'],
            acceptingNewPatients: 'no',
            incomplete: false,
          },
        ],
      },
    ]);
  });

  it('finds cardiologists in a city by what a front desk types for the specialty', () => {
    const expected = facts.providersWith((role) => cardiologists(role) && inFarmington(role));
    expect(expected).toContain('Practitioner/plannet-practitioner-1233517850');
    for (const query of [
      'cardiologist farmington',
      'cardiology farmington',
      'Cardiovascular disease farmington',
    ]) {
      expect(keysOf(query), query).toEqual(expected);
    }
    // A heart doctor is also one of the heart's other specialties, such as its electrophysiology.
    const heartDoctors = directory.search('heart doctor Farmington', noFilters).hits;
    expect(heartDoctors.map((hit) => hit.key)).toEqual(expect.arrayContaining(expected));
    for (const hit of heartDoctors) {
      expect(hit.roles.some((role) => role.specialties.some((name) => /cardi/i.test(name)))).toBe(true);
    }
    const hit = directory
      .search('heart doctor farmington', noFilters)
      .hits.find((found) => found.key === 'Practitioner/plannet-practitioner-1233517850');
    expect(hit?.name).toBe('Danilo Tory Baumbach, M.D.');
    expect(hit?.roles[0]?.specialties).toEqual(['Cardiovascular Disease']);
  });

  it('finds by ZIP and by NUCC code every provider with a role there or of that specialty', () => {
    const atZip = facts.providersWith((role) =>
      role.locations.some((location) => location.address?.postalCode?.startsWith('02908')),
    );
    expect(atZip.length).toBeGreaterThan(1);
    expect(atZip.length).toBeLessThanOrEqual(networkPageSize);
    expect(keysOf('02908')).toEqual(atZip);
    const result = directory.search(cardiology, noFilters);
    expect(result.hits).toHaveLength(networkPageSize);
    expect(result.more).toBe(
      facts.providersWith((role) => role.codes.includes(cardiology)).length > networkPageSize,
    );
  });

  it('corrects one typo and says so', () => {
    const result = directory.search('cormeir', noFilters);
    expect(result.corrections).toEqual([{ typed: 'cormeir', readAs: 'cormier' }]);
    expect(result.hits.map((hit) => hit.name)).toContain('Mauro Cormier, APRN');
  });

  it('narrows to a network, to those accepting new patients and to a language, showing only the roles that pass', () => {
    const inNetwork = facts.providersWith(
      (role) => cardiologists(role) && role.networks.includes(greenCircleCt),
    );
    expect(inNetwork.length).toBeGreaterThan(0);
    expect(keysOf('cardiologist', { network: greenCircleCt })).toEqual(inNetwork);
    for (const hit of directory.search('cardiologist', { ...noFilters, network: greenCircleCt }).hits) {
      expect(hit.roles.every((role) => role.networks.includes('Green Circle of Connecticut HMO'))).toBe(true);
    }
    const accepting = facts.providersWith((role) => cardiologists(role) && role.accepting === 'newpt');
    expect(accepting.length).toBeGreaterThan(0);
    expect(keysOf('cardiologist', { acceptingNewPatients: true })).toEqual(accepting);
    const spanish = facts.providersWith((role) => cardiologists(role) && facts.speaks(role.provider, 'es'));
    expect(spanish.length).toBeGreaterThan(0);
    expect(keysOf('cardiologist', { language: 'es' })).toEqual(spanish);
    expect(keysOf('farmington', { specialty: cardiology })).toEqual(
      facts.providersWith((role) => role.codes.includes(cardiology) && inFarmington(role)),
    );
  });

  it('lists everyone passing the filters when nothing is typed, and nobody without filters', () => {
    const expected = facts.providersWith(
      (role) => role.networks.includes(greenCircleCt) && role.accepting === 'newpt',
    );
    const result = directory.search('', { ...noFilters, network: greenCircleCt, acceptingNewPatients: true });
    expect(result.hits).toHaveLength(Math.min(expected.length, networkPageSize));
    expect(result.more).toBe(expected.length > networkPageSize);
    expect(result.hits.every((hit) => expected.includes(hit.key))).toBe(true);
    expect(result.hits.every((hit) => hit.roles.every((role) => role.acceptingNewPatients === 'yes'))).toBe(
      true,
    );
    const haitianCreole = facts.providersWith((role) => facts.speaks(role.provider, 'ht'));
    const speaking = directory.search('', { ...noFilters, language: 'ht' });
    expect(speaking.hits).toHaveLength(Math.min(haitianCreole.length, networkPageSize));
    expect(speaking.hits.every((hit) => haitianCreole.includes(hit.key))).toBe(true);
    const electrophysiology = facts.providersWith((role) => role.codes.includes('207RE0101X'));
    expect(electrophysiology.length).toBeGreaterThan(0);
    expect(electrophysiology.length).toBeLessThanOrEqual(networkPageSize);
    expect(keysOf('', { specialty: '207RE0101X' })).toEqual(electrophysiology);
    expect(directory.search('', noFilters).hits).toEqual([]);
  });

  it('shows a card with each location’s address, phone, fax and hours, the networks and plans, as the files give them', () => {
    const card = networkProviderSchema.parse(directory.get('Practitioner/plannet-practitioner-1230081110'));
    const location = facts.byKey.get('Location/plannet-location-1236348148');
    const role = card.roles[0];
    expect(card.languages).toEqual(['English', 'Spanish']);
    expect(card.lastUpdated).toBe('2020-08-17');
    expect(role?.roleName).toBe('Physician');
    expect(role?.hours).toEqual(['Mon–Thu 9:00 AM–12:00 PM']);
    expect(role?.locations[0]).toMatchObject({
      name: 'FARMINGTON SURGERY CENTER LLC',
      address: {
        lines: location?.address?.line,
        city: location?.address?.city,
        state: location?.address?.state,
        postalCode: location?.address?.postalCode,
      },
      phones: location?.telecom?.filter((point) => point.system === 'phone').map((point) => point.value),
      faxes: location?.telecom?.filter((point) => point.system === 'fax').map((point) => point.value),
      hours: ['Every day, all day'],
      accessibility: ['Handicap accessible'],
    });
    expect(role?.networks).toEqual([{ key: greenCircleCt, name: facts.byKey.get(greenCircleCt)?.name }]);
    expect(role?.plans.map((plan) => plan.name)).toContain('Green Circle of ConnecticutGold HMO Plan');
    expect(directory.get('Practitioner/nobody')).toBeNull();
  });

  it('shows an organization with affiliations as a provider, its affiliations as roles', () => {
    const affiliation = facts.roles.find((role) => role.key.startsWith('OrganizationAffiliation/'));
    const card = networkProviderSchema.parse(directory.get(affiliation?.provider ?? ''));
    expect(card.kind).toBe('organization');
    expect(card.roles.map((role) => role.key)).toContain(affiliation?.key);
    expect(card.roles.flatMap((role) => role.networks.map((network) => network.key)).sort()).toEqual(
      expect.arrayContaining(affiliation?.networks ?? []),
    );
  });

  it('tells an NPI card which networks that NPI is in', () => {
    expect(directory.forNpi('1230081110')).toEqual([
      {
        key: 'Practitioner/plannet-practitioner-1230081110',
        name: 'Mauro Cormier, APRN',
        networks: ['Green Circle of Connecticut HMO'],
      },
    ]);
    expect(directory.forNpi('1999999999')).toEqual([]);
  });

  it('offers as filters only the networks, languages and specialties the data holds, by name', () => {
    const choices = networkFilterChoicesSchema.parse(directory.filterChoices());
    const names = (items: { name: string }[]) => items.map((item) => item.name);
    expect(names(choices.networks)).toContain('Green Circle of Connecticut HMO');
    expect(choices.languages.map((language) => language.code).sort()).toEqual([
      'en',
      'es',
      'ht',
      'pt',
      'vi',
      'zh',
    ]);
    expect(names(choices.languages)).toContain('Haitian Creole');
    expect(choices.specialties).toContainEqual({ code: cardiology, name: 'Cardiovascular Disease' });
    for (const list of [choices.networks, choices.languages, choices.specialties]) {
      expect(names(list)).toEqual([...names(list)].sort((a, b) => a.localeCompare(b)));
    }
  });
});
