import { useState } from 'react';
import { formatDiagnostics } from '../../../shared/diagnostics-text';
import { useAnnouncer } from '../announcer';
import { copyText } from '../copy-text';
import { callApi } from '../desk-api';
import { ErrorAlert } from '../fields/error-alert';

/**
 * "Copy diagnostics": versions, counts and recent errors for support, put on the clipboard and
 * shown in full, so the desk sees exactly what it shares before pasting it anywhere.
 */
export function SupportDiagnostics() {
  const announce = useAnnouncer((state) => state.announce);
  const [text, setText] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function copy() {
    setStatus('');
    setProblem(null);
    let formatted: string;
    try {
      formatted = formatDiagnostics(await callApi('app.diagnostics', undefined));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Provider Desk could not gather diagnostics.');
      return;
    }
    setText(formatted);
    try {
      await copyText(formatted);
      setStatus('Diagnostics copied.');
      announce('Diagnostics copied');
    } catch (error) {
      // The text is on the page: it can still be selected and copied by hand.
      setProblem(error instanceof Error ? error.message : 'Could not copy. Select the text and copy it.');
    }
  }

  return (
    <section className="form-page" aria-labelledby="support-title">
      <h2 id="support-title" tabIndex={-1}>
        Support
      </h2>
      <p className="form-intro">
        “Copy diagnostics” puts what support needs on the clipboard: versions, the directory’s version, how
        many messages are in each state, and recent errors. It holds no patient or clinic details, addresses,
        subjects, message text or passwords.
      </p>
      <div className="form-actions">
        <button type="button" onClick={() => void copy()}>
          Copy diagnostics
        </button>
        <span className="form-status">{status}</span>
      </div>
      <ErrorAlert message={problem} />
      {text !== null ? (
        <div className="field diagnostics">
          <label htmlFor="diagnostics-text">What is shared</label>
          <textarea id="diagnostics-text" readOnly rows={14} value={text} />
        </div>
      ) : null}
    </section>
  );
}
