import { useEffect } from 'react';
import { useDeskStore } from './desk-store';
import { useNavigation } from './navigation-store';

/** Ctrl+K (⌘K on a Mac) from anywhere, or `/` outside a text field, returns to the search box. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const inTextField =
        event.target instanceof HTMLElement &&
        (event.target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(event.target.tagName));
      const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      if (
        commandK ||
        (event.key === '/' && !inTextField && !event.ctrlKey && !event.metaKey && !event.altKey)
      ) {
        event.preventDefault();
        useNavigation.getState().show('directory');
        useDeskStore.getState().focusSearch();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
