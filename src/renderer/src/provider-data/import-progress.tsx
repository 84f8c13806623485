import { useState } from 'react';
import type { ProviderImportProgress } from '../../../shared/npi-registry';
import { callApi } from '../desk-api';
import { ErrorAlert } from '../fields/error-alert';
import { percentRead, progressLine } from './import-progress-line';
import { ProgressBar } from './progress-bar';
import { useProviderData } from './provider-data-state';

/** An import under way: how far through the file, how fast, how long yet, and Cancel. */
export function ImportProgress({ progress }: { progress: ProviderImportProgress }) {
  const [problem, setProblem] = useState<string | null>(null);
  const percent = percentRead(progress);
  const line = progressLine(progress);

  async function cancel() {
    setProblem(null);
    try {
      useProviderData.getState().receive(await callApi('providers.cancelImport', undefined));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The import could not be cancelled. Try again.');
    }
  }

  return (
    <div className="import-progress">
      <p className="import-file">
        Importing {progress.fileName}. You can go on using Provider Desk meanwhile.
      </p>
      <ProgressBar label="Import progress" percent={percent} line={line} />
      <p className="import-progress-line">{line}</p>
      <button type="button" onClick={() => void cancel()}>
        Cancel import
      </button>
      <ErrorAlert message={problem} />
    </div>
  );
}
