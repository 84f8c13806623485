import { useEffect, useRef } from 'react';
import { useDeskStore } from '../desk-store';

/** Every entry of the directory by topic, without typing. */
export function BrowseTopics() {
  const topics = useDeskStore((state) => state.topics);
  const pendingTopic = useDeskStore((state) => state.pendingBrowseTopic);
  const error = useDeskStore((state) => state.error);
  const shownKey = useDeskStore((state) => state.shownEntry?.key);
  const { openEntry, loadTopics } = useDeskStore.getState();
  const container = useRef<HTMLDivElement>(null);

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

  return (
    <div className="browse" ref={container}>
      <h2 className="browse-title">Browse by topic</h2>
      {topics.map((topic) => (
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

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
