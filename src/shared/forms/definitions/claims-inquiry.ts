import type { FormSpec } from '../form-spec';
import { textOf } from '../form-spec';
import { formatForSubject } from './subject-parts';

/**
 * A question about a claim. It names a patient, so it carries PHI: it may only leave over a
 * secure transport, never by a mail app or a saved file, and its subject names only the clinic.
 */
export const claimsInquiry: FormSpec = {
  id: 'claims-inquiry',
  title: 'Claims inquiry',
  intro: 'Ask about a claim you already sent. It holds patient details, so it can only be sent securely.',
  recipient: { entryKey: 'claims.inquiries' },
  containsPhi: true,
  sections: [
    {
      title: 'Billing provider',
      fields: [
        {
          name: 'providerName',
          label: 'Clinic or provider name',
          kind: 'text',
          fromProfile: 'clinicName',
          prefillOnly: true,
        },
        { name: 'billingNpi', label: 'Billing NPI', kind: 'npi', fromProfile: 'groupNpi', prefillOnly: true },
      ],
    },
    {
      title: 'Claim',
      fields: [
        { name: 'claimNumber', label: 'Claim number', kind: 'text' },
        {
          name: 'dateOfService',
          label: 'Date of service',
          kind: 'date',
          dateRules: { notInFuture: true, maxYearsInPast: 7 },
        },
        { name: 'billedAmount', label: 'Billed amount', kind: 'money' },
      ],
    },
    {
      title: 'Member',
      fields: [
        { name: 'memberName', label: 'Member name', kind: 'text' },
        { name: 'memberId', label: 'Member ID', kind: 'text' },
        {
          name: 'dateOfBirth',
          label: 'Date of birth',
          kind: 'date',
          dateRules: { notInFuture: true, maxYearsInPast: 130 },
        },
      ],
    },
    {
      title: 'Question',
      fields: [{ name: 'question', label: 'Question', kind: 'long-text' }],
    },
  ],
  subject: (values) =>
    formatForSubject('Claims inquiry', textOf(values, 'providerName'), textOf(values, 'billingNpi')),
};
