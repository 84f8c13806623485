import { create } from 'zustand';

export type DeskView = 'directory' | 'forms' | 'outbox' | 'profile' | 'settings';

/** Which of the app's views is in front. */
export const useNavigation = create<{ view: DeskView; show: (view: DeskView) => void }>()((set) => ({
  view: 'directory',
  show: (view) => set({ view }),
}));
