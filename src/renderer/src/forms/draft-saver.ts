import type { FormId, FormValues } from '../../../shared/forms/form-spec';
import { callApi } from '../desk-api';

/**
 * Writes a form's draft after every change, one write at a time: while a write is in flight the
 * newest values wait, and older waiting values are dropped, so the last thing typed always wins.
 */
export function createDraftSaver(
  formId: FormId,
  initialId: string | null,
  onSaved: (id: string) => void,
  onFailed: (message: string) => void,
) {
  let id = initialId;
  let pending: FormValues | null = null;
  let writing = false;

  async function drain(): Promise<void> {
    if (writing) return;
    writing = true;
    while (pending) {
      const values = pending;
      pending = null;
      try {
        const saved = await callApi('drafts.save', { id, formId, values });
        id = saved.id;
        onSaved(saved.id);
      } catch (error) {
        onFailed(error instanceof Error ? error.message : 'The draft could not be saved.');
      }
    }
    writing = false;
  }

  return {
    save(values: FormValues): void {
      pending = values;
      void drain();
    },
    get id(): string | null {
      return id;
    },
  };
}
