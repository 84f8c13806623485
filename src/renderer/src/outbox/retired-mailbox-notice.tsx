import type { OutboxItem } from '../../../shared/api-contract';
import { allows } from '../../../shared/outbox-states';
import { spokenDay } from '../../../shared/spoken-day';

/**
 * A message whose mailbox a directory update retired: why it waits, and the one click that sends
 * it to the mailbox the update named instead. Nothing re-addresses it without that click.
 */
export function RetiredMailboxNotice(props: { item: OutboxItem; onSend: (address: string) => void }) {
  const { state, retiredMailbox } = props.item;
  if (!retiredMailbox) return null;
  const { replacement } = retiredMailbox;
  return (
    <div className="outbox-retired">
      <p className="outbox-error">
        This mailbox was retired by the directory update of {spokenDay(retiredMailbox.updateDate)}.
        {replacement === null && allows('cancel', state, true)
          ? ' The directory names no new mailbox for it: cancel this message, or call the plan.'
          : ''}
      </p>
      {replacement !== null && allows('sendToNewAddress', state, true) ? (
        <button type="button" className="primary" onClick={() => props.onSend(replacement)}>
          Send to {replacement}
        </button>
      ) : null}
    </div>
  );
}
