import { useRef, useState } from 'react';
import { callApi } from '../desk-api';
import { ErrorAlert } from '../fields/error-alert';
import { useDirectoryUpdates } from './directory-update-state';

/**
 * "Undo this update", asked once more in plain words: going back changes what every search,
 * card and form uses, so a stray click must not do it.
 */
export function UndoUpdate(props: { to: string; from: string; afterUndo: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function undo() {
    setBusy(true);
    setProblem(null);
    try {
      const status = await callApi('directory.undoUpdate', undefined);
      dialog.current?.close();
      useDirectoryUpdates.getState().receive(status);
      props.afterUndo();
    } catch (error) {
      dialog.current?.close();
      setProblem(error instanceof Error ? error.message : 'The update could not be undone. Try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="undo-update">
      <button type="button" onClick={() => dialog.current?.showModal()}>
        Undo this update
      </button>
      <ErrorAlert message={problem} />
      <dialog
        ref={dialog}
        className="confirm-dialog"
        aria-labelledby="undo-title"
        aria-describedby="undo-text"
      >
        <h2 id="undo-title">Go back to the directory version {props.to}?</h2>
        <p id="undo-text">
          Searches, cards and forms will use version {props.to} again, as before this update. You can import
          version {props.from} again later.
        </p>
        <div className="form-actions">
          <button
            type="button"
            className="primary"
            aria-disabled={busy}
            onClick={() => {
              if (!busy) void undo();
            }}
          >
            Go back to version {props.to}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Keep version {props.from}
          </button>
        </div>
      </dialog>
    </div>
  );
}
