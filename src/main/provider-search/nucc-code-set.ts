import { readFileSync } from 'node:fs';
import { parseCsvText } from '../npi-registry/read/csv-text';

/** One code of the NUCC health care provider taxonomy, as npi.db keeps it. */
export interface NuccCode {
  code: string;
  classification: string;
  specialization: string;
  displayName: string;
}

const wantedColumns = ['Code', 'Classification', 'Specialization', 'Display Name'] as const;

/** Reads the NUCC CSV (`resources/nucc/nucc_provider_taxonomy.csv`), found by its header names. */
export function readNuccCodeSet(csvPath: string): NuccCode[] {
  const [header, ...rows] = parseCsvText(readFileSync(csvPath));
  const positions = wantedColumns.map((name) => header?.indexOf(name) ?? -1);
  if (positions.some((position) => position < 0)) {
    throw new Error(`${csvPath} is not the NUCC taxonomy code set: it lacks ${wantedColumns.join(', ')}.`);
  }
  const [code, classification, specialization, displayName] = positions as [number, number, number, number];
  return rows
    .filter((row) => (row[code] ?? '').trim() !== '')
    .map((row) => ({
      code: (row[code] ?? '').trim().toUpperCase(),
      classification: (row[classification] ?? '').trim(),
      specialization: (row[specialization] ?? '').trim(),
      displayName: (row[displayName] ?? '').trim(),
    }));
}

/** What a card calls the specialty: the specialization or, without one, the classification. */
export function specialtyOf(code: NuccCode): string {
  return code.specialization || code.classification;
}
