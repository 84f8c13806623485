import { z } from 'zod';
import { entryKeySchema } from './directory-pack';

/**
 * What the page learns about directory updates: which directory is in use and where it came
 * from, what the last update changed (for the banner and "What changed"), and what an import
 * or feed check did. The changes are worked out in main when an update is applied.
 */

/** A pack file and its signature, read by the page from the files a person chose. */
export const maxPackBytes = 64 * 1024 * 1024;
export const maxSignatureBytes = 4 * 1024;

const valueChangeSchema = z.object({
  /** The value's label on the card: "Clinic updates", "Toll-free". */
  label: z.string(),
  /** The old value in plain words, null when the value is new. */
  from: z.string().nullable(),
  /** The new value in plain words, null when the value was withdrawn. */
  to: z.string().nullable(),
  /** A sentence: "The mailbox moved: A → B", "Now a web form instead of an e-mail box". */
  summary: z.string(),
});

const namedEntrySchema = z.object({ key: entryKeySchema, title: z.string() });

export const directoryChangesSchema = z.object({
  added: z.array(namedEntrySchema),
  removed: z.array(namedEntrySchema),
  changed: z.array(namedEntrySchema.extend({ values: z.array(valueChangeSchema) })),
  /** Values shown again on a newer page: their dates moved, nothing else. */
  reconfirmed: z.number().int(),
});

export type DirectoryChanges = z.infer<typeof directoryChangesSchema>;
export type ValueChange = z.infer<typeof valueChangeSchema>;

export const lastUpdateSchema = z.object({
  fromVersion: z.string(),
  toVersion: z.string(),
  appliedAt: z.string(),
  /** True when the update was an undo back to the version before. */
  undo: z.boolean(),
  changes: directoryChangesSchema,
  /** The banner is shown once: false until the person has seen it. */
  seen: z.boolean(),
});

export type LastUpdate = z.infer<typeof lastUpdateSchema>;

export const directoryStatusSchema = z.object({
  plan: z.string(),
  version: z.string(),
  /** 'built-in': the pack that came with this copy of Provider Desk; 'update': one imported or fetched. */
  origin: z.enum(['built-in', 'update']),
  builtInVersion: z.string(),
  /** The version "Undo this update" goes back to; null when there is none. */
  undoTo: z.string().nullable(),
  lastUpdate: lastUpdateSchema.nullable(),
  feedUrl: z.string().nullable(),
  /** The last feed check: when, and what it found or why it failed. */
  lastFeedCheck: z.object({ at: z.string(), outcome: z.string() }).nullable(),
});

export type DirectoryStatus = z.infer<typeof directoryStatusSchema>;

/**
 * The pack travels as base64 of its exact bytes: decoding it as text on the way could change a
 * byte (a byte-order mark, a bad sequence) and the signature is over the bytes.
 */
export const importPackInputSchema = z.strictObject({
  fileName: z.string().max(260),
  packBase64: z.base64().max(Math.ceil(maxPackBytes / 3) * 4),
  signatureText: z.string().max(maxSignatureBytes),
});
