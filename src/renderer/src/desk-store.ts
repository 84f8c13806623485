import { create } from 'zustand';
import type { BrowseTopic, SearchResult } from '../../shared/api-contract';
import { DeskError } from '../../shared/desk-error';
import type { DirectoryEntry } from '../../shared/directory-pack';
import type { ProviderSearchResult, RegistryProvider } from '../../shared/npi-registry';
import type { NetworkFilters, NetworkProvider, NetworkSearchResult } from '../../shared/plan-net';
import { useAnnouncer } from './announcer';
import { callApi } from './desk-api';
import { askOnline } from './provider/ask-online';
import {
  flatItems,
  resultGroups,
  type ResultFilter,
  type ResultItem,
  type SearchAnswers,
} from './search/result-groups';

/** The card beside the results: a directory entry, an in-network provider, or one from the NPI registry. */
export type ShownCard =
  | { kind: 'entry'; entry: DirectoryEntry }
  | { kind: 'network'; provider: NetworkProvider }
  | { kind: 'provider'; provider: RegistryProvider };

export const noNetworkFilters: NetworkFilters = {
  network: null,
  acceptingNewPatients: false,
  language: null,
  specialty: null,
};

/** An NPI asked of the registry's public API: while it is asked, and what went wrong if it did. */
export interface OnlineLookup {
  npi: string;
  asking: boolean;
  problem: string | null;
}

interface DeskState {
  /** What is in the search box; while it is empty the finder shows Browse by topic. */
  query: string;
  /** The directory's answer to `query`; never an older query's answer. */
  result: SearchResult | null;
  /** The NPI registry's answer to the same query, null when it could not be had. */
  providerResult: ProviderSearchResult | null;
  /** Why the registry could not be searched; the directory's answer is shown all the same. */
  providerProblem: string | null;
  /** The plan's network directory's answer to the same query and filters, null when it could not be had. */
  networkResult: NetworkSearchResult | null;
  networkProblem: string | null;
  /** Narrow the in-network results; with "In network" chosen they apply with an empty box too. */
  networkFilters: NetworkFilters;
  /** Which kinds of result are shown; the person's choice stays while they search again. */
  filter: ResultFilter;
  /** The active result, counted through every shown group as one list. */
  activeIndex: number;
  /** The card shown: the active search result, or one picked while browsing or asked online. */
  card: ShownCard | null;
  online: OnlineLookup | null;
  /**
   * Focus moves only when the person asked for it (Enter, a pick while browsing). These are
   * one-shot requests, taken by the view that honours them, so a view that reappears later
   * never pulls focus away from someone typing.
   */
  cardFocusPending: boolean;
  /** A topic to scroll to and focus when Browse opens from a "nearest topics" suggestion. */
  pendingBrowseTopic: string | null;
  /** Bumped to ask the search box, which is always shown, to take focus (Ctrl+K, `/`). */
  searchFocusRequest: number;
  topics: BrowseTopic[] | null;
  error: string | null;

  setQuery: (query: string) => void;
  /** Asks the same query again, as after the registry on this computer switched. */
  searchAgain: () => void;
  setFilter: (filter: ResultFilter) => void;
  setNetworkFilters: (filters: Partial<NetworkFilters>) => void;
  /** Opens an in-network provider's card by its key, as from an NPI card's "In network" line. */
  openNetworkCard: (key: string) => void;
  moveActive: (delta: number) => void;
  openActive: () => void;
  openResult: (index: number) => void;
  lookupOnline: (npi: string) => void;
  loadTopics: () => void;
  /** Resolves once the query's answer and the open card come from the new directory. */
  reloadAfterUpdate: () => Promise<void>;
  browse: (topic?: string) => void;
  openEntry: (key: string) => Promise<void>;
  focusSearch: () => void;
  takeCardFocus: () => boolean;
  takeBrowseTopic: () => string | null;
}

/** Answers can arrive out of order; only the newest query's answer is shown. */
let latestSearch = 0;
/** Likewise for the card: a provider fetched for an older pick never replaces a newer one. */
let latestCard = 0;

