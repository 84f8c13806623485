import { searchWords } from './search-text';

/**
 * When nothing matches, point somewhere: the topics whose names and titles share the most
 * three-letter pieces with what was typed, or the first topics when nothing is shared at all.
 */
const topicsShown = 4;

export type TopicIndex = readonly { name: string; trigrams: ReadonlySet<string> }[];

/** Topic pieces are cut once per open directory, not once per search. */
export function indexTopics(topics: readonly { name: string; text: string }[]): TopicIndex {
  return topics.map((topic) => ({ name: topic.name, trigrams: trigrams(topic.text) }));
}

export function nearestTopics(query: string, topics: TopicIndex): string[] {
  const wanted = trigrams(query.slice(0, 200));
  const scored = topics.map((topic, position) => {
    let shared = 0;
    for (const trigram of wanted) if (topic.trigrams.has(trigram)) shared += 1;
    return { name: topic.name, shared, position };
  });
  scored.sort((a, b) => b.shared - a.shared || a.position - b.position);
  return scored.slice(0, topicsShown).map((topic) => topic.name);
}

function trigrams(text: string): Set<string> {
  const pieces = new Set<string>();
  for (const word of searchWords(text)) {
    const padded = ` ${word} `;
    for (let index = 0; index + 3 <= padded.length; index += 1) pieces.add(padded.slice(index, index + 3));
  }
  return pieces;
}
