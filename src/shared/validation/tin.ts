import { accept, refuse, type FieldCheck } from './field-check';

/**
 * The IRS assigns employer identification numbers only under these two-digit prefixes. A TIN
 * outside them is unusual (it may be a typo) but not impossible, so it is a warning.
 */
const assignedPrefixes = new Set(
  ['01-06', '10-16', '20-27', '30-39', '40-48', '50-68', '71-77', '80-88', '90-95', '98-99'].flatMap(
    (range) => {
      const [from, to] = range.split('-').map(Number) as [number, number];
      return Array.from({ length: to - from + 1 }, (_, offset) => String(from + offset).padStart(2, '0'));
    },
  ),
);

/** A Tax Identification Number: nine digits, kept as digits, shown as XX-XXXXXXX. */
export function checkTin(text: string): FieldCheck {
  const digits = text.replace(/[\s-]/g, '');
  if (digits === '') return refuse('Enter the 9-digit TIN.');
  if (!/^\d+$/.test(digits)) return refuse('A TIN has only digits (a dash after the first two is fine).');
  if (digits.length !== 9) return refuse(`A TIN has 9 digits; this has ${digits.length}.`);
  if (!assignedPrefixes.has(digits.slice(0, 2))) {
    return accept(
      digits,
      `The IRS does not assign TINs starting ${digits.slice(0, 2)}. Check it before sending.`,
    );
  }
  return accept(digits);
}

export function formatTin(digits: string): string {
  return /^\d{9}$/.test(digits) ? `${digits.slice(0, 2)}-${digits.slice(2)}` : digits;
}
