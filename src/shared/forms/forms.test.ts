import { describe, expect, it } from 'vitest';
import { fakeClinic } from '../../../tests/support/fake-clinic';
import { fakeContractRequestLines } from '../../../tests/support/fake-forms';
import { checkForm, labelInSentence } from './check-form';
import { formCatalog, formSpec } from './form-catalog';
import { prefillForm } from './prefill-form';
import { renderFormBody } from './render-form-message';

const today = '2026-11-23';

describe('the new contracting request', () => {
  const spec = formSpec('new-contract-request');

  it('starts filled from the profile and renders the nine items in the plan’s order', () => {
    const check = checkForm(spec, { ...prefillForm(spec, fakeClinic), specialty: 'Family medicine' }, today);
    expect(check.errors).toEqual({});
    const body = renderFormBody(spec, check.values, fakeClinic);
    expect(body).toBe(
      [
        'New contracting request',
        '',
        ...fakeContractRequestLines,
        '',
        '-- ',
        'Pat Example, Office manager',
        'Rose City Test Clinic',
        '100 Example Ave, Portland, OR 97201',
        'Phone 503-555-0100 ext. 12 · Fax 503-555-0101',
        'frontdesk@example.org',
        '',
      ].join('\n'),
    );
    expect(spec.subject(check.values)).toBe('New contract request – Rose City Test Clinic – NPI 1234567893');
  });

  it('says what to fix for each wrong or missing item', () => {
    const check = checkForm(
      spec,
      {
        ...prefillForm(spec, fakeClinic),
        npi: '1234567898',
        physicalAddress: { street: '', city: 'Portland', state: 'Oregon', zip: '97201' },
      },
      today,
    );
    expect(check.errors).toEqual({
      specialty: 'Enter the specialty.',
      npi: expect.stringMatching(/check digit/),
      'physicalAddress.street': 'Enter the street.',
      'physicalAddress.state': expect.stringMatching(/two-letter state code/),
    });
  });
});

describe('the clinic information update', () => {
  const spec = formSpec('clinic-update');

  it('asks only for the new values of what changes, and sends only those', () => {
    const values = {
      ...prefillForm(spec, fakeClinic),
      changes: ['phone', 'provider-leaving'],
      newFax: '503-555-0199',
    };
    const missing = checkForm(spec, { ...values, effectiveDate: '' }, today);
    expect(Object.keys(missing.errors).sort()).toEqual([
      'effectiveDate',
      'leavingName',
      'leavingNpi',
      'newPhone',
    ]);

    const done = checkForm(
      spec,
      {
        ...values,
        newPhone: '503 555 0150',
        leavingName: 'Dr. Lee Sample',
        leavingNpi: '1245319599',
        effectiveDate: '12/01/2026',
      },
      today,
    );
    expect(done.errors).toEqual({});
    const body = renderFormBody(spec, done.values, fakeClinic);
    expect(body).toContain(
      'THE CHANGE\nWhat changes: Phone, A provider leaving\nNew phone: 503-555-0150\nLeaving provider’s name: Dr. Lee Sample',
    );
    expect(body).toContain('Effective date: 12/01/2026');
    expect(body).not.toContain('503-555-0199');
    expect(spec.subject(done.values)).toBe(
      'Clinic information update – Rose City Test Clinic – NPI 1234567893',
    );
  });

  it('needs at least one change and refuses an effective date years in the past', () => {
    const check = checkForm(spec, { ...prefillForm(spec, fakeClinic), effectiveDate: '2020-01-01' }, today);
    expect(check.errors.changes).toMatch(/Choose at least one/);
    expect(check.errors.effectiveDate).toMatch(/more than a year in the past/);
  });
});

