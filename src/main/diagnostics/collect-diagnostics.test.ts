import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostics, OutboxItem } from '../../shared/api-contract';
import { profileForEditing } from '../../shared/clinic-profile';
import { formatDiagnostics } from '../../shared/diagnostics-text';
import { fakeClinic } from '../../../tests/support/fake-clinic';
import { fakeClaimsInquiry, fakeContractRequest } from '../../../tests/support/fake-forms';
import {
  startTestSmtpServer,
  testMailSettings,
  type TestSmtpServer,
} from '../../../tests/support/smtp-test-server';
import type { ChannelCall } from '../../../tests/support/channel-call';
import { startTestServices } from '../../../tests/support/test-services';

let services: ReturnType<typeof startTestServices>;
let server: TestSmtpServer;
const home = process.env.HOME;

beforeEach(async () => {
  services = startTestServices();
  server = await startTestSmtpServer();
  await call('profile.save', profileForEditing(fakeClinic));
});
afterEach(async () => {
  process.env.HOME = home;
  await server.close();
  await services.dispose();
});

const call: ChannelCall = (channel, ...input) => services.call(channel, ...input);

const newest = async () => (await call('outbox.list'))[0];
async function queue(formId: 'new-contract-request' | 'claims-inquiry', state: string): Promise<OutboxItem> {
  const values = formId === 'claims-inquiry' ? fakeClaimsInquiry : fakeContractRequest;
  await call('forms.queue', { formId, values, draftId: null });
  await expect.poll(async () => (await newest())?.state).toBe(state);
  return (await newest()) as OutboxItem;
}

describe('Copy diagnostics', () => {
  it('counts the outbox by state, names recent problems, and shares nothing private', async () => {
    const password = 'Fake-Pa55word-Zebra-Quasar';
    const settings = testMailSettings(server.port, { username: 'zq-desk-login' });
    await call('mail.saveSettings', { settings, password });
    const sent = await queue('new-contract-request', 'sent');
    server.replies.push({
      code: 550,
      message: `5.7.1 No such user <${fakeClinic.email}> TIN ${fakeClinic.tin}`,
    });
    await queue('new-contract-request', 'failed');
    // Plain text to a relay: the claims inquiry waits for an encrypted connection.
    await queue('claims-inquiry', 'held');
    const closed = await startTestSmtpServer();
    await closed.close();
    await call('mail.saveSettings', { settings: { ...settings, port: closed.port } });
    await queue('new-contract-request', 'retrying');
    const cancelled = await queue('new-contract-request', 'retrying');
    await call('outbox.cancel', { id: cancelled.id });
    await call('mail.testConnection', { settings: { ...settings, port: closed.port } });

    process.env.HOME = tmpdir();
    const diagnostics = await call('app.diagnostics');
    const status = await call('outbox.status');

    expect(diagnostics.outbox.counts).toEqual({
      queued: 0,
      sending: 0,
      sent: 1,
      retrying: 1,
      failed: 1,
      held: 1,
      cancelled: 1,
    });
    for (const [state, count] of Object.entries(status.counts)) {
      expect(diagnostics.outbox.counts[state as keyof Diagnostics['outbox']['counts']]).toBe(count);
    }
    expect(diagnostics.mail).toEqual({
      configured: true,
      security: 'none',
      port: closed.port,
      loopbackHost: true,
      signIn: true,
      passwordSaved: true,
      ownCertificate: false,
    });
    expect(diagnostics.outbox.problems).toEqual(
      expect.arrayContaining([
        {
          state: 'failed',
          count: 1,
          reason: 'The mail server refused this message: 550 5.7.1 No such user <[email]> TIN [number]',
        },
        { state: 'held', count: 1, reason: expect.stringMatching(/may only travel encrypted/) },
        { state: 'retrying', count: 1, reason: expect.stringMatching(/could not be reached/) },
      ]),
    );
    expect(diagnostics.recentErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          event: 'outbox.failed',
          formId: 'new-contract-request',
          responseCode: 550,
        }),
        expect.objectContaining({ event: 'outbox.held', formId: 'claims-inquiry', code: 'needs-encryption' }),
        expect.objectContaining({
          event: 'outbox.retrying',
          code: 'ESOCKET',
          detail: expect.stringMatching(/could not be reached/),
        }),
        expect.objectContaining({
          event: 'mail.connectionTested',
          code: 'ESOCKET',
          detail: expect.stringContaining('[host]'),
        }),
      ]),
    );
    expect(diagnostics.recentErrors[0]?.event).toBe('mail.connectionTested');
    expect(diagnostics.logFolder).toBe(join('~', relative(tmpdir(), services.log.folder ?? '')));

    const text = formatDiagnostics(diagnostics);
    expect(text).toContain('App: 0.0.0-test (browser mode)');
    expect(text).toContain(`Node ${process.versions.node}`);
    expect(text).toContain('Directory: CareOregon 2026.11.23, captured 2026-11-23');
    expect(text).toContain('Outbox: queued 0, sending 0, sent 1, retrying 1, failed 1, held 1, cancelled 1');

    const opened = await call('outbox.get', { id: sent.id });
    const provider = fakeClinic.providers[0];
    const privateStrings = [
      ...[fakeClinic.clinicName, fakeClinic.street, fakeClinic.email, fakeClinic.contactEmail],
      ...[
        fakeClinic.contactName,
        fakeClinic.tin,
        fakeClinic.groupNpi,
        fakeClinic.dmapId,
        '555-0100',
        '5550100',
      ],
      ...[provider?.name ?? '', provider?.npi ?? '', 'Rose City', 'Example'],
      ...['Test Member', 'TEST0001', '01/02/1980', 'TEST-CLAIM-0001', 'Test question'],
      ...[password, 'zq-desk-login', settings.fromAddress, sent.to, sent.subject, opened.from, '127.0.0.1'],
    ];
    const shared = `${JSON.stringify(diagnostics)}\n${text}`;
    for (const secret of privateStrings) expect(shared, `diagnostics hold "${secret}"`).not.toContain(secret);
  });
});
