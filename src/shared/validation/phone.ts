import { nationalNumber } from '../phone-number';
import { accept, refuse, type FieldCheck } from './field-check';

/**
 * A North American phone or fax number in any format, with an optional extension
 * ("503.416.4100 x12", "(503) 416-4100 ext. 12"). Stored as digits, with ";ext=" before an
 * extension (RFC 3966's way), and shown as 503-416-4100 ext. 12.
 */
const extensionMark = /\s*,?\s*(?:;ext=|ext\.?|extension|x|#)\s*:?\s*(\d{1,6})\s*$/i;

export function checkPhone(text: string, what = 'phone number'): FieldCheck {
  const trimmed = text.trim();
  if (trimmed === '') return refuse(`Enter the ${what}.`);
  const extension = extensionMark.exec(trimmed);
  const main = extension ? trimmed.slice(0, extension.index) : trimmed;
  if (/[^\d\s().+-]/.test(main)) {
    return refuse(`A ${what} has digits only, like 503-416-4100 (an extension goes after “ext”).`);
  }
  const national = nationalNumber(main);
  if (national === null) return refuse(`A ${what} has 10 digits with its area code, like 503-416-4100.`);
  if (!/^[2-9]\d{2}[2-9]/.test(national)) {
    return refuse(
      `That is not a North American ${what}: the area code and exchange cannot start with 0 or 1.`,
    );
  }
  if (/^[2-9]11/.test(national))
    return refuse(`${national.slice(0, 3)} is a service code, not an area code.`);
  return accept(extension ? `${national};ext=${extension[1]}` : national);
}

/** 5034164100;ext=12 → 503-416-4100 ext. 12 */
export function formatStoredPhone(stored: string): string {
  const [number = '', extension] = stored.split(';ext=');
  const shown = /^\d{10}$/.test(number)
    ? `${number.slice(0, 3)}-${number.slice(3, 6)}-${number.slice(6)}`
    : number;
  return extension ? `${shown} ext. ${extension}` : shown;
}
