import { z } from 'zod';
import { npiSchema, stagedFileIdSchema } from './npi-registry';

/**
 * What the page learns about the plan's provider directory (FHIR Plan-Net) kept on this computer:
 * in-network practitioners and organizations, where they see patients, in which networks, and the
 * state of the directory and of an import. It lives in `network.db` beside desk.db and is built by
 * `npm run import` or Settings → Provider data, from files or from the plan's Plan-Net server.
 *
 * Resources are named by their FHIR key, "Type/id" ("Practitioner/plannet-practitioner-1234").
 */

/**
 * "Type/id". FHIR allows ids of 64 letters, digits, '-' and '.'; real servers also use '_' and
 * longer ids, which are kept. An id with anything else cannot be named in a link or a card.
 */
export const networkResourceKeyPattern = /^[A-Z][A-Za-z]+\/[A-Za-z0-9\-._]{1,128}$/;

export const networkResourceKeySchema = z
  .string()
  .max(200)
  .regex(networkResourceKeyPattern, 'A directory key looks like "Practitioner/abc-123".');

/**
 * Plan-Net's AcceptingPatientsCS, said plainly: "newpt" → yes, "nopt" → no, "existptonly" →
 * existing patients only, "existptofm" → existing patients and their families.
 */
export const acceptingPatientsValues = ['yes', 'no', 'existing-only', 'existing-and-family'] as const;
export const acceptingPatientsSchema = z.enum(acceptingPatientsValues);
export type AcceptingPatients = z.infer<typeof acceptingPatientsSchema>;

export const networkNamedSchema = z.object({ key: networkResourceKeySchema, name: z.string() });
export type NetworkNamed = z.infer<typeof networkNamedSchema>;

export const networkSpecialtySchema = z.object({
  /** The NUCC code ("207RC0000X"); null when the data gives only text or another code system. */
  code: z.string().nullable(),
  /** The NUCC specialty ("Cardiovascular Disease") or, failing that, the data's own text. */
  name: z.string(),
});
export type NetworkSpecialty = z.infer<typeof networkSpecialtySchema>;

export const networkAddressSchema = z.object({
  lines: z.array(z.string()),
  city: z.string().nullable(),
  state: z.string().nullable(),
  postalCode: z.string().nullable(),
});
export type NetworkAddress = z.infer<typeof networkAddressSchema>;

export const networkLocationSchema = z.object({
  key: networkResourceKeySchema,
  name: z.string().nullable(),
  /** Null when the data gives the location no address (real directories have such). */
  address: networkAddressSchema.nullable(),
  /** As the data writes them ("1-549-993-1600 x750"). */
  phones: z.array(z.string()),
  faxes: z.array(z.string()),
  /** Said plainly, one line per rule: "Mon–Thu 9:00 AM–12:00 PM", "Every day, all day". */
  hours: z.array(z.string()),
  /** "Handicap accessible", "ADA compliant"… */
  accessibility: z.array(z.string()),
  acceptingNewPatients: acceptingPatientsSchema.nullable(),
});
export type NetworkLocation = z.infer<typeof networkLocationSchema>;

/**
 * One way a practitioner or organization takes part in the plan: a PractitionerRole, or an
 * OrganizationAffiliation for an organization.
 */
export const networkRoleSchema = z.object({
  key: networkResourceKeySchema,
  /** "Physician", "Nurse practitioner"; null when not given. */
  roleName: z.string().nullable(),
  specialties: z.array(networkSpecialtySchema),
  /** The organization the practitioner works for in this role; null when none or unresolved. */
  organization: networkNamedSchema.nullable(),
  locations: z.array(networkLocationSchema),
  /** HealthcareService names ("Outpatient clinic"). */
  services: z.array(z.string()),
  networks: z.array(networkNamedSchema),
  /** InsurancePlans whose networks include one of this role's networks. */
  plans: z.array(networkNamedSchema),
  /** The role's own answer, else its services', else its locations'; null when none is given. */
  acceptingNewPatients: acceptingPatientsSchema.nullable(),
  /** The role's own telecom, which often differs from the location's. */
  phones: z.array(z.string()),
  faxes: z.array(z.string()),
  hours: z.array(z.string()),
  /** References the data holds but this directory could not follow; non-empty: "incomplete". */
  unresolved: z.array(z.string()),
});
export type NetworkRole = z.infer<typeof networkRoleSchema>;

