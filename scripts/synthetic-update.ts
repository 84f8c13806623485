import type { ContactValue, DirectoryPack, PackEntry } from '../src/shared/directory-pack';

/**
 * The next version of a synthetic directory, changed the way a real update changes one: a few
 * phone numbers and mailboxes move, some entries go and new ones come. Most entries stay as they
 * were, so comparing the two is as much work as in a real update, not a rewrite of everything.
 */
export const syntheticUpdateVersion = '2026.12.07';

const changedEvery = 50;
const movedMailboxEvery = 200;
const removedCount = 1000;
const addedCount = 1000;

export function buildSyntheticUpdate(previous: DirectoryPack): DirectoryPack {
  const seen = { source: 'synthetic-update', on: '2026-12-07' };
  const kept = previous.entries.slice(0, previous.entries.length - removedCount);
  const entries = kept.map((entry, index) => changed(entry, index, seen));
  for (let index = 0; index < addedCount; index += 1) {
    const model = kept[(index * 97) % kept.length]!;
    entries.push({ ...model, key: `synthetic.added-${index}`, title: `${model.title} annex ${index}` });
  }
  return {
    ...previous,
    packVersion: syntheticUpdateVersion,
    sources: [
      ...previous.sources,
      {
        id: seen.source,
        title: 'Generated for the update benchmark',
        url: null,
        publishedOn: null,
        capturedOn: seen.on,
      },
    ],
    entries,
  };
}

function changed(entry: PackEntry, index: number, seen: ContactValue['seen']): PackEntry {
  if (index % changedEvery !== 0) return entry;
  const values = entry.values.map((value): ContactValue => {
    if (value.kind === 'phone') return { ...value, number: newNumber(index), seen };
    if (value.kind === 'email' && index % movedMailboxEvery === 0) {
      return { ...value, address: `moved${index}@example.org`, seen };
    }
    return value;
  });
  return { ...entry, values };
}

/** A valid number no synthetic entry had: the exchange starts with 2–9, as a real one must. */
function newNumber(index: number): string {
  return `503-${200 + (index % 800)}-${String(index % 10_000).padStart(4, '0')}`;
}
