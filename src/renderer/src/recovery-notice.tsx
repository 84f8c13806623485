import { useState } from 'react';
import type { DeskRecovery } from '../../shared/api-contract';
import { spokenDay } from '../../shared/spoken-day';

/**
 * Start-up found the saved data damaged: say what was done, what may be missing and where the
 * damaged file is. Announced once as it appears, it never takes focus from the search box, and
 * it can be dismissed for the rest of this session.
 */
export function RecoveryNotice({ recovery }: { recovery: DeskRecovery | null | undefined }) {
  const [dismissed, setDismissed] = useState(false);
  if (!recovery || dismissed) return null;
  return (
    <section role="alert" className="recovery-notice" aria-labelledby="recovery-notice-title">
      {recovery.restoredFrom ? (
        <>
          <h2 id="recovery-notice-title">Your saved data was restored from a backup</h2>
          <p>
            Provider Desk found its saved data damaged and restored the copy from{' '}
            {spokenDay(recovery.restoredFrom)}. Anything saved after that copy may be missing: check the
            clinic profile, your drafts and the outbox. Messages that were waiting to be sent are held in the
            outbox for you to check, so none goes to the plan twice.
          </p>
        </>
      ) : (
        <>
          <h2 id="recovery-notice-title">Your saved data could not be restored</h2>
          <p>
            Provider Desk found its saved data damaged and had no good backup to restore, so it started empty.
            Fill in the clinic profile again; drafts and messages in the outbox could not be kept.
          </p>
        </>
      )}
      <p>
        The damaged file was kept at{' '}
        <code className="recovery-notice-path">{recovery.damagedFileKeptAt}</code>. Whoever looks after this
        computer may be able to get more out of it.
      </p>
      <button type="button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </section>
  );
}
