import type { RegistryRecord, RegistryRecordTaxonomy } from '../registry-record';
import type { CsvFields } from './csv-fields';
import type { RegistryColumns } from './registry-columns';
import { addressOf, isoDateOf } from './registry-fields';

/** A checked registry row (see checkRegistryRow) as the record npi.db is built from. */
export function registryRecordOf(row: CsvFields, columns: RegistryColumns): RegistryRecord {
  return {
    npi: row.text(columns.npi),
    entityType: entityTypeOf(row.text(columns.entityType)),
    organizationName: row.text(columns.organizationName),
    lastName: row.text(columns.lastName),
    firstName: row.text(columns.firstName),
    middleName: row.text(columns.middleName),
    namePrefix: row.text(columns.namePrefix),
    nameSuffix: row.text(columns.nameSuffix),
    credential: row.text(columns.credential),
    otherNames: otherNamesOf(row, columns),
    mailing: addressOf(row, columns.mailing),
    practice: addressOf(row, columns.practice),
    enumeratedOn: isoDateOf(row, columns.enumerationDate),
    lastUpdatedOn: isoDateOf(row, columns.lastUpdateDate),
    deactivatedOn: isoDateOf(row, columns.deactivationDate),
    reactivatedOn: isoDateOf(row, columns.reactivationDate),
    taxonomies: taxonomiesOf(row, columns),
  };
}

function entityTypeOf(code: string): RegistryRecord['entityType'] {
  return code === '1' || code === '2' ? code : '';
}

function otherNamesOf(row: CsvFields, columns: RegistryColumns): string[] {
  const names: string[] = [];
  const organization = row.text(columns.otherOrganizationName);
  if (organization !== '') names.push(organization);
  let person = '';
  for (const index of [columns.otherFirstName, columns.otherMiddleName, columns.otherLastName]) {
    const part = row.text(index);
    if (part !== '') person = person === '' ? part : `${person} ${part}`;
  }
  if (person !== '') names.push(person);
  return names;
}

function taxonomiesOf(row: CsvFields, columns: RegistryColumns): RegistryRecordTaxonomy[] {
  const taxonomies: RegistryRecordTaxonomy[] = [];
  for (const slot of columns.taxonomies) {
    if (row.size(slot.code) === 0) continue;
    taxonomies.push({
      code: row.text(slot.code),
      primary: row.text(slot.primarySwitch) === 'Y',
      license: row.text(slot.license),
      licenseState: row.text(slot.licenseState),
    });
  }
  return taxonomies;
}
