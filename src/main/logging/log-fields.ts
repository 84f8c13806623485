import { scrubText } from './scrub-text';

type FieldKind = 'token' | 'number' | 'boolean' | 'text';

/**
 * The only fields a log record may carry, each with the kind of value it holds. A patient's
 * details, a password, a subject or a message's text have no field to go in, so they cannot be
 * logged by mistake; a field that is not listed here is dropped. `detail` is the one free-text
 * field and is always scrubbed.
 */
const fieldKinds = {
  // Names of things: versions, platforms, channels, error codes, states, form ids, host names.
  appVersion: 'token',
  electron: 'token',
  chrome: 'token',
  node: 'token',
  platform: 'token',
  arch: 'token',
  transport: 'token',
  directoryVersion: 'token',
  fromVersion: 'token',
  reason: 'token',
  channel: 'token',
  code: 'token',
  command: 'token',
  formId: 'token',
  host: 'token',
  security: 'token',
  state: 'token',
  // The local day of a desk.db backup, YYYY-MM-DD.
  backupDate: 'token',
  // A registry file's day (YYYY-MM-DD) and kind ('full' or 'weekly').
  fileDate: 'token',
  coverage: 'token',
  // Where a plan network came from: 'files' or 'server' (never the address).
  origin: 'token',
  // Outbox item numbers, attempts, ports, SMTP reply codes, counts.
  id: 'number',
  attempt: 'number',
  port: 'number',
  responseCode: 'number',
  count: 'number',
  entries: 'number',
  schemaVersion: 'number',
  // An import's rows read and kept, and providers in the registry after it; its length.
  rows: 'number',
  kept: 'number',
  providers: 'number',
  seconds: 'number',
  // A plan network import's resources read, and in the network after it.
  resources: 'number',
  ok: 'boolean',
  phi: 'boolean',
  signIn: 'boolean',
  passwordChanged: 'boolean',
  increment: 'boolean',
  detail: 'text',
} as const satisfies Record<string, FieldKind>;

type ValueOf<K extends FieldKind> = K extends 'number' ? number : K extends 'boolean' ? boolean : string;

export type LogFieldName = keyof typeof fieldKinds;
export type LogFields = {
  readonly [F in LogFieldName]?: ValueOf<(typeof fieldKinds)[F]> | null | undefined;
};
export type RedactedFields = Partial<Record<LogFieldName, string | number | boolean>>;

const redactedValue = '[redacted]';

/** A name of a thing: no spaces, no `@`, short. */
const tokenPattern = /^[\w[\]][\w.:+/[\]-]{0,99}$/;
/** Seven digits in a row look like a phone number, an NPI, a TIN, a birth date or a member ID. */
const longDigitRun = /\d{7,}/;

function safeValue(kind: FieldKind, value: unknown): string | number | boolean | undefined {
  switch (kind) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
      return longDigitRun.test(String(Math.trunc(Math.abs(value)))) ? redactedValue : value;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'token':
      if (typeof value !== 'string') return undefined;
      return tokenPattern.test(value) && !longDigitRun.test(value) ? value : redactedValue;
    case 'text':
      return typeof value === 'string' ? scrubText(value) : undefined;
  }
}

/** Keeps the listed fields whose values are safe by their kind; everything else is dropped or redacted. */
export function redactFields(fields: LogFields): RedactedFields {
  const kept: RedactedFields = {};
  for (const [name, value] of Object.entries(fields)) {
    if (!Object.hasOwn(fieldKinds, name)) continue;
    const field = name as LogFieldName;
    const safe = safeValue(fieldKinds[field], value);
    if (safe !== undefined) kept[field] = safe;
  }
  return kept;
}
