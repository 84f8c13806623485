import { checkedResource } from '../checked-resource';
import { planNetResourceTypes, type FhirResource, type PlanNetResourceType } from '../fhir-resource';
import { ResourceSink } from '../resource-sink';
import { pageWithRetries } from './page-with-retries';
import { searchPage } from './search-page';
import { refuseServerAnswer } from './server-refusal';

export interface PlanNetServerProgress {
  readonly resources: number;
  readonly pages: number;
  /** While the server asked to wait (429) or failed (5xx): when the next try is due (ISO). */
  readonly waitingUntil: string | null;
}

export interface ReadPlanNetServerOptions {
  /** Abort: the promise rejects with the signal's reason, at once even during a wait. */
  signal?: AbortSignal;
  /** The same batches as readPlanNetSource's. */
  onResources(batch: FhirResource[]): void;
  onProgress?(progress: PlanNetServerProgress): void;
  /**
   * An ISO date or instant: only resources changed on or after it (`_lastUpdated=ge…`), for an
   * increment. On or after: network.db keeps days, and a change later that day must not be missed;
   * asking again for one already held only replaces it with itself.
   */
  since: string | null;
  /** Pages in all, across types; a server with more is refused, as one that would page forever. */
  maxPages: number;
  /** `_count`: resources asked for per page. */
  pageSize?: number;
  /** The first wait before asking again; each further one doubles. */
  retryDelayMs?: number;
  /** How long one request may take, its answer included. */
  requestTimeoutMs?: number;
}

export interface PlanNetServerSummary {
  /** Plan-Net resources handed to `onResources`. */
  readonly resources: number;
  /** Resources of other types found in the pages (an OperationOutcome…), by type. */
  readonly skipped: Readonly<Record<string, number>>;
  /** Search pages read, in all. */
  readonly pages: number;
  /** Types the server answered 404 to: many plans publish no Endpoint or InsurancePlan. */
  readonly typesNotOffered: readonly PlanNetResourceType[];
  /** The newest meta.lastUpdated among the resources read: the `since` of the next increment. */
  readonly newestLastUpdated: string | null;
}

/**
 * Reads a plan's Plan-Net directory from its FHIR server: a search per resource type, following
 * each search's `next` links, every resource checked as the file reader checks it. Only the
 * typed address's origin is ever contacted. Bad answers are refused with a PlanNetRefusedError
 * naming the URL; as with files, resources handed on before a refusal must be thrown away.
 *
 * A 404 to a type's search means the server does not offer that type, which is legitimate (no
 * Endpoint, no InsurancePlan): it is skipped and listed in `typesNotOffered`. A 404 to every
 * type means the address is not a Plan-Net server, and a 404 to a `next` page means the search
 * expired midway: both are refused.
 */
export async function readPlanNetServer(
  baseUrl: string,
  options: ReadPlanNetServerOptions,
): Promise<PlanNetServerSummary> {
  options.signal?.throwIfAborted();
  const address = URL.parse(baseUrl);
  if (address === null || !/^https?:$/.test(address.protocol)) throw refuseNotAnAddress(baseUrl);
  if (address.username !== '' || address.password !== '') throw refuseSignInAddress(address);
  const sink = new ResourceSink({ onResources: (batch) => options.onResources(batch) }, 0);
  const asked = new Set<string>();
  const typesNotOffered: PlanNetResourceType[] = [];
  let pages = 0;
  let newestLastUpdated: string | null = null;
  const report = (waitingUntil: string | null) =>
    options.onProgress?.({ resources: sink.summary().resources, pages, waitingUntil });

  for (const type of planNetResourceTypes) {
    const search = searchUrl(baseUrl, type, options);
    let url: string | null = search;
    while (url !== null) {
      if (pages >= options.maxPages) throw refuseTooManyPages(url, options.maxPages);
      asked.add(url);
      const answer = await pageWithRetries(url, {
        signal: options.signal,
        timeoutMs: options.requestTimeoutMs ?? 60_000,
        retryDelayMs: options.retryDelayMs ?? 1000,
        onWaiting: (until) => report(until?.toISOString() ?? null),
      });
      if (answer.kind === 'not-found') {
        if (url !== search) throw refusePageGone(url, answer.status);
        typesNotOffered.push(type);
        break;
      }
      pages += 1;
      const page = searchPage(answer.text, answer.contentType, url);
      page.resources.forEach((value, index) => {
        const resource = checkedResource(value, { file: `${url} (Bundle entry ${index + 1})` });
        newestLastUpdated = newer(newestLastUpdated, lastUpdatedOf(resource));
        sink.add(resource);
      });
      report(null);
      if (page.next !== null && asked.has(page.next)) throw refuseLoop(url, page.next);
      url = page.next;
    }
  }
  if (typesNotOffered.length === planNetResourceTypes.length) throw refuseNotPlanNet(baseUrl);
  sink.flush();
  const { resources, skipped } = sink.summary();
  return { resources, skipped, pages, typesNotOffered, newestLastUpdated };
}

function searchUrl(baseUrl: string, type: PlanNetResourceType, options: ReadPlanNetServerOptions): string {
  // A FHIR base is a path; a query or fragment typed after it belongs to no search.
  const url = new URL(baseUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${type}`;
  url.search = '';
  url.hash = '';
  url.searchParams.set('_count', String(options.pageSize ?? 100));
  if (options.since !== null) url.searchParams.set('_lastUpdated', `ge${options.since}`);
  return url.href;
}

function lastUpdatedOf(resource: FhirResource): string | null {
  const meta = resource['meta'];
  if (typeof meta !== 'object' || meta === null || !('lastUpdated' in meta)) return null;
  return typeof meta.lastUpdated === 'string' && !Number.isNaN(Date.parse(meta.lastUpdated))
    ? meta.lastUpdated
    : null;
}

function newer(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

function refuseTooManyPages(url: string, maxPages: number): Error {
  return refuseServerAnswer(
    url,
    `The import stopped after ${maxPages.toLocaleString('en-US')} pages, the most allowed, with more still to come at ${url}. If the plan's directory is that large, an administrator can import it with npm run import -- --max-pages and a larger number; otherwise the server is paging without end.`,
  );
}

function refusePageGone(url: string, status: number): Error {
  return refuseServerAnswer(
    url,
    `The plan's server no longer has the page ${url} (HTTP ${status}): its search expired midway. Start the import again.`,
  );
}

function refuseLoop(url: string, next: string): Error {
  return refuseServerAnswer(
    url,
    `The plan's server sent, as the next page after ${url}, a page already read (${next}): it would page without end. Tell the plan its directory's paging is broken.`,
  );
}

function refuseNotAnAddress(baseUrl: string): Error {
  return refuseServerAnswer(
    baseUrl,
    `"${baseUrl}" is not a web address. Type the plan's Plan-Net server address starting with https://, such as https://plan.example/fhir.`,
  );
}

/** The password is never repeated: the sentence ends up in Settings and the log. */
function refuseSignInAddress(address: URL): Error {
  const shown = `${address.protocol}//${address.host}${address.pathname}`;
  return refuseServerAnswer(
    shown,
    `The address ${shown} was typed with a user name or password in it. Plan-Net directories are public: type the address without them.`,
  );
}

function refuseNotPlanNet(baseUrl: string): Error {
  return refuseServerAnswer(
    baseUrl,
    `${baseUrl} offers none of the Plan-Net searches (HTTP 404 for Practitioner, Organization, Location…), so it is not a Plan-Net server address. Check the address with the plan; it usually ends in /fhir.`,
  );
}