export const useDeskStore = create<DeskState>()((set, get) => {
  function showCard(card: ShownCard | null, focus: boolean) {
    latestCard += 1;
    set(focus ? { card, cardFocusPending: true } : { card });
  }

  /** Shows the result at `index`; a provider's card comes from the registry, so it follows shortly. */
  function showItem(index: number, focus: boolean) {
    const item = currentItems(get())[index];
    set({ activeIndex: index });
    if (!item) return showCard(null, false);
    if (item.kind === 'contacts') return showCard({ kind: 'entry', entry: item.entry }, focus);
    if (item.kind === 'network') return fetchNetworkCard(item.hit.key, focus);
    const ticket = ++latestCard;
    callApi('providers.get', { npi: item.provider.npi }).then(
      ({ provider }) => {
        if (ticket !== latestCard) return;
        if (provider) showCard({ kind: 'provider', provider }, focus);
        else
          set({
            card: null,
            error: `The NPI registry on this computer no longer lists NPI ${item.provider.npi}.`,
          });
      },
      (error: unknown) => {
        if (ticket === latestCard) set({ error: messageOf(error) });
      },
    );
  }

  /** An in-network provider's card comes from network.db, so it follows shortly. */
  function fetchNetworkCard(key: string, focus: boolean) {
    const ticket = ++latestCard;
    callApi('network.get', { key }).then(
      ({ provider }) => {
        if (ticket !== latestCard) return;
        if (provider) showCard({ kind: 'network', provider }, focus);
        else
          set({
            card: null,
            error: 'The plan’s network directory on this computer no longer lists this provider.',
          });
      },
      (error: unknown) => {
        if (ticket === latestCard) set({ error: messageOf(error) });
      },
    );
  }

  /** "In network" with filters and nothing typed: the filtered network alone, without the other kinds. */
  function browseNetwork(ticket: number) {
    // Without words or a filter there is nothing to narrow the whole network to.
    if (!networkFiltersActive(get().networkFilters)) {
      set({ networkResult: null, networkProblem: null });
      return;
    }
    void searchNetwork('', get().networkFilters).then(({ result, problem }) => {
      if (ticket !== latestSearch) return;
      set({ networkResult: result, networkProblem: problem });
      showItem(0, false);
      const count = currentItems(get()).length;
      useAnnouncer.getState().announce(count === 1 ? '1 result' : `${count} results`);
    });
  }

  return {
    query: '',
    result: null,
    providerResult: null,
    providerProblem: null,
    networkResult: null,
    networkProblem: null,
    networkFilters: noNetworkFilters,
    filter: 'all',
    activeIndex: 0,
    card: null,
    online: null,
    cardFocusPending: false,
    pendingBrowseTopic: null,
    searchFocusRequest: 0,
    topics: null,
    error: null,

    setQuery(query) {
      const ticket = ++latestSearch;
      set({ query, online: null });
      if (query.trim() === '') {
        set({
          result: null,
          providerResult: null,
          providerProblem: null,
          networkResult: null,
          networkProblem: null,
          activeIndex: 0,
          error: null,
        });
        showCard(null, false);
        if (networkBrowsing(get())) browseNetwork(ticket);
        return;
      }
      Promise.all([
        callApi('directory.search', { query }),
        searchProviders(query),
        searchNetwork(query, get().networkFilters),
      ]).then(
        ([result, providers, network]) => {
          if (ticket !== latestSearch) return;
          set({
            result,
            providerResult: providers.result,
            providerProblem: providers.problem,
            networkResult: network.result,
            networkProblem: network.problem,
            error: null,
          });
          showItem(0, false);
          useAnnouncer.getState().announce(describeResult(currentItems(get()).length, result));
        },
        (error: unknown) => {
          if (ticket !== latestSearch) return;
          set({ result: null, providerResult: null, networkResult: null, error: messageOf(error) });
          showCard(null, false);
        },
      );
    },

    searchAgain() {
      if (get().query.trim() !== '' || networkBrowsing(get())) get().setQuery(get().query);
    },

    setFilter(filter) {
      const active = currentItems(get())[get().activeIndex];
      const browsingBefore = networkBrowsing(get());
      set({ filter });
      if (browsingBefore !== networkBrowsing(get())) return get().setQuery(get().query);
      const items = currentItems(get());
      const index = Math.max(
        0,
        items.findIndex((item) => item.id === active?.id),
      );
      if (items[index]?.id === active?.id) set({ activeIndex: index });
      else showItem(index, false);
    },

    setNetworkFilters(filters) {
      set({ networkFilters: { ...get().networkFilters, ...filters } });
      get().setQuery(get().query);
    },

    openNetworkCard(key) {
      fetchNetworkCard(key, true);
    },

    moveActive(delta) {
      const items = currentItems(get());
      if (items.length === 0) return;
      showItem(Math.min(items.length - 1, Math.max(0, get().activeIndex + delta)), false);
    },

    openActive() {
      get().openResult(get().activeIndex);
    },

    openResult(index) {
      if (currentItems(get())[index]) showItem(index, true);
    },

    lookupOnline(npi) {
      set({ online: { npi, asking: true, problem: null } });
      void askOnline(npi).then((answer) => {
        if (get().online?.npi !== npi) return;
        if ('provider' in answer) {
          set({ online: { npi, asking: false, problem: null } });
          showCard({ kind: 'provider', provider: answer.provider }, true);
          return;
        }
        set({ online: { npi, asking: false, problem: answer.problem } });
        useAnnouncer.getState().announce(answer.problem);
      });
    },

    loadTopics() {
      set({ error: null });
      callApi('directory.browse', undefined).then(
        (topics) => set({ topics }),
        (error: unknown) => set({ error: messageOf(error) }),
      );
    },

    reloadAfterUpdate() {
      get().loadTopics();
      const { query, card } = get();
      const ticket = ++latestSearch;
      const cardTicket = ++latestCard;
      const search = query.trim() === '' ? null : callApi('directory.search', { query });
      const entry = card?.kind === 'entry' ? entryIfStillListed(card.entry.key) : null;
      return Promise.all([search, entry]).then(
        ([result, listed]) => {
          if (ticket !== latestSearch) return;
          // The card stays on what the person was reading, never jumps to the new first hit.
          const shown: ShownCard | null =
            card?.kind === 'entry' ? (listed ? { kind: 'entry', entry: listed } : null) : card;
          set({ result, error: null });
          const shownIndex = currentItems(get()).findIndex((item) => shown !== null && sameCard(item, shown));
          set({ activeIndex: Math.max(0, shownIndex) });
          if (cardTicket === latestCard) set({ card: shown });
        },
        (error: unknown) => {
          if (ticket === latestSearch) set({ error: messageOf(error) });
        },
      );
    },

    browse(topic) {
      // Browse by topic leaves a filtered In network view, which would otherwise stay in its place.
      if (networkBrowsing(get())) set({ filter: 'all' });
      get().setQuery('');
      set({ pendingBrowseTopic: topic ?? null });
    },

    async openEntry(key) {
      try {
        const entry = await callApi('directory.entry', { key });
        showCard({ kind: 'entry', entry }, true);
        set({ error: null });
      } catch (error) {
        set({ error: messageOf(error) });
      }
    },

    focusSearch() {
      set({ searchFocusRequest: get().searchFocusRequest + 1 });
    },

    takeCardFocus() {
      const pending = get().cardFocusPending;
      if (pending) set({ cardFocusPending: false });
      return pending;
    },

    takeBrowseTopic() {
      const topic = get().pendingBrowseTopic;
      if (topic !== null) set({ pendingBrowseTopic: null });
      return topic;
    },
  };
});

