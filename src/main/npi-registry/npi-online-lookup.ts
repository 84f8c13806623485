import { z } from 'zod';
import type { RegistryAddress, RegistryProvider } from '../../shared/npi-registry';

/**
 * The one online question Provider Desk may ask: the registry's public API (NPPES API 2.1) for
 * a single NPI the registry on this computer does not list. It is optional: everything else
 * works without it, and its answer is labelled as online, with the time it came.
 */
export const nppesApiUrl = 'https://npiregistry.cms.hhs.gov/api/';

export interface OnlineLookupOptions {
  /** The API's address; tests point it at a server on 127.0.0.1. */
  baseUrl?: string;
  isOnline: () => boolean;
  now?: () => Date;
  timeoutMs?: number;
}

export interface OnlineAnswer {
  provider: RegistryProvider | null;
  /** Why there is no provider, as a sentence; null when one came. */
  problem: string | null;
}

const text = z.string().nullish();

const apiAddressSchema = z.object({
  address_purpose: text,
  address_1: text,
  address_2: text,
  city: text,
  state: text,
  postal_code: text,
  country_code: text,
  telephone_number: text,
  fax_number: text,
});

const apiResultSchema = z.object({
  number: z.union([z.string(), z.number()]).transform(String),
  enumeration_type: text,
  basic: z
    .object({
      first_name: text,
      last_name: text,
      middle_name: text,
      name_prefix: text,
      name_suffix: text,
      credential: text,
      organization_name: text,
      enumeration_date: text,
      last_updated: text,
      deactivation_date: text,
      reactivation_date: text,
    })
    .partial()
    .default({}),
  addresses: z.array(apiAddressSchema).default([]),
  practiceLocations: z.array(apiAddressSchema).default([]),
  taxonomies: z
    .array(
      z.object({ code: z.string(), desc: text, primary: z.boolean().nullish(), license: text, state: text }),
    )
    .default([]),
  other_names: z.array(z.object({ organization_name: text, first_name: text, last_name: text })).default([]),
});

const apiAnswerSchema = z.object({
  results: z.array(apiResultSchema).optional(),
  Errors: z.array(z.object({ description: text })).optional(),
});

const orNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  // The API writes "--" for a prefix or suffix that is not given.
  return trimmed && trimmed !== '--' ? trimmed : null;
};
const digitsOrNull = (value: string | null | undefined) => orNull(value?.replace(/\D/g, '') ?? null);
const isoOrNull = (value: string | null | undefined) => {
  const day = orNull(value);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
};

function addressOf(address: z.infer<typeof apiAddressSchema>): RegistryAddress {
  const country = orNull(address.country_code);
  return {
    lines: [address.address_1, address.address_2].map(orNull).filter((line): line is string => line !== null),
    city: orNull(address.city) ?? '',
    state: orNull(address.state) ?? '',
    postalCode: orNull(address.postal_code) ?? '',
    country: country === 'US' ? null : country,
    phone: digitsOrNull(address.telephone_number),
    fax: digitsOrNull(address.fax_number),
  };
}

/** The API's answer in the shape of a registry card, labelled as an online answer. */
export function providerFromApi(
  result: z.infer<typeof apiResultSchema>,
  fetchedAt: string,
): RegistryProvider {
  const { basic } = result;
  const kind =
    result.enumeration_type === 'NPI-2'
      ? 'organization'
      : result.enumeration_type === 'NPI-1'
        ? 'individual'
        : null;
  const organizationName = orNull(basic.organization_name);
  const personName = [basic.first_name, basic.last_name].map(orNull).filter(Boolean).join(' ');
  const addressFor = (purpose: string) =>
    result.addresses.find((address) => address.address_purpose === purpose);
  const practice = addressFor('LOCATION');
  const mailing = addressFor('MAILING');
  const taxonomies = [...result.taxonomies]
    .sort((a, b) => Number(Boolean(b.primary)) - Number(Boolean(a.primary)))
    .map((taxonomy) => ({
      code: taxonomy.code,
      displayName: orNull(taxonomy.desc),
      // The API's description is "Classification, Specialization"; the last part is the specialty.
      specialty: orNull(taxonomy.desc?.split(', ').at(-1)),
      primary: Boolean(taxonomy.primary),
      license: orNull(taxonomy.license),
      licenseState: orNull(taxonomy.state),
    }));
  return {
    npi: result.number,
    kind,
    name:
      (kind === 'organization' ? organizationName : personName) ||
      organizationName ||
      personName ||
      result.number,
    lastName: orNull(basic.last_name),
    firstName: orNull(basic.first_name),
    middleName: orNull(basic.middle_name),
    namePrefix: orNull(basic.name_prefix),
    nameSuffix: orNull(basic.name_suffix),
    credential: orNull(basic.credential),
    organizationName,
    otherNames: result.other_names
      .map(
        (other) =>
          orNull(other.organization_name) ??
          [other.first_name, other.last_name].map(orNull).filter(Boolean).join(' '),
      )
      .filter((name) => name !== ''),
    taxonomies,
    practiceAddress: practice ? addressOf(practice) : null,
    mailingAddress: mailing ? addressOf(mailing) : null,
    otherLocations: result.practiceLocations.map(addressOf),
    enumeratedOn: isoOrNull(basic.enumeration_date),
    lastUpdatedOn: isoOrNull(basic.last_updated),
    deactivatedOn: isoOrNull(basic.deactivation_date),
    reactivatedOn: isoOrNull(basic.reactivation_date),
    source: { kind: 'online', fetchedAt },
  };
}

export function createOnlineLookup(options: OnlineLookupOptions) {
  const baseUrl = options.baseUrl ?? nppesApiUrl;
  const now = options.now ?? (() => new Date());
  return {
    async lookup(npi: string): Promise<OnlineAnswer> {
      if (!options.isOnline()) {
        return {
          provider: null,
          problem: 'This computer is offline, so the NPI registry cannot be asked online.',
        };
      }
      const url = new URL(baseUrl);
      url.searchParams.set('version', '2.1');
      url.searchParams.set('number', npi);
      let body: unknown;
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
        if (!response.ok) {
          return {
            provider: null,
            problem: `The NPI registry's online service did not answer (${response.status}). Try again later.`,
          };
        }
        body = await response.json();
      } catch {
        return {
          provider: null,
          problem: 'The NPI registry’s online service could not be reached. Try again later.',
        };
      }
      const answer = apiAnswerSchema.safeParse(body);
      if (!answer.success || answer.data.Errors?.length) {
        return {
          provider: null,
          problem: 'The NPI registry’s online service gave an answer Provider Desk cannot read.',
        };
      }
      const result = answer.data.results?.find((candidate) => candidate.number === npi);
      if (!result) {
        return {
          provider: null,
          problem: `The NPI registry online does not list NPI ${npi}. Check the number, or ask the provider for it.`,
        };
      }
      return { provider: providerFromApi(result, now().toISOString()), problem: null };
    },
  };
}

export type OnlineLookup = ReturnType<typeof createOnlineLookup>;
