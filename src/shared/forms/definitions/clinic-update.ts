import type { FormSpec } from '../form-spec';
import { textOf } from '../form-spec';
import { formatForSubject } from './subject-parts';

const when = (change: string) => ({ field: 'changes', includes: change });

/** A change to the clinic's details, sent to the plan's clinic updates box. */
export const clinicUpdate: FormSpec = {
  id: 'clinic-update',
  title: 'Clinic information update',
  intro: 'Tell the plan what changed at your clinic and from when.',
  recipient: { entryKey: 'clinic.updates-email' },
  containsPhi: false,
  sections: [
    {
      title: 'Which clinic',
      fields: [
        { name: 'clinicName', label: 'Clinic name', kind: 'text', fromProfile: 'clinicName' },
        { name: 'clinicNpi', label: 'Clinic NPI', kind: 'npi', fromProfile: 'groupNpi' },
        { name: 'clinicTin', label: 'Clinic TIN', kind: 'tin', fromProfile: 'tin' },
      ],
    },
    {
      title: 'The change',
      fields: [
        {
          name: 'changes',
          label: 'What changes',
          kind: 'choices',
          options: [
            { value: 'address', label: 'Address' },
            { value: 'phone', label: 'Phone' },
            { value: 'fax', label: 'Fax' },
            { value: 'hours', label: 'Hours' },
            { value: 'email', label: 'E-mail' },
            { value: 'provider-joining', label: 'A provider joining' },
            { value: 'provider-leaving', label: 'A provider leaving' },
            { value: 'other', label: 'Other' },
          ],
        },
        { name: 'newAddress', label: 'New address', kind: 'address', showWhen: when('address') },
        { name: 'newPhone', label: 'New phone', kind: 'phone', showWhen: when('phone') },
        { name: 'newFax', label: 'New fax', kind: 'fax', showWhen: when('fax') },
        { name: 'newHours', label: 'New hours', kind: 'long-text', showWhen: when('hours') },
        { name: 'newEmail', label: 'New e-mail', kind: 'email', showWhen: when('email') },
        {
          name: 'joiningName',
          label: 'Joining provider’s name',
          kind: 'text',
          showWhen: when('provider-joining'),
        },
        {
          name: 'joiningNpi',
          label: 'Joining provider’s NPI',
          kind: 'npi',
          showWhen: when('provider-joining'),
        },
        {
          name: 'joiningSpecialty',
          label: 'Joining provider’s specialty',
          kind: 'text',
          showWhen: when('provider-joining'),
        },
        {
          name: 'leavingName',
          label: 'Leaving provider’s name',
          kind: 'text',
          showWhen: when('provider-leaving'),
        },
        {
          name: 'leavingNpi',
          label: 'Leaving provider’s NPI',
          kind: 'npi',
          showWhen: when('provider-leaving'),
        },
        { name: 'otherChange', label: 'Other change', kind: 'long-text', showWhen: when('other') },
        {
          name: 'effectiveDate',
          label: 'Effective date',
          kind: 'date',
          hint: 'The day the change takes effect',
          dateRules: { maxYearsInPast: 1, maxYearsInFuture: 2 },
        },
      ],
    },
    {
      title: 'Who to contact about it',
      fields: [
        { name: 'contactName', label: 'Contact name', kind: 'text', fromProfile: 'contactName' },
        {
          name: 'contactTitle',
          label: 'Job title',
          kind: 'text',
          optional: true,
          fromProfile: 'contactTitle',
        },
        { name: 'contactPhone', label: 'Contact phone', kind: 'phone', fromProfile: 'contactPhone' },
        { name: 'contactEmail', label: 'Contact e-mail', kind: 'email', fromProfile: 'contactEmail' },
      ],
    },
  ],
  subject: (values) =>
    formatForSubject('Clinic information update', textOf(values, 'clinicName'), textOf(values, 'clinicNpi')),
};
