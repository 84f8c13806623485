import { emptyClinicProfile, profileForEditing } from '../../../shared/clinic-profile';
import type { DirectoryEntry } from '../../../shared/directory-pack';
import { startMessageTo } from '../../../shared/forms/definitions/message-to-box';
import { formForBox } from '../../../shared/forms/form-catalog';
import type { FormSpec } from '../../../shared/forms/form-spec';
import { prefillForm } from '../../../shared/forms/prefill-form';
import { useNavigation } from '../navigation-store';
import { useProfile } from '../profile/profile-state';
import { useForms } from './form-session';

/**
 * "Draft e-mail" on a directory box: a message to that box with a subject suited to it and the
 * clinic's signature. The claims help box opens its secure claims inquiry form instead.
 */
export function draftEmailTo(entry: DirectoryEntry): void {
  const boxForm = formForBox(entry.key);
  if (boxForm?.containsPhi) {
    openForm(boxForm);
    return;
  }
  useForms.getState().open('message', startMessageTo(entry, useProfile.getState().saved), null);
  useNavigation.getState().show('forms');
}

/** Opens a form, started from the clinic profile. */
export function openForm(spec: FormSpec): void {
  const profile = profileForEditing(useProfile.getState().saved ?? emptyClinicProfile);
  useForms.getState().open(spec.id, prefillForm(spec, profile), null);
  useNavigation.getState().show('forms');
}
