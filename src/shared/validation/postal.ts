import { accept, refuse, type FieldCheck } from './field-check';

/** A ZIP code: five digits, or ZIP+4. Kept as 97240 or 97240-1234. */
export function checkZip(text: string): FieldCheck {
  const digits = text.replace(/[\s-]/g, '');
  if (digits === '') return refuse('Enter the ZIP code.');
  if (!/^\d+$/.test(digits) || (digits.length !== 5 && digits.length !== 9)) {
    return refuse('A ZIP code has 5 digits, or 9 (ZIP+4), like 97240 or 97240-1234.');
  }
  return accept(digits.length === 9 ? `${digits.slice(0, 5)}-${digits.slice(5)}` : digits);
}

/** USPS codes for the states, DC, and the territories and military addresses mail goes to. */
export const stateCodes = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
  'AS',
  'GU',
  'MP',
  'PR',
  'VI',
  'AA',
  'AE',
  'AP',
] as const;

export function checkState(text: string): FieldCheck {
  const code = text.trim().toUpperCase();
  if (code === '') return refuse('Enter the state, like OR.');
  if (!(stateCodes as readonly string[]).includes(code))
    return refuse('Use the two-letter state code, like OR or WA.');
  return accept(code);
}
