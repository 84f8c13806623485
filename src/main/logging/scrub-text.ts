/**
 * Defence in depth for the one kind of free text a log record keeps: an error's message or a mail
 * server's reply. By design no form value, subject or message text is ever handed to the log;
 * this scrubber catches what such text could still carry by pattern. A person's name has no
 * pattern, which is why free text must never come from a message or a form.
 */

const maxLength = 300;

/** `password=…`, `"subject": "…"`, `Member: …`: the value goes, up to the end of its line or field. */
const sensitiveField =
  /\b(pass(?:word|wd)?|pwd|secret|token|auth(?:orization)?|user(?:name)?|login|text|body|html|patient\w*|member\w*|subject|name|dob|birth\w*)(["']?\s*[:=]\s*)(?:"[^"\n]*"|'[^'\n]*'|[^,;\n}]*)/gi;
const emailAddress = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/g;
const isoDate = /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/g;
const numericDate = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g;
const month = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
const wordDate = new RegExp(
  `\\b(?:${month}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${month},?\\s+\\d{2,4})\\b`,
  'gi',
);
const phoneNumber = /(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\b\d{3})[\s.-]?\d{3}[\s.-]?\d{4}\b/g;
/** Credentials on the wire (AUTH PLAIN) and other encoded blobs. */
const encodedBlob = /\b[A-Za-z0-9+/]{20,}={0,2}/g;
/** Member IDs, claim numbers, NPI, TIN, account numbers: any word with four digits or more. */
const numberedWord = /[\w-]*\d[\w-]*/g;

function hasFourDigits(word: string): boolean {
  return (word.match(/\d/g)?.length ?? 0) >= 4;
}

export function scrubText(text: string): string {
  return text
    .replace(sensitiveField, '$1$2[redacted]')
    .replace(emailAddress, '[email]')
    .replace(isoDate, '[date]')
    .replace(numericDate, '[date]')
    .replace(wordDate, '[date]')
    .replace(phoneNumber, '[number]')
    .replace(encodedBlob, '[redacted]')
    .replace(numberedWord, (word) => (hasFourDigits(word) ? '[number]' : word))
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength);
}

/** What a log keeps of a thrown value: its kind and its scrubbed message, never a stack of paths. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return scrubText(`${error.name}: ${error.message}`);
  return scrubText(typeof error === 'string' ? error : 'a value that is not an Error');
}