export const networkProviderKinds = ['practitioner', 'organization'] as const;

export const networkProviderSchema = z.object({
  /** "Practitioner/…" or "Organization/…"; a role whose practitioner is missing is its own key. */
  key: networkResourceKeySchema,
  kind: z.enum(networkProviderKinds),
  /** "David Napoleon Gutmann, MD" or the organization's name. */
  name: z.string(),
  npi: npiSchema.nullable(),
  /** English names ("Spanish"); the practitioner's or, for an organization, its locations'. */
  languages: z.array(z.string()),
  /** The provider's own address and telecom, when given. */
  addresses: z.array(networkAddressSchema),
  phones: z.array(z.string()),
  faxes: z.array(z.string()),
  roles: z.array(networkRoleSchema),
  /** The newest meta.lastUpdated of the provider and its roles, as a date; null when none. */
  lastUpdated: z.iso.date().nullable(),
});
export type NetworkProvider = z.infer<typeof networkProviderSchema>;

/** One search hit: the provider with its roles, each shortened to what a result line shows. */
export const networkHitSchema = z.object({
  key: networkResourceKeySchema,
  kind: z.enum(networkProviderKinds),
  name: z.string(),
  npi: npiSchema.nullable(),
  roles: z.array(
    z.object({
      key: networkResourceKeySchema,
      specialties: z.array(z.string()),
      organization: z.string().nullable(),
      /** "NEW BRITAIN, CT 06052" per location; null entries for locations without an address. */
      places: z.array(z.string().nullable()),
      networks: z.array(z.string()),
      acceptingNewPatients: acceptingPatientsSchema.nullable(),
      incomplete: z.boolean(),
    }),
  ),
});
export type NetworkHit = z.infer<typeof networkHitSchema>;

export const networkFiltersSchema = z.strictObject({
  /** An Organization key of a network; null: every network. */
  network: networkResourceKeySchema.nullable().default(null),
  /** Only roles that say they accept new patients. */
  acceptingNewPatients: z.boolean().default(false),
  /** A BCP-47 language code ("es"); null: any. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'A language is a code such as "es".')
    .nullable()
    .default(null),
  /** A NUCC code; null: any. */
  specialty: z
    .string()
    .regex(/^[0-9A-Z]{9}X$/, 'A specialty is a NUCC code such as 207RC0000X.')
    .nullable()
    .default(null),
});
export type NetworkFilters = z.infer<typeof networkFiltersSchema>;

export const networkSearchInputSchema = z.strictObject({
  query: z.string().max(500, 'Search for at most 500 characters.'),
  filters: networkFiltersSchema.default({
    network: null,
    acceptingNewPatients: false,
    language: null,
    specialty: null,
  }),
});

export const networkSearchResultSchema = z.object({
  query: z.string(),
  /** Best first; at most a page. */
  hits: z.array(networkHitSchema),
  more: z.boolean(),
  corrections: z.array(z.object({ typed: z.string(), readAs: z.string() })),
  /** False while no Plan-Net data has been imported: the page says where to get it. */
  networkImported: z.boolean(),
});
export type NetworkSearchResult = z.infer<typeof networkSearchResultSchema>;

