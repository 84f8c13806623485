import type Database from 'better-sqlite3';
import { outboxTransitions } from '../../shared/outbox-states';
import { spokenDay } from '../../shared/spoken-day';
import { sqlStates } from './outbox-rows';

/**
 * A backup cannot know what was sent after it was made: a message it shows as waiting may have
 * left since. Sent again on its own, the plan would get it twice, so after a restore each unsent
 * message waits for a person to look (failed, with the reason; Retry sends it). Runs on the
 * restored copy before it becomes desk.db, so a crash in between cannot let one slip out. The
 * copy may be from an older version, before its migrations run: only columns every version has
 * are touched.
 */
export function holdRestoredMessages(db: Database.Database, restoredFrom: string, now: Date): number {
  const hasOutbox = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'outbox'").get();
  if (!hasOutbox) return 0;
  const { from, to } = outboxTransitions.failAfterRestore;
  const reason =
    `Provider Desk restored its saved data from the backup of ${spokenDay(restoredFrom)}, so it cannot tell whether ` +
    'this message went out after that copy was made. Retry it only if the plan has not received it.';
  return db
    .prepare(
      `UPDATE outbox SET state = '${to}', last_error = ?, next_attempt_at = NULL, updated_at = ?
       WHERE state IN ${sqlStates(from)}`,
    )
    .run(reason, now.toISOString()).changes;
}
