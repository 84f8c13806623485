import { useState, type FormEvent } from 'react';
import type { DirectoryStatus } from '../../../shared/directory-update';
import { useAnnouncer } from '../announcer';
import { callApi } from '../desk-api';
import { TextField } from '../fields/text-field';
import { useDirectoryUpdates } from './directory-update-state';
import { spokenMoment } from './update-summary';

const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : 'The update feed could not be checked. Try again.';

/**
 * The update feed: an address Provider Desk checks for a newer signed directory, now and once a
 * day. Saving checks it at once; an empty address turns the feed off.
 */
export function FeedSettings({ status }: { status: DirectoryStatus }) {
  const announce = useAnnouncer((state) => state.announce);
  const receive = useDirectoryUpdates((state) => state.receive);
  /** What is typed; null while the field shows the saved address. */
  const [typed, setTyped] = useState<string | null>(null);
  const [addressError, setAddressError] = useState<string | undefined>();
  /** When the check that failed in this page ran: its line is shown as an alert until another check. */
  const [failedCheckAt, setFailedCheckAt] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const address = typed ?? status.feedUrl ?? '';

  async function run(kind: 'saving' | 'checking', action: () => Promise<DirectoryStatus>, done: string) {
    setBusy(true);
    setAddressError(undefined);
    setFailedCheckAt(null);
    try {
      const next = await action();
      setTyped(null);
      announce(next.feedUrl === null ? done : `${done} ${next.lastFeedCheck?.outcome ?? ''}`);
      receive(next);
    } catch (error) {
      // Main saves a good address before checking it: a refusal after that is the check's, kept with its time.
      const now = await callApi('directory.updateStatus', undefined).catch(() => null);
      if (now) receive(now);
      if (kind === 'saving' && now?.feedUrl !== address.trim()) {
        setAddressError(messageOf(error));
      } else {
        setTyped(null);
        setFailedCheckAt(now?.lastFeedCheck?.at ?? null);
      }
    } finally {
      setBusy(false);
    }
  }

  function save(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const url = address.trim() === '' ? null : address.trim();
    void run(
      'saving',
      () => callApi('directory.setFeed', { url }),
      url === null ? 'The update feed is off.' : 'Feed saved.',
    );
  }

  const check = status.lastFeedCheck;
  const checkLine = check ? `Last checked ${spokenMoment(check.at)}: ${check.outcome}` : 'Not checked yet.';
  return (
    <form className="feed-settings" onSubmit={save} noValidate>
      <TextField
        id="feed-url"
        label="Update feed address"
        type="url"
        size="long"
        value={address}
        onChange={(value) => {
          setAddressError(undefined);
          setTyped(value);
        }}
        error={addressError}
        hint="Where Provider Desk looks for a newer directory, like https://example.org/desk/. Empty it and save to turn the feed off."
      />
      <div className="form-actions">
        <button type="submit" aria-disabled={busy}>
          Save feed
        </button>
        {status.feedUrl ? (
          <button
            type="button"
            aria-disabled={busy}
            onClick={() => {
              if (!busy) void run('checking', () => callApi('directory.checkFeed', undefined), 'Checked.');
            }}
          >
            Check for updates now
          </button>
        ) : null}
        <span className="form-status">{busy ? 'Checking the update feed…' : ''}</span>
      </div>
      {status.feedUrl === null ? (
        <p className="form-status">
          The update feed is off: new directories come only from files you import.
        </p>
      ) : check && check.at === failedCheckAt ? (
        <p role="alert" className="error" key="failed">
          {checkLine}
        </p>
      ) : (
        <p className="form-status">{checkLine}</p>
      )}
    </form>
  );
}
