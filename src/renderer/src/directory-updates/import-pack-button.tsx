import { useRef, useState, type ChangeEvent } from 'react';
import { useAnnouncer } from '../announcer';
import { callApi } from '../desk-api';
import { ErrorAlert } from '../fields/error-alert';
import { bytesToBase64, pairPackFiles } from './chosen-pack-files';
import { useDirectoryUpdates } from './directory-update-state';

/**
 * "Import a directory file…": the person picks the pack and its .sig in one go; main checks the
 * signature, the plan and the version, and says in a sentence why it refused one.
 */
export function ImportPackButton() {
  const announce = useAnnouncer((state) => state.announce);
  const input = useRef<HTMLInputElement>(null);
  const [applying, setApplying] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function importChosen(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    // Cleared, so choosing the same files again after a refusal is a change too.
    event.target.value = '';
    if (files.length === 0) return;
    setProblem(null);
    const chosen = pairPackFiles(files);
    if ('problem' in chosen) {
      setProblem(chosen.problem);
      return;
    }
    setApplying(true);
    announce('Applying the update…');
    try {
      const [packBytes, signatureText] = await Promise.all([
        chosen.pack.arrayBuffer(),
        chosen.signature.text(),
      ]);
      const status = await callApi('directory.importFile', {
        fileName: chosen.pack.name,
        packBase64: bytesToBase64(new Uint8Array(packBytes)),
        signatureText,
      });
      useDirectoryUpdates.getState().receive(status);
    } catch (error) {
      setProblem(
        error instanceof Error ? error.message : 'The directory file could not be imported. Try again.',
      );
    } finally {
      setApplying(false);
    }
  }

  return (
    <div className="import-pack">
      <div className="form-actions">
        {/* aria-disabled rather than disabled: a disabled button would drop the focus it has. */}
        <button
          type="button"
          aria-disabled={applying}
          onClick={() => {
            if (!applying) input.current?.click();
          }}
        >
          Import a directory file…
        </button>
        <span className="form-status">{applying ? 'Applying the update…' : ''}</span>
      </div>
      <p className="field-hint">
        Choose the directory file and its signature file (the one ending in .sig) together.
      </p>
      <input
        ref={input}
        type="file"
        multiple
        accept=".json,.sig"
        hidden
        onChange={(event) => void importChosen(event)}
      />
      <ErrorAlert message={problem} />
    </div>
  );
}
