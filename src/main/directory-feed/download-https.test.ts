import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveJson, startFeedServer, type FeedTestServer } from '../../../tests/support/feed-test-server';
import { makeTestCertificate } from '../../../tests/support/smtp-test-server';
import { fetchFeedLatest } from './download';
import { FeedError } from './feed-error';
import { parseFeedUrl } from './feed-url';

let server: FeedTestServer;

beforeAll(async () => {
  server = await startFeedServer(makeTestCertificate());
  server.routes.set(
    '/latest.json',
    serveJson({ version: '2026.12.01', url: 'pack.json', sha256: '0'.repeat(64) }),
  );
});

afterAll(async () => {
  await server.close();
});

describe('an https update feed', () => {
  it('is refused, saying so, when its certificate is not one this computer trusts', async () => {
    const error = await fetchFeedLatest(parseFeedUrl(server.url)).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(FeedError);
    expect(error).toMatchObject({
      reason: 'unreachable',
      message: expect.stringContaining(
        'did not trust the security certificate of the update feed at 127.0.0.1:',
      ),
    });
    expect(server.requests).toEqual([]);
  });
});
