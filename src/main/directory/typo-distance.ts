/**
 * One typo, as a person makes it: a letter wrong, missing, extra, or two letters swapped
 * (`cliams`). Candidates come from a symmetric-delete index built with the directory: a word and
 * its one-letter deletions meet the deletions of every word within one edit.
 */

/** The word itself and each form with one letter removed. */
export function oneLetterDeletions(word: string): string[] {
  const forms = new Set<string>([word]);
  for (let index = 0; index < word.length; index += 1) {
    forms.add(word.slice(0, index) + word.slice(index + 1));
  }
  return [...forms];
}

/** True when b is a itself or a with one substitution, insertion, deletion or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const restA = a.slice(start, endA);
  const restB = b.slice(start, endB);
  if (restA.length <= 1 && restB.length <= 1) return true;
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0];
}

/** Words this short are left as typed: one edit turns them into too many other words. */
export const minTypoWordLength = 5;
