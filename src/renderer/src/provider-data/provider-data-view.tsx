import type { ProviderDataStatus } from '../../../shared/npi-registry';
import { spokenMoment } from '../directory-updates/update-summary';
import { CopyButton } from '../entry/copy-button';
import { ErrorAlert } from '../fields/error-alert';
import { ImportProgress } from './import-progress';
import { ImportRegistryForm } from './import-registry-form';
import { useProviderData } from './provider-data-state';
import { registryLine, weeklyLine } from './registry-summary';
import { providerDataHeadingId } from './settings-link';

const nppesPage = 'https://download.cms.gov/nppes/NPI_Files.html';

/** Settings › Provider data: the NPI registry on this computer, where to get it, and its import. */
export function ProviderDataView() {
  const status = useProviderData((state) => state.status);
  const loadError = useProviderData((state) => state.loadError);
  const registry = status?.registry ?? null;
  const weekly = registry ? weeklyLine(registry) : null;

  return (
    <section className="form-page" aria-labelledby={providerDataHeadingId}>
      <h2 id={providerDataHeadingId} tabIndex={-1}>
        Provider data
      </h2>
      <p className="form-intro">
        With the national NPI registry (NPPES) on this computer, the search box finds any provider by NPI,
        name, specialty or city, offline, and the forms name the provider behind each NPI.
      </p>
      <ErrorAlert message={loadError} />
      {status ? (
        <dl className="registry-facts">
          <dt>On this computer</dt>
          <dd>{registry ? registryLine(registry) : 'No NPI registry file yet.'}</dd>
          {weekly ? (
            <>
              <dt>Weekly files</dt>
              <dd>{weekly}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <h3>Where to get the file</h3>
      <p className="form-intro">
        CMS publishes the registry on its “NPPES Data Dissemination” page, {nppesPage.replace('https://', '')}
        . The full monthly file (a zip of about 1 GB) replaces the registry here; a weekly file adds that
        week’s changes on top of it.
      </p>
      <p>
        <CopyButton text={nppesPage} what="the page’s address" spelledOut />
      </p>
      <h3>Import a file</h3>
      <ImportRegistryForm importing={status?.importing != null} />
      {status?.importing ? <ImportProgress progress={status.importing} /> : null}
      <ImportOutcome outcome={status?.lastOutcome ?? null} />
    </section>
  );
}

/**
 * What the last import did, with main's sentence: a refusal as an alert; success as a notice,
 * spoken through the page's one status region when it comes (see provider-data-state.ts).
 */
export function ImportOutcome({ outcome }: { outcome: ProviderDataStatus['lastOutcome'] }) {
  if (!outcome) return null;
  const when = <span className="outcome-time">({spokenMoment(outcome.at)})</span>;
  return (
    <p
      role={outcome.ok ? undefined : 'alert'}
      className={outcome.ok ? 'notice import-outcome' : 'error import-outcome'}
    >
      {outcome.message} {when}
    </p>
  );
}
