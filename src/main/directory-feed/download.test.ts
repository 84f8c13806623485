import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  redirectTo,
  serveBytes,
  serveCutShort,
  serveEndless,
  serveJson,
  serveStall,
  serveTrickle,
  sha256Hex,
  startFeedServer,
  type FeedTestServer,
} from '../../../tests/support/feed-test-server';
import { downloadFeedPack, fetchFeedLatest } from './download';
import { FeedError, type FeedRefusalReason } from './feed-error';
import { parseFeedUrl } from './feed-url';

const pack = randomBytes(300 * 1024);
const signature = 'untrusted comment: test\nRWQ-not-a-real-signature\n';

let server: FeedTestServer;

beforeEach(async () => {
  server = await startFeedServer();
  server.routes.set(
    '/desk/latest.json',
    serveJson({ version: '2026.11.30.1', url: 'pack.json', sha256: sha256Hex(pack) }),
  );
  server.routes.set('/desk/pack.json', serveBytes(pack));
  server.routes.set('/desk/pack.json.sig', serveBytes(signature));
});

afterEach(async () => {
  await server.close();
});

const feed = () => parseFeedUrl(`${server.url}desk/`);

/** The refusal a download ends with; fails the test if it succeeds or throws anything else. */
async function refusal(download: Promise<unknown>): Promise<FeedError> {
  const error = await download.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(FeedError);
  return error as FeedError;
}

function expectReason(error: FeedError, reason: FeedRefusalReason): void {
  expect({ reason: error.reason, message: error.message }).toEqual({
    reason,
    message: expect.stringContaining('Nothing was changed.'),
  });
}

/** fetch, recording every address asked for, and never letting a test reach past this computer. */
function recordingFetch(asked: string[]): typeof fetch {
  return (input, init) => {
    const address = input instanceof Request ? input.url : input.toString();
    asked.push(address);
    if (!address.startsWith(server.url)) return Promise.reject(new Error('a test asked beyond 127.0.0.1'));
    return fetch(input, init);
  };
}

/** Downloads with a limit on the pack: the refusal, and each byte count progress reported. */
async function refusalWithin(maxPackBytes: number): Promise<{ error: FeedError; progress: number[] }> {
  const progress: number[] = [];
  const error = await refusal(
    downloadFeedPack(feed(), { maxPackBytes, onProgress: (received) => progress.push(received) }),
  );
  return { error, progress };
}

