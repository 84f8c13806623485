import type { ContactValue, DirectoryPack, PackEntry } from '../../src/shared/directory-pack';
import type { PackChange, PageVersion } from './page-versions';

/** The next pack: the one before it, changed as the next page copy shows. */
export function applyPageVersion(previous: DirectoryPack, version: PageVersion): DirectoryPack {
  const { source } = version;
  const seen = { source: source.id, on: source.publishedOn ?? source.capturedOn };
  const entries = structuredClone(previous.entries);
  const entry = (key: string): PackEntry => {
    const found = entries.find((candidate) => candidate.key === key);
    if (!found) throw new Error(`${version.packVersion}: no entry ${key}`);
    return found;
  };
  const matching = (change: { key: string; match: (value: ContactValue) => boolean }) => {
    const values = entry(change.key).values.filter(change.match);
    if (values.length === 0) throw new Error(`${version.packVersion}: nothing matches in ${change.key}`);
    return values;
  };

  for (const change of version.changes) applyChange(change);

  function applyChange(change: PackChange): void {
    switch (change.kind) {
      case 'seen-again':
        for (const value of matching(change)) value.seen = seen;
        return;
      case 'rename':
      case 'replace': {
        const target = entry(change.key);
        const [old] = matching(change);
        const index = target.values.indexOf(old!);
        target.values[index] = { ...change.by, seen };
        if (change.kind === 'replace') {
          target.retired = [
            ...(target.retired ?? []),
            { value: old!, retiredOn: seen.on, retiredBy: source.id, replacement: change.replacement },
          ];
        }
        return;
      }
      case 'describe':
        Object.assign(entry(change.key), change.fields);
        return;
      case 'drop-checklist':
        delete entry(change.key).checklist;
        return;
      case 'add-entry': {
        const at = entries.indexOf(entry(change.after)) + 1;
        const values = change.entry.values.map((value) => ({ ...value, seen }));
        entries.splice(at, 0, { ...change.entry, values });
        return;
      }
    }
  }

  const cited = new Set(
    entries.flatMap((item) => [
      ...item.values.map((value) => value.seen.source),
      ...(item.retired ?? []).flatMap((old) => [old.value.seen.source, old.retiredBy]),
    ]),
  );
  const sources = [...previous.sources, source].filter((known) => cited.has(known.id));
  return { ...previous, packVersion: version.packVersion, sources, entries };
}
