import { describe, expect, it } from 'vitest';
import { FeedError } from './feed-error';
import { parseFeedUrl, resolveFeedTarget } from './feed-url';

function refusalOf(act: () => unknown): FeedError {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    expect((error as FeedError).reason).toBe('bad-url');
    return error as FeedError;
  }
  throw new Error('it was accepted');
}

describe('the update feed address in Settings', () => {
  it('reads a folder, with or without its slash, as the folder holding latest.json', () => {
    expect(parseFeedUrl('https://example.org/desk/').href).toBe('https://example.org/desk/latest.json');
    expect(parseFeedUrl('https://example.org/desk').href).toBe('https://example.org/desk/latest.json');
    expect(parseFeedUrl(' https://example.org ').href).toBe('https://example.org/latest.json');
  });

  it('reads an address ending in .json as the file itself', () => {
    expect(parseFeedUrl('https://example.org/desk/stable.json').href).toBe(
      'https://example.org/desk/stable.json',
    );
  });

  it('keeps a query string (a mirror may want a token) and drops a #fragment', () => {
    expect(parseFeedUrl('https://example.org/desk/?token=abc#top').href).toBe(
      'https://example.org/desk/latest.json?token=abc',
    );
  });

  it('allows http:// only to this computer', () => {
    for (const local of [
      'http://127.0.0.1:8080/feed/',
      'http://127.45.6.7/',
      'http://127.1/',
      'http://localhost:3000/',
      'http://LOCALHOST/',
      'http://[::1]:9000/',
    ]) {
      expect(parseFeedUrl(local).protocol, local).toBe('http:');
    }
  });

  it('refuses http:// to any other computer, saying https:// is needed', () => {
    for (const remote of [
      'http://example.org/desk/',
      'http://192.168.1.5/',
      'http://[::ffff:127.0.0.1]/',
      'http://localhost.example.org/',
      'http://128.0.0.1/',
    ]) {
      expect(refusalOf(() => parseFeedUrl(remote)).message, remote).toBe(
        'The update feed address must start with https://; http:// is allowed only for a mirror on this computer (127.0.0.1 or localhost). Fix it in Settings.',
      );
    }
  });

  it('refuses other kinds of address', () => {
    for (const other of ['file:///etc/desk/latest.json', 'ftp://example.org/desk/', 'javascript:alert(1)']) {
      expect(refusalOf(() => parseFeedUrl(other)).message, other).toBe(
        'The update feed address must start with https://. Fix it in Settings.',
      );
    }
  });

  it('refuses a user name or password in the address, without repeating it', () => {
    const error = refusalOf(() => parseFeedUrl('https://desk:hunter2@example.org/desk/'));
    expect(error.message).toContain('must not contain a user name or password');
    expect(error.message).not.toContain('hunter2');
  });

  it('refuses what is not an address at all, showing how one looks', () => {
    for (const garbage of ['', 'example.org/desk', 'https://', 'not a url']) {
      expect(refusalOf(() => parseFeedUrl(garbage)).message, garbage).toContain(
        'like https://example.org/desk/',
      );
    }
  });
});

describe('addresses the feed names', () => {
  const remoteFeed = new URL('https://example.org/desk/latest.json?token=abc');
  const localFeed = new URL('http://127.0.0.1:8080/desk/latest.json');

  it('are read relative to the file that names them', () => {
    expect(resolveFeedTarget('packs/2026.12.01.json', remoteFeed).href).toBe(
      'https://example.org/desk/packs/2026.12.01.json',
    );
    expect(resolveFeedTarget('https://cdn.example.net/pack.json', localFeed).href).toBe(
      'https://cdn.example.net/pack.json',
    );
    expect(resolveFeedTarget('pack.json', localFeed).href).toBe('http://127.0.0.1:8080/desk/pack.json');
  });

  it('are held to the same rule as the feed, shown without their query string', () => {
    const error = refusalOf(() => resolveFeedTarget('http://example.org/pack.json?token=abc', remoteFeed));
    expect(error.message).toBe(
      'The update feed sent Provider Desk to http://example.org/pack.json, which is not a secure (https://) address, so nothing was downloaded. Ask whoever runs the feed to fix it. Nothing was changed.',
    );
    expect(refusalOf(() => resolveFeedTarget('file:///etc/passwd', remoteFeed)).message).toContain(
      'to file:///etc/passwd, which is not an https:// address',
    );
    expect(refusalOf(() => resolveFeedTarget('https://u:p@example.org/pack', remoteFeed)).message).toContain(
      'with a user name or password',
    );
  });

  it('may not reach this computer from a feed on the internet', () => {
    for (const local of [
      'http://127.0.0.1:5000/admin',
      'https://localhost/pack.json',
      'http://[::1]/',
      'https://0.0.0.0/pack.json',
      'https://[::]/pack.json',
      'https://[::ffff:127.0.0.1]/pack.json',
    ]) {
      expect(refusalOf(() => resolveFeedTarget(local, remoteFeed)).message, local).toContain(
        'an address on this computer, which a feed on the internet may not name',
      );
    }
  });
});
