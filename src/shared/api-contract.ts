import { z } from 'zod';
import type { ApiChannel } from './api-channels';
import { clinicProfileSchema } from './clinic-profile';
import { directoryEntrySchema, entryKeySchema } from './directory-pack';

/**
 * The one API contract. Every channel the renderer may call is named here with the zod schemas
 * of its input and output; the preload, the handler table and the HTTP routes are derived from
 * it, so a channel cannot exist in one place only.
 */

/** Any text is a valid query; very long pastes are cut rather than refused. */
export const maxQueryLength = 10_000;

export const searchResultSchema = z.object({
  query: z.string(),
  /** Best first. */
  hits: z.array(directoryEntrySchema),
  /** Words the search read differently because they matched nothing as typed (`cliams` → `claims`). */
  corrections: z.array(z.object({ typed: z.string(), readAs: z.string() })),
  /** True when not every word could match and hits are ranked by the words that did. */
  partial: z.boolean(),
  /** When nothing matches, the topics closest to what was typed. Never a blank screen. */
  nearestTopics: z.array(z.string()),
});

export const browseTopicSchema = z.object({
  topic: z.string(),
  entries: z.array(z.object({ key: entryKeySchema, title: z.string() })),
});

export const appInfoSchema = z.object({
  appVersion: z.string(),
  plan: z.string(),
  directoryVersion: z.string(),
  directoryEntryCount: z.number().int(),
  directoryCapturedOn: z.string(),
  transport: z.enum(['electron', 'browser']),
});

const fieldMessagesSchema = z.record(z.string(), z.string());

export const profileStateSchema = z.object({
  profile: clinicProfileSchema.nullable(),
  /** The first-run welcome was skipped or done; it is not offered again. */
  welcomeDismissed: z.boolean(),
});

export const profileSaveResultSchema = z.object({
  /** False when a field has an error; then nothing was written. */
  saved: z.boolean(),
  profile: clinicProfileSchema,
  errors: fieldMessagesSchema,
  warnings: fieldMessagesSchema,
});

export const apiContract = {
  'app.info': { input: z.undefined(), output: appInfoSchema },
  'directory.search': {
    input: z.object({ query: z.string().transform((query) => query.slice(0, maxQueryLength)) }).strict(),
    output: searchResultSchema,
  },
  'directory.browse': { input: z.undefined(), output: z.array(browseTopicSchema) },
  'directory.entry': { input: z.object({ key: entryKeySchema }).strict(), output: directoryEntrySchema },
  'profile.get': { input: z.undefined(), output: profileStateSchema },
  'profile.save': { input: clinicProfileSchema, output: profileSaveResultSchema },
  'profile.dismissWelcome': { input: z.undefined(), output: z.undefined() },
} satisfies Record<ApiChannel, { input: z.ZodType; output: z.ZodType }>;

type Contract = typeof apiContract;

/** What a caller passes: the input before zod's transforms. */
export type ApiInput<C extends ApiChannel> = z.input<Contract[C]['input']>;
/** What a handler receives: the input after zod has checked it. */
export type ApiParsedInput<C extends ApiChannel> = z.output<Contract[C]['input']>;
export type ApiOutput<C extends ApiChannel> = z.output<Contract[C]['output']>;

export type SearchResult = ApiOutput<'directory.search'>;
export type BrowseTopic = z.infer<typeof browseTopicSchema>;
export type AppInfo = z.infer<typeof appInfoSchema>;
export type ProfileState = z.infer<typeof profileStateSchema>;
export type ProfileSaveResult = z.infer<typeof profileSaveResultSchema>;
