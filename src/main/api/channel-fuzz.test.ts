import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTokenHeader, apiChannels } from '../../shared/api-channels';
import { deskErrorCodes, type ApiResult } from '../../shared/desk-error';
import { startTestServices } from '../../../tests/support/test-services';
import { registerIpcHandlers } from '../electron/register-ipc';
import { startWebServer, type RunningWebServer } from '../web/web-server';
import { invokeChannel } from './invoke-channel';

/**
 * Malformed and hostile payloads on every channel, through both transports' paths: each answer
 * must be a typed refusal, nothing may throw or pollute a prototype, and desk.db must not change.
 */
function deepNest(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = { nested: value };
  return value;
}

const hostile: [string, unknown][] = [
  ['null', null],
  ['a number', 42],
  ['NaN-like text', 'NaN'],
  ['a huge string', 'x'.repeat(100_000)],
  ['SQL', "'; DROP TABLE outbox; --"],
  ['an array', [1, 2, 3]],
  ['an array of objects', [{ id: 1 }]],
  ['a prototype key', JSON.parse('{"__proto__": {"polluted": true}}')],
  ['a constructor key', { constructor: { prototype: { polluted: true } } }],
  ['deep nesting', deepNest(2_000)],
  ['unknown keys', { surprise: true, id: 1, key: 'x' }],
  ['wrong types', { id: 'one', key: 5, query: ['x'], formId: 7, values: 'none', settings: 'smtp' }],
  ['a negative id', { id: -1 }],
  ['a fractional id', { id: 1.5 }],
  ['a path as a key', { key: '../../etc/passwd' }],
  ['a form that does not exist', { formId: 'nope', values: {} }],
  ['a form with hostile values', { formId: 'claims-inquiry', values: { memberName: { $gt: { $ne: 1 } } } }],
  ['a draft id that is not a uuid', { id: 'not-a-uuid', formId: 'new-contract-request', values: {} }],
  ['mail settings aimed elsewhere', { settings: { host: 'evil example', port: 0, security: 'none' } }],
];

const services = startTestServices();
const tablesOf = () =>
  Object.fromEntries(
    (
      services.desk
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .pluck()
        .all() as string[]
    ).map((table) => [table, services.desk.prepare(`SELECT * FROM "${table}"`).all()]),
  );

let before: ReturnType<typeof tablesOf>;
let server: RunningWebServer;
let token: string;
const folder = mkdtempSync(join(tmpdir(), 'provider-desk-fuzz-'));

beforeAll(async () => {
  before = tablesOf();
  mkdirSync(join(folder, 'renderer'));
  writeFileSync(join(folder, 'renderer', 'index.html'), '<!doctype html>');
  server = await startWebServer({
    handlers: services.handlers,
    rendererDir: join(folder, 'renderer'),
    port: 0,
  });
  token = new URL(server.url).searchParams.get('token') ?? '';
});

afterAll(async () => {
  await server.close();
  await services.dispose();
  rmSync(folder, { recursive: true, force: true });
});

function expectTypedRefusal(result: ApiResult<unknown>): void {
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(deskErrorCodes).toContain(result.error.code);
    expect(result.error.code).not.toBe('internal');
    expect(result.error.message.length).toBeGreaterThan(10);
  }
}

/** Electron's event type, reached through the transport: domain folders import no electron. */
type IpcEvent = Parameters<Parameters<typeof registerIpcHandlers>[2]>[0];

/** The IPC transport's own path: what ipcMain.handle runs, with the app's frame as sender. */
const ipcHandlers = new Map<string, (event: IpcEvent, input: unknown) => Promise<ApiResult<unknown>>>();
registerIpcHandlers(
  { handle: (channel: string, listener: never) => void ipcHandlers.set(channel, listener) },
  services.handlers,
  () => true,
);

async function overHttp(channel: string, input: unknown): Promise<ApiResult<unknown>> {
  const response = await fetch(`${new URL(server.url).origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [browserTokenHeader]: token },
    body: JSON.stringify({ input }),
  });
  if (response.status === 413)
    return { ok: false, error: { code: 'invalid-input', message: 'The request is too large.' } };
  return (await response.json()) as ApiResult<unknown>;
}

describe('every channel, fed what it should never receive', () => {
  it.each(
    apiChannels.flatMap((channel) => hostile.map(([label, input]) => [channel, label, input] as const)),
  )('%s refuses %s over both transports', async (channel, _label, input) => {
    expectTypedRefusal(await invokeChannel(services.handlers, channel, input));
    const ipc = ipcHandlers.get(`desk:${channel}`);
    expect(ipc).toBeDefined();
    expectTypedRefusal(await (ipc as NonNullable<typeof ipc>)({} as IpcEvent, input));
    expectTypedRefusal(await overHttp(channel, input));
  });

  it('leaves desk.db exactly as it was, pollutes no prototype, and keeps answering', async () => {
    expect(tablesOf()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await overHttp('app.info', undefined)).toMatchObject({ ok: true });
  });
});
