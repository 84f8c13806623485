import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SearchResult } from '../../../shared/api-contract';
import type { DirectoryEntry } from '../../../shared/directory-pack';
import { plainValue, retiredValueNamed } from '../../../shared/directory-freshness';
import { formatPhone } from '../../../shared/phone-number';
import { answersOf, networkFiltersActive, useDeskStore } from '../desk-store';
import { NetworkFilters } from '../network/network-filters';
import { NetworkHitBody } from '../network/network-hit';
import { NetworkNotes } from '../network/network-notes';
import { ProviderHit } from './provider-hit';
import { RegistryNotes } from './registry-notes';
import { resultGroups, type ResultItem } from './result-groups';
import { ResultsFilter } from './results-filter';
import { optionId, resultsListId } from './search-box';

/**
 * The results as one listbox, best first within each kind, the plan's contacts first; or, when
 * nothing matches, the nearest topics. The arrow keys move through every group as one list.
 * `result` is null for the In network list filtered with nothing typed, which has no other kind.
 */
export function SearchResults({ result }: { result: SearchResult | null }) {
  const activeIndex = useDeskStore((state) => state.activeIndex);
  const answers = useDeskStore(useShallow(answersOf));
  const filter = useDeskStore((state) => state.filter);
  const groups = resultGroups(answers, filter);
  const count = groups.reduce((total, group) => total + group.items.length, 0);

  useEffect(() => {
    document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);
  const { openResult } = useDeskStore.getState();

  return (
    <>
      <ResultsFilter />
      {filter === 'all' || filter === 'network' ? <NetworkFilters /> : null}
      {count === 0 ? (
        result ? (
          <NoResults result={result} />
        ) : (
          <NoNetworkHits />
        )
      ) : (
        <>
          <ResultSummary result={result} count={count} />
          <div id={resultsListId} role="listbox" aria-label="Directory results" className="results">
            {groups.map((group) => (
              <ul key={group.kind} role="group" aria-labelledby={`results-group-${group.kind}`}>
                <li role="presentation" id={`results-group-${group.kind}`} className="results-group-label">
                  {group.label}
                </li>
                {group.items.map((item, at) => {
                  const index = group.first + at;
                  return (
                    <li
                      key={item.id}
                      id={optionId(index)}
                      role="option"
                      aria-selected={index === activeIndex}
                      className="result"
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => openResult(index)}
                    >
                      <ResultBody item={item} query={result?.query ?? ''} />
                    </li>
                  );
                })}
              </ul>
            ))}
          </div>
        </>
      )}
      {filter === 'all' || filter === 'network' ? <NetworkNotes /> : null}
      {filter === 'all' || filter === 'registry' ? <RegistryNotes /> : null}
    </>
  );
}

/** The In network list with nothing typed: filtered to nobody, or not yet filtered. */
function NoNetworkHits() {
  const filtered = useDeskStore((state) => networkFiltersActive(state.networkFilters));
  return (
    <p className="no-results">
      {filtered
        ? 'No in-network provider matches these filters.'
        : 'Type a name, specialty or place, or choose a filter, to list in-network providers.'}
    </p>
  );
}

function ResultBody({ item, query }: { item: ResultItem; query: string }) {
  if (item.kind === 'registry') return <ProviderHit provider={item.provider} />;
  if (item.kind === 'network') return <NetworkHitBody hit={item.hit} />;
  const { entry } = item;
  return (
    <>
      <span className="result-title">{entry.title}</span>
      <span className="result-meta">
        {entry.topic}
        {glance(entry) ? <span className="result-glance"> · {glance(entry)}</span> : null}
      </span>
      <RetiredNotice entry={entry} query={query} />
    </>
  );
}

/** Nothing shown matches: the directory's nearest topics lead somewhere all the same. */
function NoResults({ result }: { result: SearchResult }) {
  const browse = useDeskStore((state) => state.browse);
  return (
    <div className="no-results">
      <p>
        Nothing matches <q>{result.query.slice(0, 80)}</q>.
      </p>
      <p>The nearest topics:</p>
      <ul className="topic-suggestions">
        {result.nearestTopics.map((topic) => (
          <li key={topic}>
            <button type="button" onClick={() => browse(topic)}>
              {topic}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Someone typed an address or number the plan has retired: say so, and what replaced it. */
function RetiredNotice({ entry, query }: { entry: DirectoryEntry; query: string }) {
  const old = retiredValueNamed(entry, query);
  if (!old) return null;
  return (
    <span className="result-retired">
      {plainValue(old.value)} is no longer in use (retired {old.retiredOn}); use {old.replacement}.
    </span>
  );
}

function ResultSummary({ result, count }: { result: SearchResult | null; count: number }) {
  const providers = useDeskStore((state) => state.providerResult);
  const network = useDeskStore((state) => state.networkResult);
  const corrections = [
    ...(result?.corrections ?? []),
    ...(network?.corrections ?? []),
    ...(providers?.corrections ?? []),
  ];
  const corrected = [...new Set(corrections.map((fix) => `“${fix.typed}” as “${fix.readAs}”`))];
  return (
    <p className="result-summary">
      {count === 1 ? '1 result' : `${count} results`}
      {corrected.length > 0 ? `; read ${corrected.join(', ')}` : ''}
      {result?.partial ? ', matching some of your words' : ''}
    </p>
  );
}

/** The first thing a person usually wants from an entry, shown in the list itself. */
function glance(entry: DirectoryEntry): string | null {
  const first = entry.values[0];
  if (!first) return null;
  switch (first.kind) {
    case 'phone':
    case 'fax':
      return formatPhone(first.number);
    case 'email':
      return first.address;
    case 'payer-id':
      return `Payer ID ${first.id}`;
    case 'postal':
      return first.lines.slice(1).join(', ');
    case 'web':
    case 'document':
      return null;
  }
}
