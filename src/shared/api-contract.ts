import { z } from 'zod';
import type { ApiChannel } from './api-channels';
import type { DeskEvent } from './api-events';
import { clinicProfileSchema } from './clinic-profile';
import { directoryEntrySchema, entryKeySchema } from './directory-pack';
import { directoryStatusSchema, importPackInputSchema } from './directory-update';
import { formIds } from './forms/form-catalog';
import { formRouteSchema } from './forms/form-route';
import { formValuesSchema } from './forms/form-spec';
import { mailSettingsSchema } from './mail-settings';
import {
  npiSchema,
  providerDataStatusSchema,
  providerSearchResultSchema,
  registryProviderSchema,
  startProviderImportSchema,
} from './npi-registry';
import { outboxStates } from './outbox-states';
import {
  networkDataStatusSchema,
  networkFilterChoicesSchema,
  networkMembershipSchema,
  networkProviderSchema,
  networkResourceKeySchema,
  networkSearchInputSchema,
  networkSearchResultSchema,
  startNetworkImportSchema,
} from './plan-net';

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
  /** oldestSeenOn: the earliest day the plan's pages last showed one of the entry's values. */
  entries: z.array(z.object({ key: entryKeySchema, title: z.string(), oldestSeenOn: z.string() })),
});

/** Start-up found desk.db damaged: it was set aside, and a backup restored if one was good. */
export const deskRecoverySchema = z.object({
  /** The local day of the backup now in use; null when none was good and the desk started empty. */
  restoredFrom: z.iso.date().nullable(),
  /** Where the damaged file was kept, for whoever looks after the computer. */
  damagedFileKeptAt: z.string(),
});

