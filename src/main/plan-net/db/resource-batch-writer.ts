import type Database from 'better-sqlite3';
import { networkResourceKeyPattern } from '../../../shared/plan-net';
import { batchedInsert } from '../../npi-registry/batched-insert';
import { isPlanNetResourceType, type FhirResource } from '../fhir-resource';
import type { ReferenceField } from '../reference-fields';
import { referenceKey, referencesIn, resourceKey } from '../resolve-references';
import { linkFields } from './network-db-schema';
import { resourceRow } from './resource-row';

type Value = string | number | null;

/**
 * A batch as network.db stores it, in flat lists of plain values: computing it is most of the
 * work of adding a resource, and it can be done in another thread and posted cheaply.
 */
export interface CompactBatch {
  /** `resourceColumns` values a resource, without its rid (the writer numbers them). */
  resources: Value[];
  /** `linkColumns` values a link: the resource's place in the batch, seq, kind, target, reference. */
  links: Value[];
  /** Resources left out because no link or card could name them. */
  withoutId: number;
}

const resourceColumns = 12;
const linkColumns = 5;

/** Each type's link fields with their kind (the place in linkFields) and "Type/" of their target. */
const linkFieldsOf = new Map<string, { kind: number; field: ReferenceField; typed: string }[]>();
linkFields.forEach((field, kind) => {
  const ofType = linkFieldsOf.get(field.from) ?? [];
  linkFieldsOf.set(field.from, [...ofType, { kind, field, typed: `${field.to}/` }]);
});

/**
 * The "Type/id" a reference names when of the expected type. Most references are already just
 * that, which referenceKey would give back as it is: checked here without its regular expressions.
 */
function targetKey(reference: string, typed: string): string | null {
  if (
    reference.length > typed.length &&
    reference.startsWith(typed) &&
    !reference.includes('/', typed.length)
  ) {
    return reference;
  }
  const named = referenceKey(reference);
  return named !== null && named.startsWith(typed) ? named : null;
}

/** Each Plan-Net resource's row and links, as resourceBatchWriter writes them. */
export function compactBatch(
  batch: readonly FhirResource[],
  specialtyName: (code: string) => string | undefined,
): CompactBatch {
  const compact: CompactBatch = { resources: [], links: [], withoutId: 0 };
  for (const resource of batch) {
    if (!isPlanNetResourceType(resource.resourceType)) continue;
    const key = resourceKey(resource);
    // No link or card could name it (the contract refuses such keys): counted, and left out.
    if (!networkResourceKeyPattern.test(key)) {
      compact.withoutId += 1;
      continue;
    }
    const at = compact.resources.length / resourceColumns;
    const row = resourceRow(resource, key, specialtyName);
    compact.resources.push(
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
    );
    let seq = 0;
    for (const { kind, field, typed } of linkFieldsOf.get(resource.resourceType) ?? []) {
      for (const reference of referencesIn(resource, field)) {
        const target = targetKey(reference, typed);
        compact.links.push(at, seq, kind, target, reference === target ? null : reference.slice(0, 1000));
        seq += 1;
      }
    }
  }
  return compact;
}

/** Room for each file's resources in the rids: more than any file holds, and rids stay exact in JS. */
const ridsPerFile = 2 ** 32;

/**
 * Writes one batch, appending: a resource that comes again is only a newer row here, and the
 * older ones go at the end (keepLatest), when one sort finds them all. Looking each key up as it
 * came would cost a B-tree search per resource, in random order when a server pages by id.
 * Files read side by side (read-network-rows.ts) post their batches in any order, so a rid is
 * numbered from the file's place and the resource's place in it: rids rise in the files' order,
 * as when they are read one after another, and later copies of a resource still win.
 */
export function resourceBatchWriter(db: Database.Database) {
  const resources = batchedInsert(
    db,
    'INSERT INTO resources (rid, key, type, updated, npi, accepting, has_address, name, lead, words, zip, place, details)',
    resourceColumns + 1,
  );
  const links = batchedInsert(
    db,
    'INSERT INTO links (from_rid, seq, kind, target_key, reference)',
    linkColumns,
  );
  const firstRid =
    (db.prepare<[], number>('SELECT coalesce(max(rid), 0) FROM resources').pluck().get() ?? 0) + 1;
  const writtenOfFile = new Map<number, number>();
  let withoutId = 0;

  const write = (batch: CompactBatch, file: number) => {
    withoutId += batch.withoutId;
    const written = writtenOfFile.get(file) ?? 0;
    const batchRid = firstRid + file * ridsPerFile + written;
    const values = batch.resources;
    writtenOfFile.set(file, written + values.length / resourceColumns);
    for (let at = 0, rid = batchRid; at < values.length; at += resourceColumns, rid += 1) {
      const row: Value[] = [rid];
      for (let column = at; column < at + resourceColumns; column += 1) row.push(values[column] ?? null);
      resources.add(row);
    }
    const { links: linkValues } = batch;
    for (let at = 0; at < linkValues.length; at += linkColumns) {
      links.add([
        batchRid + Number(linkValues[at]),
        linkValues[at + 1] ?? null,
        linkValues[at + 2] ?? null,
        linkValues[at + 3] ?? null,
        linkValues[at + 4] ?? null,
      ]);
    }
  };
  /**
   * Rows are held across batches and written 64 to a statement: writing each batch's remainder
   * a row at a time was a tenth of the statements. Call before anything reads the tables.
   */
  const flush = () => {
    resources.write();
    links.write();
  };
  return { write, flush, withoutId: () => withoutId };
}
