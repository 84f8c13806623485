import type { FormSpec } from '../form-spec';
import { textOf } from '../form-spec';
import { formatForSubject } from './subject-parts';

/** The nine items the plan's page asks a new contract request to include, in its order. */
export const newContractRequest: FormSpec = {
  id: 'new-contract-request',
  title: 'New contracting request',
  intro: 'Ask to join the plan’s provider panel, or start the contracting process by e-mail.',
  directoryKey: 'contracting.requests',
  containsPhi: false,
  sections: [
    {
      title: 'Request',
      fields: [
        { name: 'providerOrClinicName', label: 'Provider Name or Clinic Name', kind: 'text' },
        { name: 'specialty', label: 'Specialty', kind: 'text' },
        { name: 'phone', label: 'Phone Number', kind: 'phone' },
        { name: 'email', label: 'E-Mail Address', kind: 'email' },
        { name: 'fax', label: 'Fax Number', kind: 'fax' },
        { name: 'physicalAddress', label: 'Physical Address', kind: 'address' },
        { name: 'npi', label: 'NPI', kind: 'npi' },
        { name: 'tin', label: 'TIN', kind: 'tin' },
        { name: 'dmapId', label: 'DMAP ID #', kind: 'dmap' },
      ],
    },
  ],
  prefill: (profile) => ({
    providerOrClinicName: profile.clinicName,
    specialty: '',
    phone: profile.phone,
    email: profile.email,
    fax: profile.fax,
    physicalAddress: { street: profile.street, city: profile.city, state: profile.state, zip: profile.zip },
    npi: profile.groupNpi,
    tin: profile.tin,
    dmapId: profile.dmapId,
  }),
  subject: (values) =>
    formatForSubject('New contract request', textOf(values, 'providerOrClinicName'), textOf(values, 'npi')),
};
