import { formSpec } from '../../src/shared/forms/form-catalog';
import type { FormValues } from '../../src/shared/forms/form-spec';
import { prefillForm } from '../../src/shared/forms/prefill-form';
import { fakeClinic } from './fake-clinic';

/**
 * Finished forms with obviously made-up details, valid for a clock set to 2026-11-23 (the tests'
 * fixed today). No real patient, claim or member is described here.
 */
export const fakeContractRequest: FormValues = {
  ...prefillForm(formSpec('new-contract-request'), fakeClinic),
  specialty: 'Family medicine',
};

/** fakeContractRequest as the plan reads it: each item's label and value, in the page's order. */
export const fakeContractRequestAnswers = [
  { label: 'Provider Name or Clinic Name', value: 'Rose City Test Clinic' },
  { label: 'Specialty', value: 'Family medicine' },
  { label: 'Phone Number', value: '503-555-0100 ext. 12' },
  { label: 'E-Mail Address', value: 'frontdesk@example.org' },
  { label: 'Fax Number', value: '503-555-0101' },
  { label: 'Physical Address', value: '100 Example Ave, Portland, OR 97201' },
  { label: 'NPI', value: '1234567893' },
  { label: 'TIN', value: '93-1234567' },
  { label: 'DMAP ID #', value: '500123' },
] as const;

/** The same, one "Label: value" a line, as the e-mail body and "Copy all answers" write it. */
export const fakeContractRequestLines = fakeContractRequestAnswers.map(
  ({ label, value }) => `${label}: ${value}`,
);

export const fakeClaimsInquiry: FormValues = {
  ...prefillForm(formSpec('claims-inquiry'), fakeClinic),
  claimNumber: 'TEST-CLAIM-0001',
  dateOfService: '10/15/2026',
  billedAmount: '120',
  memberName: 'Test Member',
  memberId: 'TEST0001',
  dateOfBirth: '01/02/1980',
  question: 'Test question',
};

/** A clinic update taking effect on `day`, so it is valid whatever day the test runs. */
export function fakeClinicUpdate(day = new Date()): FormValues {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    ...prefillForm(formSpec('clinic-update'), fakeClinic),
    changes: ['phone'],
    newPhone: '503-555-0142',
    effectiveDate: `${pad(day.getMonth() + 1)}/${pad(day.getDate())}/${day.getFullYear()}`,
  };
}
