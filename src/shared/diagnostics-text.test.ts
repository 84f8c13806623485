import { describe, expect, it } from 'vitest';
import type { Diagnostics } from './api-contract';
import { formatDiagnostics } from './diagnostics-text';

const diagnostics: Diagnostics = {
  generatedAt: '2026-11-23T17:00:00.000Z',
  app: {
    version: '0.1.0',
    transport: 'electron',
    platform: 'win32',
    arch: 'x64',
    node: '22.20.0',
    electron: '45.4.1',
    chrome: '142.0.7444.59',
  },
  directory: { plan: 'CareOregon', version: '2026.11.23', capturedOn: '2026-11-23', entryCount: 48 },
  deskSchemaVersion: 4,
  outbox: {
    sendingNow: false,
    counts: { queued: 0, sending: 0, sent: 12, retrying: 1, failed: 1, held: 0, cancelled: 2 },
    problems: [
      {
        state: 'retrying',
        count: 1,
        reason: 'The mail server could not be reached. Provider Desk will try again.',
      },
      {
        state: 'failed',
        count: 1,
        reason: 'The mail server refused this message: 550 5.7.1 Relaying denied',
      },
    ],
  },
  mail: {
    configured: true,
    security: 'starttls',
    port: 587,
    loopbackHost: false,
    signIn: true,
    passwordSaved: true,
    ownCertificate: false,
  },
  recentErrors: [
    {
      time: '2026-11-23T16:59:00.000Z',
      level: 'error',
      event: 'outbox.failed',
      formId: 'new-contract-request',
      code: 'EMESSAGE',
      responseCode: 550,
      detail: 'The mail server refused this message: 550 5.7.1 Relaying denied',
    },
    {
      time: '2026-11-23T16:58:00.000Z',
      level: 'warn',
      event: 'api.refused',
      channel: 'outbox.cancel',
      code: 'not-allowed',
    },
  ],
  logFolder: '~\\AppData\\Roaming\\Provider Desk\\logs',
};

describe('diagnostics as text', () => {
  it('reads as one fact a line: versions, directory, mail, counts by state, problems and errors', () => {
    expect(formatDiagnostics(diagnostics)).toBe(
      [
        'Provider Desk diagnostics, 2026-11-23T17:00:00.000Z',
        'App: 0.1.0 (desktop app) on win32 x64',
        'Runtime: Node 22.20.0, Electron 45.4.1, Chrome 142.0.7444.59',
        'Directory: CareOregon 2026.11.23, captured 2026-11-23, 48 entries',
        'desk.db schema: 4',
        'Mail settings: STARTTLS on port 587, server elsewhere, signs in, password saved',
        'Outbox: queued 0, sending 0, sent 12, retrying 1, failed 1, held 0, cancelled 2',
        'Outbox problems:',
        '  retrying ×1: The mail server could not be reached. Provider Desk will try again.',
        '  failed ×1: The mail server refused this message: 550 5.7.1 Relaying denied',
        'Recent errors, newest first:',
        '  2026-11-23T16:59:00.000Z error outbox.failed form new-contract-request code EMESSAGE reply 550: The mail server refused this message: 550 5.7.1 Relaying denied',
        '  2026-11-23T16:58:00.000Z warn api.refused channel outbox.cancel code not-allowed',
        'Log files: ~\\AppData\\Roaming\\Provider Desk\\logs',
        'No clinic or patient details, addresses, subjects, message text or passwords are included.',
        '',
      ].join('\n'),
    );
  });

  it('says plainly when mail is not set up and nothing has gone wrong', () => {
    const fresh: Diagnostics = {
      ...diagnostics,
      app: { ...diagnostics.app, transport: 'browser', electron: null, chrome: null },
      outbox: { ...diagnostics.outbox, sendingNow: true, problems: [] },
      mail: { ...diagnostics.mail, configured: false, security: null, port: null, loopbackHost: null },
      recentErrors: [],
    };
    const text = formatDiagnostics(fresh);
    expect(text).toContain(
      'App: 0.1.0 (browser mode) on win32 x64\nRuntime: Node 22.20.0, Electron none, Chrome none',
    );
    expect(text).toContain('Mail settings: not set up');
    expect(text).toContain('cancelled 2 (sending now)\nRecent errors, newest first:\n  none\n');
    expect(text).not.toContain('Outbox problems');
  });
});
