import { checkNpi } from '../../../shared/validation/npi';
import type { CsvFields } from './csv-fields';
import type { RegistryColumns } from './registry-columns';
import { isDateField, isValidNpiField } from './registry-fields';
import { refuseLine } from './registry-file-refused-error';

const damaged = 'The file may be cut short or damaged: download it again.';

/** Refuses a row that has the wrong number of values for its header. */
export function checkFieldCount(row: CsvFields, fieldCount: number, fileName: string): void {
  if (row.count === fieldCount) return;
  throw refuseLine(
    row.line,
    fileName,
    `has ${row.count.toLocaleString('en-US')} values where its header has ${fieldCount.toLocaleString('en-US')}. ${damaged}`,
  );
}

/** Refuses a row whose NPI is not ten digits with a good check digit. */
export function checkNpiField(row: CsvFields, index: number, fileName: string): void {
  if (isValidNpiField(row, index)) return;
  const text = row.text(index);
  const check = checkNpi(text);
  const why = check.ok ? 'An NPI is written as 10 digits alone.' : check.error;
  throw refuseLine(row.line, fileName, `has the NPI "${text}", which is not a valid NPI: ${why} ${damaged}`);
}

/**
 * Every row of the main file is checked, kept or not: a row that breaks the layout means the file
 * is damaged, and a damaged file is refused whole rather than half imported.
 */
export function checkRegistryRow(row: CsvFields, columns: RegistryColumns, fileName: string): void {
  checkFieldCount(row, columns.fieldCount, fileName);
  checkNpiField(row, columns.npi, fileName);
  const entityType = row.size(columns.entityType) === 1 ? row.code(columns.entityType, 0) : 0;
  if (row.size(columns.entityType) > 0 && entityType !== 0x31 && entityType !== 0x32) {
    throw refuseLine(
      row.line,
      fileName,
      `has the Entity Type Code "${row.text(columns.entityType)}"; the registry writes 1 (a person), 2 (an organization) or nothing. ${damaged}`,
    );
  }
  checkDate(row, columns.enumerationDate, 'Provider Enumeration Date', fileName);
  checkDate(row, columns.lastUpdateDate, 'Last Update Date', fileName);
  checkDate(row, columns.deactivationDate, 'NPI Deactivation Date', fileName);
  checkDate(row, columns.reactivationDate, 'NPI Reactivation Date', fileName);
}

function checkDate(row: CsvFields, index: number, name: string, fileName: string): void {
  if (isDateField(row, index)) return;
  throw refuseLine(
    row.line,
    fileName,
    `has the ${name} "${row.text(index)}", which is not a date written MM/DD/YYYY. ${damaged}`,
  );
}
