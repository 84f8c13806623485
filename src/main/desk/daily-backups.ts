import type Database from 'better-sqlite3';
import { backUpDeskIfDue, type BackupOutcome, type DeskBackupOptions } from './desk-backup';

/** Often enough that an app left open overnight makes the new day's backup soon after midnight. */
const checkEveryMs = 60 * 60 * 1000;

export interface DailyBackups {
  /** Makes today's backup if there is none; a call while one is being made shares it. */
  backUpIfDue: () => Promise<BackupOutcome | { kind: 'stopped' }>;
  /** Stops the timer and waits for a backup in progress, so desk.db is never closed under it. */
  stop: () => Promise<void>;
}

/**
 * A backup at start-up, then a check every hour for a new day. The timer never keeps the
 * process alive, and a failure is reported and the app carries on.
 */
export function startDailyBackups(
  db: Database.Database,
  options: DeskBackupOptions & { onMade?: (date: string) => void; onFailed: (error: Error) => void },
): DailyBackups {
  let running: Promise<BackupOutcome> | null = null;
  let stopped = false;

  function backUpIfDue(): Promise<BackupOutcome | { kind: 'stopped' }> {
    if (stopped) return Promise.resolve({ kind: 'stopped' });
    running ??= backUpDeskIfDue(db, options).then((outcome) => {
      running = null;
      if (outcome.kind === 'failed') options.onFailed(outcome.error);
      if (outcome.kind === 'made') options.onMade?.(outcome.date);
      return outcome;
    });
    return running;
  }

  const timer = setInterval(() => void backUpIfDue(), checkEveryMs);
  timer.unref();
  void backUpIfDue();
  return {
    backUpIfDue,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
