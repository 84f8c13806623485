import { z } from 'zod';
import { isPackVersion, packVersionRule } from './pack-version';
import { nationalNumber } from './phone-number';

/**
 * The plan's directory as it ships in resources/ or arrives as a signed update: one versioned
 * JSON pack, checked here before it is compiled into directory.db. Every value says which page
 * showed it and on what day, so a card can say how fresh a number is. The renderer uses the
 * same types to draw cards.
 */

const text = z.string().trim().min(1);
const label = text.max(200);

const phoneText = text.refine((value) => nationalNumber(value) !== null, {
  message: 'must be a ten-digit North American number, optionally with a leading 1',
});

/** A link named on the plan's page. `url: null` means the page names it without its address. */
export const linkUrlSchema = z.url({ protocol: /^https$/, error: 'must be an https:// address' }).nullable();

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');

const sourceIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a source id is lower-case words joined by hyphens')
  .max(80);

/** Where and when a value was last seen: a page of the plan's, and the day that page showed it. */
const seenSchema = z.strictObject({ source: sourceIdSchema, on: isoDate });

export const contactValueSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('phone'),
    label,
    number: phoneText,
    menu: text.optional(),
    seen: seenSchema,
  }),
  z.strictObject({ kind: z.literal('fax'), label, number: phoneText, seen: seenSchema }),
  z.strictObject({ kind: z.literal('email'), label, address: z.email(), seen: seenSchema }),
  z.strictObject({ kind: z.literal('postal'), label, lines: z.array(text).min(2), seen: seenSchema }),
  z.strictObject({ kind: z.literal('web'), label, url: linkUrlSchema, seen: seenSchema }),
  z.strictObject({ kind: z.literal('document'), label, url: linkUrlSchema, seen: seenSchema }),
  z.strictObject({
    kind: z.literal('payer-id'),
    label,
    id: z.string().regex(/^[A-Z0-9]{3,10}$/),
    seen: seenSchema,
  }),
]);

export type ContactValue = z.infer<typeof contactValueSchema>;
export type ContactKind = ContactValue['kind'];

export const entryKeySchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'a key is lower-case words joined by dots or hyphens')
  .max(100);

/**
 * A value a later page replaced (a new mailbox) or withdrew (the route became a web form). It is
 * kept so a search for the old address finds the entry and says what took its place.
 */
export const retiredValueSchema = z.strictObject({
  value: contactValueSchema,
  retiredOn: isoDate,
  retiredBy: sourceIdSchema,
  /** What took its place, in plain words: "ProviderDataUpdates@careoregon.org", "the Contract Requests form". */
  replacement: text.max(300),
});

export type RetiredValue = z.infer<typeof retiredValueSchema>;

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
  retired: z.array(retiredValueSchema).optional(),
});

export const synonymSchema = z.strictObject({ from: z.array(text.max(60)).min(1), to: text.max(60) });

/**
 * A page a value was seen on. `publishedOn` is the date the page itself gives, null when it
 * gives none; `capturedOn` is the day the copy was taken, which is then the only honest date.
 */
export const pageSourceSchema = z.strictObject({
  id: sourceIdSchema,
  title: label,
  url: linkUrlSchema,
  publishedOn: isoDate.nullable(),
  capturedOn: isoDate,
});

export type PageSource = z.infer<typeof pageSourceSchema>;

export const packVersionSchema = z.string().refine(isPackVersion, packVersionRule);

export const directoryPackSchema = z
  .strictObject({
    formatVersion: z.literal(2),
    packVersion: packVersionSchema,
    plan: label,
    sources: z.array(pageSourceSchema).min(1),
    synonyms: z.array(synonymSchema),
    entries: z.array(packEntrySchema).min(1),
  })
  .superRefine((pack, context) => {
    const sourceIds = new Set(pack.sources.map((source) => source.id));
    const keys = new Set<string>();
    pack.entries.forEach((entry, index) => {
      if (keys.has(entry.key)) {
        context.addIssue({
          code: 'custom',
          path: ['entries', index, 'key'],
          message: `the key "${entry.key}" is used by more than one entry`,
        });
      }
      keys.add(entry.key);
      const cited = [
        ...entry.values.map((value, at) => ({
          id: value.seen.source,
          path: ['values', at, 'seen', 'source'],
        })),
        ...(entry.retired ?? []).flatMap((old, at) => [
          { id: old.value.seen.source, path: ['retired', at, 'value', 'seen', 'source'] },
          { id: old.retiredBy, path: ['retired', at, 'retiredBy'] },
        ]),
      ];
      for (const { id, path } of cited) {
        if (!sourceIds.has(id)) {
          context.addIssue({
            code: 'custom',
            path: ['entries', index, ...path],
            message: `the source "${id}" is not listed in the pack's sources`,
          });
        }
      }
    });
  });

export type DirectoryPack = z.infer<typeof directoryPackSchema>;
export type PackEntry = z.infer<typeof packEntrySchema>;

/** An entry as the app shows it: the pack's facts plus the pages its values were seen on. */
export const directoryEntrySchema = packEntrySchema.extend({
  sources: z.array(pageSourceSchema),
});

export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;
