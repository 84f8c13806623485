import { afterEach, assert, beforeEach, describe, expect, it } from 'vitest';
import { profileForEditing } from '../../shared/clinic-profile';
import { fakeClinic } from '../../../tests/support/fake-clinic';
import { fakeContractRequest } from '../../../tests/support/fake-forms';
import {
  startTestSmtpServer,
  testMailSettings,
  type TestSmtpServer,
} from '../../../tests/support/smtp-test-server';
import type { ChannelCall } from '../../../tests/support/channel-call';
import { startTestServices } from '../../../tests/support/test-services';
import { invokeChannel } from '../api/invoke-channel';

let services: ReturnType<typeof startTestServices>;
let server: TestSmtpServer;

beforeEach(async () => {
  services = startTestServices();
  server = await startTestSmtpServer();
  await call('profile.save', profileForEditing(fakeClinic));
});
afterEach(async () => {
  await server.close();
  await services.dispose();
});

const call: ChannelCall = (channel, ...input) => services.call(channel, ...input);

const settings = (port: number) => testMailSettings(port);

describe('mail settings and the outbox over the contract', () => {
  it('keep the password out of every answer', async () => {
    await call('mail.saveSettings', { settings: settings(server.port), password: 'fake-password-for-tests' });
    const answer = await call('mail.getSettings');
    expect(answer).toEqual({ settings: settings(server.port), hasPassword: true });
    expect(JSON.stringify(answer)).not.toContain('fake-password-for-tests');
    await call('mail.saveSettings', { settings: settings(server.port) });
    expect((await call('mail.getSettings')).hasPassword).toBe(true);
    await call('mail.saveSettings', { settings: settings(server.port), password: null });
    expect((await call('mail.getSettings')).hasPassword).toBe(false);
  });

  it('say what worked and what did not when testing the connection', async () => {
    const good = await call('mail.testConnection', { settings: settings(server.port) });
    expect(good.ok).toBe(true);
    expect(good.steps[0]).toBe(`Reached 127.0.0.1 on port ${server.port}.`);
    expect(good.steps.join(' ')).toMatch(/claims inquiries \(PHI\) will be held/);
    const closed = await startTestSmtpServer();
    await closed.close();
    const bad = await call('mail.testConnection', { settings: settings(closed.port) });
    expect(bad).toEqual({
      ok: false,
      steps: [
        `Could not reach 127.0.0.1 on port ${closed.port}. Check the server name and port, and that this PC is online.`,
      ],
    });
  });

  it('refuse settings that are not settings', async () => {
    for (const bad of [
      { ...settings(25), port: 70000 },
      { ...settings(25), host: 'mail server' },
      { ...settings(25), fromAddress: 'nobody' },
      { ...settings(25), security: 'ssl' },
      { ...settings(25), host: 'smtp.example.org', security: 'none' },
    ]) {
      expect((await invokeChannel(services.handlers, 'mail.saveSettings', { settings: bad })).ok).toBe(false);
    }
    expect((await call('mail.getSettings')).settings).toBeNull();
  });

  it('hold a queued message until settings arrive, then send it; open, cancel and retry items', async () => {
    await call('forms.queue', { formId: 'new-contract-request', values: fakeContractRequest, draftId: null });
    await call('outbox.sendNow');
    const [held] = await call('outbox.list');
    expect(held).toMatchObject({ state: 'held', lastError: expect.stringMatching(/Add your mail settings/) });

    await call('mail.saveSettings', { settings: settings(server.port) });
    await call('outbox.sendNow');
    const [sent] = await call('outbox.list');
    assert(sent, 'the message is listed');
    expect(sent).toMatchObject({
      state: 'sent',
      serverReply: expect.stringMatching(/^250 /),
      sentAt: expect.any(String),
    });
    expect(server.received).toHaveLength(1);

    const opened = await call('outbox.get', { id: sent.id });
    expect(opened.text).toContain('Provider Name or Clinic Name: Rose City Test Clinic');
    expect((await services.refuse('outbox.cancel', { id: sent.id })).code).toBe('not-allowed');

    // With the server out of reach, new messages wait to be tried again.
    const closed = await startTestSmtpServer();
    await closed.close();
    await call('mail.saveSettings', { settings: settings(closed.port) });
    const newest = async () => (await call('outbox.list'))[0];
    await call('forms.queue', { formId: 'new-contract-request', values: fakeContractRequest, draftId: null });
    await expect.poll(async () => (await newest())?.state).toBe('retrying');
    const second = await newest();

    // A waiting message can be cancelled, and a cancelled one is not sent by Retry or Send now.
    await call('forms.queue', { formId: 'new-contract-request', values: fakeContractRequest, draftId: null });
    await expect.poll(async () => (await newest())?.state).toBe('retrying');
    const third = await newest();
    assert(third, 'the third message is listed');
    await call('outbox.cancel', { id: third.id });
    expect((await services.refuse('outbox.retry', { id: third.id })).code).toBe('not-allowed');

    // Back in reach: saving the settings sends what waits at once.
    await call('mail.saveSettings', { settings: settings(server.port) });
    const stateOf = async (id: number | undefined) =>
      (await call('outbox.list')).find((item) => item.id === id)?.state;
    await expect.poll(() => stateOf(second?.id), { timeout: 5_000 }).toBe('sent');
    expect(await stateOf(third.id)).toBe('cancelled');
    expect(server.received).toHaveLength(2);
    expect(await call('outbox.status')).toEqual({
      sending: false,
      online: true,
      counts: { sent: 2, cancelled: 1 },
    });
  });
});
