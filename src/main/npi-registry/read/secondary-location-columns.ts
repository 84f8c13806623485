import { HeaderColumns } from './header-columns';
import type { AddressColumns } from './registry-columns';

const prefix = 'Provider Secondary Practice Location Address';

/** Where a pl_pfile row's fields sit, found by header name. */
export interface SecondaryLocationColumns {
  fieldCount: number;
  npi: number;
  address: AddressColumns;
}

/** The registry's secondary practice location file (pl_pfile): "NPI" first, then the location. */
export function isSecondaryLocationHeader(header: readonly string[]): boolean {
  return header[0]?.trim() === 'NPI' && new HeaderColumns(header, '').has(`${prefix} - State Name`);
}

export function findSecondaryLocationColumns(
  header: readonly string[],
  fileName: string,
): SecondaryLocationColumns {
  const columns = new HeaderColumns(header, fileName);
  return {
    fieldCount: header.length,
    npi: columns.index('NPI'),
    address: {
      line1: columns.index(`${prefix}- Address Line 1`),
      line2: columns.index(`${prefix}-  Address Line 2`),
      city: columns.index(`${prefix} - City Name`),
      state: columns.index(`${prefix} - State Name`),
      postalCode: columns.index(`${prefix} - Postal Code`),
      country: columns.index(`${prefix} - Country Code (If outside U.S.)`),
      phone: columns.index(`${prefix} - Telephone Number`),
      // The published header drops "Secondary" from this one column alone.
      fax: columns.index('Provider Practice Location Address - Fax Number', `${prefix} - Fax Number`),
    },
  };
}
