import { afterEach, describe, expect, it } from 'vitest';
import { fakeClinic } from '../../../tests/support/fake-clinic';
import { fakeContractRequest } from '../../../tests/support/fake-forms';
import { startTestServices, type TestServices } from '../../../tests/support/test-services';
import { packWithContractWebForm } from '../../../tests/support/web-form-directory';

/** A directory whose contract-request entry names the plan's web form instead of an e-mail box. */
let services: TestServices;
async function start(pack?: Parameters<typeof startTestServices>[1]): Promise<TestServices> {
  services = startTestServices(undefined, pack);
  await services.call('profile.save', fakeClinic);
  return services;
}
afterEach(() => services.dispose());

const contract = { formId: 'new-contract-request', values: fakeContractRequest } as const;
const webFormSentence =
  'CareOregon now takes this on its web form: Contract Requests form. It cannot be sent by e-mail: show the answers to copy into that form instead.';

describe('where a form goes', () => {
  it('is the e-mail box while the entry lists one', async () => {
    expect(await (await start()).call('forms.route', contract)).toEqual({
      plan: 'CareOregon',
      entryTitle: 'New contract requests',
      route: { kind: 'email', address: 'newcontractrequest@careoregon.org' },
    });
  });

  it('is the web form once an update replaced the box, with its address where the page gives it', async () => {
    expect((await (await start(packWithContractWebForm(null))).call('forms.route', contract)).route).toEqual({
      kind: 'web-form',
      label: 'Contract Requests form',
      url: null,
    });
    await services.dispose();
    const url = 'https://forms.example.org/contract-requests';
    expect((await (await start(packWithContractWebForm(url))).call('forms.route', contract)).route).toEqual({
      kind: 'web-form',
      label: 'Contract Requests form',
      url,
    });
  });

  it('follows the entry, not the form: a message to that entry goes to the web form too', async () => {
    const web = await start(packWithContractWebForm(null));
    const message = {
      formId: 'message',
      values: { directoryKey: 'contracting.requests', subject: 'A question', message: 'Hello.' },
    } as const;
    expect((await web.call('forms.route', message)).route.kind).toBe('web-form');
    expect(await web.refuse('forms.queue', { ...message, draftId: null })).toEqual({
      code: 'not-allowed',
      message: webFormSentence,
    });
    // Forms addressed to other entries still go by e-mail.
    expect((await web.call('forms.route', { formId: 'clinic-update', values: {} })).route).toEqual({
      kind: 'email',
      address: 'ProviderDataUpdates@careoregon.org',
    });
  });
});

describe('a form the plan takes on its web form', () => {
  it('is never queued, saved as .eml or handed to a mail app, and its draft stays', async () => {
    const web = await start(packWithContractWebForm(null));
    const { id: draftId } = await web.call('drafts.save', { id: null, ...contract });
    expect(await web.refuse('forms.queue', { ...contract, draftId })).toEqual({
      code: 'not-allowed',
      message: webFormSentence,
    });
    for (const channel of ['forms.preview', 'forms.exportEml', 'forms.mailto'] as const) {
      expect(await web.refuse(channel, contract)).toEqual({ code: 'not-allowed', message: webFormSentence });
    }
    expect(await web.call('outbox.list')).toEqual([]);
    expect(await web.call('drafts.get', { id: draftId })).toMatchObject({ values: fakeContractRequest });
  });

  it('becomes its answers to copy, once every field passes the checks an e-mail would', async () => {
    const web = await start(packWithContractWebForm(null));
    expect(await web.call('forms.answers', contract)).toEqual({
      ready: true,
      errors: {},
      warnings: {},
      answers: expect.arrayContaining([
        { label: 'Specialty', value: 'Family medicine' },
        { label: 'Phone Number', value: '503-555-0100 ext. 12' },
        { label: 'TIN', value: '93-1234567' },
      ]),
    });
    expect(
      await web.call('forms.answers', { ...contract, values: { ...fakeContractRequest, npi: '1234567898' } }),
    ).toEqual({
      ready: false,
      errors: { npi: expect.stringMatching(/check digit/) },
      warnings: {},
      answers: [],
    });
  });
});

describe('a form whose entry names neither a box nor a web form', () => {
  it('says the directory no longer lists where it goes', async () => {
    const pack = packWithContractWebForm(null);
    const noWay = {
      ...pack,
      entries: pack.entries.map((entry) =>
        entry.key === 'contracting.requests'
          ? {
              ...entry,
              values: [
                { kind: 'fax' as const, label: 'Fax', number: '503-555-0111', seen: entry.values[0]!.seen },
              ],
            }
          : entry,
      ),
    };
    expect(await (await start(noWay)).refuse('forms.route', contract)).toEqual({
      code: 'not-found',
      message: 'The directory no longer lists an e-mail box for this new contracting request.',
    });
  });
});
