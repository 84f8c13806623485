import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchResult } from '../../shared/api-contract';
import { DeskError } from '../../shared/desk-error';
import type { DirectoryEntry } from '../../shared/directory-pack';
import type { ProviderSearchResult, RegistryProvider } from '../../shared/npi-registry';
import type { NetworkFilters, NetworkHit, NetworkProvider, NetworkSearchResult } from '../../shared/plan-net';
import { summaryOf } from '../../shared/provider-who-line';

/** The directory as main answers for it: switched in by each test. */
const directory = vi.hoisted(() => ({ entries: new Map<string, { title: string; address: string }>() }));
function provider(npi: string, name: string): RegistryProvider {
  return {
    npi,
    kind: 'individual',
    name,
    lastName: null,
    firstName: null,
    middleName: null,
    namePrefix: null,
    nameSuffix: null,
    credential: null,
    organizationName: null,
    otherNames: [],
    taxonomies: [],
    practiceAddress: null,
    mailingAddress: null,
    otherLocations: [],
    enumeratedOn: null,
    lastUpdatedOn: null,
    deactivatedOn: null,
    reactivatedOn: null,
    source: { kind: 'online', fetchedAt: '2026-11-30T10:00:00.000Z' },
  };
}
const richardSoucier = provider('1255334207', 'RICHARD SOUCIER');
const newBedfordHealthCenter = provider('1982607537', 'GREATER NEW BEDFORD COMMUNITY HEALTH CENTER');

/** The plan's network directory as main answers for it: empty stands for none imported. */
const network = vi.hoisted(() => ({ providers: [] as NetworkProvider[] }));
const greenCircle = {
  key: 'Organization/plannet-network-HPID050000',
  name: 'Green Circle of Connecticut HMO',
};
const blueSky = { key: 'Organization/plannet-network-HPID010000', name: 'Blue Sky PPO' };
function inNetwork(
  id: string,
  name: string,
  networks: NetworkProvider['roles'][number]['networks'],
): NetworkProvider {
  return {
    key: `Practitioner/${id}`,
    kind: 'practitioner',
    name,
    npi: null,
    languages: [],
    addresses: [],
    phones: [],
    faxes: [],
    roles: [
      {
        key: `PractitionerRole/${id}`,
        roleName: null,
        specialties: [],
        organization: null,
        locations: [],
        services: [],
        networks,
        plans: [],
        acceptingNewPatients: null,
        phones: [],
        faxes: [],
        hours: [],
        unresolved: [],
      },
    ],
    lastUpdated: null,
  };
}
function hitOf(provider: NetworkProvider): NetworkHit {
  return {
    key: provider.key,
    kind: provider.kind,
    name: provider.name,
    npi: provider.npi,
    roles: provider.roles.map((role) => ({
      key: role.key,
      specialties: [],
      organization: null,
      places: [],
      networks: role.networks.map((item) => item.name),
      acceptingNewPatients: null,
      incomplete: false,
    })),
  };
}
const mauroCormier = inNetwork('plannet-practitioner-1230081110', 'Mauro Cormier, APRN', [greenCircle]);
const lindseyStark = inNetwork('plannet-practitioner-1235438279', 'Lindsey Ferdinand Stark, MD', [blueSky]);

/** The NPI registry as main answers for it; `fails` stands for a registry that cannot be searched. */
const registry = vi.hoisted(() => ({ providers: [] as RegistryProvider[], fails: false }));

function entry(key: string): DirectoryEntry {
  const found = directory.entries.get(key);
  if (!found) throw new DeskError('not-found', 'That directory entry is no longer in the directory.');
  return {
    key,
    title: found.title,
    topic: 'Clinic information',
    purpose: 'A test entry.',
    values: [
      { kind: 'email', label: 'Box', address: found.address, seen: { source: 'page-1', on: '2026-11-30' } },
    ],
    notes: [],
    keywords: [],
    section: 'Test',
    sources: [],
  };
}

