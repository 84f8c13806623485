import type { ClinicProfile } from '../../../shared/clinic-profile';
import type { TextFieldProps } from '../fields/text-field';

type ProfileTextField = Exclude<keyof ClinicProfile, 'providers'>;

export interface ProfileFieldSpec extends Pick<
  TextFieldProps,
  'label' | 'hint' | 'type' | 'autoComplete' | 'inputMode' | 'size'
> {
  name: ProfileTextField;
}

const phoneHint = 'Like 503-555-0100; add “ext 12” for an extension';

export const profileSections: { title: string; fields: ProfileFieldSpec[] }[] = [
  {
    title: 'Clinic',
    fields: [
      { name: 'clinicName', label: 'Clinic name', autoComplete: 'organization', size: 'long' },
      { name: 'street', label: 'Street address', autoComplete: 'street-address', size: 'long' },
      { name: 'city', label: 'City', autoComplete: 'address-level2' },
      {
        name: 'state',
        label: 'State',
        autoComplete: 'address-level1',
        size: 'short',
        hint: 'Two letters, like OR',
      },
      { name: 'zip', label: 'ZIP code', autoComplete: 'postal-code', inputMode: 'numeric', size: 'short' },
      { name: 'phone', label: 'Phone', inputMode: 'tel', hint: phoneHint },
      { name: 'fax', label: 'Fax', inputMode: 'tel' },
      { name: 'email', label: 'E-mail', type: 'email', inputMode: 'email', size: 'long' },
    ],
  },
  {
    title: 'Identifiers',
    fields: [
      { name: 'tin', label: 'TIN', inputMode: 'numeric', hint: 'Nine digits, like 93-1234567' },
      { name: 'dmapId', label: 'DMAP ID #' },
      { name: 'groupNpi', label: 'Group NPI', inputMode: 'numeric', hint: 'Ten digits' },
    ],
  },
  {
    title: 'Contact person',
    fields: [
      { name: 'contactName', label: 'Name', autoComplete: 'name' },
      { name: 'contactTitle', label: 'Job title', autoComplete: 'organization-title' },
      { name: 'contactPhone', label: 'Phone', inputMode: 'tel', hint: phoneHint },
      { name: 'contactEmail', label: 'E-mail', type: 'email', inputMode: 'email', size: 'long' },
    ],
  },
];
