import { z } from 'zod';
import type { FieldCheck } from './validation/field-check';
import { checkDmapId } from './validation/dmap-id';
import { checkEmail } from './validation/email-address';
import { checkNpi } from './validation/npi';
import { checkPhone, formatStoredPhone } from './validation/phone';
import { checkState, checkZip } from './validation/postal';
import { checkTin, formatTin } from './validation/tin';

/**
 * What the desk tells Provider Desk once, so every form starts filled in. Every field may be
 * left empty (a profile is filled in over time), but whatever is filled in must be right.
 * The same text shape is what the renderer edits and what main stores, normalised.
 */
const text = z.string().max(500);

export const providerSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9-]{1,40}$/),
  name: text,
  npi: text,
  specialty: text,
});

export const clinicProfileSchema = z.strictObject({
  clinicName: text,
  street: text,
  city: text,
  state: text,
  zip: text,
  phone: text,
  fax: text,
  email: text,
  tin: text,
  dmapId: text,
  groupNpi: text,
  contactName: text,
  contactTitle: text,
  contactPhone: text,
  contactEmail: text,
  providers: z.array(providerSchema).max(200),
});

export type ClinicProfile = z.infer<typeof clinicProfileSchema>;
export type ClinicProvider = z.infer<typeof providerSchema>;
type ProfileTextField = Exclude<keyof ClinicProfile, 'providers'>;

export const emptyClinicProfile: ClinicProfile = {
  clinicName: '',
  street: '',
  city: '',
  state: '',
  zip: '',
  phone: '',
  fax: '',
  email: '',
  tin: '',
  dmapId: '',
  groupNpi: '',
  contactName: '',
  contactTitle: '',
  contactPhone: '',
  contactEmail: '',
  providers: [],
};

/** The rule for each field that has one; the others are free text. */
const fieldRules: Partial<Record<ProfileTextField, (value: string) => FieldCheck>> = {
  state: checkState,
  zip: checkZip,
  phone: (value) => checkPhone(value, 'phone number'),
  fax: (value) => checkPhone(value, 'fax number'),
  email: checkEmail,
  tin: checkTin,
  dmapId: checkDmapId,
  groupNpi: checkNpi,
  contactPhone: (value) => checkPhone(value, 'phone number'),
  contactEmail: checkEmail,
};

/** Problems by field path (`groupNpi`, `providers.2.npi`), as sentences to show beside each field. */
export type FieldMessages = Record<string, string>;

export interface ProfileCheck {
  /** The profile with every valid value normalised (digits for numbers, YYYY-MM-DD for dates). */
  profile: ClinicProfile;
  errors: FieldMessages;
  warnings: FieldMessages;
}

export function checkClinicProfile(input: ClinicProfile): ProfileCheck {
  const errors: FieldMessages = {};
  const warnings: FieldMessages = {};
  const apply = (path: string, value: string, rule: ((value: string) => FieldCheck) | undefined): string => {
    const trimmed = value.trim();
    if (trimmed === '' || !rule) return trimmed;
    const check = rule(trimmed);
    if (!check.ok) {
      errors[path] = check.error;
      return trimmed;
    }
    if (check.warning) warnings[path] = check.warning;
    return check.value;
  };

  const profile = { ...input, providers: [] as ClinicProvider[] };
  for (const field of Object.keys(emptyClinicProfile) as (keyof ClinicProfile)[]) {
    if (field === 'providers') continue;
    profile[field] = apply(field, input[field], fieldRules[field]);
  }
  profile.providers = input.providers.map((provider, index) => {
    const name = provider.name.trim();
    if (name === '') errors[`providers.${index}.name`] = 'Enter the provider’s name, or remove this row.';
    return {
      id: provider.id,
      name,
      npi: apply(`providers.${index}.npi`, provider.npi, checkNpi),
      specialty: provider.specialty.trim(),
    };
  });
  return { profile, errors, warnings };
}

/** A saved profile as the desk edits it: numbers shown the way people write them. */
export function profileForEditing(profile: ClinicProfile): ClinicProfile {
  return {
    ...profile,
    phone: formatStoredPhone(profile.phone),
    fax: formatStoredPhone(profile.fax),
    contactPhone: formatStoredPhone(profile.contactPhone),
    tin: formatTin(profile.tin),
  };
}
