import type { DirectoryStatus } from '../../shared/directory-update';
import { compareVersions } from '../../shared/pack-version';
import { downloadLatestPack, fetchFeedLatest } from '../directory-feed/download';
import { parseFeedUrl } from '../directory-feed/feed-url';
import type { DirectoryUpdater } from './directory-updater';

/**
 * The page's side of directory updates: a file chosen in the app, and the update feed. Both end
 * in the same updater, so a pack from either passes the same checks.
 */
export function createDirectoryUpdateService(updater: DirectoryUpdater) {
  let checking: Promise<DirectoryStatus> | null = null;

  async function checkFeedNow(): Promise<DirectoryStatus> {
    const feedUrl = updater.status().feedUrl;
    if (!feedUrl) return updater.status();
    try {
      const latest = await fetchFeedLatest(parseFeedUrl(feedUrl));
      const inUse = updater.status().version;
      if (compareVersions(latest.version, inUse) <= 0) {
        return updater.recordFeedCheck(`Up to date: the feed's newest directory is ${latest.version}.`);
      }
      const { packBytes, signatureText } = await downloadLatestPack(latest);
      // Say the version the pack itself carries: latest.json only names what it expects.
      const applied = await updater.apply(packBytes, signatureText);
      return updater.recordFeedCheck(`Updated to ${applied.version}.`);
    } catch (error) {
      updater.recordFeedCheck(error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  return {
    status: () => updater.status(),
    importFile(packBase64: string, signatureText: string): Promise<DirectoryStatus> {
      return updater.apply(Buffer.from(packBase64, 'base64'), signatureText);
    },
    undo: () => updater.undo(),
    markSeen: () => updater.markSeen(),
    /** Saves the address (https, or http to this computer) and checks it at once. */
    async setFeed(url: string | null): Promise<DirectoryStatus> {
      if (url === null || url === '') return updater.saveFeed(null);
      parseFeedUrl(url);
      updater.saveFeed(url.trim());
      return this.checkFeed();
    },
    /** One check at a time: a second caller waits for the one under way. */
    checkFeed(): Promise<DirectoryStatus> {
      checking ??= checkFeedNow().finally(() => {
        checking = null;
      });
      return checking;
    },
  };
}

export type DirectoryUpdateService = ReturnType<typeof createDirectoryUpdateService>;
