/**
 * The one place that decides where the app may go. The window itself never navigates; links the
 * operating system should handle (a call, an e-mail, a page of a site the directory lists) are
 * handed to it, and everything else is dropped. It never throws: anything it cannot read is denied.
 */
export type UrlDecision = 'open-externally' | 'deny';

/** A mail app may be told who, what subject and what text; never to attach files or copy others. */
const allowedMailtoFields = new Set(['subject', 'body']);

export function decideExternalUrl(rawUrl: string, allowedHttpsHosts: ReadonlySet<string>): UrlDecision {
  try {
    const url = new URL(rawUrl);
    switch (url.protocol) {
      case 'tel:':
        return /^\+?[\d\-().]{3,20}$/.test(url.pathname) ? 'open-externally' : 'deny';
      case 'mailto:':
        return isPlainAddress(decodeURIComponent(url.pathname)) &&
          [...url.searchParams.keys()].every((field) => allowedMailtoFields.has(field.toLowerCase()))
          ? 'open-externally'
          : 'deny';
      case 'https:':
        return url.username === '' &&
          url.password === '' &&
          url.port === '' &&
          allowedHttpsHosts.has(url.hostname)
          ? 'open-externally'
          : 'deny';
      default:
        return 'deny';
    }
  } catch {
    return 'deny';
  }
}

function isPlainAddress(address: string): boolean {
  return /^[^\s@/\\,;]+@[^\s@/\\,;]+\.[^\s@/\\,;]+$/.test(address);
}

/** The hosts of every https link in the directory, in both their bare and www. forms. */
export function linkHostsOf(urls: Iterable<string>): Set<string> {
  const hosts = new Set<string>();
  for (const raw of urls) {
    const { hostname } = new URL(raw);
    hosts.add(hostname);
    hosts.add(hostname.startsWith('www.') ? hostname.slice(4) : `www.${hostname}`);
  }
  return hosts;
}
