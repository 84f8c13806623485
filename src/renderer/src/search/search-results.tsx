import { useEffect } from 'react';
import type { SearchResult } from '../../../shared/api-contract';
import type { DirectoryEntry } from '../../../shared/directory-pack';
import { plainValue, retiredValueNamed } from '../../../shared/directory-freshness';
import { formatPhone } from '../../../shared/phone-number';
import { useDeskStore } from '../desk-store';
import { optionId, resultsListId } from './search-box';

/** The results as a listbox, best first; or, when nothing matches, the nearest topics. */
export function SearchResults({ result }: { result: SearchResult }) {
  const activeIndex = useDeskStore((state) => state.activeIndex);

  useEffect(() => {
    document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);
  const { openResult, browse } = useDeskStore.getState();

  if (result.hits.length === 0) {
    return (
      <div className="no-results">
        <p>
          Nothing in the directory matches <q>{result.query.slice(0, 80)}</q>.
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

  return (
    <>
      <ResultSummary result={result} />
      <ul id={resultsListId} role="listbox" aria-label="Directory results" className="results">
        {result.hits.map((entry, index) => (
          <li
            key={entry.key}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className="result"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => openResult(index)}
          >
            <span className="result-title">{entry.title}</span>
            <span className="result-meta">
              {entry.topic}
              {glance(entry) ? <span className="result-glance"> · {glance(entry)}</span> : null}
            </span>
            <RetiredNotice entry={entry} query={result.query} />
          </li>
        ))}
      </ul>
    </>
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

function ResultSummary({ result }: { result: SearchResult }) {
  const corrected = result.corrections.map((correction) => `“${correction.typed}” as “${correction.readAs}”`);
  return (
    <p className="result-summary">
      {result.hits.length === 1 ? '1 result' : `${result.hits.length} results`}
      {corrected.length > 0 ? `; read ${corrected.join(', ')}` : ''}
      {result.partial ? ', matching some of your words' : ''}
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
