import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Draft, DraftSummary } from '../../shared/api-contract';
import { DeskError } from '../../shared/desk-error';
import { formSpec } from '../../shared/forms/form-catalog';
import { formValuesSchema, type FormId, type FormValues } from '../../shared/forms/form-spec';

/**
 * Forms as they are being typed. Every change is written, whole, so a closed window, a crash or
 * a reload brings back exactly what was on screen.
 */
export function createDraftsStore(db: Database.Database, now: () => Date = () => new Date()) {
  const list = db.prepare<
    [],
    { id: string; form_id: FormId; values_json: string; created_at: string; updated_at: string }
  >('SELECT id, form_id, values_json, created_at, updated_at FROM drafts ORDER BY updated_at DESC, id');
  const one = db.prepare<
    [string],
    { id: string; form_id: FormId; values_json: string; created_at: string; updated_at: string }
  >('SELECT id, form_id, values_json, created_at, updated_at FROM drafts WHERE id = ?');
  const insert = db.prepare<[string, string, string, string, string]>(
    'INSERT INTO drafts (id, form_id, values_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const update = db.prepare<[string, string, string, string]>(
    'UPDATE drafts SET values_json = ?, updated_at = ? WHERE id = ? AND form_id = ?',
  );
  const formOf = db.prepare<[string], string>('SELECT form_id FROM drafts WHERE id = ?').pluck();
  const remove = db.prepare<[string]>('DELETE FROM drafts WHERE id = ?');

  function summaryOf(formId: FormId, valuesJson: string): string | null {
    const spec = formSpec(formId);
    const values = formValuesSchema.safeParse(JSON.parse(valuesJson));
    return spec.containsPhi || !values.success ? null : spec.subject(values.data);
  }

  const notFound = () =>
    new DeskError(
      'not-found',
      'That draft is no longer saved. It may have been sent or deleted in another window.',
    );

  return {
    list(): DraftSummary[] {
      return list.all().map((row) => ({
        id: row.id,
        formId: row.form_id,
        summary: summaryOf(row.form_id, row.values_json),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      }));
    },

    get(id: string): Draft {
      const row = one.get(id);
      if (!row) throw notFound();
      return {
        id: row.id,
        formId: row.form_id,
        summary: summaryOf(row.form_id, row.values_json),
        values: formValuesSchema.parse(JSON.parse(row.values_json)),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
    },

    /**
     * Creates the draft on its first save (no id yet) and overwrites it after. A draft that was
     * sent or deleted is never brought back by a late write.
     */
    save(id: string | null, formId: FormId, values: FormValues): { id: string; updatedAt: string } {
      const at = now().toISOString();
      if (id === null) {
        const created = randomUUID();
        insert.run(created, formId, JSON.stringify(values), at, at);
        return { id: created, updatedAt: at };
      }
      if (update.run(JSON.stringify(values), at, id, formId).changes === 0) {
        throw formOf.get(id) === undefined
          ? notFound()
          : new DeskError('invalid-input', 'That draft belongs to a different form.');
      }
      return { id, updatedAt: at };
    },

    delete(id: string): void {
      remove.run(id);
    },
  };
}

export type DraftsStore = ReturnType<typeof createDraftsStore>;
