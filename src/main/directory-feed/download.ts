import { createHash } from 'node:crypto';
import { checksumMismatch } from './feed-error';
import { resolveFeedTarget } from './feed-url';
import { fetchFeedFile, type FeedFetchOptions } from './fetch-feed-file';
import { parseLatestJson, type LatestJson } from './latest-json';

export interface FeedDownloadOptions extends FeedFetchOptions {
  /** 64 MiB unless said otherwise: far above today's packs, yet fine to hold in memory. */
  maxPackBytes?: number;
  /** Told as the pack arrives; `total` is null when the server does not say the size. */
  onProgress?: (received: number, total: number | null) => void;
}

export interface FeedPack {
  latest: LatestJson;
  packBytes: Buffer;
  signatureText: string;
}

const latestJsonMaxBytes = 64 * 1024;
const signatureMaxBytes = 4 * 1024;
const defaultMaxPackBytes = 64 * 1024 * 1024;

/**
 * Reads the feed's latest.json and answers it with the pack's and the signature's addresses
 * made absolute and checked. A daily check calls this alone and downloads only a newer pack.
 */
export async function fetchFeedLatest(feedUrl: URL, options: FeedFetchOptions = {}): Promise<LatestJson> {
  const { bytes, url } = await fetchFeedFile(
    feedUrl,
    { file: 'latest', maxBytes: latestJsonMaxBytes },
    options,
  );
  const latest = parseLatestJson(decodeText(bytes));
  return {
    ...latest,
    url: resolveFeedTarget(latest.url, url).href,
    signatureUrl: resolveFeedTarget(latest.signatureUrl, url).href,
  };
}

/**
 * Downloads the pack and signature that `latest` (as fetchFeedLatest answered it) names, and
 * refuses a pack whose SHA-256 is not the one latest.json gave. The signature is not checked
 * here: that is the importer's job, with the trusted keys.
 */
export async function downloadLatestPack(
  latest: LatestJson,
  options: FeedDownloadOptions = {},
): Promise<Omit<FeedPack, 'latest'>> {
  const pack = await fetchFeedFile(
    new URL(latest.url),
    { file: 'pack', maxBytes: options.maxPackBytes ?? defaultMaxPackBytes, onProgress: options.onProgress },
    options,
  );
  if (createHash('sha256').update(pack.bytes).digest('hex') !== latest.sha256) throw checksumMismatch();
  const signature = await fetchFeedFile(
    new URL(latest.signatureUrl),
    { file: 'signature', maxBytes: signatureMaxBytes },
    options,
  );
  return { packBytes: pack.bytes, signatureText: decodeText(signature.bytes) };
}

/** The newest pack the feed offers, whatever its version, with its signature. */
export async function downloadFeedPack(feedUrl: URL, options: FeedDownloadOptions = {}): Promise<FeedPack> {
  const latest = await fetchFeedLatest(feedUrl, options);
  return { latest, ...(await downloadLatestPack(latest, options)) };
}

/** A byte-order mark, which editors on Windows like to add, is dropped rather than refused. */
function decodeText(bytes: Buffer): string {
  return new TextDecoder().decode(bytes);
}
