import { useEffect, useMemo, useRef, useState } from 'react';
import type { ClinicProfile } from '../../../shared/clinic-profile';
import { checkForm } from '../../../shared/forms/check-form';
import { formSpec } from '../../../shared/forms/form-catalog';
import { isShown } from '../../../shared/forms/form-spec';
import { localDate } from '../../../shared/validation/calendar-date';
import { useAnnouncer } from '../announcer';
import { useProfile } from '../profile/profile-state';
import { FormField, type FieldContext } from './form-field';
import { useForms } from './form-session';
import { PhiNotice } from './phi-notice';
import { ProviderPicker } from './provider-picker';
import { RecipientLine } from './recipient-line';
import { ErrorAlert } from '../fields/error-alert';

/** A form being filled in. Every change is saved as a draft; messages sit beside their fields. */
export function FormEditor() {
  const session = useForms((state) => state.session);
  const { change, touch, finish, close } = useForms.getState();
  const profile = useProfile((state) => state.saved);
  const announce = useAnnouncer((state) => state.announce);
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const spec = session ? formSpec(session.formId) : null;
  const check = useMemo(
    () => (spec && session ? checkForm(spec, session.values, localDate(new Date())) : null),
    [spec, session],
  );

  useEffect(() => heading.current?.focus(), [session?.token]);
  if (!session || !spec || !check) return null;
  const webForm = session.recipient?.route.kind === 'web-form';

  const visible = (path: string) => session.tried || session.touched.has(path);
  const context: FieldContext = {
    formId: session.formId,
    values: session.values,
    savedProfile: profile,
    saveToProfile: (changes) => void saveToProfile(changes),
    normalised: (path) =>
      Object.keys(check.errors).some((failed) => failed === path || failed.startsWith(`${path}.`))
        ? undefined
        : path
            .split('.')
            .reduce<unknown>(
              (value, step) => (value as Record<string, unknown> | undefined)?.[step],
              check.values,
            ),
    change,
    touch,
    error: (path) => (visible(path) ? check.errors[path] : undefined),
    warning: (path) => (visible(path) ? check.warnings[path] : undefined),
  };

  async function saveToProfile(changes: Partial<ClinicProfile>) {
    setProblem(null);
    try {
      const result = await useProfile.getState().update(changes);
      announce(
        result.saved ? 'Saved to the clinic profile.' : 'The clinic profile could not take that value.',
      );
    } catch (error) {
      const message =
        error instanceof Error ? error.message : 'The clinic profile could not be saved. Try again.';
      setProblem(message);
      announce(message);
    }
  }

  async function onFinish(event: React.FormEvent) {
    event.preventDefault();
    setProblem(null);
    let count: number;
    try {
      count = Object.keys(await finish()).length;
    } catch (error) {
      const message =
        error instanceof Error
          ? error.message
          : `The ${webForm ? 'answers' : 'preview'} could not be made. Try again.`;
      setProblem(message);
      announce(message);
      return;
    }
    if (count === 0) return;
    announce(count === 1 ? 'One field needs fixing.' : `${count} fields need fixing.`);
    requestAnimationFrame(() =>
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]')?.focus(),
    );
  }

  return (
    <section className="form-page" aria-labelledby="form-title">
      <h2 id="form-title" ref={heading} tabIndex={-1}>
        {spec.title}
      </h2>
      <p className="form-intro">{spec.intro}</p>
      <RecipientLine recipient={session.recipient} />
      {spec.containsPhi ? <PhiNotice /> : null}
      {spec.id === 'new-contract-request' && profile && profile.providers.length > 0 ? (
        <ProviderPicker
          providers={profile.providers}
          onPick={(picked) => change({ ...session.values, ...picked })}
        />
      ) : null}
      <form ref={form} onSubmit={(event) => void onFinish(event)} noValidate>
        {spec.sections.map((section) => (
          <fieldset key={section.title} className="form-section">
            <legend>{section.title}</legend>
            {section.fields
              .filter((field) => isShown(field, session.values))
              .map((field) => (
                <FormField key={field.name} field={field} context={context} />
              ))}
          </fieldset>
        ))}
        <ErrorAlert message={problem} />
        <div className="form-actions">
          <button type="submit" className="primary">
            {webForm ? 'Show answers to copy' : 'Preview e-mail'}
          </button>
          <button type="button" onClick={close}>
            Close (keep the draft)
          </button>
          {session.saveState === 'failed' ? (
            <span className="form-status error" role="alert">
              The draft could not be saved: {session.saveError}
            </span>
          ) : (
            <span className="form-status">
              {session.draftId ? (session.saveState === 'saving' ? 'Saving the draft…' : 'Draft saved.') : ''}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
