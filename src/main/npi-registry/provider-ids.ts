import type Database from 'better-sqlite3';
import { deactivatedIdOffset } from './npi-db-schema';

/** Hands out provider ids after the last one used: active from 1, deactivated from the offset. */
export function createProviderIds(db: Database.Database) {
  const last = db.prepare<[number, number, number], number>(
    'SELECT coalesce(max(id), ?) FROM providers WHERE id >= ? AND id < ?',
  );
  let nextActive = (last.pluck().get(0, 0, deactivatedIdOffset) ?? 0) + 1;
  let nextDeactivated =
    (last.pluck().get(deactivatedIdOffset, deactivatedIdOffset, Number.MAX_SAFE_INTEGER) ??
      deactivatedIdOffset) + 1;
  return {
    next(deactivated: boolean): number {
      return deactivated ? nextDeactivated++ : nextActive++;
    },
  };
}
