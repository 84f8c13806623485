import type { FormSpec } from '../form-spec';
import { textOf } from '../form-spec';
import { formatForSubject } from './subject-parts';

/** The nine items the seed page asked a contract request to include, in its order. */
export const newContractRequest: FormSpec = {
  id: 'new-contract-request',
  title: 'New contracting request',
  intro: 'Ask to join the plan’s provider panel, with the details the plan asks for.',
  recipient: { entryKey: 'contracting.requests' },
  containsPhi: false,
  sections: [
    {
      title: 'Request',
      fields: [
        {
          name: 'providerOrClinicName',
          label: 'Provider Name or Clinic Name',
          kind: 'text',
          fromProfile: 'clinicName',
          prefillOnly: true,
        },
        { name: 'specialty', label: 'Specialty', kind: 'text' },
        { name: 'phone', label: 'Phone Number', kind: 'phone', fromProfile: 'phone' },
        { name: 'email', label: 'E-Mail Address', kind: 'email', fromProfile: 'email' },
        { name: 'fax', label: 'Fax Number', kind: 'fax', fromProfile: 'fax' },
        { name: 'physicalAddress', label: 'Physical Address', kind: 'address', fromProfile: true },
        { name: 'npi', label: 'NPI', kind: 'npi', fromProfile: 'groupNpi', prefillOnly: true },
        { name: 'tin', label: 'TIN', kind: 'tin', fromProfile: 'tin' },
        { name: 'dmapId', label: 'DMAP ID #', kind: 'dmap', fromProfile: 'dmapId' },
      ],
    },
  ],
  subject: (values) =>
    formatForSubject('New contract request', textOf(values, 'providerOrClinicName'), textOf(values, 'npi')),
};