vi.mock('./desk-api', () => ({
  callApi(
    channel: string,
    input: { key?: string; query?: string; npi?: string; filters?: NetworkFilters },
  ): Promise<unknown> {
    if (channel === 'directory.browse') return Promise.resolve([]);
    if (channel === 'directory.entry') return Promise.resolve().then(() => entry(input.key ?? ''));
    if (channel === 'providers.get') {
      return Promise.resolve({
        provider: registry.providers.find((provider) => provider.npi === input.npi) ?? null,
      });
    }
    if (channel === 'network.search') {
      const wanted = input.filters?.network ?? null;
      return Promise.resolve({
        query: input.query ?? '',
        hits: network.providers
          .filter(
            (provider) =>
              wanted === null || provider.roles.some((role) => role.networks.some((n) => n.key === wanted)),
          )
          .map(hitOf),
        more: false,
        corrections: [],
        networkImported: network.providers.length > 0,
      } satisfies NetworkSearchResult);
    }
    if (channel === 'network.get') {
      return Promise.resolve({
        provider: network.providers.find((provider) => provider.key === input.key) ?? null,
      });
    }
    if (channel === 'providers.search') {
      if (registry.fails)
        return Promise.reject(new DeskError('not-allowed', 'The registry is being replaced.'));
      return Promise.resolve({
        query: input.query ?? '',
        hits: registry.providers.map(summaryOf),
        more: false,
        corrections: [],
        registryImported: true,
      } satisfies ProviderSearchResult);
    }
    const hits = [...directory.entries.keys()].map(entry);
    return Promise.resolve({
      query: input.query ?? '',
      hits,
      corrections: [],
      partial: false,
      nearestTopics: [],
    } satisfies SearchResult);
  },
}));

const { networkBrowsing, noNetworkFilters, useDeskStore } = await import('./desk-store');

beforeEach(() => {
  directory.entries = new Map([
    ['clinic.alerts', { title: 'Clinic alerts', address: 'alerts@example.org' }],
    ['clinic.updates', { title: 'Clinic updates', address: 'old@example.org' }],
  ]);
  registry.providers = [richardSoucier, newBedfordHealthCenter];
  registry.fails = false;
  network.providers = [];
  useDeskStore.setState({
    networkResult: null,
    networkFilters: noNetworkFilters,
    query: '',
    result: null,
    providerResult: null,
    filter: 'all',
    activeIndex: 0,
    card: null,
    error: null,
  });
});

// The announcer speaks on the next frame; here there are no frames, so it speaks at once.
vi.stubGlobal('requestAnimationFrame', (speak: () => void) => speak());

const state = () => useDeskStore.getState();
const shownCard = () => {
  const card = state().card;
  if (card?.kind === 'entry') return card.entry.key;
  return card?.kind === 'network' ? card.provider.key : card?.provider.npi;
};

async function searchFor(query: string): Promise<void> {
  state().setQuery(query);
  await vi.waitFor(() => expect(state().result?.query).toBe(query));
}

describe('the directory view after an update switches the directory', () => {
  it('answers the same query again and keeps the card on the entry being read, as it is now', async () => {
    useDeskStore.setState({
      query: 'clinic',
      card: { kind: 'entry', entry: entry('clinic.updates') },
      activeIndex: 1,
    });
    directory.entries.set('clinic.updates', { title: 'Clinic updates', address: 'new@example.org' });
    directory.entries.set('clinic.forms', { title: 'Clinic forms', address: 'forms@example.org' });
    await useDeskStore.getState().reloadAfterUpdate();
    const state = useDeskStore.getState();
    expect(state.result?.hits.map((hit) => hit.key)).toEqual([
      'clinic.alerts',
      'clinic.updates',
      'clinic.forms',
    ]);
    // Not the first hit, as a new search would show: the entry that was open, read from the new directory.
    expect(state.activeIndex).toBe(1);
    expect(state.card).toMatchObject({ kind: 'entry', entry: { key: 'clinic.updates' } });
    expect(state.card?.kind === 'entry' && state.card.entry.values[0]).toMatchObject({
      address: 'new@example.org',
    });
    expect(state.error).toBeNull();
  });

  it('shows no card when the update took the shown entry away', async () => {
    useDeskStore.setState({ card: { kind: 'entry', entry: entry('clinic.alerts') } });
    directory.entries.delete('clinic.alerts');
    await useDeskStore.getState().reloadAfterUpdate();
    expect(useDeskStore.getState().card).toBeNull();
    expect(useDeskStore.getState().result).toBeNull();
    expect(useDeskStore.getState().error).toBeNull();
  });
});