describe('downloading the newest pack from the update feed', () => {
  it('brings back the pack, its signature and latest.json, with progress along the way', async () => {
    const progress: Array<[number, number | null]> = [];
    const result = await downloadFeedPack(feed(), {
      onProgress: (received, total) => progress.push([received, total]),
    });
    expect(result.latest).toEqual({
      version: '2026.11.30.1',
      url: `${server.url}desk/pack.json`,
      sha256: sha256Hex(pack),
      signatureUrl: `${server.url}desk/pack.json.sig`,
    });
    expect(result.packBytes.equals(pack)).toBe(true);
    expect(result.signatureText).toBe(signature);
    expect(progress[0]).toEqual([0, pack.length]);
    expect(progress.at(-1)).toEqual([pack.length, pack.length]);
    const received = progress.map(([bytes]) => bytes);
    expect(received).toEqual([...received].sort((a, b) => a - b));
  });

  it('reads latest.json alone, so a daily check need not download a pack it has', async () => {
    const latest = await fetchFeedLatest(feed());
    expect(latest.version).toBe('2026.11.30.1');
    expect(server.requests).toEqual(['/desk/latest.json']);
  });

  it('takes the signature from where latest.json says, and the pack from an absolute address', async () => {
    server.routes.set(
      '/desk/latest.json',
      serveJson({
        version: '2026.12.01',
        url: `${server.url}packs/2026.12.01.json`,
        sha256: sha256Hex(pack).toUpperCase(),
        signatureUrl: '/signatures/2026.12.01.sig',
      }),
    );
    server.routes.set('/packs/2026.12.01.json', serveBytes(pack));
    server.routes.set('/signatures/2026.12.01.sig', serveBytes(signature));
    const result = await downloadFeedPack(feed());
    expect(result.latest.signatureUrl).toBe(`${server.url}signatures/2026.12.01.sig`);
    expect(result.signatureText).toBe(signature);
  });

  it('follows a redirect to an allowed address, reading the pack address against where latest.json ended up', async () => {
    server.routes.set('/desk/latest.json', redirectTo('/mirror/latest.json', 301));
    server.routes.set(
      '/mirror/latest.json',
      serveJson({ version: '2026.12.01', url: 'pack', sha256: sha256Hex(pack) }),
    );
    server.routes.set('/mirror/pack', redirectTo(`${server.url}mirror/pack-2026.12.01`, 307));
    server.routes.set('/mirror/pack-2026.12.01', serveBytes(pack));
    server.routes.set('/mirror/pack.sig', serveBytes(signature));
    const result = await downloadFeedPack(feed());
    expect(result.latest.url).toBe(`${server.url}mirror/pack`);
    expect(result.packBytes.equals(pack)).toBe(true);
  });

  it('refuses a redirect to an address that is not https, without asking it for anything', async () => {
    server.routes.set('/desk/pack.json', redirectTo('http://updates.example.org/pack.json?token=secret'));
    const asked: string[] = [];
    const error = await refusal(downloadFeedPack(feed(), { fetchImpl: recordingFetch(asked) }));
    expectReason(error, 'bad-url');
    expect(error.message).toContain('http://updates.example.org/pack.json');
    expect(error.message).not.toContain('secret');
    expect(asked.some((address) => address.includes('example.org'))).toBe(false);
  });

  it('refuses a pack address in latest.json that is not https, before asking it for anything', async () => {
    server.routes.set(
      '/desk/latest.json',
      serveJson({
        version: '2026.12.01',
        url: 'ftp://updates.example.org/pack.json',
        sha256: sha256Hex(pack),
      }),
    );
    const asked: string[] = [];
    expectReason(await refusal(downloadFeedPack(feed(), { fetchImpl: recordingFetch(asked) })), 'bad-url');
    expect(asked).toEqual([`${server.url}desk/latest.json`]);
  });

  it('stops after three redirects', async () => {
    server.routes.set('/desk/latest.json', redirectTo('/desk/latest.json'));
    const error = await refusal(fetchFeedLatest(feed()));
    expectReason(error, 'http-status');
    expect(error.message).toContain('more than 3 times');
    expect(server.requests).toHaveLength(4);
  });

  it('says what the server answered when latest.json is not there, without the query string', async () => {
    server.routes.delete('/desk/latest.json');
    const error = await refusal(fetchFeedLatest(parseFeedUrl(`${server.url}desk/?token=secret`)));
    expectReason(error, 'http-status');
    expect(error.message).toContain('answered 404');
    expect(error.message).toContain(`${server.url}desk/latest.json`);
    expect(error.message).not.toContain('secret');
    expect(server.requests).toEqual(['/desk/latest.json?token=secret']);
  });

  it('refuses a pack whose Content-Length is over the limit before reading it', async () => {
    const { error, progress } = await refusalWithin(100 * 1024);
    expectReason(error, 'too-large');
    expect(error.message).toBe(
      'The directory update was larger than 100 KB, so Provider Desk stopped downloading it. Nothing was changed.',
    );
    expect(progress).toEqual([]);
    await server.connectionClosed('/desk/pack.json');
  });

  it('stops an endless chunked pack at the limit and lets the connection go', async () => {
    server.routes.set('/desk/pack.json', serveEndless());
    const { error, progress } = await refusalWithin(1024 * 1024);
    expectReason(error, 'too-large');
    expect(error.message).toContain('larger than 1 MB');
    expect(Math.max(...progress)).toBeLessThanOrEqual(1024 * 1024);
    await server.connectionClosed('/desk/pack.json');
    expect(server.requests).not.toContain('/desk/pack.json.sig');
  });

  it('refuses a latest.json over 64 KB, and a signature over 4 KB', async () => {
    server.routes.set('/desk/latest.json', serveBytes(' '.repeat(64 * 1024 + 1)));
    expect((await refusal(fetchFeedLatest(feed()))).message).toContain(
      "The update feed's latest.json was larger than 64 KB",
    );
    server.routes.set(
      '/desk/latest.json',
      serveJson({ version: '2026.12.01', url: 'pack.json', sha256: sha256Hex(pack) }),
    );
    server.routes.set('/desk/pack.json.sig', serveEndless());
    const error = await refusal(downloadFeedPack(feed()));
    expect(error.message).toContain("The directory update's signature was larger than 4 KB");
  });

  it('says a download was cut short when the server sends less than it said and hangs up', async () => {
    server.routes.set('/desk/pack.json', serveCutShort(pack.length, 10_000));
    const error = await refusal(downloadFeedPack(feed()));
    expectReason(error, 'cut-short');
    expect(error.message).toContain('The download of the directory update was cut short');
  });

  it('refuses a pack whose SHA-256 is not the one latest.json gave, and does not fetch its signature', async () => {
    server.routes.set('/desk/pack.json', serveBytes(Buffer.concat([pack, Buffer.from('tampered')])));
    expectReason(await refusal(downloadFeedPack(feed())), 'checksum');
    expect(server.requests).not.toContain('/desk/pack.json.sig');
  });

  it('lists every problem with a malformed latest.json by its place', async () => {
    server.routes.set(
      '/desk/latest.json',
      serveJson({ version: '2026-11-30', url: '', sha256: 'abc', channel: 'beta' }),
    );
    const error = await refusal(fetchFeedLatest(feed()));
    expectReason(error, 'bad-latest');
    expect(error.problems).toEqual([
      expect.stringMatching(/^version: a pack version is written YYYY\.MM\.DD/),
      'url: the pack address is empty',
      'sha256: a SHA-256 is 64 hexadecimal digits',
      expect.stringMatching(/^the file: .*channel/),
    ]);
    expect(error.message).toContain('url: the pack address is empty');
  });

  it('reads a latest.json saved with a byte-order mark, as Windows editors save it', async () => {
    const text = JSON.stringify({ version: '2026.12.01', url: 'pack.json', sha256: sha256Hex(pack) });
    server.routes.set('/desk/latest.json', serveBytes(`\uFEFF${text}`));
    expect((await fetchFeedLatest(feed())).version).toBe('2026.12.01');
  });

  it('refuses a latest.json that is not JSON', async () => {
    server.routes.set('/desk/latest.json', serveBytes('<html>Sign in</html>'));
    const error = await refusal(fetchFeedLatest(feed()));
    expectReason(error, 'bad-latest');
    expect(error.problems).toEqual(['it is not JSON']);
  });

  it('stops when cancelled mid-download, says so, and hangs up on the server', async () => {
    server.routes.set('/desk/pack.json', serveTrickle({ 'content-length': String(pack.length) }));
    const cancel = new AbortController();
    const error = await refusal(
      downloadFeedPack(feed(), {
        signal: cancel.signal,
        onProgress: (received) => received > 0 && cancel.abort(),
      }),
    );
    expectReason(error, 'cancelled');
    expect(error.message).toBe('The directory update was cancelled. Nothing was changed.');
    await server.connectionClosed('/desk/pack.json');
  });

  it('gives up on a feed that stops sending, and on one that never answers', async () => {
    server.routes.set('/desk/pack.json', serveStall({ 'content-length': String(pack.length) }, 1000));
    expectReason(await refusal(downloadFeedPack(feed(), { idleTimeoutMs: 300 })), 'timeout');
    await server.connectionClosed('/desk/pack.json');
    server.routes.set('/desk/latest.json', () => undefined);
    const error = await refusal(fetchFeedLatest(feed(), { idleTimeoutMs: 300 }));
    expectReason(error, 'timeout');
    expect(error.message).toContain(`The update feed at ${new URL(server.url).host} stopped answering`);
  });

  it('says the feed could not be reached when nothing listens there', async () => {
    const gone = await startFeedServer();
    await gone.close();
    const error = await refusal(fetchFeedLatest(parseFeedUrl(gone.url)));
    expectReason(error, 'unreachable');
    expect(error.message).toContain('could not reach the update feed');
  });
});
