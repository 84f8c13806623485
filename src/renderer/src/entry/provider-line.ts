import { useEffect, useState } from 'react';
import { providerLineKey } from '../../../shared/directory-freshness';
import { callApi } from '../desk-api';

export interface ProviderLine {
  title: string;
  number: string;
}

/** Asked once per page load, and only when a card first needs it; the directory can change it. */
let asked: Promise<ProviderLine | null> | null = null;

function askForProviderLine(): Promise<ProviderLine | null> {
  asked ??= callApi('directory.entry', { key: providerLineKey }).then(
    (entry) => {
      const phone = entry.values.find((value) => value.kind === 'phone');
      return phone?.kind === 'phone' ? { title: entry.title, number: phone.number } : null;
    },
    () => null,
  );
  return asked;
}

/** Forgets the line after a directory update, so the next card asks the new directory. */
export function forgetProviderLine(): void {
  asked = null;
}

export function useProviderLine(wanted: boolean): ProviderLine | null {
  const [line, setLine] = useState<ProviderLine | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    void askForProviderLine().then((found) => {
      if (current) setLine(found);
    });
    return () => {
      current = false;
    };
  }, [wanted]);
  return line;
}
