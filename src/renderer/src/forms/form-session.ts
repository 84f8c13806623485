import { create } from 'zustand';
import type { FormPreview } from '../../../shared/api-contract';
import type { FormId, FormValues } from '../../../shared/forms/form-spec';
import { callApi } from '../desk-api';
import { createDraftSaver, type DraftSaver } from './draft-saver';

type Stage = 'editing' | 'preview';

interface FormSession {
  /** Which opening of a form this is; answers for an older one are ignored. */
  token: number;
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
  open: (formId: FormId, values: FormValues, draftId: string | null) => void;
  close: () => void;
  change: (values: FormValues) => void;
  touch: (path: string) => void;
  showPreview: () => Promise<boolean>;
  backToEditing: () => void;
  /** Stops the draft saver, queues the exact values previewed, and closes the form. */
  queue: () => Promise<void>;
}

/** The current form's draft saver; a closed form's saver finishes its last write on its own. */
let saver: DraftSaver | null = null;
let sessionCount = 0;

/** The form being filled in, its draft and its preview. */
export const useForms = create<FormsState>()((set, get) => {
  /** Applies a change only while the session that asked for it is still the open one. */
  const updateSession = (token: number, change: Partial<FormSession>) =>
    set((state) => (state.session?.token === token ? { session: { ...state.session, ...change } } : state));

  return {
    session: null,
    notice: null,

    open(formId, values, draftId) {
      const token = ++sessionCount;
      saver = createDraftSaver(formId, draftId, {
        saved: (id) => updateSession(token, { draftId: id, saveState: 'saved', saveError: null }),
        failed: (message) => updateSession(token, { saveState: 'failed', saveError: message }),
      });
      set({
        notice: null,
        session: {
          token,
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
      if (session && !session.touched.has(path)) {
        set({ session: { ...session, touched: new Set(session.touched).add(path) } });
      }
    },

    async showPreview() {
      const session = get().session;
      if (!session) return false;
      const preview = await callApi('forms.preview', { formId: session.formId, values: session.values });
      updateSession(session.token, { tried: true, preview, stage: preview.ready ? 'preview' : 'editing' });
      return preview.ready;
    },

    backToEditing() {
      const session = get().session;
      if (session) set({ session: { ...session, stage: 'editing' } });
    },

    async queue() {
      const session = get().session;
      const current = saver;
      if (!session?.preview || !current) return;
      const draftId = await current.stop();
      try {
        await callApi('forms.queue', { formId: session.formId, values: session.values, draftId });
      } catch (error) {
        current.resume();
        throw error;
      }
      saver = null;
      set({ session: null, notice: `Queued to send: ${session.preview.subject}` });
    },
  };
});
