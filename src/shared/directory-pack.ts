import { z } from 'zod';
import { nationalNumber } from './phone-number';

/**
 * The plan's directory as it ships in resources/: one versioned JSON pack, checked here before
 * it is compiled into directory.db. The renderer uses the same types to draw cards.
 */

const text = z.string().trim().min(1);
const label = text.max(200);

const phoneText = text.refine((value) => nationalNumber(value) !== null, {
  message: 'must be a ten-digit North American number, optionally with a leading 1',
});

/** A link named on the plan's page. `url: null` means the page names it without its address. */
export const linkUrlSchema = z.url({ protocol: /^https$/, error: 'must be an https:// address' }).nullable();

export const contactValueSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('phone'), label, number: phoneText, menu: text.optional() }),
  z.strictObject({ kind: z.literal('fax'), label, number: phoneText }),
  z.strictObject({ kind: z.literal('email'), label, address: z.email() }),
  z.strictObject({ kind: z.literal('postal'), label, lines: z.array(text).min(2) }),
  z.strictObject({ kind: z.literal('web'), label, url: linkUrlSchema }),
  z.strictObject({ kind: z.literal('document'), label, url: linkUrlSchema }),
  z.strictObject({ kind: z.literal('payer-id'), label, id: z.string().regex(/^[A-Z0-9]{3,10}$/) }),
]);

export type ContactValue = z.infer<typeof contactValueSchema>;
export type ContactKind = ContactValue['kind'];

export const entryKeySchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'a key is lower-case words joined by dots or hyphens')
  .max(100);

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');

export const packEntrySchema = z.strictObject({
  key: entryKeySchema,
  title: label,
  topic: label,
  purpose: text.max(1000),
  values: z.array(contactValueSchema).min(1),
  notes: z.array(text.max(1000)),
  checklist: z.strictObject({ title: label, items: z.array(label).min(1) }).optional(),
  keywords: z.array(label),
  section: label,
});

export const synonymSchema = z.strictObject({ from: z.array(text.max(60)).min(1), to: text.max(60) });

export const directoryPackSchema = z
  .strictObject({
    formatVersion: z.literal(1),
    packVersion: text.max(40),
    plan: label,
    source: z.strictObject({ document: label, capturedOn: isoDate }),
    synonyms: z.array(synonymSchema),
    entries: z.array(packEntrySchema).min(1),
  })
  .superRefine((pack, context) => {
    const seen = new Set<string>();
    pack.entries.forEach((entry, index) => {
      if (seen.has(entry.key)) {
        context.addIssue({
          code: 'custom',
          path: ['entries', index, 'key'],
          message: `the key "${entry.key}" is used by more than one entry`,
        });
      }
      seen.add(entry.key);
    });
  });

export type DirectoryPack = z.infer<typeof directoryPackSchema>;
export type PackEntry = z.infer<typeof packEntrySchema>;

/** An entry as the app shows it: the pack's facts plus where they came from and when. */
export const directoryEntrySchema = packEntrySchema.extend({
  source: label,
  verifiedOn: isoDate,
});

export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;
