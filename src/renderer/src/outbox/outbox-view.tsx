import { useState } from 'react';
import type { OutboxItem } from '../../../shared/api-contract';
import { allows, deliveryLeaseSeconds, type OutboxState } from '../../../shared/outbox-states';
import { useAnnouncer } from '../announcer';
import { copyText } from '../copy-text';
import { callApi } from '../desk-api';
import { statusLine } from '../../../shared/outbox-summary';
import { useOutbox } from './outbox-state';
import { RetiredMailboxNotice } from './retired-mailbox-notice';
import { ErrorAlert } from '../fields/error-alert';

const stateWords: Record<OutboxState, string> = {
  queued: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  retrying: 'Will try again',
  failed: 'Failed',
  held: 'Needs attention',
  cancelled: 'Cancelled',
};

function when(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString() : '';
}

/** Everything queued, sending, sent or stuck, with what can be done about each. */
export function OutboxView() {
  const items = useOutbox((state) => state.items);
  const status = useOutbox((state) => state.status);
  const announce = useAnnouncer((state) => state.announce);
  const [opened, setOpened] = useState<{ id: number; text: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function act(action: () => Promise<unknown>, done: string) {
    setProblem(null);
    try {
      await action();
      announce(done);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'That did not work. Try again.');
    }
    await useOutbox.getState().refresh();
  }

  async function open(item: OutboxItem) {
    const full = await callApi('outbox.get', { id: item.id });
    setOpened({ id: item.id, text: `To: ${full.to}\nSubject: ${full.subject}\n\n${full.text}` });
  }

  return (
    <section className="form-page outbox" aria-labelledby="outbox-title">
      <h2 id="outbox-title">Outbox</h2>
      <p className="outbox-status">{statusLine(status)}</p>
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          onClick={() => void act(() => callApi('outbox.sendNow', undefined), 'Sending what waits.')}
        >
          Send now
        </button>
      </div>
      <ErrorAlert message={problem} />
      {items.length === 0 ? <p className="field-hint">Nothing has been queued yet.</p> : null}
      <ul className="outbox-list">
        {items.map((item) => (
          <li key={item.id} className={`outbox-item state-${item.state}`}>
            <div className="outbox-line">
              <span className="outbox-state">{stateWords[item.state]}</span>
              <span className="draft-title">{item.subject}</span>
            </div>
            <div className="outbox-details">
              to {item.to} · queued {when(item.createdAt)}
              {item.attempts > 0 ? ` · ${item.attempts} ${item.attempts === 1 ? 'attempt' : 'attempts'}` : ''}
              {item.sentAt ? ` · sent ${when(item.sentAt)}` : ''}
              {item.state === 'retrying' && item.nextAttemptAt
                ? ` · next try ${when(item.nextAttemptAt)}`
                : ''}
            </div>
            {item.interrupted ? (
              <p className="field-hint">
                Provider Desk stopped while this was being sent. It is tried again within{' '}
                {deliveryLeaseSeconds} seconds, with the same Message-ID.
              </p>
            ) : null}
            <RetiredMailboxNotice
              item={item}
              onSend={(address) =>
                void act(
                  () => callApi('outbox.sendToNewAddress', { id: item.id }),
                  `Queued to send to ${address}.`,
                )
              }
            />
            {/* The outbox keeps a last error only until a message is sent, and a reply only after. */}
            {item.lastError ? <p className="outbox-error">{item.lastError}</p> : null}
            {item.serverReply ? (
              <p className="field-hint">
                Server’s reply: {item.serverReply} · {item.messageId}
              </p>
            ) : null}
            <div className="form-actions">
              <button type="button" onClick={() => void open(item)} aria-label={`Open: ${item.subject}`}>
                Open
              </button>
              {allows('retryByHand', item.state, item.retiredMailbox !== null) ? (
                <button
                  type="button"
                  onClick={() => void act(() => callApi('outbox.retry', { id: item.id }), 'Trying again.')}
                >
                  Retry
                </button>
              ) : null}
              {allows('cancel', item.state, item.retiredMailbox !== null) ? (
                <button
                  type="button"
                  onClick={() => void act(() => callApi('outbox.cancel', { id: item.id }), 'Cancelled.')}
                >
                  Cancel
                </button>
              ) : null}
            </div>
            {opened?.id === item.id ? (
              <div className="outbox-opened">
                <pre className="preview-body" aria-label="The exact message">
                  {opened.text}
                </pre>
                {item.containsPhi ? null : (
                  <button
                    type="button"
                    onClick={() => void act(() => copyText(opened.text), 'Copied the message.')}
                  >
                    Copy
                  </button>
                )}
                <button type="button" onClick={() => setOpened(null)}>
                  Close
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
