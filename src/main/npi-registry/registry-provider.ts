import type {
  ProviderSource,
  ProviderSummary,
  ProviderTaxonomy,
  RegistryAddress,
  RegistryProvider,
} from '../../shared/npi-registry';
import { specialtyOf, type NuccCode } from '../provider-search/nucc-code-set';
import type { RegistryRecord, RegistryRecordAddress } from './registry-record';
import { isDeactivated } from './stored-details';

/** Turns stored records into what the page shows, naming taxonomies from the NUCC code set. */
export function createProviderShapes(nucc: ReadonlyMap<string, NuccCode>) {
  function taxonomiesOf(record: RegistryRecord): ProviderTaxonomy[] {
    return record.taxonomies.map((taxonomy) => {
      const code = nucc.get(taxonomy.code.toUpperCase());
      return {
        code: taxonomy.code,
        displayName: code ? code.displayName || specialtyOf(code) : null,
        specialty: code ? specialtyOf(code) : null,
        primary: taxonomy.primary,
        license: taxonomy.license || null,
        licenseState: taxonomy.licenseState || null,
      };
    });
  }

  return {
    provider(
      record: RegistryRecord,
      otherLocations: readonly RegistryRecordAddress[],
      source: ProviderSource,
    ): RegistryProvider {
      const deactivated = isDeactivated(record);
      return {
        npi: record.npi,
        kind: kindOf(record),
        name: nameOf(record),
        lastName: record.lastName || null,
        firstName: record.firstName || null,
        middleName: record.middleName || null,
        namePrefix: record.namePrefix || null,
        nameSuffix: record.nameSuffix || null,
        credential: record.credential || null,
        organizationName: record.organizationName || null,
        otherNames: record.otherNames,
        taxonomies: taxonomiesOf(record),
        practiceAddress: addressOf(record.practice),
        mailingAddress: addressOf(record.mailing),
        otherLocations: otherLocations.flatMap((location) => addressOf(location) ?? []),
        enumeratedOn: record.enumeratedOn || null,
        lastUpdatedOn: record.lastUpdatedOn || null,
        deactivatedOn: deactivated ? record.deactivatedOn : null,
        reactivatedOn: record.reactivatedOn || null,
        source,
      };
    },

    summary(record: RegistryRecord): ProviderSummary {
      return {
        npi: record.npi,
        kind: kindOf(record),
        name: nameOf(record),
        credential: record.credential || null,
        specialty: taxonomiesOf(record)[0]?.specialty ?? null,
        city: record.practice.city || null,
        state: record.practice.state || null,
        deactivated: isDeactivated(record),
      };
    },
  };
}

function kindOf(record: RegistryRecord): ProviderSummary['kind'] {
  if (record.entityType === '1') return 'individual';
  if (record.entityType === '2') return 'organization';
  return null;
}

/** "RICHARD SOUCIER" as the registry writes it; an organization's legal name; else the NPI. */
function nameOf(record: RegistryRecord): string {
  const name =
    record.entityType === '2'
      ? record.organizationName
      : [record.firstName, record.lastName].filter((part) => part !== '').join(' ');
  return name || record.npi;
}

function addressOf(address: RegistryRecordAddress): RegistryAddress | null {
  const lines = [address.line1, address.line2].filter((line) => line.trim() !== '');
  if (lines.length === 0 && address.city === '' && address.state === '' && address.postalCode === '')
    return null;
  return {
    lines,
    city: address.city,
    state: address.state,
    postalCode: address.postalCode,
    country: address.country === '' || address.country === 'US' ? null : address.country,
    phone: address.phone || null,
    fax: address.fax || null,
  };
}
