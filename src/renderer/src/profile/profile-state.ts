import { create } from 'zustand';
import type { ProfileSaveResult } from '../../../shared/api-contract';
import type { ClinicProfile } from '../../../shared/clinic-profile';
import { callApi } from '../desk-api';

interface ProfileState {
  loaded: boolean;
  /** The profile as saved in desk.db; null until the desk has saved one. */
  saved: ClinicProfile | null;
  welcomeDismissed: boolean;
  loadError: string | null;
  /** The profile as it is being edited; kept here so leaving the page loses nothing. */
  editing: ClinicProfile | null;
  setEditing: (profile: ClinicProfile | null) => void;
  load: () => Promise<void>;
  save: (profile: ClinicProfile) => Promise<ProfileSaveResult>;
  update: (changes: Partial<ClinicProfile>) => Promise<ProfileSaveResult>;
  dismissWelcome: () => Promise<void>;
}

export const useProfile = create<ProfileState>()((set) => ({
  loaded: false,
  saved: null,
  welcomeDismissed: false,
  loadError: null,
  editing: null,

  setEditing(profile) {
    set({ editing: profile });
  },

  async load() {
    try {
      const state = await callApi('profile.get', undefined);
      set({ loaded: true, saved: state.profile, welcomeDismissed: state.welcomeDismissed, loadError: null });
    } catch (error) {
      set({ loadError: error instanceof Error ? error.message : 'The clinic profile could not be read.' });
    }
  },

  async save(profile) {
    const result = await callApi('profile.save', profile);
    if (result.saved) set({ saved: result.profile });
    return result;
  },

  async update(changes) {
    const result = await callApi('profile.update', changes);
    if (result.saved) set({ saved: result.profile });
    return result;
  },

  async dismissWelcome() {
    await callApi('profile.dismissWelcome', undefined);
    set({ welcomeDismissed: true });
  },
}));
