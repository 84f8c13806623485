import type { RegistryProvider } from '../npi-registry';
import { formatPhone } from '../phone-number';
import { nameWithCredential, primaryTaxonomy } from '../provider-who-line';
import { readableZip } from '../registry-address';
import type { FormId, FormValues } from './form-spec';

/** What the registry can fill in a form: the fields beside one NPI field, by what they hold. */
export interface RegistryFillTargets {
  name?: string;
  specialty?: string;
  /** An address field (street, city, state, ZIP). */
  address?: string;
  phone?: string;
  fax?: string;
}

export type RegistryFillPart = keyof RegistryFillTargets;

/**
 * Which fields each NPI field of each form fills, in one place. The clinic update's new address
 * and phone are what the clinic changes to, so the registry's old ones are not filled there.
 */
const registryFills: Partial<Record<FormId, Record<string, RegistryFillTargets>>> = {
  'new-contract-request': {
    npi: {
      name: 'providerOrClinicName',
      specialty: 'specialty',
      address: 'physicalAddress',
      phone: 'phone',
      fax: 'fax',
    },
  },
  'claims-inquiry': { billingNpi: { name: 'providerName' } },
  'clinic-update': {
    clinicNpi: { name: 'clinicName' },
    joiningNpi: { name: 'joiningName', specialty: 'joiningSpecialty' },
    leavingNpi: { name: 'leavingName' },
  },
};

export function registryFillTargets(formId: FormId, npiField: string): RegistryFillTargets {
  return registryFills[formId]?.[npiField] ?? {};
}

/** What the registry has for each part; a part it lacks is absent, so a fill never blanks a field. */
function registryParts(provider: RegistryProvider): Partial<Record<RegistryFillPart, FormValues[string]>> {
  const practice = provider.practiceAddress;
  const specialty = primaryTaxonomy(provider)?.specialty;
  return {
    name: nameWithCredential(provider),
    ...(specialty ? { specialty } : {}),
    ...(practice && practice.lines.length > 0
      ? {
          address: {
            street: practice.lines.join(', '),
            city: practice.city,
            state: practice.state,
            zip: readableZip(practice.postalCode),
          },
        }
      : {}),
    ...(practice?.phone ? { phone: formatPhone(practice.phone) } : {}),
    ...(practice?.fax ? { fax: formatPhone(practice.fax) } : {}),
  };
}

/** The parts of a form the registry can fill from this provider, in the order they are said. */
export function fillableParts(targets: RegistryFillTargets, provider: RegistryProvider): RegistryFillPart[] {
  const parts = registryParts(provider);
  return (['name', 'specialty', 'address', 'phone', 'fax'] as const).filter(
    (part) => targets[part] !== undefined && parts[part] !== undefined,
  );
}

/** The form's values with the related fields filled from the registry's record. */
export function fillFromRegistry(
  values: FormValues,
  targets: RegistryFillTargets,
  provider: RegistryProvider,
): FormValues {
  const parts = registryParts(provider);
  const filled = { ...values };
  for (const part of fillableParts(targets, provider)) {
    const field = targets[part];
    const value = parts[part];
    if (field !== undefined && value !== undefined) filled[field] = value;
  }
  return filled;
}

/** "Filled the name, specialty and phone from the NPI registry." */
export function filledSentence(parts: readonly RegistryFillPart[]): string {
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
  return `Filled the ${listed} from the NPI registry.`;
}
