import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchResult } from '../../shared/api-contract';
import { DeskError } from '../../shared/desk-error';
import type { DirectoryEntry } from '../../shared/directory-pack';

/** The directory as main answers for it: switched in by each test. */
const directory = vi.hoisted(() => ({ entries: new Map<string, { title: string; address: string }>() }));

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
  callApi(channel: string, input: { key?: string; query?: string }): Promise<unknown> {
    if (channel === 'directory.browse') return Promise.resolve([]);
    if (channel === 'directory.entry') return Promise.resolve().then(() => entry(input.key ?? ''));
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

const { useDeskStore } = await import('./desk-store');

beforeEach(() => {
  directory.entries = new Map([
    ['clinic.alerts', { title: 'Clinic alerts', address: 'alerts@example.org' }],
    ['clinic.updates', { title: 'Clinic updates', address: 'old@example.org' }],
  ]);
  useDeskStore.setState({ query: '', result: null, activeIndex: 0, shownEntry: null, error: null });
});

describe('the directory view after an update switches the directory', () => {
  it('answers the same query again and keeps the card on the entry being read, as it is now', async () => {
    useDeskStore.setState({ query: 'clinic', shownEntry: entry('clinic.updates'), activeIndex: 1 });
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
    expect(state.shownEntry?.key).toBe('clinic.updates');
    expect(state.shownEntry?.values[0]).toMatchObject({ address: 'new@example.org' });
    expect(state.error).toBeNull();
  });

  it('shows no card when the update took the shown entry away', async () => {
    useDeskStore.setState({ shownEntry: entry('clinic.alerts') });
    directory.entries.delete('clinic.alerts');
    await useDeskStore.getState().reloadAfterUpdate();
    expect(useDeskStore.getState().shownEntry).toBeNull();
    expect(useDeskStore.getState().result).toBeNull();
    expect(useDeskStore.getState().error).toBeNull();
  });
});
