import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, assert, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { profileForEditing } from '../../shared/clinic-profile';
import { fakeClinic } from '../../../tests/support/fake-clinic';
import { fakeClaimsInquiry } from '../../../tests/support/fake-forms';
import {
  makeTestCertificate,
  startTestSmtpServer,
  testMailSettings,
  type TestSmtpServer,
} from '../../../tests/support/smtp-test-server';
import type { ChannelCall } from '../../../tests/support/channel-call';
import { startTestServices } from '../../../tests/support/test-services';

/** Made-up patient details, distinctive enough that any trace of them in a log is found. */
const phi = {
  memberName: 'Zebedee Quillfeather',
  memberId: 'ZQ73019284',
  dateOfBirth: '03/14/1961',
  claimNumber: 'CLM-8841-2207-55',
  question: 'Why was the visit for Zebedee denied? Marmalade octopus lighthouse.',
};
const claim = { ...fakeClaimsInquiry, ...phi };
const username = 'zq-desk-login';
const password = 'Fake-Pa55word-Zebra-Quasar';
const wrongPassword = 'Wrong-Pa55word-Okapi-Nimbus';

let services: ReturnType<typeof startTestServices>;
let server: TestSmtpServer;
let certificate: { key: string; cert: string };

beforeAll(() => {
  certificate = makeTestCertificate();
});
beforeEach(async () => {
  services = startTestServices();
  server = await startTestSmtpServer({ tls: certificate, signIn: { username, password } });
  await call('profile.save', profileForEditing(fakeClinic));
});
afterEach(async () => {
  await server.close();
  await services.dispose();
});

const call: ChannelCall = (channel, ...input) => services.call(channel, ...input);

const stateOf = async (id: number) => (await call('outbox.list')).find((item) => item.id === id)?.state;

/** Every log file there is, rotated ones too, as one text. */
function logText(): string {
  const folder = services.log.folder ?? '';
  return readdirSync(folder)
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .join('\n');
}

describe('the log of a claims inquiry sent through a real SMTP server', () => {
  it('records every step and none of the patient details, the password, the subject or the text', async () => {
    const settings = testMailSettings(server.port, {
      security: 'starttls',
      username,
      trustedCertificate: certificate.cert,
    });
    // A wrong password first: the connection test fails and the inquiry is held, sign-in refused.
    await call('mail.saveSettings', { settings, password: wrongPassword });
    expect(await call('mail.testConnection', { settings })).toMatchObject({ ok: false });
    await call('forms.queue', { formId: 'claims-inquiry', values: claim, draftId: null });
    await expect.poll(() => stateOf(1)).toBe('held');
    // A form with a mistake is refused: its values are patient details too.
    const refused = await services.refuse('forms.queue', {
      formId: 'claims-inquiry',
      values: { ...claim, dateOfService: '' },
      draftId: null,
    });
    expect(refused.code).toBe('invalid-input');

    // The right password: the held inquiry is sent, encrypted.
    await call('mail.saveSettings', { settings, password });
    await expect.poll(() => stateOf(1)).toBe('sent');
    expect(server.received).toHaveLength(1);
    expect(server.receivedSecurely).toEqual([true]);

    // A second inquiry is refused by a server that echoes what it read back in its reply.
    server.replies.push({
      code: 550,
      message: `5.7.1 Rejected: member ${phi.memberId} born ${phi.dateOfBirth} claim ${phi.claimNumber} <${fakeClinic.email}>`,
    });
    await call('forms.queue', { formId: 'claims-inquiry', values: claim, draftId: null });
    await expect.poll(() => stateOf(2)).toBe('failed');

    const text = logText();
    const records = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          event: 'mail.settingsSaved',
          host: '127.0.0.1',
          port: server.port,
          security: 'starttls',
          signIn: true,
          passwordChanged: true,
        }),
        expect.objectContaining({ event: 'mail.connectionTested', ok: false, code: 'EAUTH' }),
        expect.objectContaining({ event: 'outbox.queued', id: 1, formId: 'claims-inquiry', phi: true }),
        expect.objectContaining({ event: 'outbox.held', id: 1, code: 'EAUTH', responseCode: 535 }),
        expect.objectContaining({ event: 'api.refused', channel: 'forms.queue', code: 'invalid-input' }),
        expect.objectContaining({ event: 'outbox.sending', id: 1, formId: 'claims-inquiry', attempt: 2 }),
        expect.objectContaining({ event: 'outbox.sent', id: 1, responseCode: 250 }),
        expect.objectContaining({
          event: 'outbox.failed',
          level: 'error',
          id: 2,
          formId: 'claims-inquiry',
          responseCode: 550,
          detail: expect.stringMatching(
            /^The mail server refused this message: 550 5\.7\.1 Rejected: member/,
          ),
        }),
      ]),
    );

    const [sent] = await call('outbox.list');
    assert(sent, 'the sent inquiry is listed');
    const { text: body } = await call('outbox.get', { id: sent.id });
    // Each value the message carries: the part after "Label: ", or the whole line.
    const bodyValues = body
      .split('\n')
      .map((line) => (line.includes(': ') ? line.slice(line.indexOf(': ') + 2) : line).trim())
      .filter((value) => value.length >= 6 && !/^[A-Z ]+$/.test(value));
    expect(bodyValues).toEqual(expect.arrayContaining([phi.memberName, phi.question, fakeClinic.clinicName]));
    const secrets = [
      ...Object.values(phi),
      'Zebedee',
      'Quillfeather',
      '73019284',
      '1961',
      '8841',
      'Marmalade',
      password,
      wrongPassword,
      'Pa55word',
      username,
      sent.subject,
      sent.to,
      settings.fromAddress,
      fakeClinic.email,
      fakeClinic.contactEmail,
      fakeClinic.groupNpi,
      ...bodyValues,
    ];
    for (const secret of secrets) expect(text, `the log holds "${secret}"`).not.toContain(secret);
  });
});
