import { create } from 'zustand';
import type { BrowseTopic, SearchResult } from '../../shared/api-contract';
import { DeskError } from '../../shared/desk-error';
import type { DirectoryEntry } from '../../shared/directory-pack';
import { useAnnouncer } from './announcer';
import { callApi } from './desk-api';

interface DeskState {
  /** What is in the search box; while it is empty the finder shows Browse by topic. */
  query: string;
  /** The answer to `query`; never an older query's answer. */
  result: SearchResult | null;
  activeIndex: number;
  /** The entry whose card is shown: the active search result, or one picked while browsing. */
  shownEntry: DirectoryEntry | null;
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
  moveActive: (delta: number) => void;
  openActive: () => void;
  openResult: (index: number) => void;
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

export const useDeskStore = create<DeskState>()((set, get) => ({
  query: '',
  result: null,
  activeIndex: 0,
  shownEntry: null,
  cardFocusPending: false,
  pendingBrowseTopic: null,
  searchFocusRequest: 0,
  topics: null,
  error: null,

  setQuery(query) {
    const ticket = ++latestSearch;
    set({ query });
    if (query.trim() === '') {
      set({ result: null, activeIndex: 0, shownEntry: null, error: null });
      return;
    }
    callApi('directory.search', { query }).then(
      (result) => {
        if (ticket !== latestSearch) return;
        set({ result, activeIndex: 0, shownEntry: result.hits[0] ?? null, error: null });
        useAnnouncer.getState().announce(describeResult(result));
      },
      (error: unknown) => {
        if (ticket !== latestSearch) return;
        set({ result: null, shownEntry: null, error: messageOf(error) });
      },
    );
  },

  moveActive(delta) {
    const hits = currentHits(get());
    if (hits.length === 0) return;
    const activeIndex = Math.min(hits.length - 1, Math.max(0, get().activeIndex + delta));
    set({ activeIndex, shownEntry: hits[activeIndex] ?? null });
  },

  openActive() {
    get().openResult(get().activeIndex);
  },

  openResult(index) {
    const hit = currentHits(get())[index];
    if (hit) set({ activeIndex: index, shownEntry: hit, cardFocusPending: true });
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
    const { query, shownEntry } = get();
    const ticket = ++latestSearch;
    const search = query.trim() === '' ? null : callApi('directory.search', { query });
    const card = shownEntry ? entryIfStillListed(shownEntry.key) : null;
    return Promise.all([search, card]).then(
      ([result, entry]) => {
        if (ticket !== latestSearch) return;
        const shownIndex = result && entry ? result.hits.findIndex((hit) => hit.key === entry.key) : -1;
        // The card stays on the entry the person was reading, never jumps to the new first hit.
        set({ result, activeIndex: Math.max(0, shownIndex), shownEntry: entry, error: null });
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
      set({ shownEntry: entry, cardFocusPending: true, error: null });
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
}));

/** The entry as the new directory has it, or null when the update took it away. */
function entryIfStillListed(key: string): Promise<DirectoryEntry | null> {
  return callApi('directory.entry', { key }).catch((error: unknown) => {
    if (error instanceof DeskError && error.code === 'not-found') return null;
    throw error;
  });
}

/** Hits only when they answer what is in the box now, so Enter never opens an older answer. */
function currentHits(state: Pick<DeskState, 'query' | 'result'>): DirectoryEntry[] {
  return state.result?.query === state.query ? state.result.hits : [];
}

function describeResult(result: SearchResult): string {
  if (result.hits.length === 0) return `No matches. Nearest topics: ${result.nearestTopics.join(', ')}.`;
  return result.hits.length === 1 ? '1 result' : `${result.hits.length} results`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong. Try again.';
}
