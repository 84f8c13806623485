import { create } from 'zustand';
import type { ProviderDataStatus } from '../../../shared/npi-registry';
import { useAnnouncer } from '../announcer';
import { callApi, subscribeToDeskEvents } from '../desk-api';
import { useDeskStore } from '../desk-store';
import { useNavigation } from '../navigation-store';

interface ProviderDataStore {
  /** The registry on this computer and any import under way; null until main has answered. */
  status: ProviderDataStatus | null;
  loadError: string | null;
  /** Counts the registry switches this page has seen, so what was looked up is looked up again. */
  switches: number;
  load: () => Promise<void>;
  /** Takes a status from an answer or a pushed event (progress comes about four times a second). */
  receive: (status: ProviderDataStatus) => void;
}

/** Two statuses name the same registry when the same files were applied to it. */
const registryOf = (status: ProviderDataStatus) =>
  JSON.stringify([status.registry?.full.appliedAt ?? null, status.registry?.weekly.length ?? 0]);

export const useProviderData = create<ProviderDataStore>()((set, get) => ({
  status: null,
  loadError: null,
  switches: 0,

  async load() {
    try {
      get().receive(await callApi('providers.status', undefined));
      set({ loadError: null });
    } catch (error) {
      set({
        loadError:
          error instanceof Error ? error.message : 'What provider data this computer has could not be read.',
      });
    }
  },

  receive(status) {
    const before = get().status;
    set({ status });
    if (before === null) return;
    const outcome = status.lastOutcome;
    // Settings shows a refusal as an alert, which speaks for itself; elsewhere it is said here.
    if (outcome && outcome.at !== before.lastOutcome?.at) {
      if (outcome.ok || useNavigation.getState().view !== 'settings') {
        useAnnouncer.getState().announce(outcome.message);
      }
    }
    if (registryOf(before) === registryOf(status)) return;
    set({ switches: get().switches + 1 });
    useDeskStore.getState().searchAgain();
  },
}));

/** True once main has said a registry file is imported; false while it is not, or not yet known. */
export const useRegistryImported = () => useProviderData((state) => state.status?.registry != null);

/** Keeps the provider data status fresh for the whole app; returns how to stop. */
export function watchProviderData(): () => void {
  void useProviderData.getState().load();
  return subscribeToDeskEvents((message) => {
    if (message.event === 'providers.changed') useProviderData.getState().receive(message.payload);
  });
}
