import { accept, refuse, type FieldCheck } from './field-check';

/**
 * A National Provider Identifier: ten digits, starting with 1 or 2, whose last digit is the Luhn
 * check digit computed over the first nine prefixed with 80840 (the card issuer prefix CMS uses).
 */
export function checkNpi(text: string): FieldCheck {
  const digits = text.replace(/[\s-]/g, '');
  if (digits === '') return refuse('Enter the 10-digit NPI.');
  if (!/^\d+$/.test(digits)) return refuse('An NPI has only digits.');
  if (digits.length !== 10) return refuse(`An NPI has 10 digits; this has ${digits.length}.`);
  if (!/^[12]/.test(digits)) return refuse('An NPI starts with 1 or 2.');
  if (npiCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) {
    return refuse('This NPI’s check digit does not match. Check each digit against the NPI record.');
  }
  return accept(digits);
}

/** The check digit of an NPI's first nine digits: Luhn's, over them prefixed with 80840. */
export function npiCheckDigit(firstNine: string): number {
  const digits = `80840${firstNine}`;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    // Counting from the right with the check digit still to come, the first digit is doubled.
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}
