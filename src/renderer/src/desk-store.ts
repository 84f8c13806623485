import { create } from 'zustand';
import type { BrowseTopic, SearchResult } from '../../shared/api-contract';
import type { DirectoryEntry } from '../../shared/directory-pack';
import { callApi } from './desk-api';

interface DeskState {
  /** What is in the search box; while it is empty the finder shows Browse by topic. */
  query: string;
  result: SearchResult | null;
  activeIndex: number;
  /** The entry whose card is shown: the active search result, or one picked while browsing. */
  shownEntry: DirectoryEntry | null;
  /** Bumped to ask the card to take focus (Enter on a result, a pick while browsing). */
  cardFocusRequest: number;
  /** Bumped to ask the search box to take focus (Ctrl+K, `/`, Esc). */
  searchFocusRequest: number;
  topics: BrowseTopic[] | null;
  /** A topic to scroll to when Browse opens from a "nearest topics" suggestion. */
  browseTopic: string | null;
  error: string | null;

  setQuery(query: string): void;
  moveActive(delta: number): void;
  openActive(): void;
  openResult(index: number): void;
  loadTopics(): void;
  browse(topic?: string): void;
  openEntry(key: string): Promise<void>;
  focusSearch(): void;
}

/** Answers can arrive out of order; only the newest query's answer is shown. */
let latestSearch = 0;

export const useDeskStore = create<DeskState>()((set, get) => ({
  query: '',
  result: null,
  activeIndex: 0,
  shownEntry: null,
  cardFocusRequest: 0,
  searchFocusRequest: 0,
  topics: null,
  browseTopic: null,
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
      },
      (error: unknown) => {
        if (ticket !== latestSearch) return;
        set({ error: messageOf(error) });
      },
    );
  },

  moveActive(delta) {
    const hits = get().result?.hits ?? [];
    if (hits.length === 0) return;
    const activeIndex = Math.min(hits.length - 1, Math.max(0, get().activeIndex + delta));
    set({ activeIndex, shownEntry: hits[activeIndex] ?? null });
  },

  openActive() {
    get().openResult(get().activeIndex);
  },

  openResult(index) {
    const hit = get().result?.hits[index];
    if (hit) set({ activeIndex: index, shownEntry: hit, cardFocusRequest: get().cardFocusRequest + 1 });
  },

  loadTopics() {
    callApi('directory.browse', undefined).then(
      (topics) => set({ topics }),
      (error: unknown) => set({ error: messageOf(error) }),
    );
  },

  browse(topic) {
    get().setQuery('');
    set({ browseTopic: topic ?? null });
  },

  async openEntry(key) {
    try {
      const entry = await callApi('directory.entry', { key });
      set({ shownEntry: entry, cardFocusRequest: get().cardFocusRequest + 1, error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },

  focusSearch() {
    set({ searchFocusRequest: get().searchFocusRequest + 1 });
  },
}));

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong. Try again.';
}
