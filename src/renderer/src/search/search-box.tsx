import { useEffect, useRef, type KeyboardEvent } from 'react';
import { currentItems, networkBrowsing, useDeskStore } from '../desk-store';

export const resultsListId = 'search-results';
export const optionId = (index: number) => `search-result-${index}`;

/**
 * The one search box. Focus stays here while ↑/↓ move through the results (announced through
 * aria-activedescendant), Enter opens the active result, Esc clears.
 */
export function SearchBox() {
  const input = useRef<HTMLInputElement>(null);
  const query = useDeskStore((state) => state.query);
  const hitCount = useDeskStore((state) => currentItems(state).length);
  const activeIndex = useDeskStore((state) => state.activeIndex);
  const showingResults = useDeskStore((state) => state.query.trim() !== '' || networkBrowsing(state));
  const focusRequest = useDeskStore((state) => state.searchFocusRequest);
  const { setQuery, moveActive, openActive } = useDeskStore.getState();

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        moveActive(1);
        break;
      case 'ArrowUp':
        moveActive(-1);
        break;
      case 'PageDown':
        moveActive(5);
        break;
      case 'PageUp':
        moveActive(-5);
        break;
      case 'Enter':
        openActive();
        break;
      case 'Escape':
        setQuery('');
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  const expanded = showingResults && hitCount > 0;
  return (
    <div className="search-box">
      <label htmlFor="search-input" className="search-label">
        Search directory
      </label>
      <input
        id="search-input"
        ref={input}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-controls={expanded ? resultsListId : undefined}
        aria-expanded={expanded}
        aria-activedescendant={expanded ? optionId(activeIndex) : undefined}
        aria-describedby="search-hint"
        autoComplete="off"
        spellCheck={false}
        placeholder="A name, number, e-mail or question"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id="search-hint" className="search-hint">
        ↑ ↓ to move, Enter to open, Esc to clear, Ctrl+K or / to come back here.
      </p>
    </div>
  );
}
