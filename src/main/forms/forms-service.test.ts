import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formSpec } from '../../shared/forms/form-catalog';
import { prefillForm } from '../../shared/forms/prefill-form';
import { fakeClinic } from '../../../tests/support/fake-clinic';
import { fakeClaimsInquiry, fakeContractRequest } from '../../../tests/support/fake-forms';
import type { ChannelCall } from '../../../tests/support/channel-call';
import { startTestServices, type TestServices } from '../../../tests/support/test-services';

let services: TestServices;
beforeEach(async () => {
  // A clock that moves a second per reading, so "newest first" has something to order by.
  let seconds = 0;
  services = startTestServices(() => new Date(Date.UTC(2026, 10, 23, 17, 0, seconds++)));
  await call('profile.save', fakeClinic);
});
afterEach(() => services.dispose());

const call: ChannelCall = (channel, ...input) => services.call(channel, ...input);
const refusal: TestServices['refuse'] = (channel, ...input) => services.refuse(channel, ...input);

const contract = fakeContractRequest;
const claims = fakeClaimsInquiry;

describe('a finished form becomes a message', () => {
  it('is addressed to the box its directory entry names, with the subject pattern and the body', async () => {
    const preview = await call('forms.preview', { formId: 'new-contract-request', values: contract });
    expect(preview).toMatchObject({
      to: 'newcontractrequest@careoregon.org',
      from: '"Rose City Test Clinic" <pat@example.org>',
      subject: 'New contract request – Rose City Test Clinic – NPI 1234567893',
      containsPhi: false,
      ready: true,
      errors: {},
    });
    expect(preview.body).toContain('DMAP ID #: 500123');
  });

  it('is not ready while a field is wrong, and cannot be queued or exported then', async () => {
    const values = { ...contract, npi: '1234567898' };
    expect(await call('forms.preview', { formId: 'new-contract-request', values })).toMatchObject({
      ready: false,
      errors: { npi: expect.stringMatching(/check digit/) },
    });
    for (const channel of ['forms.queue', 'forms.exportEml', 'forms.mailto'] as const) {
      const error = await refusal(channel, {
        formId: 'new-contract-request',
        values,
        ...(channel === 'forms.queue' ? { draftId: null } : {}),
      });
      expect(error).toMatchObject({
        code: 'invalid-input',
        message: 'One field needs fixing before this can leave.',
      });
    }
    expect(await call('outbox.list')).toEqual([]);
  });

  it('is queued whole, with its Message-ID fixed, and its draft retired in the same step', async () => {
    const { id: draftId } = await call('drafts.save', {
      id: null,
      formId: 'new-contract-request',
      values: contract,
    });
    const { messageId } = await call('forms.queue', {
      formId: 'new-contract-request',
      values: contract,
      draftId,
    });
    expect(messageId).toMatch(/^<[0-9a-f-]{36}@example\.org>$/);
    expect(await call('drafts.list')).toEqual([]);
    expect(await call('outbox.list')).toEqual([
      expect.objectContaining({
        messageId,
        state: 'held', // queued, then held at once: there are no mail settings in this test
        to: 'newcontractrequest@careoregon.org',
        containsPhi: false,
      }),
    ]);
    const stored = services.desk.prepare('SELECT body_text, subject FROM outbox').get() as {
      body_text: string;
      subject: string;
    };
    expect(stored.body_text).toContain('Provider Name or Clinic Name: Rose City Test Clinic');
  });

  it('saves as a .eml file a mail reader parses with every header and field intact', async () => {
    const { fileName, content } = await call('forms.exportEml', {
      formId: 'new-contract-request',
      values: contract,
    });
    expect(fileName).toBe('New contract request – Rose City Test Clinic – NPI 1234567893.eml');
    expect(content).toMatch(/\r\n/);
    expect(content).toMatch(/^X-Unsent: 1\r$/m);
    expect(content).not.toMatch(/^Subject: .*–/m); // the en dash travels encoded
    const mail = await simpleParser(content);
    expect(mail.subject).toBe('New contract request – Rose City Test Clinic – NPI 1234567893');
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('newcontractrequest@careoregon.org');
    expect(mail.from?.value[0]).toEqual({ address: 'pat@example.org', name: 'Rose City Test Clinic' });
    expect(mail.messageId).toMatch(/@example\.org>$/);
    expect(mail.date).toBeInstanceOf(Date);
    expect(mail.headers.get('content-type')).toMatchObject({
      value: 'text/plain',
      params: { charset: 'utf-8' },
    });
    const preview = await call('forms.preview', {
      formId: 'new-contract-request',
      values: contract,
    });
    expect(mail.text).toBe(preview.body);
  });

  it('opens in a mail app as a mailto: with To, Subject and body', async () => {
    const { url } = await call('forms.mailto', {
      formId: 'clinic-update',
      values: {
        ...prefillForm(formSpec('clinic-update'), fakeClinic),
        changes: ['fax'],
        newFax: '503-555-0199',
        effectiveDate: '12/01/2026',
      },
    });
    const parsed = new URL(url);
    expect(parsed.protocol).toBe('mailto:');
    expect(parsed.pathname).toBe('ProviderUpdates@CareOregon.org');
    expect(parsed.searchParams.get('subject')).toBe(
      'Clinic information update – Rose City Test Clinic – NPI 1234567893',
    );
    expect(parsed.searchParams.get('body')).toContain('New fax: 503-555-0199\r\n');
  });
});

