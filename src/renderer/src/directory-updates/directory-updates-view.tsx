import { useRef } from 'react';
import { ErrorAlert } from '../fields/error-alert';
import { useDirectoryUpdates } from './directory-update-state';
import { FeedSettings } from './feed-settings';
import { ImportPackButton } from './import-pack-button';
import { UpdateBanner } from './update-banner';
import { lastUpdateLine } from './update-summary';

/** Settings › Directory updates: which directory is in use, and the two ways a newer one comes in. */
export function DirectoryUpdatesView() {
  const status = useDirectoryUpdates((state) => state.status);
  const loadError = useDirectoryUpdates((state) => state.loadError);
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <section className="form-page" aria-labelledby="directory-updates-title">
      <h2 id="directory-updates-title" ref={heading} tabIndex={-1}>
        Directory updates
      </h2>
      <UpdateBanner level={3} afterDismiss={() => heading.current?.focus()} />
      <ErrorAlert message={loadError} />
      {status ? (
        <>
          <dl className="version-facts">
            <dt>Version in use</dt>
            <dd>
              {status.version}, {status.origin === 'built-in' ? 'built into Provider Desk' : 'from an update'}
            </dd>
            <dt>Built into Provider Desk</dt>
            <dd>{status.builtInVersion}</dd>
            <dt>Last update</dt>
            <dd>{status.lastUpdate ? lastUpdateLine(status.lastUpdate) : 'None yet'}</dd>
          </dl>
          <h3>Import a file</h3>
          <p className="form-intro">
            A newer directory comes as a file its publisher signs, with a signature file beside it. Provider
            Desk refuses a file that was changed after signing, is for another plan, or is not newer than the
            one in use; then nothing changes.
          </p>
          <ImportPackButton />
          <h3>Update feed</h3>
          <FeedSettings status={status} />
        </>
      ) : null}
    </section>
  );
}
