import type { ClinicProfile } from '../../clinic-profile';
import type { DirectoryEntry } from '../../directory-pack';
import type { FormSpec, FormValues } from '../form-spec';
import { textOf } from '../form-spec';
import { formatForSubject } from './subject-parts';

/** A message of the desk's own to any of the plan's e-mail boxes, signed with the clinic's details. */
export const messageToBox: FormSpec = {
  id: 'message',
  title: 'E-mail',
  intro:
    'A message to one of the plan’s e-mail boxes. Keep patient details out of it: use the claims inquiry form for those.',
  recipient: { entryKeyField: 'directoryKey' },
  containsPhi: false,
  letterField: 'message',
  sections: [
    {
      title: 'Message',
      fields: [
        { name: 'subject', label: 'Subject', kind: 'text' },
        { name: 'message', label: 'Message', kind: 'long-text' },
      ],
    },
  ],
  subject: (values) => formatForSubject(textOf(values, 'subject'), ''),
};

/** A new message to a directory box, with a subject suited to it: the box's name, then the clinic's. */
export function startMessageTo(entry: DirectoryEntry, profile: ClinicProfile | null): FormValues {
  return {
    directoryKey: entry.key,
    subject: formatForSubject(entry.title, profile?.clinicName ?? '', profile?.groupNpi ?? ''),
    message: '',
  };
}
