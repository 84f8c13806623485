import { useState } from 'react';
import type { NetworkImportProgress } from '../../../shared/plan-net';
import { callApi } from '../desk-api';
import { ErrorAlert } from '../fields/error-alert';
import { ProgressBar } from '../provider-data/progress-bar';
import { useNetworkData } from './network-data-state';
import { networkPercentRead, networkProgressLine } from './network-status-lines';

/** A network import under way: how far, how fast, whether it waits for the server, and Cancel. */
export function NetworkImportProgressView({ progress }: { progress: NetworkImportProgress }) {
  const [problem, setProblem] = useState<string | null>(null);
  const line = networkProgressLine(progress);

  async function cancel() {
    setProblem(null);
    try {
      useNetworkData.getState().receive(await callApi('network.cancelImport', undefined));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The import could not be cancelled. Try again.');
    }
  }

  return (
    <div className="import-progress">
      <p className="import-file">Importing {progress.source}. You can go on using Provider Desk meanwhile.</p>
      <ProgressBar label="Network import progress" percent={networkPercentRead(progress)} line={line} />
      <p className="import-progress-line">{line}</p>
      <button type="button" onClick={() => void cancel()}>
        Cancel network import
      </button>
      <ErrorAlert message={problem} />
    </div>
  );
}
