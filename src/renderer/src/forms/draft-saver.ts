import type { FormId, FormValues } from '../../../shared/forms/form-spec';
import { callApi } from '../desk-api';

export interface DraftSaverEvents {
  saved(id: string): void;
  failed(message: string): void;
}

/**
 * Writes a form's draft after every change, one write at a time: while a write is in flight the
 * newest values wait, and older waiting values are dropped, so the last thing typed always wins.
 * "Saved" is said only once nothing newer waits: a person who sees it may close the window.
 * Closing the form lets the last write finish; sending it stops the saver first, so a queued
 * form's draft is never written again.
 */
export function createDraftSaver(formId: FormId, initialId: string | null, events: DraftSaverEvents) {
  let id = initialId;
  let pending: FormValues | null = null;
  let draining: Promise<void> | null = null;
  let stopped = false;

  async function drain(): Promise<void> {
    while (pending && !stopped) {
      const values = pending;
      pending = null;
      try {
        const saved = await callApi('drafts.save', { id, formId, values });
        id = saved.id;
        if (!pending) events.saved(saved.id);
      } catch (error) {
        events.failed(error instanceof Error ? error.message : 'The draft could not be saved.');
      }
    }
    draining = null;
  }

  return {
    save(values: FormValues): void {
      if (stopped) return;
      pending = values;
      draining ??= drain();
    },
    /** Drops waiting values, waits for a write in flight, and returns the draft's id. */
    async stop(): Promise<string | null> {
      stopped = true;
      pending = null;
      await draining;
      return id;
    },
    /** Saving goes on (sending failed, so the form stays open). */
    resume(): void {
      stopped = false;
    },
  };
}

export type DraftSaver = ReturnType<typeof createDraftSaver>;