describe('a claims inquiry carries PHI', () => {
  it('can never go to a mail app or a file', async () => {
    for (const channel of ['forms.exportEml', 'forms.mailto'] as const) {
      const error = await refusal(channel, { formId: 'claims-inquiry', values: claims });
      expect(error.code).toBe('not-allowed');
      expect(error.message).toMatch(/holds patient details/);
      expect(error.message).not.toContain('Test Member');
    }
  });

  it('is queued marked as PHI, and its subject names only the clinic', async () => {
    await call('forms.queue', { formId: 'claims-inquiry', values: claims, draftId: null });
    const [item] = await call('outbox.list');
    expect(item).toMatchObject({
      containsPhi: true,
      to: 'claimshelp@careoregon.org',
      subject: 'Claims inquiry – Rose City Test Clinic – NPI 1234567893',
    });
  });
});

describe('drafts', () => {
  it('keep exactly what was typed, newest first, until deleted', async () => {
    const typed = { ...contract, specialty: '  Family medicine  ', npi: '12345' };
    const first = await call('drafts.save', {
      id: null,
      formId: 'new-contract-request',
      values: typed,
    });
    const second = await call('drafts.save', {
      id: null,
      formId: 'alert-registration',
      values: { clinicName: 'x' },
    });
    await call('drafts.save', {
      id: first.id,
      formId: 'new-contract-request',
      values: { ...typed, tin: '9' },
    });
    expect((await call('drafts.list')).map((draft) => draft.id)).toEqual([first.id, second.id]);
    expect(await call('drafts.list')).toEqual([
      expect.objectContaining({ summary: 'New contract request – Rose City Test Clinic – NPI 12345' }),
      expect.objectContaining({ summary: 'Clinic alert e-mail registration – x' }),
    ]);
    expect(await call('drafts.get', { id: first.id })).toMatchObject({
      formId: 'new-contract-request',
      values: { ...typed, tin: '9' },
    });
    await call('drafts.delete', { id: first.id });
    expect((await refusal('drafts.get', { id: first.id })).code).toBe('not-found');
  });

  it('refuse to turn one form’s draft into another', async () => {
    const { id } = await call('drafts.save', {
      id: null,
      formId: 'new-contract-request',
      values: contract,
    });
    expect((await refusal('drafts.save', { id, formId: 'claims-inquiry', values: {} })).code).toBe(
      'invalid-input',
    );
    expect(await call('drafts.get', { id })).toMatchObject({ formId: 'new-contract-request' });
  });
});

describe('a message drafted to a directory box', () => {
  const message = (directoryKey: string) => ({
    directoryKey,
    subject: 'Clinic information updates – Rose City Test Clinic – NPI 1234567893',
    message: 'Our suite number changes next month.\nDetails to follow.',
  });

  it('is addressed by the box’s key and signed with the clinic’s details', async () => {
    const preview = await call('forms.preview', {
      formId: 'message',
      values: message('clinic.updates-email'),
    });
    expect(preview).toMatchObject({ to: 'ProviderUpdates@CareOregon.org', ready: true });
    expect(preview.body).toBe(
      'Our suite number changes next month.\nDetails to follow.\n\n-- \nPat Example, Office manager\nRose City Test Clinic\n100 Example Ave, Portland, OR 97201\nPhone 503-555-0100 ext. 12 · Fax 503-555-0101\nfrontdesk@example.org\n',
    );
  });

  it('cannot go to a box the directory does not have, or to a box with no e-mail', async () => {
    expect((await refusal('forms.preview', { formId: 'message', values: message('no.such-box') })).code).toBe(
      'not-found',
    );
    expect(
      await refusal('forms.preview', { formId: 'message', values: message('claims.paper') }),
    ).toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/no longer lists an e-mail box/),
    });
  });

  it('is turned away from the claims help box, which takes PHI only through its secure form', async () => {
    expect(
      await refusal('forms.queue', { formId: 'message', values: message('claims.inquiries'), draftId: null }),
    ).toMatchObject({
      code: 'not-allowed',
      message: expect.stringMatching(/Use the claims inquiry form/),
    });
  });
});

describe('a draft that was sent or deleted', () => {
  it('is not brought back by a write that arrives late', async () => {
    const { id } = await call('drafts.save', {
      id: null,
      formId: 'new-contract-request',
      values: contract,
    });
    await call('forms.queue', { formId: 'new-contract-request', values: contract, draftId: id });
    const late = await refusal('drafts.save', {
      id,
      formId: 'new-contract-request',
      values: { ...contract, tin: '1' },
    });
    expect(late.code).toBe('not-found');
    expect(await call('drafts.list')).toEqual([]);
  });
});

describe('the drafts list', () => {
  it('never shows a claims inquiry’s details', async () => {
    await call('drafts.save', { id: null, formId: 'claims-inquiry', values: claims });
    expect(await call('drafts.list')).toEqual([
      expect.objectContaining({ formId: 'claims-inquiry', summary: null }),
    ]);
  });
});
