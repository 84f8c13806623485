import { useRef, useState } from 'react';
import { callApi } from '../desk-api';
import { ErrorAlert } from '../fields/error-alert';
import { useDirectoryUpdates } from './directory-update-state';
import { updateSentence } from './update-summary';
import { WhatChanged } from './what-changed';

/**
 * Shown after a directory update (or its undo) until the person dismisses it, so a desk that
 * was away still learns that the plan's contact points moved. It never takes focus.
 */
export function UpdateBanner(props: { level: 2 | 3; afterDismiss: () => void }) {
  const status = useDirectoryUpdates((state) => state.status);
  const heading = useRef<HTMLHeadingElement>(null);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const update = status?.lastUpdate;
  if (!status || !update || update.seen) return null;
  const Heading = props.level === 2 ? 'h2' : 'h3';

  async function dismiss() {
    setProblem(null);
    try {
      useDirectoryUpdates.getState().receive(await callApi('directory.markUpdateSeen', undefined));
      props.afterDismiss();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The banner could not be dismissed. Try again.');
    }
  }

  return (
    <section className="update-banner" aria-labelledby="update-banner-title">
      <Heading id="update-banner-title" ref={heading} tabIndex={-1}>
        {update.undo ? 'Directory update undone' : 'Directory updated'}
      </Heading>
      <p>{updateSentence(update)}</p>
      <div className="form-actions">
        <button
          type="button"
          aria-expanded={open}
          aria-controls="what-changed"
          onClick={() => setOpen(!open)}
        >
          What changed
        </button>
        <button type="button" onClick={() => void dismiss()}>
          Dismiss
        </button>
      </div>
      <ErrorAlert message={problem} />
      {open ? (
        <WhatChanged
          id="what-changed"
          level={props.level === 2 ? 3 : 4}
          changes={update.changes}
          undo={status.undoTo ? { to: status.undoTo, from: status.version } : null}
          afterUndo={() => heading.current?.focus()}
        />
      ) : null}
    </section>
  );
}
