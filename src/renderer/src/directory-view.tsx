import { BrowseTopics } from './browse/browse-topics';
import { networkBrowsing, useDeskStore } from './desk-store';
import { FindInNetwork } from './network/find-in-network';
import { NetworkCard } from './network/network-card';
import { EntryCard } from './entry/entry-card';
import { ProviderCard } from './provider/provider-card';
import { WelcomeBanner } from './profile/welcome-banner';
import { SearchBox } from './search/search-box';
import { SearchResults } from './search/search-results';
import { ErrorAlert } from './fields/error-alert';
import { UpdateBanner } from './directory-updates/update-banner';

/** The plan's directory: one search box, results or topics beside the card of the chosen entry. */
export function DirectoryView() {
  const query = useDeskStore((state) => state.query);
  const result = useDeskStore((state) => state.result);
  const card = useDeskStore((state) => state.card);
  const error = useDeskStore((state) => state.error);
  const browsingNetwork = useDeskStore(networkBrowsing);
  const showingResults = query.trim() !== '' || browsingNetwork;

  return (
    <>
      <UpdateBanner level={2} afterDismiss={() => useDeskStore.getState().focusSearch()} />
      <WelcomeBanner />
      <div className="workspace">
        <section className="finder" aria-label="Find a contact">
          <SearchBox />
          <ErrorAlert message={error} />
          {showingResults && (result || browsingNetwork) ? <SearchResults result={result} /> : null}
          {!showingResults ? <FindInNetwork /> : null}
          {!showingResults ? <BrowseTopics /> : null}
        </section>
        <section className="detail" aria-label="Entry details">
          {card?.kind === 'entry' ? <EntryCard entry={card.entry} /> : null}
          {card?.kind === 'network' ? <NetworkCard provider={card.provider} /> : null}
          {card?.kind === 'provider' ? <ProviderCard provider={card.provider} /> : null}
          {card === null ? (
            <p className="detail-empty">
              Type in the search box or pick a topic to see its phone numbers, e-mail and more.
            </p>
          ) : null}
        </section>
      </div>
    </>
  );
}
