import { stateCodes } from '../../../shared/validation/postal';

export type StatesChoice = { ok: true; states: string[] | null } | { ok: false; problem: string };

const known: ReadonlySet<string> = new Set(stateCodes);

/**
 * "States to keep" as typed: two-letter codes separated by commas or spaces, any case. Empty
 * keeps every state (null). A word that is not a state code is named, so it can be fixed
 * before an import of a large file starts.
 */
export function parseStatesField(text: string): StatesChoice {
  const words = text
    .split(/[\s,;]+/)
    .map((word) => word.trim())
    .filter((word) => word !== '');
  if (words.length === 0) return { ok: true, states: null };
  const unknown = words.filter((word) => !known.has(word.toUpperCase()));
  if (unknown.length > 0) {
    const named = unknown.map((word) => `“${word}”`).join(', ');
    return {
      ok: false,
      problem: `${named} ${unknown.length === 1 ? 'is not a state code' : 'are not state codes'}. Use two-letter codes separated by commas, like OR, WA.`,
    };
  }
  return { ok: true, states: [...new Set(words.map((word) => word.toUpperCase()))] };
}
