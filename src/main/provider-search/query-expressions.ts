import { stateCodes } from '../../shared/validation/postal';
import type { ProviderQuery, WordGroup } from './provider-query';

/**
 * The FTS5 expressions of a words query, best tier first: providers whose last name (or
 * organization name) is a word typed, then those that only start with one. The index has a
 * `lead` column, the word columns named, and `codes` and `zips` columns.
 */
export function tierExpressions(
  plan: Extract<ProviderQuery, { kind: 'words' }>,
  wordColumns: readonly string[],
): string[] {
  const all = plan.groups.map((group) => groupExpression(group, wordColumns)).join(' AND ');
  const leadWords = [...new Set(plan.groups.flatMap((group) => group.names))].filter(mayBeLastName);
  const exact = leadWords.length > 0 ? `lead : (${leadWords.map(quoted).join(' OR ')})` : null;
  return exact ? [`(${all}) AND ${exact}`, `(${all}) NOT ${exact}`] : [all];
}

const stateWords = new Set(stateCodes.map((code) => code.toLowerCase()));

/**
 * Whether a word is worth an exact last-name tier. A tier costs a pass over every provider with
 * the word anywhere; for a state ("ca": one provider in eight) or an initial that pass is long
 * and finds nobody called so.
 */
function mayBeLastName(word: string): boolean {
  return word.length >= 2 && !stateWords.has(word);
}

function groupExpression(group: WordGroup, wordColumns: readonly string[]): string {
  const ways = group.names.map((word) => `{${wordColumns.join(' ')}} : ${quoted(word)}*`);
  if (group.codes.length > 0) ways.push(`codes : (${group.codes.map(quoted).join(' OR ')})`);
  if (group.zip) ways.push(`zips : ${quoted(group.zip)}`);
  return `(${ways.join(' OR ')})`;
}

/** Search words hold only letters and digits; the quotes make even `NEAR` or `AND` plain words. */
export function quoted(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}
