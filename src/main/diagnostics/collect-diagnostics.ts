import type Database from 'better-sqlite3';
import { homedir } from 'node:os';
import { sep } from 'node:path';
import type { Diagnostics } from '../../shared/api-contract';
import { outboxStates } from '../../shared/outbox-states';
import { isLoopbackHost } from '../../shared/mail-settings';
import { deskSchemaVersion } from '../desk/open-desk-db';
import type { DirectoryService } from '../directory/directory-service';
import type { DeskLog } from '../logging/desk-log';
import { scrubText } from '../logging/scrub-text';
import type { MailSettingsStore } from '../outbox/mail-settings-store';
import type { OutboxService } from '../outbox/outbox-service';
import { runtimeVersions } from '../runtime-versions';

export interface DiagnosticsDeps {
  appVersion: string;
  transport: 'electron' | 'browser';
  directory: DirectoryService;
  desk: Database.Database;
  outbox: OutboxService;
  mailSettings: MailSettingsStore;
  log: DeskLog;
  now?: () => Date;
}

/**
 * A host's name or address can say which clinic this is (mail.rosecity-clinic.org): support
 * needs the fact that a server failed, not which one. The log on this computer keeps it.
 */
const hostName = /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\b/gi;
const ipAddress = /\b\d{1,3}(?:\.\d{1,3}){3}\b|\[?[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\]?/gi;
const maskHosts = (text: string): string => text.replace(hostName, '[host]').replace(ipAddress, '[host]');
/** Raw text, such as a server's reply kept on an outbox item: scrubbed as the log would, then masked. */
const shareable = (text: string): string => maskHosts(scrubText(text));

/** The home folder shown as ~, so the computer account's name stays out. */
function displayFolder(folder: string | null, home: string): string | null {
  if (folder === null || !home || !folder.startsWith(home + sep)) return folder;
  return `~${folder.slice(home.length)}`;
}

/** Reasons that read the same once scrubbed are one line with their counts added. */
function outboxProblems(outbox: OutboxService): Diagnostics['outbox']['problems'] {
  const merged = new Map<string, Diagnostics['outbox']['problems'][number]>();
  for (const { state, reason, count } of outbox.problems()) {
    const text = shareable(reason);
    const key = `${state}\n${text}`;
    const seen = merged.get(key);
    if (seen) seen.count += count;
    else merged.set(key, { state, count, reason: text });
  }
  return [...merged.values()];
}

/**
 * "Copy diagnostics": what support needs to tell what happened, and nothing private. Every field
 * is a version, a count, a state, a yes/no or scrubbed error text.
 */
export function createDiagnostics(deps: DiagnosticsDeps): () => Diagnostics {
  const now = deps.now ?? (() => new Date());
  return () => {
    const info = deps.directory.info();
    const status = deps.outbox.status();
    const settings = deps.mailSettings.get();
    const { node, electron, chrome, platform, arch } = runtimeVersions();
    return {
      generatedAt: now().toISOString(),
      app: { version: deps.appVersion, transport: deps.transport, platform, arch, node, electron, chrome },
      directory: {
        plan: info.plan,
        version: info.packVersion,
        capturedOn: info.capturedOn,
        entryCount: info.entryCount,
      },
      deskSchemaVersion: deskSchemaVersion(deps.desk),
      outbox: {
        sendingNow: status.sending,
        counts: Object.fromEntries(
          outboxStates.map((state) => [state, status.counts[state] ?? 0]),
        ) as Diagnostics['outbox']['counts'],
        problems: outboxProblems(deps.outbox),
      },
      mail: {
        configured: settings !== null,
        security: settings?.security ?? null,
        port: settings?.port ?? null,
        loopbackHost: settings ? isLoopbackHost(settings.host) : null,
        signIn: Boolean(settings?.username),
        passwordSaved: deps.mailSettings.hasPassword(),
        ownCertificate: Boolean(settings?.trustedCertificate),
      },
      // The log scrubbed these as it recorded them; only host names are left to mask.
      recentErrors: deps.log
        .recentProblems()
        .map((problem) => (problem.detail ? { ...problem, detail: maskHosts(problem.detail) } : problem)),
      logFolder: displayFolder(deps.log.folder, homedir()),
    };
  };
}
