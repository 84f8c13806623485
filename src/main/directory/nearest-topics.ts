import { searchWords } from './search-text';

/**
 * When nothing matches, point somewhere: the topics whose names and titles share the most
 * three-letter pieces with what was typed, or the first topics when nothing is shared at all.
 */
const topicsShown = 4;

export function nearestTopics(query: string, topics: readonly { name: string; text: string }[]): string[] {
  const wanted = trigrams(query.slice(0, 200));
  const scored = topics.map((topic, position) => {
    const offered = trigrams(topic.text);
    let shared = 0;
    for (const trigram of wanted) if (offered.has(trigram)) shared += 1;
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
