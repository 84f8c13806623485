import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/api-contract';
import { useAnnouncer } from './announcer';
import { BrowseTopics } from './browse/browse-topics';
import { callApi, isConnected } from './desk-api';
import { useDeskStore } from './desk-store';
import { EntryCard } from './entry/entry-card';
import { useGlobalShortcuts } from './global-shortcuts';
import { SearchBox } from './search/search-box';
import { SearchResults } from './search/search-results';

export function App() {
  useGlobalShortcuts();
  const query = useDeskStore((state) => state.query);
  const result = useDeskStore((state) => state.result);
  const shownEntry = useDeskStore((state) => state.shownEntry);
  const error = useDeskStore((state) => state.error);
  const announcement = useAnnouncer((state) => state.message);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const showingResults = query.trim() !== '';

  useEffect(() => {
    if (!isConnected) return;
    callApi('app.info', undefined).then(setInfo, () => setInfo(null));
    useDeskStore.getState().loadTopics();
  }, []);

  if (!isConnected) {
    return (
      <main className="not-connected">
        <h1>Provider Desk</h1>
        <p>
          This page is not connected to Provider Desk. Open the address that <code>npm run web</code> printed.
        </p>
      </main>
    );
  }

  return (
    <div className="app">
      <header className="app-header">
        <h1>Provider Desk</h1>
        {info ? (
          <p className="app-directory">
            {info.plan} directory, {info.directoryEntryCount} entries, verified {info.directoryCapturedOn}
          </p>
        ) : null}
        <button
          type="button"
          className="browse-button"
          aria-pressed={!showingResults}
          onClick={() => useDeskStore.getState().browse()}
        >
          Browse by topic
        </button>
      </header>
      <main className="workspace">
        <section className="finder" aria-label="Find a contact">
          <SearchBox />
          {error ? (
            <p role="alert" className="error">
              {error}
            </p>
          ) : null}
          {showingResults && result ? <SearchResults result={result} /> : null}
          {!showingResults ? <BrowseTopics /> : null}
        </section>
        <section className="detail" aria-label="Entry details">
          {shownEntry ? (
            <EntryCard entry={shownEntry} />
          ) : (
            <p className="detail-empty">
              Type in the search box or pick a topic to see its phone numbers, e-mail and more.
            </p>
          )}
        </section>
      </main>
      <div role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
    </div>
  );
}
