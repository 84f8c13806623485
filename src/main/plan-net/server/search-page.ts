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
  const type = isObject(bundle) ? bundle['resourceType'] : undefined;
  if (!isObject(bundle) || type !== 'Bundle') {
    const what =
      typeof type === 'string' ? `${/^[AEIOU]/.test(type) ? 'an' : 'a'} ${type}` : 'something else';
    throw refuseServerAnswer(
      url,
      `The answer to ${url} is not a FHIR search result (a Bundle) but ${what}. Check that the address is the plan's Plan-Net server.`,
    );
  }
  const entries = bundle['entry'];
  const resources = Array.isArray(entries)
    ? entries.map((entry: unknown) => (isObject(entry) && 'resource' in entry ? entry['resource'] : entry))
    : [];
  return { resources, next: nextLink(bundle['link'], url) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parsedAnswer(text: string, contentType: string, url: string): unknown {
  if (/html/i.test(contentType)) {
    throw refuseServerAnswer(
      url,
      `The address ${url} answered with a web page, not Plan-Net data. Check that it is the plan's FHIR (Plan-Net) address, which usually ends in /fhir.`,
    );
  }
  if (/xml/i.test(contentType)) {
    throw refuseServerAnswer(
      url,
      `The plan's server answered ${url} in XML; Provider Desk reads Plan-Net data in JSON (application/fhir+json). Ask the plan whether its server offers JSON.`,
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
  const next: unknown = links.find((link: unknown) => isObject(link) && link['relation'] === 'next');
  const href = isObject(next) ? next['url'] : undefined;
  if (typeof href !== 'string') return null;
  const resolved = URL.parse(href, url);
  if (resolved === null || resolved.origin !== new URL(url).origin) {
    throw refuseServerAnswer(
      url,
      `The plan's server sent, as the next page after ${url}, an address elsewhere (${resolved?.origin ?? href}). Provider Desk contacts only the address you typed, so it stopped.`,
    );
  }
  return resolved.href;
}
