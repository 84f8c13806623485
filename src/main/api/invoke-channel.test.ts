import { afterAll, describe, expect, it } from 'vitest';
import { apiChannels } from '../../shared/api-channels';
import { apiContract } from '../../shared/api-contract';
import { startTestServices } from '../../../tests/support/test-services';
import { createDeskLog } from '../logging/desk-log';
import { invokeChannel } from './invoke-channel';

/** A log that keeps its records in memory, to read what a call left behind. */
function recordingLog() {
  const lines: string[] = [];
  const log = createDeskLog({ write: (line) => lines.push(line), folder: null });
  return { log, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>), lines };
}

const { handlers, dispose } = startTestServices();
afterAll(dispose);

describe('the door every call comes through', () => {
  it('lists the same channels in the contract, the channel list and the handler table', () => {
    expect(Object.keys(apiContract).sort()).toEqual([...apiChannels].sort());
    expect(Object.keys(handlers).sort()).toEqual([...apiChannels].sort());
  });

  it('answers a good call with its value', async () => {
    const result = await invokeChannel(handlers, 'directory.search', { query: 'payer id' });
    expect(result.ok && (result.value as { hits: { key: string }[] }).hits[0]?.key).toBe('claims.electronic');
  });

  it('refuses an unknown channel with a typed error', async () => {
    expect(await invokeChannel(handlers, 'desk.dropEverything', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    expect(await invokeChannel(handlers, '__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
  });

  it.each([
    ['directory.search', undefined],
    ['directory.search', { query: 42 }],
    ['directory.search', { query: 'x', extra: true }],
    ['directory.entry', { key: '../../etc/passwd' }],
    ['directory.entry', 'claims.paper'],
    ['app.info', { surprise: 1 }],
  ])('refuses %s with input %j before any domain code runs', async (channel, input) => {
    const result = await invokeChannel(handlers, channel, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.message).toMatch(/could not read a request/);
  });

  it('cuts a very long query rather than refusing it', async () => {
    const result = await invokeChannel(handlers, 'directory.search', {
      query: `claims ${'x'.repeat(50_000)}`,
    });
    expect(result.ok).toBe(true);
  });

  it('passes a domain error through with its code and sentence', async () => {
    expect(await invokeChannel(handlers, 'directory.entry', { key: 'no.such-entry' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/no longer in the directory/) },
    });
  });

  it('hides an unexpected failure behind a plain sentence and logs it', async () => {
    const { log, records } = recordingLog();
    const broken = {
      ...handlers,
      'directory.browse': () => {
        throw new Error('disk on fire');
      },
    };
    const result = await invokeChannel(broken, 'directory.browse', undefined, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('disk on fire');
    expect(records()).toEqual([
      expect.objectContaining({
        level: 'error',
        event: 'api.failed',
        channel: 'directory.browse',
        code: 'internal',
        detail: 'Error: disk on fire',
      }),
    ]);
  });

  it('refuses to send an answer that breaks the contract', async () => {
    const { log, records } = recordingLog();
    const lying = { ...handlers, 'directory.browse': () => [{ topic: 7 }] } as unknown as typeof handlers;
    expect(await invokeChannel(lying, 'directory.browse', undefined, log)).toMatchObject({ ok: false });
    expect(records()).toMatchObject([{ event: 'api.failed', channel: 'directory.browse' }]);
  });

  it('logs a refused call by its channel and code, never by what it carried', async () => {
    const { log, records, lines } = recordingLog();
    const settings = { host: 'smtp.example.org', port: 70000, security: 'tls', username: 'zq-login' };
    await invokeChannel(handlers, 'mail.saveSettings', { settings, password: 'Zebra-Quasar-7731' }, log);
    await invokeChannel(handlers, 'desk.Zebra-Quasar', { password: 'Zebra-Quasar-7731' }, log);
    expect(records()).toMatchObject([
      { level: 'warn', event: 'api.refused', channel: 'mail.saveSettings', code: 'invalid-input' },
      { level: 'warn', event: 'api.refused', code: 'unknown-channel' },
    ]);
    expect(lines.join('\n')).not.toMatch(/Zebra|Quasar|zq-login|70000/);
  });
});
