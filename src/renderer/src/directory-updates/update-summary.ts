import type { DirectoryChanges, LastUpdate } from '../../../shared/directory-update';

/**
 * The sentence the banner says and the page announces: what the last update did, in counts a
 * front desk can take in at a glance. "What changed" lists the entries themselves.
 */
export function updateSentence(update: LastUpdate): string {
  if (update.undo) return `The directory update was undone: back to version ${update.toVersion}.`;
  return `The plan's directory was updated to version ${update.toVersion}: ${changeCounts(update.changes)}.`;
}

/** "1 entry added, 2 changed": the noun goes with the first count, as one would say it. */
export function changeCounts(changes: DirectoryChanges): string {
  const counts = [
    { count: changes.added.length, what: 'added' },
    { count: changes.removed.length, what: 'removed' },
    { count: changes.changed.length, what: 'changed' },
  ].filter(({ count }) => count > 0);
  if (counts.length === 0) return reconfirmedOnly(changes.reconfirmed);
  return counts
    .map(({ count, what }, index) =>
      index === 0 ? `${count} ${entries(count)} ${what}` : `${count} ${what}`,
    )
    .join(', ');
}

function reconfirmedOnly(reconfirmed: number): string {
  if (reconfirmed === 0) return 'no entry changed';
  return `no entry changed; the plan's page showed ${reconfirmed} ${reconfirmed === 1 ? 'value' : 'values'} again`;
}

const entries = (count: number) => (count === 1 ? 'entry' : 'entries');

/** A moment as the desk reads it: "November 30, 2026 at 9:05 AM", in this computer's time. */
export function spokenMoment(iso: string): string {
  return new Date(iso).toLocaleString('en-US', { dateStyle: 'long', timeStyle: 'short' });
}

/** The last update in the settings: when, and between which versions. */
export function lastUpdateLine(update: LastUpdate): string {
  const what = update.undo
    ? `undone, back to version ${update.toVersion}`
    : `version ${update.fromVersion} to ${update.toVersion}`;
  return `${spokenMoment(update.appliedAt)}: ${what}`;
}