/** What the filter controls offer: only values the imported data holds. */
export const networkFilterChoicesSchema = z.object({
  networks: z.array(networkNamedSchema),
  languages: z.array(z.object({ code: z.string(), name: z.string() })),
  specialties: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type NetworkFilterChoices = z.infer<typeof networkFilterChoicesSchema>;

/** The gaps a front desk meets in real directories, counted by the import. */
export const networkImportReportSchema = z.object({
  /** "PractitionerRole" → 2000. */
  countsByType: z.record(z.string(), z.number().int()),
  /** References that name nothing the data holds, by kind ("PractitionerRole.location" → 3). */
  unresolvedByKind: z.record(z.string(), z.number().int()),
  /** A few of them, to look up: "PractitionerRole/x → Location/y". */
  unresolvedExamples: z.array(z.string()),
  /** Resources kept and shown as incomplete because a link of theirs does not resolve. */
  incompleteResources: z.number().int(),
  rolesWithoutNetwork: z.number().int(),
  locationsWithoutAddress: z.number().int(),
  practitionersWithoutNpi: z.number().int(),
  /** Resources left out because they have no id a link could name (none, or with spaces or '/'). */
  resourcesWithoutId: z.number().int(),
});
export type NetworkImportReport = z.infer<typeof networkImportReportSchema>;

export const networkSourceSchema = z.discriminatedUnion('kind', [
  /**
   * File names as chosen ("plan-net.zip", "Practitioner.ndjson"…; a folder is its own name), the
   * first few of `fileCount`: a chosen folder in browser mode arrives as thousands of files.
   */
  z.object({ kind: z.literal('files'), names: z.array(z.string()).max(10), fileCount: z.number().int() }),
  /** The server's base URL; `since` is set for an increment (`_lastUpdated=ge…`). */
  z.object({ kind: z.literal('server'), url: z.string(), since: z.string().nullable() }),
]);
export type NetworkSource = z.infer<typeof networkSourceSchema>;

export const networkImportPhases = ['reading', 'resolving', 'indexing', 'checking', 'switching'] as const;

export const networkImportProgressSchema = z.object({
  /** "plan-net.zip" or the server's address. */
  source: z.string(),
  phase: z.enum(networkImportPhases),
  resources: z.number().int(),
  resourcesPerSecond: z.number(),
  /** Files: bytes read of the total; a server: null. */
  bytesRead: z.number().nullable(),
  totalBytes: z.number().nullable(),
  /** A server: pages fetched so far; files: null. */
  pages: z.number().int().nullable(),
  /** A server asked to wait (429) or failed (5xx) and the import is waiting to retry. */
  waitingUntil: z.string().nullable(),
  secondsLeft: z.number().nullable(),
});
export type NetworkImportProgress = z.infer<typeof networkImportProgressSchema>;

export const networkDataStatusSchema = z.object({
  /** Null while no Plan-Net data has been imported. */
  network: z
    .object({
      source: networkSourceSchema,
      importedAt: z.string(),
      /** The newest meta.lastUpdated in the data, as a date; null when the data gives none. */
      dataLastUpdated: z.iso.date().nullable(),
      resourceCount: z.number().int(),
      networks: z.array(networkNamedSchema),
      report: networkImportReportSchema,
    })
    .nullable(),
  importing: networkImportProgressSchema.nullable(),
  /** What the last import did, in a sentence; null before any. */
  lastOutcome: z.object({ ok: z.boolean(), message: z.string(), at: z.string() }).nullable(),
});
export type NetworkDataStatus = z.infer<typeof networkDataStatusSchema>;

/** A Plan-Net server's base URL: http(s) only; the import reads `${url}/Practitioner?…`. */
export const planNetServerUrlSchema = z
  .string()
  .trim()
  .max(2_000)
  .refine((value) => /^https?:\/\/[^\s/]+/i.test(value) && URL.canParse(value), {
    message: 'Type the server address starting with https://, such as https://plan.example/fhir.',
  })
  .refine((value) => !/^https?:\/\/[^/]*@/i.test(value), {
    message: 'Type the address without a user name or password: Plan-Net directories are public.',
  });

export const startNetworkImportSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('files'),
    /** Files staged through DeskFileBridge: a zip, a Bundle, .json or .ndjson files. */
    stagedFiles: z.array(stagedFileIdSchema).min(1, 'Choose at least one file.').max(100_000),
  }),
  z.strictObject({
    kind: z.literal('server'),
    url: planNetServerUrlSchema,
    /** Only what changed since the data in use (`_lastUpdated`), added on top of it. */
    onlyChanges: z.boolean().default(false),
    /** Stop after this many pages in all; guards against a server that pages forever. */
    maxPages: z.number().int().min(1).max(1_000_000).default(100_000),
  }),
]);
export type StartNetworkImport = z.infer<typeof startNetworkImportSchema>;

/** For an NPI card: the in-network providers with that NPI and their networks. */
export const networkMembershipSchema = z.object({
  memberships: z.array(
    z.object({ key: networkResourceKeySchema, name: z.string(), networks: z.array(z.string()) }),
  ),
  networkImported: z.boolean(),
});
export type NetworkMembership = z.infer<typeof networkMembershipSchema>;
