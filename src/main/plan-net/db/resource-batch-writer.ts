import type Database from 'better-sqlite3';
import { batchedInsert } from '../../npi-registry/batched-insert';
import { isPlanNetResourceType, type FhirResource } from '../fhir-resource';
import { referenceKey, referencesIn, resourceKey } from '../resolve-references';
import { linkFields } from './network-db-schema';
import { resourceRow } from './resource-row';

const fhirKey = /^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/;

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

  return (batch: readonly FhirResource[]) => {
    for (const resource of batch) {
      if (!isPlanNetResourceType(resource.resourceType)) continue;
      const key = resourceKey(resource);
      // A FHIR id is at most 64 letters, digits, '-' and '.': anything else is not a resource a
      // card could name, and the contract (networkResourceKeySchema) refuses such keys.
      if (!fhirKey.test(key)) continue;
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
}
