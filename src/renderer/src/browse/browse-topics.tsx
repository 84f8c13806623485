import { useEffect, useRef, useState } from 'react';
import type { BrowseTopic } from '../../../shared/api-contract';
import { mayBeOutOfDate } from '../../../shared/directory-freshness';
import { localDate } from '../../../shared/validation/calendar-date';
import { useDeskStore } from '../desk-store';

/** Every entry of the directory by topic, without typing. */
export function BrowseTopics() {
  const topics = useDeskStore((state) => state.topics);
  const pendingTopic = useDeskStore((state) => state.pendingBrowseTopic);
  const error = useDeskStore((state) => state.error);
  const shownKey = useDeskStore((state) => (state.card?.kind === 'entry' ? state.card.entry.key : undefined));
  const { openEntry, loadTopics } = useDeskStore.getState();
  const container = useRef<HTMLDivElement>(null);
  const [onlyNeedsChecking, setOnlyNeedsChecking] = useState(false);

  useEffect(() => {
    if (!pendingTopic || !topics) return;
    const topic = useDeskStore.getState().takeBrowseTopic();
    if (!topic) return;
    const heading = container.current?.querySelector<HTMLElement>(`[data-topic="${CSS.escape(topic)}"]`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  }, [pendingTopic, topics]);

  if (topics === null) {
    return error ? (
      <button type="button" onClick={loadTopics}>
        Try loading the topics again
      </button>
    ) : (
      <p className="loading">Loading the directory…</p>
    );
  }

  const stale = needingChecks(topics, localDate(new Date()));
  const shown = onlyNeedsChecking ? stale : topics;
  const staleCount = stale.reduce((count, topic) => count + topic.entries.length, 0);

  return (
    <div className="browse" ref={container}>
      <div className="browse-heading">
        <h2 className="browse-title">Browse by topic</h2>
        <button
          type="button"
          aria-pressed={onlyNeedsChecking}
          aria-describedby="needs-checking-count"
          onClick={() => setOnlyNeedsChecking(!onlyNeedsChecking)}
        >
          Needs checking
        </button>
      </div>
      <p id="needs-checking-count" className="browse-count">
        {staleCount === 0
          ? 'Every entry was seen on the plan’s pages in the last 90 days.'
          : `${staleCount === 1 ? '1 entry has' : `${staleCount} entries have`} a value not seen on the plan’s pages for more than 90 days.`}
      </p>
      {shown.map((topic) => (
        <section key={topic.topic} className="browse-topic" aria-labelledby={`topic-${slug(topic.topic)}`}>
          <h3 id={`topic-${slug(topic.topic)}`} data-topic={topic.topic} tabIndex={-1}>
            {topic.topic}
          </h3>
          <ul>
            {topic.entries.map((entry) => (
              <li key={entry.key}>
                <button
                  type="button"
                  className="browse-entry"
                  aria-current={entry.key === shownKey ? 'true' : undefined}
                  onClick={() => void openEntry(entry.key)}
                >
                  {entry.title}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** The topics with only their entries that have a value last seen more than 90 days ago. */
function needingChecks(topics: BrowseTopic[], today: string): BrowseTopic[] {
  return topics
    .map((topic) => ({
      ...topic,
      entries: topic.entries.filter((entry) => mayBeOutOfDate(entry.oldestSeenOn, today)),
    }))
    .filter((topic) => topic.entries.length > 0);
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
