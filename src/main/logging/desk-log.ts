import { join } from 'node:path';
import { redactFields, type LogFields, type RedactedFields } from './log-fields';
import { createRotatingFile, type RotatingFileOptions } from './rotating-file';

/** Everything the app records, by name: a record's event is never free text. */
export type LogEvent =
  | 'app.started'
  | 'app.startFailed'
  | 'app.stopped'
  | 'api.refused'
  | 'api.failed'
  | 'outbox.queued'
  | 'outbox.sending'
  | 'outbox.sent'
  | 'outbox.retrying'
  | 'outbox.held'
  | 'outbox.failed'
  | 'outbox.cancelled'
  | 'outbox.retried'
  | 'outbox.readdressed'
  | 'outbox.recovered'
  | 'outbox.leaseLost'
  | 'outbox.fault'
  | 'mail.settingsSaved'
  | 'mail.connectionTested'
  | 'desk.restored'
  | 'desk.backedUp'
  | 'desk.backupFailed'
  | 'directory.updated'
  | 'directory.updateRefused'
  | 'directory.undone'
  | 'directory.feedChecked'
  | 'providers.imported'
  | 'providers.importRefused'
  | 'providers.openFailed'
  | 'network.imported'
  | 'network.importRefused'
  | 'network.openFailed';
export type LogLevel = 'info' | 'warn' | 'error';

/** A warning or error as diagnostics shows it: the fields that say what went wrong, no host names. */
export interface RecentProblem {
  time: string;
  level: 'warn' | 'error';
  event: LogEvent;
  channel?: string;
  formId?: string;
  code?: string;
  responseCode?: number;
  detail?: string;
}

export interface DeskLog {
  info(event: LogEvent, fields?: LogFields): void;
  warn(event: LogEvent, fields?: LogFields): void;
  error(event: LogEvent, fields?: LogFields): void;
  /** The latest warnings and errors, newest first, already redacted; kept even if the file cannot be written. */
  recentProblems(): RecentProblem[];
  /** The folder of the log files, or null when records only go to the console. */
  readonly folder: string | null;
}

const logFileName = 'provider-desk.log';

function problemOf(
  time: string,
  level: 'warn' | 'error',
  event: LogEvent,
  kept: RedactedFields,
): RecentProblem {
  const problem: RecentProblem = { time, level, event };
  if (typeof kept.channel === 'string') problem.channel = kept.channel;
  if (typeof kept.formId === 'string') problem.formId = kept.formId;
  if (typeof kept.code === 'string') problem.code = kept.code;
  if (typeof kept.responseCode === 'number') problem.responseCode = kept.responseCode;
  if (typeof kept.detail === 'string') problem.detail = kept.detail;
  return problem;
}

/**
 * One JSON line a record: its time, level, event and the fields that are safe by kind (see
 * log-fields.ts). Recording never throws into the caller.
 */
export function createDeskLog(options: {
  write(line: string): void;
  folder: string | null;
  now?: () => Date;
  /** Which levels reach `write`; the recent problems are kept either way. */
  levels?: readonly LogLevel[];
  recentLimit?: number;
}): DeskLog {
  const now = options.now ?? (() => new Date());
  const levels = new Set(options.levels ?? ['info', 'warn', 'error']);
  const recentLimit = options.recentLimit ?? 20;
  const recent: RecentProblem[] = [];

  function record(level: LogLevel, event: LogEvent, fields: LogFields = {}): void {
    try {
      const time = now().toISOString();
      const kept = redactFields(fields);
      if (level !== 'info') {
        recent.unshift(problemOf(time, level, event, kept));
        recent.length = Math.min(recent.length, recentLimit);
      }
      if (levels.has(level)) options.write(JSON.stringify({ time, level, event, ...kept }));
    } catch {
      // A log that cannot be written must not break what was being logged.
    }
  }

  return {
    info: (event, fields) => record('info', event, fields),
    warn: (event, fields) => record('warn', event, fields),
    error: (event, fields) => record('error', event, fields),
    recentProblems: () => recent.map((problem) => ({ ...problem })),
    folder: options.folder,
  };
}

/** The app's log: `<folder>/provider-desk.log`, rotated by size. */
export function openDeskLog(
  folder: string,
  options: RotatingFileOptions & { now?: () => Date } = {},
): DeskLog {
  const file = createRotatingFile(join(folder, logFileName), {
    onFirstFailure: (error) =>
      console.error(
        `[provider-desk] cannot write the log in ${folder} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
      ),
    ...options,
  });
  return createDeskLog({ write: (line) => file.append(line), folder, now: options.now });
}

/** Where no log file is given (unit tests, benchmarks): errors only, on standard error. */
export const consoleDeskLog: DeskLog = createDeskLog({
  write: (line) => console.error(`[provider-desk] ${line}`),
  folder: null,
  levels: ['error'],
});
