import type Database from 'better-sqlite3';
import type { NetworkFilterChoices } from '../../../shared/plan-net';
import { languageName } from './language-names';

/** Only values the filters accept (src/shared/plan-net.ts) are offered. */
const nuccCode = /^[0-9A-Z]{9}X$/;
const languageCode = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** What the filters offer: only networks, languages and specialties the roles hold, by name. */
export function createFilterChoices(
  db: Database.Database,
  specialtyNames: ReadonlyMap<string, string>,
): () => NetworkFilterChoices {
  let choices: NetworkFilterChoices | null = null;
  const byName = <T extends { name: string }>(items: T[]) =>
    items.sort((a, b) => a.name.localeCompare(b.name));
  return () => {
    // The file is read-only: what it holds is known once asked.
    choices ??= {
      networks: db
        .prepare<[], { key: string; name: string }>(
          `SELECT n.key, coalesce(n.name, n.key) AS name FROM resources n
           WHERE n.rid IN (SELECT DISTINCT network_rid FROM role_networks) ORDER BY name, n.key`,
        )
        .all(),
      languages: byName(
        db
          .prepare<[], string>('SELECT DISTINCT code FROM provider_languages')
          .pluck()
          .all()
          .filter((code) => languageCode.test(code))
          .map((code) => ({ code, name: languageName(code) })),
      ),
      specialties: byName(
        db
          .prepare<[], string>('SELECT DISTINCT code FROM role_specialties')
          .pluck()
          .all()
          .filter((code) => nuccCode.test(code))
          .map((code) => ({ code, name: specialtyNames.get(code) ?? code })),
      ),
    };
    return choices;
  };
}
