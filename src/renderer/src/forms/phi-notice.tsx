import { useEffect, useState } from 'react';
import type { DirectoryEntry } from '../../../shared/directory-pack';
import { formatPhone } from '../../../shared/phone-number';
import { callApi } from '../desk-api';

/**
 * Why this form is different, and the other routes the plan offers, taken from the directory so
 * the numbers stay the plan's own.
 */
export function PhiNotice() {
  const [entry, setEntry] = useState<DirectoryEntry | null>(null);
  useEffect(() => {
    callApi('directory.entry', { key: 'claims.inquiries' }).then(setEntry, () => setEntry(null));
  }, []);
  const phones = entry?.values.filter((value) => value.kind === 'phone') ?? [];
  const documents = entry?.values.filter((value) => value.kind === 'document') ?? [];
  return (
    <aside className="phi-notice" aria-label="Patient details">
      <p>
        <strong>This form holds patient details (PHI).</strong> Provider Desk sends it only over a secure
        connection from its outbox. It cannot be opened in your mail app or saved as a file.
      </p>
      {phones.length > 0 ? (
        <p>
          Or call {phones.map((phone) => formatPhone(phone.number)).join(' or ')}
          {phones[0]?.kind === 'phone' && phones[0].menu ? ` (${phones[0].menu.toLowerCase()})` : ''}
          {documents.length > 0 ? `, or use the ${documents.map((doc) => doc.label).join(', ')}` : ''}.
        </p>
      ) : null}
    </aside>
  );
}
