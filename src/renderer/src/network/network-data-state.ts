import { create } from 'zustand';
import type { NetworkDataStatus, NetworkFilterChoices, StartNetworkImport } from '../../../shared/plan-net';
import { useAnnouncer } from '../announcer';
import { callApi, subscribeToDeskEvents } from '../desk-api';
import { useDeskStore } from '../desk-store';
import { useNavigation } from '../navigation-store';

interface NetworkDataStore {
  /** The plan's network directory on this computer and any import under way; null until main answered. */
  status: NetworkDataStatus | null;
  /** What the search filters offer: only values the imported data holds. */
  choices: NetworkFilterChoices | null;
  loadError: string | null;
  /** Counts the switches to a new network directory this page has seen, so lookups are asked again. */
  switches: number;
  load: () => Promise<void>;
  /** Takes a status from an answer or a pushed event. */
  receive: (status: NetworkDataStatus) => void;
}

/** Two statuses name the same directory when it was imported at the same moment. */
const directoryOf = (status: NetworkDataStatus | null) => status?.network?.importedAt ?? null;

const messageOf = (error: unknown, fallback: string) => (error instanceof Error ? error.message : fallback);

export const useNetworkData = create<NetworkDataStore>()((set, get) => {
  function loadChoices() {
    callApi('network.filterChoices', undefined).then(
      (choices) => set({ choices }),
      () => set({ choices: null }),
    );
  }

  return {
    status: null,
    choices: null,
    loadError: null,
    switches: 0,

    async load() {
      try {
        get().receive(await callApi('network.status', undefined));
        set({ loadError: null });
      } catch (error) {
        set({ loadError: messageOf(error, 'What network data this computer has could not be read.') });
      }
    },

    receive(status) {
      const before = get().status;
      set({ status });
      const outcome = status.lastOutcome;
      // Settings shows a refusal as an alert, which speaks for itself; elsewhere it is said here.
      if (before && outcome && outcome.at !== before.lastOutcome?.at) {
        if (outcome.ok || useNavigation.getState().view !== 'settings') {
          useAnnouncer.getState().announce(outcome.message);
        }
      }
      if (before !== null && directoryOf(before) === directoryOf(status)) return;
      if (status.network) loadChoices();
      else set({ choices: null });
      if (before === null) return;
      set({ switches: get().switches + 1 });
      useDeskStore.getState().searchAgain();
    },
  };
});

/** Keeps the network status fresh for the whole app; returns how to stop. */
export function watchNetworkData(): () => void {
  void useNetworkData.getState().load();
  return subscribeToDeskEvents((message) => {
    if (message.event === 'network.changed') useNetworkData.getState().receive(message.payload);
  });
}

/** Asks main to start an import; returns the sentence to show when it could not start, else null. */
export async function startNetworkImport(input: StartNetworkImport): Promise<string | null> {
  try {
    useNetworkData.getState().receive(await callApi('network.import', input));
    return null;
  } catch (error) {
    return messageOf(error, 'The import could not start. Try again.');
  }
}
