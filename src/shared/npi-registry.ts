import { z } from 'zod';

/**
 * What the page learns about the NPI registry (NPPES) kept on this computer: providers as the
 * registry file describes them, search hits, and the state of the registry and of an import.
 * The registry lives in `npi.db` beside desk.db; it is built by `npm run import` or by
 * Settings → Provider data, from the monthly file CMS publishes, with weekly files on top.
 */

export const npiSchema = z.string().regex(/^[12]\d{9}$/, 'An NPI has 10 digits and starts with 1 or 2.');

export const providerKinds = ['individual', 'organization'] as const;
export const providerKindSchema = z.enum(providerKinds);
export type ProviderKind = z.infer<typeof providerKindSchema>;

/** A two-letter state or territory code, as the registry writes it ("OR"). */
export const stateCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'A state is two letters, such as OR.');

export const registryAddressSchema = z.object({
  /** Street lines, empty lines left out. */
  lines: z.array(z.string()),
  city: z.string(),
  /** Two letters for the U.S.; may be a province or region name abroad. */
  state: z.string(),
  /** As the registry gives it: 5 or 9 digits in the U.S. */
  postalCode: z.string(),
  /** Null for the U.S. */
  country: z.string().nullable(),
  /** Digits only, as the registry gives them; null when the registry has none. */
  phone: z.string().nullable(),
  fax: z.string().nullable(),
});
export type RegistryAddress = z.infer<typeof registryAddressSchema>;

export const providerTaxonomySchema = z.object({
  /** The NUCC code ("207RC0000X"). */
  code: z.string(),
  /** The NUCC display name ("Cardiovascular Disease Physician"); null when the code set does not know the code. */
  displayName: z.string().nullable(),
  /** The NUCC specialization or, without one, the classification ("Cardiovascular Disease"). */
  specialty: z.string().nullable(),
  primary: z.boolean(),
  license: z.string().nullable(),
  licenseState: z.string().nullable(),
});
export type ProviderTaxonomy = z.infer<typeof providerTaxonomySchema>;

/** Where a provider's facts come from: a registry file on this computer, or one online answer. */
export const providerSourceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('file'),
    /** The CSV's name inside the file as published ("npidata_pfile_20050523-20181209.csv"). */
    fileName: z.string(),
    /** The day the registry file is of: "From the NPI registry file of DATE". */
    fileDate: z.iso.date(),
    coverage: z.enum(['full', 'weekly']),
  }),
  z.object({
    kind: z.literal('online'),
    /** When the registry's public API answered. */
    fetchedAt: z.string(),
  }),
]);
export type ProviderSource = z.infer<typeof providerSourceSchema>;

export const registryProviderSchema = z.object({
  npi: npiSchema,
  /** Null for a deactivated NPI the file lists with nothing but its deactivation. */
  kind: providerKindSchema.nullable(),
  /** How a person says it: "RICHARD SOUCIER" or the organization's legal name; the NPI when the file gives no name. */
  name: z.string(),
  lastName: z.string().nullable(),
  firstName: z.string().nullable(),
  middleName: z.string().nullable(),
  namePrefix: z.string().nullable(),
  nameSuffix: z.string().nullable(),
  /** "MD", "LICSW"; null when none. */
  credential: z.string().nullable(),
  organizationName: z.string().nullable(),
  /** Other names the registry lists (former names, other organization names). */
  otherNames: z.array(z.string()),
  /** The primary first. */
  taxonomies: z.array(providerTaxonomySchema),
  practiceAddress: registryAddressSchema.nullable(),
  mailingAddress: registryAddressSchema.nullable(),
  /** Secondary practice locations (the registry's pl_pfile), when the imported file had them. */
  otherLocations: z.array(registryAddressSchema),
  enumeratedOn: z.iso.date().nullable(),
  lastUpdatedOn: z.iso.date().nullable(),
  /** Set while the NPI is deactivated (a later reactivation clears it). */
  deactivatedOn: z.iso.date().nullable(),
  reactivatedOn: z.iso.date().nullable(),
  source: providerSourceSchema,
});
export type RegistryProvider = z.infer<typeof registryProviderSchema>;

/** One line of a search result: enough to tell providers apart and open the card. */
export const providerSummarySchema = z.object({
  npi: npiSchema,
  kind: providerKindSchema.nullable(),
  name: z.string(),
  credential: z.string().nullable(),
  /** The primary taxonomy's specialty ("Cardiovascular Disease"), null when none. */
  specialty: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  deactivated: z.boolean(),
});
export type ProviderSummary = z.infer<typeof providerSummarySchema>;

export const providerSearchResultSchema = z.object({
  query: z.string(),
  /** Best first; at most a page of them. */
  hits: z.array(providerSummarySchema),
  /** More providers matched than the page holds. */
  more: z.boolean(),
  /** Words read differently because they matched nothing as typed. */
  corrections: z.array(z.object({ typed: z.string(), readAs: z.string() })),
  /** False while no registry file has been imported: the page says where to get one. */
  registryImported: z.boolean(),
});
export type ProviderSearchResult = z.infer<typeof providerSearchResultSchema>;

const registryFileSchema = z.object({
  fileName: z.string(),
  fileDate: z.iso.date(),
  appliedAt: z.string(),
  /** Providers the file added or changed (a full file: all it kept). */
  rows: z.number().int(),
});

export const importPhases = ['reading', 'indexing', 'checking', 'switching'] as const;

export const providerImportProgressSchema = z.object({
  fileName: z.string(),
  phase: z.enum(importPhases),
  /** Rows of the registry file read so far. */
  rows: z.number().int(),
  /** Of those, the rows kept (in the chosen states). */
  rowsKept: z.number().int(),
  rowsPerSecond: z.number(),
  bytesRead: z.number(),
  /** Null when the size is not known in advance. */
  totalBytes: z.number().nullable(),
  /** Null until there is enough to estimate. */
  secondsLeft: z.number().nullable(),
});
export type ProviderImportProgress = z.infer<typeof providerImportProgressSchema>;

export const providerDataStatusSchema = z.object({
  /** Null while no registry file has been imported. */
  registry: z
    .object({
      /** The monthly (full) file the registry was built from. */
      full: registryFileSchema,
      /** Weekly files applied on top, oldest first. */
      weekly: z.array(registryFileSchema),
      providerCount: z.number().int(),
      /** The states kept; null: all. */
      states: z.array(stateCodeSchema).nullable(),
    })
    .nullable(),
  importing: providerImportProgressSchema.nullable(),
  /** What the last import did, in a sentence; null before any. */
  lastOutcome: z.object({ ok: z.boolean(), message: z.string(), at: z.string() }).nullable(),
});
export type ProviderDataStatus = z.infer<typeof providerDataStatusSchema>;

/** A file handed to main for import: browser mode uploads it; the app passes the chosen file's path. */
export const stagedFileIdSchema = z.uuid();

export const startProviderImportSchema = z.strictObject({
  stagedFile: stagedFileIdSchema,
  /** Keep providers practising in these states; null or empty: all. */
  states: z.array(stateCodeSchema).max(60).nullable(),
});
