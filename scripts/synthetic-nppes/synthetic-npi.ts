import { npiCheckDigit } from '../../src/shared/validation/npi';

/**
 * The index-th synthetic NPI: unique for the first 100 million indexes (7,919 is prime to 10⁸, so
 * the body is a shuffle), with the Luhn check digit over the prefix 80840 that real NPIs carry.
 */
export function syntheticNpi(index: number): string {
  const body = `1${String((12_345_678 + index * 7_919) % 100_000_000).padStart(8, '0')}`;
  return `${body}${npiCheckDigit(body)}`;
}
