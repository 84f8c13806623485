import { useState } from 'react';
import { useAnnouncer } from '../announcer';
import { copyText } from '../copy-text';

/**
 * "Copy" that says what it copies to a screen reader and shows "Copied" for a moment. A button
 * that stands away from its value is `spelledOut`: it shows "Copy <what>" too.
 */
export function CopyButton({
  text,
  what,
  spelledOut = false,
}: {
  text: string;
  what: string;
  spelledOut?: boolean;
}) {
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

  // The name holds the word shown, "Copied" included, so speech input can say what is seen.
  const verb = copied ? 'Copied' : 'Copy';
  return (
    <button
      type="button"
      className={spelledOut ? undefined : 'copy-button'}
      aria-label={`${verb} ${what}`}
      onClick={() => void copy()}
    >
      {spelledOut ? `${verb} ${what}` : verb}
    </button>
  );
}
