import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readNuccCodeSet, specialtyOf } from './nucc-code-set';
import { parseCsvText } from './parse-csv-text';

const nuccCsvPath = resolve(__dirname, '../../../resources/nucc/nucc_provider_taxonomy.csv');

describe('reading CSV text', () => {
  it('reads quoted fields with commas, line breaks and doubled quotes', () => {
    const text = 'Code,Definition\r\n207RC0000X,"Heart, and ""vessels""\nsecond line"\n101Y00000X,\n';
    expect(parseCsvText(text)).toEqual([
      ['Code', 'Definition'],
      ['207RC0000X', 'Heart, and "vessels"\nsecond line'],
      ['101Y00000X', ''],
    ]);
  });

  it('reads a last line without a line break, and skips a byte-order mark', () => {
    expect(parseCsvText('\uFEFFa,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('refuses text that ends inside quotes', () => {
    expect(() => parseCsvText('a,"b\n1,2')).toThrow(/inside a quoted field/);
  });
});

describe('the NUCC code set shipped with the app', () => {
  it('has every code with its names, definitions with commas and line breaks notwithstanding', () => {
    const codes = readNuccCodeSet(nuccCsvPath);
    expect(codes).toHaveLength(874);
    const cardiology = codes.find((code) => code.code === '207RC0000X');
    expect(cardiology).toEqual({
      code: '207RC0000X',
      classification: 'Internal Medicine',
      specialization: 'Cardiovascular Disease',
      displayName: 'Cardiovascular Disease Physician',
    });
    expect(specialtyOf(cardiology!)).toBe('Cardiovascular Disease');
    const pediatrics = codes.find((code) => code.code === '208000000X');
    expect(pediatrics && specialtyOf(pediatrics)).toBe('Pediatrics');
  });
});
