import { create } from 'zustand';
import type { FormAnswers, FormPreview, FormRecipient } from '../../../shared/api-contract';
import type { FieldMessages } from '../../../shared/clinic-profile';
import type { FormId, FormValues } from '../../../shared/forms/form-spec';
import { callApi } from '../desk-api';
import { createDraftSaver, type DraftSaver } from './draft-saver';

/** A form the plan takes by e-mail ends in its preview; one it takes on its web form, in answers. */
type Stage = 'editing' | 'preview' | 'answers';

interface FormSession {
  /** Which opening of a form this is; answers for an older one are ignored. */
  token: number;
  formId: FormId;
  draftId: string | null;
  values: FormValues;
  /** Where the form goes, as the directory says; null until main has said. */
  recipient: FormRecipient | null;
  touched: ReadonlySet<string>;
  /** The finished form was asked for: every message is shown from then on. */
  tried: boolean;
  stage: Stage;
  preview: FormPreview | null;
  answers: FormAnswers | null;
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
  /**
   * Checks the form in main and, once it passes, shows it the way its route takes it: the e-mail's
   * preview, or the answers to copy into the plan's web form. Returns the fields still to fix.
   */
  finish: () => Promise<FieldMessages>;
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
          recipient: null,
          touched: new Set(),
          tried: false,
          stage: 'editing',
          preview: null,
          answers: null,
          saveState: 'saved',
          saveError: null,
        },
      });
      // Left unknown if this fails: the form still opens, and its preview then says what is wrong.
      callApi('forms.route', { formId, values }).then(
        (recipient) => updateSession(token, { recipient }),
        () => undefined,
      );
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

    async finish() {
      const session = get().session;
      if (!session) return {};
      const input = { formId: session.formId, values: session.values };
      if (session.recipient?.route.kind === 'web-form') {
        const answers = await callApi('forms.answers', input);
        updateSession(session.token, { answers, tried: true, stage: answers.ready ? 'answers' : 'editing' });
        return answers.errors;
      }
      const preview = await callApi('forms.preview', input);
      updateSession(session.token, { preview, tried: true, stage: preview.ready ? 'preview' : 'editing' });
      return preview.errors;
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
