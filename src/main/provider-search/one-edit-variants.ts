/**
 * Every word one typo away from a word: a letter missing, extra, wrong, or two letters swapped.
 * About 54 times the word's length; checking them all against the registry's word list is a
 * few hundred index look-ups, cheaper than keeping a deletion index of a million names.
 */
const letters = 'abcdefghijklmnopqrstuvwxyz';

export function oneEditVariants(word: string): string[] {
  const variants = new Set<string>();
  for (let index = 0; index <= word.length; index += 1) {
    const before = word.slice(0, index);
    const after = word.slice(index);
    if (after.length > 0) variants.add(before + after.slice(1));
    if (after.length > 1) variants.add(before + after[1] + after[0] + after.slice(2));
    for (const letter of letters) {
      variants.add(before + letter + after);
      if (after.length > 0) variants.add(before + letter + after.slice(1));
    }
  }
  variants.delete(word);
  return [...variants];
}
