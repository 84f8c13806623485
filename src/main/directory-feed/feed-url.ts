import { FeedError, nothingChanged, shownUrl } from './feed-error';

/** What is wrong with an address the feed would be read from, if anything. */
type AddressProblem = 'scheme' | 'plain-http' | 'credentials';

const settingSentences: Record<AddressProblem, string> = {
  scheme: 'The update feed address must start with https://. Fix it in Settings.',
  'plain-http':
    'The update feed address must start with https://; http:// is allowed only for a mirror on this computer (127.0.0.1 or localhost). Fix it in Settings.',
  credentials:
    'The update feed address must not contain a user name or password (the part before @). Remove it in Settings.',
};

const namedSentences: Record<AddressProblem | 'loopback-from-afar', string> = {
  scheme: 'which is not an https:// address',
  'plain-http': 'which is not a secure (https://) address',
  credentials: 'an address with a user name or password in it',
  'loopback-from-afar': 'an address on this computer, which a feed on the internet may not name',
};

/**
 * Reads the update feed address from Settings and answers the address of its latest.json.
 * An address whose path ends in `.json` is that file; any other is a folder that holds
 * latest.json, with or without its closing slash: `https://example.org/desk` and
 * `https://example.org/desk/` both mean `https://example.org/desk/latest.json`. A query string
 * stays (a mirror may want a token); a #fragment is dropped, as a server never sees it.
 *
 * Only https:// is read, or http:// to this computer (127.0.0.0/8, ::1, localhost) for tests
 * and local mirrors; user names and passwords in the address are refused, since Settings and
 * logs would show them.
 */
export function parseFeedUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch (cause) {
    throw new FeedError(
      'bad-url',
      'The update feed address is not a web address. Enter it in full, like https://example.org/desk/, in Settings.',
      { cause },
    );
  }
  const problem = addressProblem(url);
  if (problem !== null) {
    throw new FeedError('bad-url', settingSentences[problem]);
  }
  url.hash = '';
  if (!url.pathname.endsWith('.json')) {
    url.pathname = `${url.pathname.replace(/\/?$/, '/')}latest.json`;
  }
  return url;
}

/**
 * An address the feed names (the pack in latest.json, a redirect), read relative to the file
 * that named it and held to the same rule as the feed itself. A feed on the internet may not
 * send Provider Desk to this computer's own services.
 */
export function resolveFeedTarget(text: string, base: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch (cause) {
    throw new FeedError(
      'bad-url',
      `The update feed at ${base.host} named an address Provider Desk cannot read, so nothing was downloaded. Ask whoever runs the feed to fix it. ${nothingChanged}`,
      { cause },
    );
  }
  const problem =
    addressProblem(url) ?? (isThisComputer(url) && !isLoopback(base) ? 'loopback-from-afar' : null);
  if (problem !== null) {
    throw new FeedError(
      'bad-url',
      `The update feed sent Provider Desk to ${shownUrl(url)}, ${namedSentences[problem]}, so nothing was downloaded. Ask whoever runs the feed to fix it. ${nothingChanged}`,
    );
  }
  return url;
}

function addressProblem(url: URL): AddressProblem | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'scheme';
  if (url.username !== '' || url.password !== '') return 'credentials';
  if (url.protocol === 'http:' && !isLoopback(url)) return 'plain-http';
  return null;
}

/**
 * Every way an address can reach this computer, for the rule that a feed on the internet may not
 * name one: loopback, the unspecified addresses (which connect locally), and IPv4-mapped loopback.
 */
function isThisComputer(url: URL): boolean {
  return (
    isLoopback(url) ||
    url.hostname === '0.0.0.0' ||
    url.hostname === '[::]' ||
    /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(url.hostname)
  );
}

/** The URL parser has already written any IPv4 form (127.1, 0x7f.0.0.1) as four decimals. */
function isLoopback(url: URL): boolean {
  return (
    url.hostname === 'localhost' || url.hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(url.hostname)
  );
}