/** The registry's answer, or why there is none: a registry that cannot answer never hides the directory's. */
function searchProviders(
  query: string,
): Promise<{ result: ProviderSearchResult | null; problem: string | null }> {
  return callApi('providers.search', { query }).then(
    (result) => ({ result, problem: null }),
    (error: unknown) => ({ result: null, problem: messageOf(error) }),
  );
}

/** The network directory's answer, or why there is none: it never hides the other kinds' answers. */
function searchNetwork(
  query: string,
  filters: NetworkFilters,
): Promise<{ result: NetworkSearchResult | null; problem: string | null }> {
  return callApi('network.search', { query, filters }).then(
    (result) => ({ result, problem: null }),
    (error: unknown) => ({ result: null, problem: messageOf(error) }),
  );
}

/** The entry as the new directory has it, or null when the update took it away. */
function entryIfStillListed(key: string): Promise<DirectoryEntry | null> {
  return callApi('directory.entry', { key }).catch((error: unknown) => {
    if (error instanceof DeskError && error.code === 'not-found') return null;
    throw error;
  });
}

function sameCard(item: ResultItem, card: ShownCard): boolean {
  switch (card.kind) {
    case 'entry':
      return item.kind === 'contacts' && item.entry.key === card.entry.key;
    case 'network':
      return item.kind === 'network' && item.hit.key === card.provider.key;
    case 'provider':
      return item.kind === 'registry' && item.provider.npi === card.provider.npi;
  }
}

/** The results the filter shows, only when they answer what is in the box now, so Enter never opens an older answer. */
export function currentItems(state: AnswerState): ResultItem[] {
  if (state.result?.query !== state.query && !networkBrowsing(state)) return [];
  return flatItems(resultGroups(answersOf(state), state.filter));
}

type AnswerState = Pick<
  DeskState,
  'query' | 'result' | 'providerResult' | 'networkResult' | 'filter' | 'networkFilters'
>;

export function answersOf(state: AnswerState): SearchAnswers {
  return { directory: state.result, providers: state.providerResult, network: state.networkResult };
}

export const networkFiltersActive = (filters: NetworkFilters) =>
  filters.network !== null ||
  filters.acceptingNewPatients ||
  filters.language !== null ||
  filters.specialty !== null;

/**
 * Nothing typed and "In network" chosen: the network's filters stay in view, and once one is set
 * the filtered network is the list ("who takes new patients in this network" needs no words).
 */
export function networkBrowsing(state: Pick<DeskState, 'query' | 'filter'>): boolean {
  return state.query.trim() === '' && state.filter === 'network';
}

function describeResult(count: number, result: SearchResult): string {
  if (count === 0) return `No matches. Nearest topics: ${result.nearestTopics.join(', ')}.`;
  return count === 1 ? '1 result' : `${count} results`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong. Try again.';
}
