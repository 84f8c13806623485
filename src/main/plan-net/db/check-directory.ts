import type Database from 'better-sqlite3';
import { DeskError } from '../../../shared/desk-error';

/** Checks a built network.db before it may be switched in; throws, saying so, when it fails. */
export function checkDirectory(db: Database.Database): void {
  const count = (sql: string) => db.prepare<[], number>(sql).pluck().get() ?? 0;
  const problems: string[] = [];
  const integrity = db.pragma('quick_check', { simple: true });
  if (integrity !== 'ok') problems.push(`quick_check: ${String(integrity)}`);
  const indexed = count('SELECT count(*) FROM provider_search');
  const providers = count('SELECT count(*) FROM providers');
  if (indexed !== providers) problems.push(`${indexed} providers indexed of ${providers}`);
  const links = count('SELECT count(*) FROM links');
  const resolved = count('SELECT count(*) FROM resolved');
  if (links !== resolved) problems.push(`${resolved} links resolved of ${links}`);
  if (problems.length > 0) {
    throw new DeskError(
      'internal',
      'The plan’s provider directory built from this import did not pass its checks, so the directory in use is unchanged. Import it again; if this happens again, get the data again.',
      { cause: new Error(problems.join('; ')) },
    );
  }
}
