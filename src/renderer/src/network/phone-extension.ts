import { formatPhone } from '../../../shared/phone-number';

/**
 * Directories write an extension into the number ("(557) 427-7991 x5367", "… ext. 12"). The
 * number is what is dialled or copied; the extension is said beside it, never dialled as digits.
 */
export function phoneParts(text: string): { number: string; extension: string | null } {
  const match = /^(.*?)\s*(?:x|ext\.?|extension)\s*(\d+)\s*$/i.exec(text);
  return match?.[1] && match[2]
    ? { number: match[1], extension: match[2] }
    : { number: text, extension: null };
}

/** "557-427-7991 ext. 5367": how the number reads in a letter or a fax. */
export function readablePhone(text: string): string {
  const { number, extension } = phoneParts(text);
  return extension ? `${formatPhone(number)} ext. ${extension}` : formatPhone(number);
}
