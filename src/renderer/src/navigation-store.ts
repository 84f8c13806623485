import { create } from 'zustand';

export type DeskView = 'directory' | 'forms' | 'outbox' | 'profile' | 'settings';

interface Navigation {
  view: DeskView;
  /** A settings section to bring into view and focus, by its heading's id; taken once by Settings. */
  pendingSection: string | null;
  show: (view: DeskView) => void;
  /** Opens Settings at one section ("Settings → Provider data"). */
  showSettingsSection: (headingId: string) => void;
  takeSection: () => string | null;
}

/** Which of the app's views is in front. */
export const useNavigation = create<Navigation>()((set, get) => ({
  view: 'directory',
  pendingSection: null,
  show: (view) => set({ view }),
  showSettingsSection: (headingId) => set({ view: 'settings', pendingSection: headingId }),
  takeSection() {
    const section = get().pendingSection;
    if (section !== null) set({ pendingSection: null });
    return section;
  },
}));
