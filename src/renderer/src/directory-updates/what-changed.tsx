import type { ReactNode } from 'react';
import type { DirectoryChanges } from '../../../shared/directory-update';
import { useDeskStore } from '../desk-store';
import { useNavigation } from '../navigation-store';
import { UndoUpdate } from './undo-update';

interface WhatChangedProps {
  id: string;
  level: 3 | 4;
  changes: DirectoryChanges;
  /** The versions an undo moves between, when there is an update to undo. */
  undo: { to: string; from: string } | null;
  afterUndo: () => void;
}

/** Each entry the update added, removed or changed, with every changed value in one sentence. */
export function WhatChanged({ id, level, changes, undo, afterUndo }: WhatChangedProps) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const { added, removed, changed, reconfirmed } = changes;
  return (
    <div id={id} className="what-changed">
      <ChangeGroup heading={Heading} title="Added" entries={added}>
        {(entry) => <EntryButton entryKey={entry.key} title={entry.title} />}
      </ChangeGroup>
      <ChangeGroup heading={Heading} title="Removed" entries={removed}>
        {(entry) => entry.title}
      </ChangeGroup>
      <ChangeGroup heading={Heading} title="Changed" entries={changed}>
        {(entry) => (
          <>
            <EntryButton entryKey={entry.key} title={entry.title} />
            <ul>
              {entry.values.map((value) => (
                <li key={value.summary}>{value.summary}</li>
              ))}
            </ul>
          </>
        )}
      </ChangeGroup>
      {reconfirmed > 0 ? (
        <p className="field-hint">
          The plan’s page showed {reconfirmed} other {reconfirmed === 1 ? 'value' : 'values'} again: only the
          date each was seen moved.
        </p>
      ) : null}
      {undo ? <UndoUpdate to={undo.to} from={undo.from} afterUndo={afterUndo} /> : null}
    </div>
  );
}

/** One kind of change under its heading; nothing at all when the update made none of that kind. */
function ChangeGroup<E extends { key: string }>(props: {
  heading: 'h3' | 'h4';
  title: string;
  entries: E[];
  children: (entry: E) => ReactNode;
}) {
  if (props.entries.length === 0) return null;
  const Heading = props.heading;
  return (
    <>
      <Heading>{props.title}</Heading>
      <ul>
        {props.entries.map((entry) => (
          <li key={entry.key}>{props.children(entry)}</li>
        ))}
      </ul>
    </>
  );
}

/** Opens the entry's card in the directory, wherever the list is shown. */
function EntryButton({ entryKey, title }: { entryKey: string; title: string }) {
  function open() {
    useNavigation.getState().show('directory');
    void useDeskStore.getState().openEntry(entryKey);
  }
  return (
    <button type="button" className="link-button" onClick={open}>
      {title}
    </button>
  );
}
