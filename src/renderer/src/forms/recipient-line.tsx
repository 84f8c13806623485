import { useEffect, useState } from 'react';
import type { DirectoryEntry } from '../../../shared/directory-pack';
import { callApi } from '../desk-api';

/** Who the form goes to, as the directory names the box today. */
export function RecipientLine({ entryKey }: { entryKey: string }) {
  const [entry, setEntry] = useState<DirectoryEntry | null>(null);
  useEffect(() => {
    callApi('directory.entry', { key: entryKey }).then(setEntry, () => setEntry(null));
  }, [entryKey]);
  const box = entry?.values.find((value) => value.kind === 'email');
  if (!entry || !box || box.kind !== 'email') return null;
  return (
    <p className="recipient-line">
      To: <strong>{box.address}</strong> ({entry.title})
    </p>
  );
}