describe('the clinic alert e-mail registration', () => {
  const spec = formSpec('alert-registration');

  it('needs a name and job title for every address, as the plan asks', () => {
    const check = checkForm(
      spec,
      {
        clinicName: 'Rose City Test Clinic',
        addresses: [
          { email: 'pat@example.org', name: 'Pat Example', jobTitle: '' },
          { email: 'bad', name: '', jobTitle: '' },
        ],
      },
      today,
    );
    expect(check.errors).toEqual({
      'addresses.0.jobTitle': 'Enter the job title.',
      'addresses.1.email': expect.stringMatching(/looks like name@clinic.org/),
      'addresses.1.name': 'Enter the name.',
      'addresses.1.jobTitle': 'Enter the job title.',
    });
    expect(checkForm(spec, { clinicName: 'x', addresses: [] }, today).errors.addresses).toBe(
      'Add at least 1 address.',
    );
  });

  it('lists each address with its person', () => {
    const check = checkForm(spec, prefillForm(spec, fakeClinic), today);
    expect(check.errors).toEqual({});
    expect(renderFormBody(spec, check.values, fakeClinic)).toContain(
      'Addresses:\n  1. E-mail: pat@example.org; Name: Pat Example; Job title: Office manager',
    );
  });
});

describe('the claims inquiry', () => {
  const spec = formSpec('claims-inquiry');
  const filled = {
    ...prefillForm(spec, fakeClinic),
    claimNumber: 'TEST-CLAIM-0001',
    dateOfService: '10/15/2026',
    billedAmount: '$1,234.5',
    memberName: 'Test Member',
    memberId: 'TEST0001',
    dateOfBirth: '01/02/1980',
    question: 'Why was this test claim denied?\nSecond line.',
  };

  it('is marked as PHI and keeps every patient detail out of the subject', () => {
    const check = checkForm(spec, filled, today);
    expect(check.errors).toEqual({});
    expect(spec.containsPhi).toBe(true);
    const subject = spec.subject(check.values);
    expect(subject).toBe('Claims inquiry – Rose City Test Clinic – NPI 1234567893');
    for (const detail of ['TEST-CLAIM-0001', 'Test Member', 'TEST0001', '1980'])
      expect(subject).not.toContain(detail);
    const body = renderFormBody(spec, check.values, fakeClinic);
    expect(body).toContain('Billed amount: $1,234.50');
    expect(body).toContain('Date of birth: 01/02/1980');
    expect(body).toContain('Question:\n  Why was this test claim denied?\n  Second line.');
  });

  it('refuses a date of service in the future and a birth date before 130 years ago', () => {
    const check = checkForm(
      spec,
      { ...filled, dateOfService: '2026-12-01', dateOfBirth: '1850-01-01', billedAmount: '0' },
      today,
    );
    expect(check.errors).toEqual({
      dateOfService: expect.stringMatching(/cannot be after today/),
      dateOfBirth: expect.stringMatching(/130 years/),
      billedAmount: expect.stringMatching(/more than \$0.00/),
    });
  });

  it('is the only form that carries PHI, and every form goes to a box the directory has', () => {
    expect(formCatalog.filter((form) => form.containsPhi).map((form) => form.id)).toEqual(['claims-inquiry']);
    expect(
      formCatalog.map((form) => ('entryKey' in form.recipient ? form.recipient.entryKey : 'any box')),
    ).toEqual(['contracting.requests', 'clinic.updates-email', 'clinic.alerts-email', 'claims.inquiries']);
  });
});

describe('messages', () => {
  it.each([
    ['Clinic TIN', 'clinic TIN'],
    ['E-Mail Address', 'e-mail address'],
    ['DMAP ID #', 'DMAP ID #'],
    ['Provider Name or Clinic Name', 'provider name or clinic name'],
    ['Joining provider’s NPI', 'joining provider’s NPI'],
  ])('name the field %s as %s inside a sentence', (label, phrase) => {
    expect(labelInSentence(label)).toBe(phrase);
  });
});

describe('subjects', () => {
  it('cannot be given a line break or a second header by a name', () => {
    const spec = formSpec('alert-registration');
    expect(spec.subject({ clinicName: 'Rose\r\nBcc: someone@example.org' })).toBe(
      'Clinic alert e-mail registration – Rose Bcc: someone@example.org',
    );
  });
});
