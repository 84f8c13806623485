import { useState } from 'react';
import { useAnnouncer } from '../announcer';
import { ErrorAlert } from '../fields/error-alert';
import { FieldMessage } from '../fields/field-message';
import { startNetworkImport } from './network-data-state';
import { planNetFileNames, stageNetworkFiles } from './stage-network-files';

const nothingChosen = 'Choose the plan’s Plan-Net files or their folder first.';

/** Import from files: a zip, a Bundle, .json or .ndjson files, or a whole folder of them. */
export function NetworkFilesForm({ importing }: { importing: boolean }) {
  const announce = useAnnouncer((state) => state.announce);
  const [files, setFiles] = useState<File[]>([]);
  const [uploading, setUploading] = useState<{ done: number; of: number } | null>(null);
  const [choiceProblem, setChoiceProblem] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = importing || uploading !== null;

  function choose(list: FileList | null) {
    setFiles([...(list ?? [])].filter((file) => planNetFileNames.test(file.name)));
    setChoiceProblem(null);
  }

  async function start(event: React.FormEvent) {
    event.preventDefault();
    if (busy) return;
    setProblem(null);
    if (files.length === 0) {
      setChoiceProblem(nothingChosen);
      announce(nothingChosen);
      document.getElementById('plan-net-files')?.focus();
      return;
    }
    setUploading({ done: 0, of: files.length });
    const staged = await stageNetworkFiles(files, (done) => setUploading({ done, of: files.length }));
    setProblem(
      staged.ok
        ? await startNetworkImport({ kind: 'files', stagedFiles: staged.stagedFiles })
        : staged.problem,
    );
    setUploading(null);
  }

  return (
    <form className="import-registry" onSubmit={(event) => void start(event)} noValidate>
      <div className="field field-long">
        <label htmlFor="plan-net-files">Choose Plan-Net files</label>
        <input
          id="plan-net-files"
          type="file"
          multiple
          accept=".json,.ndjson,.zip"
          aria-invalid={choiceProblem ? true : undefined}
          aria-describedby={
            choiceProblem ? 'plan-net-files-hint plan-net-files-message' : 'plan-net-files-hint'
          }
          onChange={(event) => choose(event.target.files)}
        />
        <p id="plan-net-files-hint" className="field-hint">
          A zip as downloaded, a FHIR Bundle, or .json and .ndjson files (one resource type per .ndjson file).
        </p>
        <FieldMessage id="plan-net-files-message" error={choiceProblem ?? undefined} />
      </div>
      <div className="field field-long">
        <label htmlFor="plan-net-folder">Choose Plan-Net folder</label>
        <input
          id="plan-net-folder"
          type="file"
          // React has no prop for it; the attribute makes the browser offer a folder, subfolders included.
          ref={(input) => input?.setAttribute('webkitdirectory', '')}
          onChange={(event) => choose(event.target.files)}
        />
      </div>
      <div className="form-actions">
        {/* aria-disabled rather than disabled: a disabled button would drop the focus it has. */}
        <button type="submit" className="primary" aria-disabled={busy}>
          Import network files
        </button>
        <span className="form-status">
          {uploading
            ? `Uploading files ${uploading.done.toLocaleString('en-US')} of ${uploading.of.toLocaleString('en-US')}`
            : ''}
          {!uploading && files.length > 0
            ? `${files.length.toLocaleString('en-US')} ${files.length === 1 ? 'file' : 'files'} chosen`
            : ''}
        </span>
      </div>
      <ErrorAlert message={problem} />
    </form>
  );
}
