import { useState } from 'react';
import { planNetServerUrlSchema } from '../../../shared/plan-net';
import { useAnnouncer } from '../announcer';
import { ErrorAlert } from '../fields/error-alert';
import { TextField } from '../fields/text-field';
import { startNetworkImport } from './network-data-state';

/** Import from the plan's Plan-Net server: its base address, the whole directory or what changed. */
export function NetworkServerForm({ importing, hasNetwork }: { importing: boolean; hasNetwork: boolean }) {
  const announce = useAnnouncer((state) => state.announce);
  const [url, setUrl] = useState('');
  const [onlyChanges, setOnlyChanges] = useState(false);
  const [urlProblem, setUrlProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = importing || sending;

  async function start(event: React.FormEvent) {
    event.preventDefault();
    if (busy) return;
    setProblem(null);
    const checked = planNetServerUrlSchema.safeParse(url);
    if (!checked.success) {
      const message = checked.error.issues[0]?.message ?? 'Type the server address.';
      setUrlProblem(message);
      announce(message);
      document.getElementById('plan-net-server')?.focus();
      return;
    }
    setSending(true);
    setProblem(
      await startNetworkImport({
        kind: 'server',
        url: checked.data,
        onlyChanges: onlyChanges && hasNetwork,
        // A guard against a server that pages for ever, not a size limit: two million resources
        // at twenty a page, the smallest page size servers commonly use.
        maxPages: 100_000,
      }),
    );
    setSending(false);
  }

  return (
    <form className="import-registry" onSubmit={(event) => void start(event)} noValidate>
      <TextField
        id="plan-net-server"
        label="Plan-Net server address"
        type="url"
        size="long"
        value={url}
        onChange={(text) => {
          setUrl(text);
          setUrlProblem(null);
        }}
        hint="The plan’s provider directory API, such as https://plan.example/fhir."
        error={urlProblem ?? undefined}
      />
      <div className="check-field">
        <input
          id="plan-net-only-changes"
          type="checkbox"
          checked={onlyChanges}
          aria-describedby="plan-net-only-changes-hint"
          onChange={(event) => setOnlyChanges(event.target.checked)}
        />
        <label htmlFor="plan-net-only-changes">Only changes since the last import</label>
        <p id="plan-net-only-changes-hint" className="field-hint">
          {hasNetwork
            ? 'Asks the server only for what changed, and adds it to the directory here.'
            : 'Needs a directory imported first; until then the whole directory is read.'}
        </p>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" aria-disabled={busy}>
          Import from server
        </button>
        <span className="form-status">{sending ? 'Asking Provider Desk to start…' : ''}</span>
      </div>
      <ErrorAlert message={problem} />
    </form>
  );
}
