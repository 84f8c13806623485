import { refuseServerAnswer } from './server-refusal';

export interface SearchPage {
  /** Each entry's `resource`, unchecked. */
  readonly resources: readonly unknown[];
  /** The absolute URL of the next page; null on the last. */
  readonly next: string | null;
}

/**
 * A page of a FHIR search: a Bundle whose `link` with relation "next" leads on. A relative next
 * link is read against the page's own URL. One that leads to another origin is refused: a server
 * must not send the app to an address the user did not type.
 */
export function searchPage(text: string, contentType: string, url: string): SearchPage {
  const bundle = parsedAnswer(text, contentType, url);
  if (
    typeof bundle !== 'object' ||
    bundle === null ||
    !('resourceType' in bundle) ||
    bundle.resourceType !== 'Bundle'
  ) {
    const what =
      typeof bundle === 'object' &&
      bundle !== null &&
      'resourceType' in bundle &&
      typeof bundle.resourceType === 'string'
        ? `a ${bundle.resourceType}`
        : 'something else';
    throw refuseServerAnswer(
      url,
      `The answer to ${url} is not a FHIR search result (a Bundle) but ${what}. Check that the address is the plan's Plan-Net server.`,
    );
  }
  const entries: unknown = 'entry' in bundle ? bundle.entry : undefined;
  const resources = Array.isArray(entries)
    ? entries.map((entry: unknown) =>
        typeof entry === 'object' && entry !== null && 'resource' in entry ? entry.resource : entry,
      )
    : [];
  return { resources, next: nextLink('link' in bundle ? bundle.link : undefined, url) };
}

function parsedAnswer(text: string, contentType: string, url: string): unknown {
  if (/html/i.test(contentType)) {
    throw refuseServerAnswer(
      url,
      `The address ${url} answered with a web page, not Plan-Net data. Check that it is the plan's FHIR (Plan-Net) address, which usually ends in /fhir.`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw refuseServerAnswer(
      url,
      `The answer to ${url} is not valid JSON (${reason}). The plan's server may be having trouble: try again later.`,
    );
  }
}

function nextLink(links: unknown, url: string): string | null {
  if (!Array.isArray(links)) return null;
  const next: unknown = links.find(
    (link: unknown) =>
      typeof link === 'object' && link !== null && 'relation' in link && link.relation === 'next',
  );
  if (typeof next !== 'object' || next === null || !('url' in next) || typeof next.url !== 'string')
    return null;
  const resolved = URL.parse(next.url, url);
  if (resolved === null || resolved.origin !== new URL(url).origin) {
    throw refuseServerAnswer(
      url,
      `The plan's server sent, as the next page after ${url}, an address elsewhere (${resolved?.origin ?? next.url}). Provider Desk contacts only the address you typed, so it stopped.`,
    );
  }
  return resolved.href;
}
