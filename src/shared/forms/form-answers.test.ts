import { describe, expect, it } from 'vitest';
import { fakeClinic } from '../../../tests/support/fake-clinic';
import { fakeContractRequestAnswers } from '../../../tests/support/fake-forms';
import { checkForm } from './check-form';
import { answersText, formAnswers } from './form-answers';
import { formSpec } from './form-catalog';
import type { FormId, FormValues } from './form-spec';
import { prefillForm } from './prefill-form';

const today = '2026-11-23';
const checked = (id: FormId, values: FormValues) => {
  const spec = formSpec(id);
  const check = checkForm(spec, { ...prefillForm(spec, fakeClinic), ...values }, today);
  expect(check.errors).toEqual({});
  return formAnswers(spec, check.values);
};

describe('a finished form as answers to copy', () => {
  it('gives each filled field its label and the value as a person writes it, in the form’s order', () => {
    expect(checked('new-contract-request', { specialty: 'Family medicine' })).toEqual(
      fakeContractRequestAnswers,
    );
  });

  it('keeps a row’s fields apart, leaves empty ones out, and names chosen options', () => {
    const answers = checked('alert-registration', {
      addresses: [
        { email: 'pat@example.org', name: 'Pat Example', jobTitle: 'Office manager' },
        { email: 'billing@example.org', name: 'Jo Example', jobTitle: 'Biller' },
      ],
    });
    expect(answers.map((answer) => answer.label)).toEqual([
      'Clinic name',
      'Address 1 – E-mail',
      'Address 1 – Name',
      'Address 1 – Job title',
      'Address 2 – E-mail',
      'Address 2 – Name',
      'Address 2 – Job title',
    ]);
    const update = checked('clinic-update', {
      changes: ['fax'],
      newFax: '503 555 0199',
      effectiveDate: '12/01/2026',
    });
    expect(update).toContainEqual({ label: 'What changes', value: 'Fax' });
    expect(update).toContainEqual({ label: 'New fax', value: '503-555-0199' });
    expect(update).toContainEqual({ label: 'Effective date', value: '12/01/2026' });
    expect(update.every((answer) => answer.value !== '')).toBe(true);
  });

  it('reads as one text, a long answer indented under its label', () => {
    expect(
      answersText([
        { label: 'Specialty', value: 'Family medicine' },
        { label: 'Question', value: 'First line\nSecond line' },
      ]),
    ).toBe('Specialty: Family medicine\nQuestion:\n  First line\n  Second line\n');
  });
});
