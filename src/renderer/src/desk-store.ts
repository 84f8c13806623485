import { create } from 'zustand';
import type { BrowseTopic, SearchResult } from '../../shared/api-contract';
import { DeskError } from '../../shared/desk-error';
import type { DirectoryEntry } from '../../shared/directory-pack';
import type { ProviderSearchResult, RegistryProvider } from '../../shared/npi-registry';
import { useAnnouncer } from './announcer';
import { callApi } from './desk-api';
import { askOnline } from './provider/ask-online';
import { flatItems, resultGroups, type ResultFilter, type ResultItem } from './search/result-groups';

/** The card beside the results: a directory entry, or a provider from the NPI registry. */
export type ShownCard =
  { kind: 'entry'; entry: DirectoryEntry } | { kind: 'provider'; provider: RegistryProvider };

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

  return {
    query: '',
    result: null,
    providerResult: null,
    providerProblem: null,
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
        set({ result: null, providerResult: null, providerProblem: null, activeIndex: 0, error: null });
        showCard(null, false);
        return;
      }
      Promise.all([callApi('directory.search', { query }), searchProviders(query)]).then(
        ([result, providers]) => {
          if (ticket !== latestSearch) return;
          set({ result, providerResult: providers.result, providerProblem: providers.problem, error: null });
          showItem(0, false);
          useAnnouncer.getState().announce(describeResult(currentItems(get()).length, result));
        },
        (error: unknown) => {
          if (ticket !== latestSearch) return;
          set({ result: null, providerResult: null, error: messageOf(error) });
          showCard(null, false);
        },
      );
    },

    searchAgain() {
      if (get().query.trim() !== '') get().setQuery(get().query);
    },

    setFilter(filter) {
      const active = currentItems(get())[get().activeIndex];
      set({ filter });
      const items = currentItems(get());
      const index = Math.max(
        0,
        items.findIndex((item) => item.id === active?.id),
      );
      if (items[index]?.id === active?.id) set({ activeIndex: index });
      else showItem(index, false);
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

/** The entry as the new directory has it, or null when the update took it away. */
function entryIfStillListed(key: string): Promise<DirectoryEntry | null> {
  return callApi('directory.entry', { key }).catch((error: unknown) => {
    if (error instanceof DeskError && error.code === 'not-found') return null;
    throw error;
  });
}

function sameCard(item: ResultItem, card: ShownCard): boolean {
  return card.kind === 'entry'
    ? item.kind === 'contacts' && item.entry.key === card.entry.key
    : item.kind === 'registry' && item.provider.npi === card.provider.npi;
}

/** The results the filter shows, only when they answer what is in the box now, so Enter never opens an older answer. */
export function currentItems(
  state: Pick<DeskState, 'query' | 'result' | 'providerResult' | 'filter'>,
): ResultItem[] {
  if (state.result?.query !== state.query) return [];
  return flatItems(resultGroups({ directory: state.result, providers: state.providerResult }, state.filter));
}

function describeResult(count: number, result: SearchResult): string {
  if (count === 0) return `No matches. Nearest topics: ${result.nearestTopics.join(', ')}.`;
  return count === 1 ? '1 result' : `${count} results`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong. Try again.';
}
