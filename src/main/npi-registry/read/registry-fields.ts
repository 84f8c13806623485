import type { RegistryRecordAddress } from '../registry-record';
import type { CsvFields } from './csv-fields';
import type { AddressColumns } from './registry-columns';

const digitZero = 0x30;
const slash = 0x2f;

const isDigit = (code: number) => code >= digitZero && code <= digitZero + 9;
const dateDigitOffsets = [0, 1, 3, 4, 6, 7, 8, 9];

/**
 * Luhn's doubled digit, for the NPI check digit. The reader checks millions of NPIs from their
 * bytes, so this avoids a string per row; a failing NPI is then told by the shared checkNpi.
 */
const doubled = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];

/** Ten digits, starting with 1 or 2, whose check digit holds (prefix 80840 adds 24 to the sum). */
export function isValidNpiField(row: CsvFields, index: number): boolean {
  if (row.size(index) !== 10) return false;
  const first = row.code(index, 0);
  if (first !== digitZero + 1 && first !== digitZero + 2) return false;
  let sum = 24;
  for (let offset = 0; offset < 10; offset += 1) {
    const code = row.code(index, offset);
    if (!isDigit(code)) return false;
    const digit = code - digitZero;
    sum += offset % 2 === 0 ? doubled[digit]! : digit;
  }
  return sum % 10 === 0;
}

/** A checked NPI as a number, cheap to keep in a Set. */
export function npiNumberOf(row: CsvFields, index: number): number {
  let value = 0;
  for (let offset = 0; offset < 10; offset += 1) value = value * 10 + row.code(index, offset) - digitZero;
  return value;
}

/** Empty, or MM/DD/YYYY with a month 01–12 and a day 01–31. */
export function isDateField(row: CsvFields, index: number): boolean {
  const size = row.size(index);
  if (size === 0) return true;
  if (size !== 10 || row.code(index, 2) !== slash || row.code(index, 5) !== slash) return false;
  for (const offset of dateDigitOffsets) if (!isDigit(row.code(index, offset))) return false;
  const month = twoDigits(row, index, 0);
  const day = twoDigits(row, index, 3);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** A checked date as YYYYMMDD, for finding the latest; 0 when empty. */
export function dateNumberOf(row: CsvFields, index: number): number {
  if (row.size(index) === 0) return 0;
  const year = twoDigits(row, index, 6) * 100 + twoDigits(row, index, 8);
  return year * 10_000 + twoDigits(row, index, 0) * 100 + twoDigits(row, index, 3);
}

function twoDigits(row: CsvFields, index: number, offset: number): number {
  return (row.code(index, offset) - digitZero) * 10 + row.code(index, offset + 1) - digitZero;
}

/** MM/DD/YYYY as YYYY-MM-DD; '' stays ''. */
export function isoDateOf(row: CsvFields, index: number): string {
  const text = row.text(index);
  return text === '' ? '' : `${text.slice(6, 10)}-${text.slice(0, 2)}-${text.slice(3, 5)}`;
}

/** A phone or fax number as its digits only. */
export function digitsOf(row: CsvFields, index: number): string {
  const text = row.text(index);
  return text === '' ? '' : text.replace(/\D/g, '');
}

export function addressOf(row: CsvFields, columns: AddressColumns): RegistryRecordAddress {
  return {
    line1: row.text(columns.line1),
    line2: row.text(columns.line2),
    city: row.text(columns.city),
    state: row.text(columns.state),
    postalCode: row.text(columns.postalCode),
    country: row.text(columns.country),
    phone: digitsOf(row, columns.phone),
    fax: digitsOf(row, columns.fax),
  };
}
