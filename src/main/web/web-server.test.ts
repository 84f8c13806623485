import { browserTokenHeader } from '../../shared/api-channels';
import { request } from 'node:http';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServices } from '../../../tests/support/test-services';
import { maxPackBytes } from '../../shared/directory-update';
import { createEventHub } from '../events/event-hub';
import { startWebServer, type RunningWebServer } from './web-server';

const { handlers, staging, dispose } = startTestServices();
const events = createEventHub();
const root = mkdtempSync(join(tmpdir(), 'provider-desk-web-'));
const rendererDir = join(root, 'renderer');
let server: RunningWebServer;
let token: string;

beforeAll(async () => {
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Provider Desk</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'outside the build folder');
  server = await startWebServer({
    handlers,
    rendererDir,
    port: 0,
    events,
    staging,
  });
  token = new URL(server.url).searchParams.get('token') ?? '';
});

afterAll(async () => {
  await server.close();
  await dispose();
  rmSync(root, { recursive: true, force: true });
});

interface Reply {
  status: number;
  body: string;
}

/** A raw request, so Host and Origin can be anything a hostile page could send. */
function send(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method,
        path,
        headers: { host: `127.0.0.1:${server.port}`, ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const call = (channel: string, input: unknown, headers: Record<string, string> = {}) =>
  send(
    'POST',
    `/api/${channel}`,
    { 'content-type': 'application/json', [browserTokenHeader]: token, ...headers },
    JSON.stringify({ input }),
  );

describe('browser mode over loopback HTTP', () => {
  it('listens on 127.0.0.1 and prints a URL with the token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('serves the renderer and answers calls through the same handlers', async () => {
    expect((await send('GET', '/')).body).toContain('Provider Desk');
    expect((await send('GET', '/assets/app.js')).status).toBe(200);
    const reply = await call('directory.search', { query: '93975' });
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: true,
      value: { hits: [{ key: 'claims.electronic' }] },
    });
  });

  it('refuses a call without the token, or with a wrong one', async () => {
    expect((await send('POST', '/api/app.info', {}, '{}')).status).toBe(401);
    expect((await call('app.info', undefined, { [browserTokenHeader]: `${token}x` })).status).toBe(401);
    expect((await call('app.info', undefined, { [browserTokenHeader]: 'short' })).status).toBe(401);
  });

  it('refuses a request for another host name (DNS rebinding) or from another origin', async () => {
    expect((await send('GET', '/', { host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await call('app.info', undefined, { host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await call('app.info', undefined, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await call('app.info', undefined, { origin: `http://127.0.0.1:${server.port}` })).status).toBe(
      200,
    );
  });

  it('never serves a file outside the build folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%00',
      '/%E0%A4%A',
    ]) {
      const reply = await send('GET', path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the build folder');
    }
  });

  it('answers malformed calls with a refusal, not a crash', async () => {
    const headers = { 'content-type': 'application/json', [browserTokenHeader]: token };
    expect((await send('POST', '/api/app.info', headers, '{not json')).status).toBe(400);
    expect((await send('POST', '/api/app.info', headers, '[1,2]')).status).toBe(400);
    expect((await send('POST', '/api/app.info', headers, 'x'.repeat(300_000))).status).toBe(413);
    expect((await send('GET', '/api/app.info', headers)).status).toBe(405);
    expect(JSON.parse((await call('nope', {})).body)).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    expect(JSON.parse((await call('app.info', undefined)).body)).toMatchObject({ ok: true });
  });

  it('lets a directory file as large as a pack through to its channel, and only that channel', async () => {
    const pack = 'A'.repeat(300_000);
    const imported = await call('directory.importFile', {
      fileName: 'pack.json',
      packBase64: pack,
      signatureText: '',
    });
    expect(imported.status).toBe(200);
    // The pack reached the updater, which read it and refused it for its missing signature.
    expect(JSON.parse(imported.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await call('profile.save', { clinicName: pack })).status).toBe(413);

    const largestPack = 'A'.repeat(Math.ceil(maxPackBytes / 3) * 4);
    const tooLarge = await call('directory.importFile', {
      fileName: 'pack.json',
      packBase64: `${largestPack}${'A'.repeat(100_000)}`,
      signatureText: '',
    });
    expect(tooLarge.status).toBe(413);
  });

  it('pushes what main announces as server-sent events, to the token holder only', async () => {
    const changedStatus = { sending: false, online: true, counts: { queued: 1 } };
    expect((await send('GET', '/api/events')).status).toBe(401);
    expect((await send('GET', '/api/events?token=wrong')).status).toBe(401);
    const heard = await new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: `/api/events?token=${token}`,
          headers: { host: `127.0.0.1:${server.port}` },
        },
        (res) => {
          expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (text.includes(': connected')) events.emit('outbox.changed', changedStatus);
            if (text.includes('data: ')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(heard).toContain(
      `data: ${JSON.stringify({ event: 'outbox.changed', payload: changedStatus })}\n\n`,
    );
  });
});

describe('a file uploaded for import', () => {
  const upload = (name: string | null, body: string, headers: Record<string, string> = {}) =>
    send(
      'POST',
      name === null ? '/files' : `/files?name=${encodeURIComponent(name)}`,
      { 'content-type': 'application/octet-stream', [browserTokenHeader]: token, ...headers },
      body,
    );

  it('is kept under its own name, without folders, and named by an id main hands back', async () => {
    const reply = await upload('../../npidata_pfile_20050523-20181209.csv', '"NPI","Entity Type Code"\r\n');
    expect(reply.status).toBe(200);
    const { value } = JSON.parse(reply.body) as { value: { stagedFile: string } };
    const file = staging.take(value.stagedFile);
    expect(file.name).toBe('npidata_pfile_20050523-20181209.csv');
    expect(readFileSync(file.path, 'utf8')).toBe('"NPI","Entity Type Code"\r\n');
    file.discard();
    expect(existsSync(file.path)).toBe(false);
    expect(() => staging.take(value.stagedFile)).toThrow(/Choose the file again/);
  });

  it('is refused without the token, and without a name', async () => {
    expect((await upload('a.csv', 'x', { [browserTokenHeader]: 'wrong' })).status).toBe(401);
    expect(JSON.parse((await upload(null, 'x')).body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});