describe('one list through the plan’s contacts and the NPI registry', () => {
  it('moves with the arrows from the contacts into the providers and back, the card following', async () => {
    await searchFor('clinic');
    expect(shownCard()).toBe('clinic.alerts');
    state().moveActive(1);
    expect(shownCard()).toBe('clinic.updates');
    state().moveActive(1);
    await vi.waitFor(() => expect(shownCard()).toBe(richardSoucier.npi));
    state().moveActive(5);
    expect(state().activeIndex).toBe(3);
    await vi.waitFor(() => expect(shownCard()).toBe(newBedfordHealthCenter.npi));
    state().moveActive(-10);
    expect(state().activeIndex).toBe(0);
    expect(shownCard()).toBe('clinic.alerts');
  });

  it('keeps the active result when the filter still shows it, and goes to the first shown otherwise', async () => {
    await searchFor('clinic');
    state().moveActive(3);
    await vi.waitFor(() => expect(shownCard()).toBe(newBedfordHealthCenter.npi));
    state().setFilter('registry');
    expect(state().activeIndex).toBe(1);
    expect(shownCard()).toBe(newBedfordHealthCenter.npi);
    state().setFilter('contacts');
    expect(state().activeIndex).toBe(0);
    expect(shownCard()).toBe('clinic.alerts');
    state().moveActive(5);
    expect(state().activeIndex).toBe(1);
  });

  it('opens a provider with focus on its card when asked with Enter', async () => {
    await searchFor('clinic');
    state().openResult(2);
    await vi.waitFor(() => expect(shownCard()).toBe(richardSoucier.npi));
    expect(state().takeCardFocus()).toBe(true);
  });

  it('still shows the plan’s contacts when the registry cannot be searched, and says why', async () => {
    registry.fails = true;
    await searchFor('clinic');
    expect(state().result?.hits).toHaveLength(2);
    expect(state().providerProblem).toBe('The registry is being replaced.');
    state().moveActive(5);
    expect(state().activeIndex).toBe(1);
  });
});

describe('the plan’s in-network providers, between its contacts and the NPI registry', () => {
  it('comes second in the one list, and its card is the network directory’s', async () => {
    network.providers = [mauroCormier, lindseyStark];
    await searchFor('clinic');
    expect(state().activeIndex).toBe(0);
    state().moveActive(2);
    await vi.waitFor(() => expect(shownCard()).toBe(mauroCormier.key));
    expect(state().card?.kind).toBe('network');
    state().moveActive(2);
    await vi.waitFor(() => expect(shownCard()).toBe(richardSoucier.npi));
    state().setFilter('network');
    expect(state().activeIndex).toBe(0);
    await vi.waitFor(() => expect(shownCard()).toBe(mauroCormier.key));
  });

  it('keeps “In network” chosen with nothing typed, listing nobody until a filter is chosen', async () => {
    network.providers = [mauroCormier, lindseyStark];
    state().setFilter('network');
    expect(networkBrowsing(state())).toBe(true);
    expect(state().networkResult).toBeNull();
    state().setNetworkFilters({ network: blueSky.key });
    await vi.waitFor(() =>
      expect(state().networkResult?.hits.map((hit) => hit.name)).toEqual([lindseyStark.name]),
    );
    state().setFilter('all');
    expect(networkBrowsing(state())).toBe(false);
  });

  it('lists the network filtered with nothing typed once “In network” and a filter are chosen, and topics again without', async () => {
    network.providers = [mauroCormier, lindseyStark];
    await searchFor('clinic');
    state().setFilter('network');
    state().setNetworkFilters({ network: blueSky.key });
    await vi.waitFor(() =>
      expect(state().networkResult?.hits.map((hit) => hit.name)).toEqual([lindseyStark.name]),
    );
    state().setQuery('');
    await vi.waitFor(() => expect(shownCard()).toBe(lindseyStark.key));
    expect(state().result).toBeNull();
    state().setNetworkFilters(noNetworkFilters);
    await vi.waitFor(() => expect(state().card).toBeNull());
    expect(state().networkResult).toBeNull();
  });
});
