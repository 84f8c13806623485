import type Database from 'better-sqlite3';
import { networkResourceKeyPattern } from '../../../shared/plan-net';
import { batchedInsert } from '../../npi-registry/batched-insert';
import { isPlanNetResourceType, type FhirResource } from '../fhir-resource';
import { referenceKey, referencesIn, resourceKey } from '../resolve-references';
import { linkFields } from './network-db-schema';
import { resourceRow } from './resource-row';

/**
 * Writes one batch, appending: a resource that comes again is only a newer row here, and the
 * older ones go at the end (keepLatest), when one sort finds them all. Looking each key up as it
 * came would cost a B-tree search per resource, in random order when a server pages by id.
 */
export function resourceBatchWriter(
  db: Database.Database,
  specialtyName: (code: string) => string | undefined,
) {
  const resources = batchedInsert(
    db,
    'INSERT INTO resources (rid, key, type, updated, npi, accepting, has_address, name, lead, words, zip, place, details)',
    13,
  );
  const links = batchedInsert(db, 'INSERT INTO links (from_rid, seq, kind, target_key, reference)', 5);
  let nextRid =
    (db.prepare<[], number>('SELECT coalesce(max(rid), 0) FROM resources').pluck().get() ?? 0) + 1;

  let withoutId = 0;

  const write = (batch: readonly FhirResource[]) => {
    for (const resource of batch) {
      if (!isPlanNetResourceType(resource.resourceType)) continue;
      const key = resourceKey(resource);
      // No link or card could name it (the contract refuses such keys): counted, and left out.
      if (!networkResourceKeyPattern.test(key)) {
        withoutId += 1;
        continue;
      }
      const rid = nextRid;
      nextRid += 1;
      const row = resourceRow(resource, key, specialtyName);
      resources.add([
        rid,
        key,
        row.type,
        row.updated,
        row.npi,
        row.accepting,
        row.hasAddress,
        row.name,
        row.lead,
        row.words,
        row.zip,
        row.place,
        row.details,
      ]);
      let seq = 0;
      linkFields.forEach((field, kind) => {
        if (field.from !== resource.resourceType) return;
        for (const reference of referencesIn(resource, field)) {
          const named = referenceKey(reference);
          const target = named !== null && named.startsWith(`${field.to}/`) ? named : null;
          links.add([rid, seq, kind, target, reference === target ? null : reference.slice(0, 1000)]);
          seq += 1;
        }
      });
    }
    resources.write();
    links.write();
  };
  /** Resources left out so far because no link or card could name them. */
  return { write, withoutId: () => withoutId };
}
