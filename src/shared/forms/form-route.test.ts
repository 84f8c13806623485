import { describe, expect, it } from 'vitest';
import type { ContactValue } from '../directory-pack';
import { formRoute, takenOnWebForm } from './form-route';

const seen = { source: 'test-page', on: '2026-11-30' };
const box: ContactValue = { kind: 'email', label: 'New contract requests', address: 'box@example.org', seen };
const webForm: ContactValue = { kind: 'web', label: 'Contract Requests form', url: null, seen };
const phone: ContactValue = {
  kind: 'phone',
  label: 'Provider Customer Service',
  number: '503-555-0100',
  seen,
};

describe('where a form goes, read from its directory entry', () => {
  it('is the e-mail box while the entry lists one, even beside a web page', () => {
    expect(formRoute({ values: [phone, webForm, box] })).toEqual({
      kind: 'email',
      address: 'box@example.org',
    });
  });

  it('is the web form once the entry has no box, with its address where the page gives one', () => {
    expect(formRoute({ values: [phone, webForm] })).toEqual({
      kind: 'web-form',
      label: 'Contract Requests form',
      url: null,
    });
    expect(
      formRoute({ values: [{ ...webForm, url: 'https://forms.example.org/contract-requests' }] }),
    ).toEqual({
      kind: 'web-form',
      label: 'Contract Requests form',
      url: 'https://forms.example.org/contract-requests',
    });
  });

  it('is nowhere when the entry names neither', () => {
    expect(
      formRoute({ values: [phone, { kind: 'document', label: 'A guide', url: null, seen }] }),
    ).toBeNull();
  });

  it('is told in one sentence that names the plan and the form', () => {
    const route = { kind: 'web-form', label: 'Contract Requests form', url: null } as const;
    expect(takenOnWebForm('CareOregon', route)).toBe(
      'CareOregon now takes this on its web form: Contract Requests form.',
    );
    expect(takenOnWebForm('', route)).toBe(
      'The plan now takes this on its web form: Contract Requests form.',
    );
  });
});
