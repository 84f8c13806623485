import { useMemo, useRef, useState } from 'react';
import {
  checkClinicProfile,
  emptyClinicProfile,
  profileForEditing,
  type ClinicProfile,
  type FieldMessages,
} from '../../../shared/clinic-profile';
import { useAnnouncer } from '../announcer';
import { TextField } from '../fields/text-field';
import { profileSections } from './profile-fields';
import { ProvidersEditor } from './providers-editor';
import { useProfile } from './profile-state';

/**
 * The clinic profile, edited in place. Messages appear beside a field once it has been left or
 * a save was tried; a save with a wrong field writes nothing and moves focus to the first one.
 */
export function ProfileView() {
  const saved = useProfile((state) => state.saved);
  const save = useProfile((state) => state.save);
  const editing = useProfile((state) => state.editing);
  const setEditing = useProfile((state) => state.setEditing);
  const announce = useAnnouncer((state) => state.announce);
  const savedForEditing = useMemo(() => profileForEditing(saved ?? emptyClinicProfile), [saved]);
  const draft = editing ?? savedForEditing;
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [tried, setTried] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldMessages>({});
  const [status, setStatus] = useState('');
  const form = useRef<HTMLFormElement>(null);

  const check = useMemo(() => checkClinicProfile(draft), [draft]);
  const shown = (path: string, messages: FieldMessages) =>
    tried || touched.has(path) ? messages[path] : undefined;
  const errorFor = (path: string) => shown(path, { ...serverErrors, ...check.errors });
  const warningFor = (path: string) => shown(path, check.warnings);
  const touch = (path: string) => setTouched((before) => new Set(before).add(path));
  const changed = JSON.stringify(draft) !== JSON.stringify(savedForEditing);
  const setDraft = (next: ClinicProfile) => {
    setStatus('');
    setEditing(next);
  };

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setTried(true);
    const submitted = draft;
    const result = await save(submitted);
    setServerErrors(result.errors);
    if (result.saved) {
      // Typing that went on while the save was in flight stays; otherwise show the saved values.
      if (useProfile.getState().editing === submitted || useProfile.getState().editing === null)
        setEditing(null);
      setStatus('Clinic profile saved.');
      announce('Clinic profile saved.');
      return;
    }
    const count = Object.keys(result.errors).length;
    announce(count === 1 ? 'One field needs fixing.' : `${count} fields need fixing.`);
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  return (
    <section className="profile" aria-labelledby="profile-title">
      <h2 id="profile-title">Clinic profile</h2>
      <p className="profile-intro">
        Entered once, used by every form. Fill in what you know; you can come back any time.
      </p>
      <form ref={form} onSubmit={(event) => void onSubmit(event)} noValidate>
        {profileSections.map((section) => (
          <fieldset key={section.title} className="profile-section">
            <legend>{section.title}</legend>
            {section.fields.map((field) => (
              <TextField
                key={field.name}
                id={`profile-${field.name}`}
                {...field}
                value={draft[field.name]}
                onChange={(value) => setDraft({ ...draft, [field.name]: value })}
                onBlur={() => touch(field.name)}
                maxLength={500}
                error={errorFor(field.name)}
                warning={warningFor(field.name)}
              />
            ))}
          </fieldset>
        ))}
        <ProvidersEditor
          providers={draft.providers}
          onChange={(providers) => setDraft({ ...draft, providers })}
          onBlur={touch}
          errorFor={errorFor}
        />
        <div className="form-actions">
          <button type="submit" className="primary">
            Save clinic profile
          </button>
          <span className="form-status">
            {status || (changed ? 'You have changes that are not saved.' : '')}
          </span>
        </div>
      </form>
    </section>
  );
}
