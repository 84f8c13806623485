import { create } from 'zustand';

/** One polite live region for the whole app: "Copied 5034164100", result counts, errors. */
export const useAnnouncer = create<{ message: string; announce: (message: string) => void }>()((set) => ({
  message: '',
  announce(message) {
    // Clearing first makes a screen reader repeat the same sentence when it is said twice.
    set({ message: '' });
    requestAnimationFrame(() => set({ message }));
  },
}));
