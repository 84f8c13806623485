import { useState } from 'react';
import { useAnnouncer } from '../announcer';
import { copyText } from '../copy-text';

/** "Copy" that says what it copies to a screen reader and shows "Copied" for a moment. */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const announce = useAnnouncer((state) => state.announce);
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await copyText(text);
      setCopied(true);
      announce(`Copied ${what}`);
      setTimeout(() => setCopied(false), 1500);
    } catch (error) {
      announce(error instanceof Error ? error.message : 'Could not copy.');
    }
  }

  return (
    <button type="button" className="copy-button" aria-label={`Copy ${what}`} onClick={() => void copy()}>
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}
