import type { FormSpec } from '../form-spec';
import { textOf } from '../form-spec';
import { formatForSubject } from './subject-parts';

/** The addresses the plan should use for system alerts, each with a name and job title as it asks. */
export const alertRegistration: FormSpec = {
  id: 'alert-registration',
  title: 'Clinic alert e-mail registration',
  intro: 'Tell the plan which e-mail addresses to use for system alerts and other critical information.',
  recipient: { entryKey: 'clinic.alerts-email' },
  containsPhi: false,
  sections: [
    {
      title: 'Clinic',
      fields: [{ name: 'clinicName', label: 'Clinic name', kind: 'text', fromProfile: 'clinicName' }],
    },
    {
      title: 'Addresses to use',
      fields: [
        {
          name: 'addresses',
          label: 'Addresses',
          rowLabel: 'Address',
          kind: 'rows',
          minRows: 1,
          maxRows: 20,
          firstRowFromProfile: { email: 'contactEmail', name: 'contactName', jobTitle: 'contactTitle' },
          hint: 'The plan asks for the name and job title of the person behind each address.',
          fields: [
            { name: 'email', label: 'E-mail', kind: 'email' },
            { name: 'name', label: 'Name', kind: 'text' },
            { name: 'jobTitle', label: 'Job title', kind: 'text' },
          ],
        },
      ],
    },
  ],
  subject: (values) => formatForSubject('Clinic alert e-mail registration', textOf(values, 'clinicName')),
};
