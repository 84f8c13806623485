import { useEffect, useState } from 'react';
import type { DraftSummary } from '../../../shared/api-contract';
import { emptyClinicProfile, profileForEditing } from '../../../shared/clinic-profile';
import { formCatalog, formSpec } from '../../../shared/forms/form-catalog';
import type { FormId } from '../../../shared/forms/form-spec';
import { prefillForm } from '../../../shared/forms/prefill-form';
import { useAnnouncer } from '../announcer';
import { callApi } from '../desk-api';
import { useNavigation } from '../navigation-store';
import { useProfile } from '../profile/profile-state';
import { useForms } from './form-session';
import { ErrorAlert } from '../fields/error-alert';

/** The plan's forms and the drafts not yet finished. */
export function FormsHome() {
  const notice = useForms((state) => state.notice);
  const open = useForms((state) => state.open);
  const profile = useProfile((state) => state.saved);
  const announce = useAnnouncer((state) => state.announce);
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const refresh = () => {
    callApi('drafts.list', undefined).then(setDrafts, (error: unknown) => setProblem(String(error)));
  };
  useEffect(refresh, []);

  const start = (formId: FormId) =>
    open(formId, prefillForm(formSpec(formId), profileForEditing(profile ?? emptyClinicProfile)), null);

  async function resume(id: string) {
    try {
      const draft = await callApi('drafts.get', { id });
      open(draft.formId, draft.values, draft.id);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'That draft could not be opened.');
      refresh();
    }
  }

  async function remove(draft: DraftSummary) {
    await callApi('drafts.delete', { id: draft.id });
    announce(`Deleted the draft ${formSpec(draft.formId).title.toLowerCase()}.`);
    refresh();
  }

  return (
    <div className="forms-home">
      {notice ? (
        <p className="notice">
          {notice}{' '}
          <button type="button" onClick={() => useNavigation.getState().show('outbox')}>
            Open the outbox
          </button>
        </p>
      ) : null}
      <ErrorAlert message={problem} />
      <section aria-labelledby="forms-title">
        <h2 id="forms-title">The plan’s forms</h2>
        {!profile ? (
          <p className="field-hint">Fill in the clinic profile and every form will start filled in.</p>
        ) : null}
        <ul className="form-list">
          {formCatalog.map((spec) => (
            <li key={spec.id} className="form-card">
              <h3>{spec.title}</h3>
              <p>{spec.intro}</p>
              <button
                type="button"
                className="primary"
                onClick={() => start(spec.id)}
                aria-label={`Start: ${spec.title}`}
              >
                Start
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="drafts-title">
        <h2 id="drafts-title">Drafts</h2>
        {drafts && drafts.length === 0 ? <p className="field-hint">No unfinished forms.</p> : null}
        <ul className="draft-list">
          {(drafts ?? []).map((draft) => (
            <li key={draft.id}>
              <span className="draft-title">{draft.summary ?? formSpec(draft.formId).title}</span>
              <span className="draft-time">last changed {new Date(draft.updatedAt).toLocaleString()}</span>
              <button type="button" onClick={() => void resume(draft.id)}>
                Continue
              </button>
              <button type="button" onClick={() => void remove(draft)}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
