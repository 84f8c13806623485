import { create } from 'zustand';
import type { DirectoryStatus } from '../../../shared/directory-update';
import { useAnnouncer } from '../announcer';
import { callApi, subscribeToDeskEvents } from '../desk-api';
import { useDeskStore } from '../desk-store';
import { forgetProviderLine } from '../entry/provider-line';
import { updateSentence } from './update-summary';

interface DirectoryUpdateStore {
  /** Which directory is in use and what the last update did; null until main has answered. */
  status: DirectoryStatus | null;
  loadError: string | null;
  /** Counts the switches this page has seen, for views that show what the directory holds. */
  switches: number;
  load: () => Promise<void>;
  /** Takes a status from an answer or a pushed event; whichever comes first tells the page. */
  receive: (status: DirectoryStatus) => void;
}

/** Two statuses name the same directory when the same update (or none) put the same version in. */
const switchOf = (status: DirectoryStatus) => `${status.version} ${status.lastUpdate?.appliedAt ?? ''}`;

export const useDirectoryUpdates = create<DirectoryUpdateStore>()((set, get) => ({
  status: null,
  loadError: null,
  switches: 0,

  async load() {
    try {
      get().receive(await callApi('directory.updateStatus', undefined));
      set({ loadError: null });
    } catch (error) {
      set({
        loadError: error instanceof Error ? error.message : 'The directory’s version could not be read.',
      });
    }
  },

  receive(status) {
    const before = get().status;
    set({ status });
    // The first answer only says how things stand; nothing switched while this page watched.
    if (before === null || switchOf(before) === switchOf(status)) return;
    set({ switches: get().switches + 1 });
    forgetProviderLine();
    void useDeskStore.getState().reloadAfterUpdate();
    if (status.lastUpdate && !status.lastUpdate.seen) {
      useAnnouncer.getState().announce(updateSentence(status.lastUpdate));
    }
  },
}));

/** Keeps the directory's status fresh for the whole app; returns how to stop. */
export function watchDirectoryUpdates(): () => void {
  void useDirectoryUpdates.getState().load();
  return subscribeToDeskEvents((message) => {
    if (message.event === 'directory.changed') useDirectoryUpdates.getState().receive(message.payload);
  });
}
