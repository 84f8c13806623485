import type { Diagnostics } from './api-contract';

const securityNames: Record<NonNullable<Diagnostics['mail']['security']>, string> = {
  tls: 'TLS',
  starttls: 'STARTTLS',
  none: 'no encryption',
};

function mailLine(mail: Diagnostics['mail']): string {
  if (!mail.configured || mail.security === null) return 'not set up';
  const parts = [
    `${securityNames[mail.security]} on port ${mail.port ?? '?'}`,
    mail.loopbackHost ? 'server on this computer' : 'server elsewhere',
    mail.signIn ? `signs in, ${mail.passwordSaved ? 'password saved' : 'no password saved'}` : 'no sign-in',
  ];
  if (mail.ownCertificate) parts.push('own certificate trusted');
  return parts.join(', ');
}

function errorLine(error: Diagnostics['recentErrors'][number]): string {
  const facts = [
    error.time,
    error.level,
    error.event,
    error.channel && `channel ${error.channel}`,
    error.formId && `form ${error.formId}`,
    error.code && `code ${error.code}`,
    error.responseCode !== undefined && `reply ${error.responseCode}`,
  ].filter(Boolean);
  return `  ${facts.join(' ')}${error.detail ? `: ${error.detail}` : ''}`;
}

/**
 * Diagnostics as plain text to paste into an e-mail or a ticket: one fact a line, so support
 * reads it without tools and the desk can see everything it shares.
 */
export function formatDiagnostics(diagnostics: Diagnostics): string {
  const { app, directory, outbox } = diagnostics;
  // Main lists every state in the contract's order; the page keeps that order.
  const counts = Object.entries(outbox.counts)
    .map(([state, count]) => `${state} ${count}`)
    .join(', ');
  const problems = outbox.problems.map(({ state, count, reason }) => `  ${state} ×${count}: ${reason}`);
  const errors = diagnostics.recentErrors.map(errorLine);
  return [
    `Provider Desk diagnostics, ${diagnostics.generatedAt}`,
    `App: ${app.version} (${app.transport === 'electron' ? 'desktop app' : 'browser mode'}) on ${app.platform} ${app.arch}`,
    `Runtime: Node ${app.node}, Electron ${app.electron ?? 'none'}, Chrome ${app.chrome ?? 'none'}`,
    `Directory: ${directory.plan} ${directory.version}, captured ${directory.capturedOn}, ${directory.entryCount} entries`,
    `desk.db schema: ${diagnostics.deskSchemaVersion}`,
    `Mail settings: ${mailLine(diagnostics.mail)}`,
    `Outbox: ${counts}${outbox.sendingNow ? ' (sending now)' : ''}`,
    ...(problems.length > 0 ? ['Outbox problems:', ...problems] : []),
    'Recent errors, newest first:',
    ...(errors.length > 0 ? errors : ['  none']),
    `Log files: ${diagnostics.logFolder ?? 'none'}`,
    'No clinic or patient details, addresses, subjects, message text or passwords are included.',
    '',
  ].join('\n');
}
