import type { NetworkDataStatus } from '../../../shared/plan-net';
import { spokenDay } from '../../../shared/spoken-day';
import { spokenMoment } from '../directory-updates/update-summary';
import { ErrorAlert } from '../fields/error-alert';
import { ImportOutcome } from '../provider-data/provider-data-view';
import { NetworkFilesForm } from './network-files-form';
import { NetworkImportProgressView } from './network-import-progress';
import { NetworkServerForm } from './network-server-form';
import { useNetworkData } from './network-data-state';
import { holdingsLine, reportLines, sourceLine } from './network-status-lines';
import { planNetworkHeadingId } from './plan-network-link';

/** Settings → Plan network: the plan's provider directory on this computer, where it comes from, its import. */
export function PlanNetworkView() {
  const status = useNetworkData((state) => state.status);
  const loadError = useNetworkData((state) => state.loadError);
  const network = status?.network ?? null;
  const importing = status?.importing != null;

  return (
    <section className="form-page" aria-labelledby={planNetworkHeadingId}>
      <h2 id={planNetworkHeadingId} tabIndex={-1}>
        Plan network
      </h2>
      <p className="form-intro">
        With the plan’s provider directory on this computer, the search box tells who is in network, where
        they see patients, their phone and fax, and whether they take new patients, offline.
      </p>
      <ErrorAlert message={loadError} />
      {status ? <NetworkFacts network={network} /> : null}
      <h3>Where to get the data</h3>
      <p className="form-intro">
        Health plans publish their provider directory as a FHIR “Plan-Net” API (a CMS requirement for Medicaid
        and Medicare Advantage plans). Ask the plan for its provider directory API address, or for an export
        of it as files.
      </p>
      <h3>Import files</h3>
      <NetworkFilesForm importing={importing} />
      <h3>Import from the plan’s server</h3>
      <NetworkServerForm importing={importing} hasNetwork={network !== null} />
      {status?.importing ? <NetworkImportProgressView progress={status.importing} /> : null}
      <ImportOutcome outcome={status?.lastOutcome ?? null} />
      {network ? <ImportReport report={network.report} /> : null}
    </section>
  );
}

function NetworkFacts({ network }: { network: NetworkDataStatus['network'] }) {
  if (!network) {
    return (
      <dl className="registry-facts">
        <dt>On this computer</dt>
        <dd>No plan network directory yet.</dd>
      </dl>
    );
  }
  return (
    <dl className="registry-facts" aria-label="Plan network on this computer">
      <dt>Source</dt>
      <dd>{sourceLine(network.source)}</dd>
      <dt>Imported</dt>
      <dd>{spokenMoment(network.importedAt)}</dd>
      <dt>Data last updated</dt>
      <dd>{network.dataLastUpdated ? spokenDay(network.dataLastUpdated) : 'The data gives no date'}</dd>
      <dt>Holds</dt>
      <dd>{holdingsLine(network)}</dd>
    </dl>
  );
}

function ImportReport({ report }: { report: NonNullable<NetworkDataStatus['network']>['report'] }) {
  return (
    <section className="network-report" aria-labelledby="network-report-title">
      <h3 id="network-report-title">Import report</h3>
      <ul>
        {reportLines(report).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {report.unresolvedExamples.length > 0 ? (
        <>
          <p>Links not found, for example:</p>
          <ul className="network-report-examples">
            {report.unresolvedExamples.map((example) => (
              <li key={example}>
                <code>{example}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