export const appInfoSchema = z.object({
  appVersion: z.string(),
  plan: z.string(),
  directoryVersion: z.string(),
  directoryEntryCount: z.number().int(),
  directoryCapturedOn: z.string(),
  transport: z.enum(['electron', 'browser']),
  deskRecovery: deskRecoverySchema.nullable(),
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

const formIdSchema = z.enum(formIds);
const draftIdSchema = z.uuid();
const formInputSchema = z.strictObject({ formId: formIdSchema, values: formValuesSchema });

/** A form checked by the rules the page shows. */
const formCheckSchema = z.object({
  /** True when no field has an error: the form may leave. */
  ready: z.boolean(),
  errors: fieldMessagesSchema,
  warnings: fieldMessagesSchema,
});

export const formPreviewSchema = formCheckSchema.extend({
  to: z.string(),
  from: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
  containsPhi: z.boolean(),
});

/** Where a form goes today, as its directory entry says, with the names the page tells it by. */
export const formRecipientSchema = z.object({
  /** The plan, as the directory names it ("CareOregon"). */
  plan: z.string(),
  /** The title of the directory entry the form is addressed to. */
  entryTitle: z.string(),
  route: formRouteSchema,
});

/** A form the plan takes on its web site: its filled fields, to copy there one by one or print. */
export const formAnswersSchema = formCheckSchema.extend({
  /** Empty until the form is ready. */
  answers: z.array(z.object({ label: z.string(), value: z.string() })),
});

const draftSummarySchema = z.object({
  id: draftIdSchema,
  formId: formIdSchema,
  /** What the draft is about, to tell drafts of one form apart; never shown for a PHI form. */
  summary: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const draftSchema = draftSummarySchema.extend({ values: formValuesSchema });

export const outboxStateSchema = z.enum(outboxStates);

export const outboxItemSchema = z.object({
  id: z.number().int(),
  messageId: z.string(),
  to: z.string(),
  subject: z.string(),
  state: outboxStateSchema,
  containsPhi: z.boolean(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  serverReply: z.string().nullable(),
  /**
   * On its way when a Provider Desk stopped (closed or killed mid-send): it is tried again once
   * that send's lease runs out.
   */
  interrupted: z.boolean(),
  /**
   * A directory update retired the mailbox it is addressed to: the update's date, and the mailbox
   * it named instead (null when none). Such a message goes nowhere until a person sends it there.
   */
  retiredMailbox: z.object({ updateDate: z.iso.date(), replacement: z.string().nullable() }).nullable(),
});

/** One message with its exact text, to read before retrying or copying it. */
export const outboxMessageSchema = outboxItemSchema.extend({ text: z.string(), from: z.string().nullable() });

const outboxIdSchema = z.strictObject({ id: z.number().int().positive() });

export const outboxStatusSchema = z.object({
  sending: z.boolean(),
  /** Whether this computer has a network, as main sees it: the page never guesses on its own. */
  online: z.boolean(),
  counts: z.partialRecord(outboxStateSchema, z.number().int()),
});

/**
 * What "Copy diagnostics" gives support: versions, the directory, counts and recent errors. By
 * construction it has no field for a clinic's or patient's details, an address, a host name, a
 * user name, a password, a subject or a message's text; free text is scrubbed in main.
 */
export const diagnosticsSchema = z.object({
  generatedAt: z.string(),
  app: z.object({
    version: z.string(),
    transport: z.enum(['electron', 'browser']),
    platform: z.string(),
    arch: z.string(),
    node: z.string(),
    electron: z.string().nullable(),
    chrome: z.string().nullable(),
  }),
  directory: z.object({
    plan: z.string(),
    version: z.string(),
    capturedOn: z.string(),
    entryCount: z.number().int(),
  }),
  deskSchemaVersion: z.number().int(),
  outbox: z.object({
    sendingNow: z.boolean(),
    counts: z.record(outboxStateSchema, z.number().int()),
    /** Why items wait or failed, most recent first, with how many share each reason. */
    problems: z.array(z.object({ state: outboxStateSchema, count: z.number().int(), reason: z.string() })),
  }),
  mail: z.object({
    configured: z.boolean(),
    security: z.enum(['tls', 'starttls', 'none']).nullable(),
    port: z.number().int().nullable(),
    /** Whether the server is a relay on this computer; the host's name itself is not shared. */
    loopbackHost: z.boolean().nullable(),
    signIn: z.boolean(),
    passwordSaved: z.boolean(),
    ownCertificate: z.boolean(),
  }),
  recentErrors: z.array(
    z.object({
      time: z.string(),
      level: z.enum(['warn', 'error']),
      event: z.string(),
      channel: z.string().optional(),
      formId: z.string().optional(),
      code: z.string().optional(),
      responseCode: z.number().int().optional(),
      detail: z.string().optional(),
    }),
  ),
  logFolder: z.string().nullable(),
});

export const savedMailSettingsSchema = z.object({
  settings: mailSettingsSchema.nullable(),
  hasPassword: z.boolean(),
});

export const connectionCheckSchema = z.object({
  ok: z.boolean(),
  /** What worked and what did not, in order, as sentences. */
  steps: z.array(z.string()),
});

const mailSettingsInputSchema = z.strictObject({
  settings: mailSettingsSchema,
  /** A new password, null to forget the saved one, absent to keep it. */
  password: z.string().max(1_000).nullable().optional(),
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
  'profile.update': {
    input: clinicProfileSchema.omit({ providers: true }).partial().strict(),
    output: profileSaveResultSchema,
  },
  'profile.dismissWelcome': { input: z.undefined(), output: z.void() },
  'forms.route': { input: formInputSchema, output: formRecipientSchema },
  'forms.preview': { input: formInputSchema, output: formPreviewSchema },
  'forms.answers': { input: formInputSchema, output: formAnswersSchema },
  'forms.queue': {
    input: formInputSchema.extend({ draftId: draftIdSchema.nullable() }),
    output: z.object({ messageId: z.string() }),
  },
  'forms.exportEml': {
    input: formInputSchema,
    output: z.object({ fileName: z.string(), content: z.string() }),
  },
  'forms.mailto': { input: formInputSchema, output: z.object({ url: z.string() }) },
  'drafts.list': { input: z.undefined(), output: z.array(draftSummarySchema) },
  'drafts.get': { input: z.strictObject({ id: draftIdSchema }), output: draftSchema },
  'drafts.save': {
    input: formInputSchema.extend({ id: draftIdSchema.nullable() }),
    output: z.object({ id: draftIdSchema, updatedAt: z.string() }),
  },
  'drafts.delete': { input: z.strictObject({ id: draftIdSchema }), output: z.void() },
  'outbox.list': { input: z.undefined(), output: z.array(outboxItemSchema) },
  'outbox.get': { input: outboxIdSchema, output: outboxMessageSchema },
  'outbox.status': { input: z.undefined(), output: outboxStatusSchema },
  'outbox.sendNow': { input: z.undefined(), output: z.void() },
  'outbox.retry': { input: outboxIdSchema, output: z.void() },
  'outbox.cancel': { input: outboxIdSchema, output: z.void() },
  'outbox.sendToNewAddress': { input: outboxIdSchema, output: z.void() },
  'mail.getSettings': { input: z.undefined(), output: savedMailSettingsSchema },
  'mail.saveSettings': { input: mailSettingsInputSchema, output: z.void() },
  'mail.testConnection': {
    input: mailSettingsInputSchema,
    output: connectionCheckSchema,
  },
  'app.diagnostics': { input: z.undefined(), output: diagnosticsSchema },
  'directory.updateStatus': { input: z.undefined(), output: directoryStatusSchema },
  'directory.importFile': { input: importPackInputSchema, output: directoryStatusSchema },
  'directory.undoUpdate': { input: z.undefined(), output: directoryStatusSchema },
  'directory.markUpdateSeen': { input: z.undefined(), output: directoryStatusSchema },
  'directory.setFeed': {
    input: z.strictObject({ url: z.string().trim().max(2_000).nullable() }),
    output: directoryStatusSchema,
  },
  'directory.checkFeed': { input: z.undefined(), output: directoryStatusSchema },
  'providers.search': {
    input: z.object({ query: z.string().transform((query) => query.slice(0, maxQueryLength)) }).strict(),
    output: providerSearchResultSchema,
  },
  /** The provider the registry on this computer lists under an NPI; null when it does not. */
  'providers.get': {
    input: z.strictObject({ npi: npiSchema }),
    output: z.object({ provider: registryProviderSchema.nullable() }),
  },
  /**
   * One request to the registry's public API (NPPES API 2.1), for an NPI the local registry does
   * not list. `problem` says why there is no answer (offline, not found, the service failed).
   */
  'providers.lookupOnline': {
    input: z.strictObject({ npi: npiSchema }),
    output: z.object({ provider: registryProviderSchema.nullable(), problem: z.string().nullable() }),
  },
  'providers.status': { input: z.undefined(), output: providerDataStatusSchema },
  /** Starts importing a staged registry file; progress and the outcome come as providers.changed. */
  'providers.importFile': { input: startProviderImportSchema, output: providerDataStatusSchema },
  'providers.cancelImport': { input: z.undefined(), output: providerDataStatusSchema },
  /** In-network practitioners and organizations of the plan's Plan-Net directory on this computer. */
  'network.search': { input: networkSearchInputSchema, output: networkSearchResultSchema },
  'network.get': {
    input: z.strictObject({ key: networkResourceKeySchema }),
    output: z.object({ provider: networkProviderSchema.nullable() }),
  },
  /** For an NPI card: "In network: …". */
  'network.forNpi': { input: z.strictObject({ npi: npiSchema }), output: networkMembershipSchema },
  'network.filterChoices': { input: z.undefined(), output: networkFilterChoicesSchema },
  'network.status': { input: z.undefined(), output: networkDataStatusSchema },
  /** Starts importing staged files or a server's data; progress and the outcome come as network.changed. */
  'network.import': { input: startNetworkImportSchema, output: networkDataStatusSchema },
  'network.cancelImport': { input: z.undefined(), output: networkDataStatusSchema },
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
export type DeskRecovery = z.infer<typeof deskRecoverySchema>;
export type ProfileState = z.infer<typeof profileStateSchema>;
export type ProfileSaveResult = z.infer<typeof profileSaveResultSchema>;
export type FormPreview = z.infer<typeof formPreviewSchema>;
export type FormRecipient = z.infer<typeof formRecipientSchema>;
export type FormAnswers = z.infer<typeof formAnswersSchema>;
export type DraftSummary = z.infer<typeof draftSummarySchema>;
export type Draft = z.infer<typeof draftSchema>;
export type OutboxItem = z.infer<typeof outboxItemSchema>;
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;
export type OutboxStatus = z.infer<typeof outboxStatusSchema>;
export type Diagnostics = z.infer<typeof diagnosticsSchema>;
export type SavedMailSettings = z.infer<typeof savedMailSettingsSchema>;
export type ConnectionCheck = z.infer<typeof connectionCheckSchema>;

/**
 * What each event main pushes to the page carries: the new state itself, so the page shows it
 * at once instead of asking again.
 */
export const deskEventSchemas = {
  'outbox.changed': outboxStatusSchema,
  'directory.changed': directoryStatusSchema,
  'providers.changed': providerDataStatusSchema,
  'network.changed': networkDataStatusSchema,
} satisfies Record<DeskEvent, z.ZodType>;

export type DeskEventPayload<E extends DeskEvent> = z.infer<(typeof deskEventSchemas)[E]>;
