import { create } from 'zustand';
import type { FormPreview } from '../../../shared/api-contract';
import type { FormId, FormValues } from '../../../shared/forms/form-spec';
import { callApi } from '../desk-api';
import { createDraftSaver } from './draft-saver';

type Stage = 'editing' | 'preview';

interface FormSession {
  formId: FormId;
  draftId: string | null;
  values: FormValues;
  touched: ReadonlySet<string>;
  /** A preview was asked for: every message is shown from then on. */
  tried: boolean;
  stage: Stage;
  preview: FormPreview | null;
  saveState: 'saved' | 'saving' | 'failed';
  saveError: string | null;
}

interface FormsState {
  session: FormSession | null;
  /** A short sentence after a form leaves ("Queued to send: …"), shown on the forms list. */
  notice: string | null;
  open(formId: FormId, values: FormValues, draftId: string | null): void;
  close(): void;
  change(values: FormValues): void;
  touch(path: string): void;
  showPreview(): Promise<boolean>;
  backToEditing(): void;
  finish(notice: string): void;
}

let saver: ReturnType<typeof createDraftSaver> | null = null;

/** The form being filled in, its draft and its preview. */
export const useForms = create<FormsState>()((set, get) => ({
  session: null,
  notice: null,

  open(formId, values, draftId) {
    saver = createDraftSaver(
      formId,
      draftId,
      (id) =>
        set((state) =>
          state.session
            ? { session: { ...state.session, draftId: id, saveState: 'saved', saveError: null } }
            : state,
        ),
      (message) =>
        set((state) =>
          state.session ? { session: { ...state.session, saveState: 'failed', saveError: message } } : state,
        ),
    );
    set({
      notice: null,
      session: {
        formId,
        draftId,
        values,
        touched: new Set(),
        tried: false,
        stage: 'editing',
        preview: null,
        saveState: 'saved',
        saveError: null,
      },
    });
  },

  close() {
    saver = null;
    set({ session: null });
  },

  change(values) {
    const session = get().session;
    if (!session) return;
    set({ session: { ...session, values, saveState: 'saving' } });
    saver?.save(values);
  },

  touch(path) {
    const session = get().session;
    if (session && !session.touched.has(path))
      set({ session: { ...session, touched: new Set(session.touched).add(path) } });
  },

  async showPreview() {
    const session = get().session;
    if (!session) return false;
    const preview = await callApi('forms.preview', { formId: session.formId, values: session.values });
    const current = get().session;
    if (!current) return false;
    set({ session: { ...current, tried: true, preview, stage: preview.ready ? 'preview' : 'editing' } });
    return preview.ready;
  },

  backToEditing() {
    const session = get().session;
    if (session) set({ session: { ...session, stage: 'editing' } });
  },

  finish(notice) {
    saver = null;
    set({ session: null, notice });
  },
}));
