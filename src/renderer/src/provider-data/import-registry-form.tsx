import { useRef, useState } from 'react';
import { useAnnouncer } from '../announcer';
import { callApi } from '../desk-api';
import { stageFile } from '../desk-files';
import { ErrorAlert } from '../fields/error-alert';
import { FieldMessage } from '../fields/field-message';
import { TextField } from '../fields/text-field';
import { useProviderData } from './provider-data-state';
import { parseStatesField } from './states-field';

/**
 * Choose the registry file, say which states to keep, import. Both are checked here before the
 * file is handed to main, since a wrong state code found after a 1 GB upload wastes minutes.
 */
export function ImportRegistryForm({ importing }: { importing: boolean }) {
  const announce = useAnnouncer((state) => state.announce);
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [statesText, setStatesText] = useState('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [statesProblem, setStatesProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = importing || sending;

  async function start(event: React.FormEvent) {
    event.preventDefault();
    if (busy) return;
    setProblem(null);
    const states = parseStatesField(statesText);
    const missingFile = file
      ? null
      : 'Choose the NPI registry file first: the zip from CMS, or the CSV in it.';
    setFileProblem(missingFile);
    setStatesProblem(states.ok ? null : states.problem);
    if (!file || !states.ok) {
      announce(missingFile ?? (states.ok ? '' : states.problem));
      (missingFile ? fileInput.current : document.getElementById('npi-states'))?.focus();
      return;
    }
    setSending(true);
    try {
      const staged = await stageFile(file);
      if (!staged.ok) {
        setProblem(staged.error.message);
        return;
      }
      const status = await callApi('providers.importFile', {
        stagedFile: staged.value.stagedFile,
        states: states.states,
      });
      useProviderData.getState().receive(status);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The import could not start. Try again.');
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="import-registry" onSubmit={(event) => void start(event)} noValidate>
      <div className="field field-long">
        <label htmlFor="npi-file">Choose NPI registry file</label>
        <input
          id="npi-file"
          ref={fileInput}
          type="file"
          accept=".zip,.csv"
          aria-invalid={fileProblem ? true : undefined}
          aria-describedby={fileProblem ? 'npi-file-hint npi-file-message' : 'npi-file-hint'}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setFileProblem(null);
          }}
        />
        <p id="npi-file-hint" className="field-hint">
          The zip as downloaded (no need to unpack it), or the npidata_pfile CSV from it.
        </p>
        <FieldMessage id="npi-file-message" error={fileProblem ?? undefined} />
      </div>
      <TextField
        id="npi-states"
        label="States to keep"
        optional
        value={statesText}
        onChange={(text) => {
          setStatesText(text);
          setStatesProblem(null);
        }}
        hint="Two-letter codes separated by commas, like OR, WA. Leave empty to keep all states."
        error={statesProblem ?? undefined}
      />
      <div className="form-actions">
        {/* aria-disabled rather than disabled: a disabled button would drop the focus it has. */}
        <button type="submit" className="primary" aria-disabled={busy}>
          Import provider data
        </button>
        <span className="form-status">{sending ? 'Handing the file to Provider Desk…' : ''}</span>
      </div>
      <ErrorAlert message={problem} />
    </form>
  );
}
