import { useEffect, useRef, useState } from 'react';
import { formSpec } from '../../../shared/forms/form-catalog';
import { useAnnouncer } from '../announcer';
import { callApi } from '../desk-api';
import { useForms } from './form-session';
import { ErrorAlert } from '../fields/error-alert';

/**
 * The exact e-mail before anything leaves: To, Subject and body, then the ways out. A form that
 * carries PHI offers only the outbox.
 */
export function MessagePreview() {
  const session = useForms((state) => state.session);
  const { backToEditing } = useForms.getState();
  const announce = useAnnouncer((state) => state.announce);
  const heading = useRef<HTMLHeadingElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => heading.current?.focus(), []);
  if (!session?.preview) return null;
  const { preview, formId, values } = session;
  const spec = formSpec(formId);

  async function run(action: () => Promise<void>) {
    setProblem(null);
    try {
      await action();
    } catch (error) {
      const message = error instanceof Error ? error.message : 'That did not work. Try again.';
      setProblem(message);
      announce(message);
    }
  }

  const queue = () =>
    run(async () => {
      await useForms.getState().queue();
      announce('Queued to send.');
    });

  const openInMailApp = () =>
    run(async () => {
      const { url } = await callApi('forms.mailto', { formId, values });
      window.open(url, '_blank', 'noopener');
    });

  const saveEml = () =>
    run(async () => {
      const { fileName, content } = await callApi('forms.exportEml', { formId, values });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([content], { type: 'message/rfc822' }));
      link.download = fileName;
      link.click();
      URL.revokeObjectURL(link.href);
      announce(`Saved ${fileName}`);
    });

  return (
    <section className="form-page preview" aria-labelledby="preview-title">
      <h2 id="preview-title" ref={heading} tabIndex={-1}>
        Preview: {spec.title}
      </h2>
      <dl className="preview-headers">
        <dt>To</dt>
        <dd>{preview.to}</dd>
        {preview.from ? (
          <>
            <dt>From</dt>
            <dd>{preview.from}</dd>
          </>
        ) : null}
        <dt>Subject</dt>
        <dd>{preview.subject}</dd>
      </dl>
      <pre className="preview-body" aria-label="Message body">
        {preview.body}
      </pre>
      {Object.values(preview.warnings).length > 0 ? (
        <ul className="preview-warnings" aria-label="Check before sending">
          {Object.values(preview.warnings).map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      <ErrorAlert message={problem} />
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void queue()}>
          Queue to send
        </button>
        {preview.containsPhi ? (
          <span className="form-status">Patient details: it can only be sent securely from the outbox.</span>
        ) : (
          <>
            <button type="button" onClick={() => void openInMailApp()}>
              Open in my mail app
            </button>
            <button type="button" onClick={() => void saveEml()}>
              Save as .eml
            </button>
          </>
        )}
        <button type="button" onClick={backToEditing}>
          Back to editing
        </button>
      </div>
    </section>
  );
}
