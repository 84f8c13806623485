import type { ClinicProfile } from '../clinic-profile';
import type { FormSpec, FormValues } from './form-spec';

/** A new form, started from the profile as the desk edits it (numbers shown as people write them). */
export function prefillForm(spec: FormSpec, profile: ClinicProfile): FormValues {
  const values: FormValues = {};
  for (const field of spec.sections.flatMap((section) => section.fields)) {
    if (field.kind === 'address' && field.fromProfile) {
      values[field.name] = {
        street: profile.street,
        city: profile.city,
        state: profile.state,
        zip: profile.zip,
      };
    } else if (field.kind === 'rows' && field.firstRowFromProfile) {
      const row = Object.fromEntries(
        Object.entries(field.firstRowFromProfile).map(([name, from]) => [name, profile[from]]),
      );
      values[field.name] = [row];
    } else if (field.kind === 'rows') {
      values[field.name] = [Object.fromEntries(field.fields.map((sub) => [sub.name, '']))];
    } else if (field.kind !== 'choices' && field.kind !== 'address' && field.fromProfile) {
      values[field.name] = profile[field.fromProfile];
    }
  }
  return values;
}
