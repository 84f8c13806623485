import { describe, expect, it } from 'vitest';
import { createDeskLog } from './desk-log';

function recordingLog(recentLimit?: number) {
  const lines: string[] = [];
  const log = createDeskLog({
    write: (line) => lines.push(line),
    folder: null,
    now: () => new Date('2026-11-23T17:00:00Z'),
    recentLimit,
  });
  return { log, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('a log record', () => {
  it('is one JSON line: time, level, event and the fields', () => {
    const { log, records } = recordingLog();
    log.info('outbox.sent', { id: 4, formId: 'claims-inquiry', attempt: 1, responseCode: 250 });
    expect(records()).toEqual([
      {
        time: '2026-11-23T17:00:00.000Z',
        level: 'info',
        event: 'outbox.sent',
        id: 4,
        formId: 'claims-inquiry',
        attempt: 1,
        responseCode: 250,
      },
    ]);
  });

  it('drops any field that is not on the list, whatever the caller slips past the types', () => {
    const { log, records } = recordingLog();
    const smuggled = { id: 1, memberName: 'Zebedee', password: 'x', subject: 'Claims', text: 'body' };
    log.info('outbox.queued', smuggled);
    expect(records()[0]).toEqual({ time: expect.any(String), level: 'info', event: 'outbox.queued', id: 1 });
  });

  it('redacts a value that is not safe for its kind, and scrubs the free-text detail', () => {
    const { log, records } = recordingLog();
    log.warn('outbox.retrying', {
      formId: 'Zebedee Quillfeather',
      code: 'pat@example.org',
      host: '5035550100',
      id: 1234567893,
      ok: 'yes' as unknown as boolean,
      detail: 'rejected for member ZQ73019284, born 03/14/1961',
    });
    expect(records()[0]).toEqual({
      time: expect.any(String),
      level: 'warn',
      event: 'outbox.retrying',
      formId: '[redacted]',
      code: '[redacted]',
      host: '[redacted]',
      id: '[redacted]',
      detail: 'rejected for member [number], born [date]',
    });
  });

  it('keeps the latest warnings and errors, newest first, for diagnostics', () => {
    const { log } = recordingLog(2);
    log.info('app.started', { appVersion: '0.1.0' });
    log.warn('api.refused', { channel: 'outbox.retry', code: 'not-allowed' });
    log.error('outbox.failed', {
      id: 2,
      formId: 'new-contract-request',
      responseCode: 550,
      host: 'smtp.example.org',
    });
    log.warn('outbox.held', { id: 3, code: 'needs-encryption' });
    expect(log.recentProblems()).toEqual([
      { time: '2026-11-23T17:00:00.000Z', level: 'warn', event: 'outbox.held', code: 'needs-encryption' },
      {
        time: '2026-11-23T17:00:00.000Z',
        level: 'error',
        event: 'outbox.failed',
        formId: 'new-contract-request',
        responseCode: 550,
      },
    ]);
  });

  it('never throws into the caller when writing fails', () => {
    const log = createDeskLog({
      write: () => {
        throw new Error('disk full');
      },
      folder: null,
    });
    expect(() => log.error('outbox.fault', { detail: 'x' })).not.toThrow();
    expect(log.recentProblems()).toHaveLength(1);
  });
});
