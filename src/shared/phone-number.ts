/**
 * North American phone numbers as a front desk writes them: 503.416.4100, (800) 224-4840,
 * 1 800 862 4831. Stored and compared as digits, shown as 503-416-4100.
 */

/** Every digit in the text, in order; everything else is dropped. */
export function digitsOf(text: string): string {
  return text.replace(/\D+/g, '');
}

/** The ten-digit national number, or null when the digits cannot be one. */
export function nationalNumber(text: string): string | null {
  const digits = digitsOf(text);
  if (digits.length === 10) return digits;
  if (digits.length === 11 && digits.startsWith('1')) return digits.slice(1);
  return null;
}

/** 5034164100 → 503-416-4100; a toll-free number written with its leading 1 keeps it. */
export function formatPhone(text: string): string {
  const digits = digitsOf(text);
  const national = nationalNumber(text);
  if (national === null) return text.trim();
  const grouped = `${national.slice(0, 3)}-${national.slice(3, 6)}-${national.slice(6)}`;
  return digits.length === 11 ? `1-${grouped}` : grouped;
}

/**
 * The digit strings a person may type to find this number: the whole number with and without
 * the leading 1, the seven-digit local part, and the last four digits.
 */
export function searchableDigitForms(text: string): string[] {
  const national = nationalNumber(text);
  if (national === null) return [digitsOf(text)].filter((d) => d.length > 0);
  return [national, `1${national}`, national.slice(3), national.slice(6)];
}
