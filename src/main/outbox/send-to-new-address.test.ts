import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MailboxRetirement } from '../../shared/mailbox-retirement';
import { statusLine } from '../../shared/outbox-summary';
import { fakeOutgoingMessage } from '../../../tests/support/fresh-desk';
import {
  startTestSmtpServer,
  testMailSettings,
  type TestSmtpServer,
} from '../../../tests/support/smtp-test-server';
import { startTestServices, type TestServices } from '../../../tests/support/test-services';

let services: TestServices;
let server: TestSmtpServer;

const retiredBox = 'ProviderUpdates@CareOregon.org';
const newBox = 'ProviderDataUpdates@careoregon.org';
const retirement: MailboxRetirement = { address: retiredBox, replacement: newBox, updateDate: '2026-11-30' };

beforeEach(async () => {
  services = startTestServices();
  server = await startTestSmtpServer();
});
afterEach(async () => {
  await server.close();
  await services.dispose();
});

const itemOf = async (id: number) => (await services.call('outbox.list')).find((item) => item.id === id);

/** A message queued to the retired mailbox before any mail settings, so it waits, held. */
async function heldForRetiredMailbox(label: string, retirements = [retirement]): Promise<number> {
  const id = services.outbox.queue(
    { ...fakeOutgoingMessage(label), to: 'providerupdates@careoregon.org' },
    null,
  );
  await expect.poll(async () => (await itemOf(id))?.state).toBe('held');
  expect(services.outbox.holdForRetiredMailboxes(retirements)).toBe(1);
  return id;
}

describe('a message held because a directory update retired its mailbox', () => {
  it('goes nowhere by Send now, new mail settings or Retry, and to the new mailbox with one click', async () => {
    const id = await heldForRetiredMailbox('moved');
    expect(await itemOf(id)).toMatchObject({
      state: 'held',
      to: 'providerupdates@careoregon.org',
      lastError: null,
      retiredMailbox: { updateDate: '2026-11-30', replacement: newBox },
    });
    expect(statusLine(await services.call('outbox.status'))).toBe('1 message needs attention');

    await services.call('mail.saveSettings', { settings: testMailSettings(server.port) });
    await services.call('outbox.sendNow');
    expect((await services.refuse('outbox.retry', { id })).code).toBe('not-allowed');
    // Another message goes out meanwhile: the sender ran, and passed the held one by.
    const other = services.outbox.queue(fakeOutgoingMessage('other'), null);
    await expect.poll(async () => (await itemOf(other))?.state).toBe('sent');
    await services.call('outbox.sendNow');
    expect((await itemOf(id))?.state).toBe('held');
    expect(server.dataStarted()).toBe(1);

    const { messageId } = await services.call('outbox.get', { id });
    await services.call('outbox.sendToNewAddress', { id });
    expect(await itemOf(id)).toMatchObject({ state: 'sent', to: newBox, messageId, retiredMailbox: null });
    expect(server.received).toHaveLength(2);
    const mail = await simpleParser(server.received[1] ?? '');
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe(newBox);
    expect(mail.messageId).toBe(messageId);
    expect((await services.refuse('outbox.sendToNewAddress', { id })).code).toBe('not-allowed');

    // The log has each step by number and form, never an address.
    const problems = services.log.recentProblems().filter((problem) => problem.code === 'mailbox-retired');
    expect(problems).toMatchObject([{ event: 'outbox.held', formId: 'new-contract-request' }]);
    expect(JSON.stringify(services.log.recentProblems())).not.toContain('@');
  });

  it('offers only Cancel when the directory names no new mailbox', async () => {
    const id = await heldForRetiredMailbox('nowhere', [{ ...retirement, replacement: null }]);
    expect((await itemOf(id))?.retiredMailbox).toEqual({ updateDate: '2026-11-30', replacement: null });
    expect((await services.refuse('outbox.sendToNewAddress', { id })).code).toBe('not-allowed');
    await services.call('outbox.cancel', { id });
    expect(await itemOf(id)).toMatchObject({ state: 'cancelled', to: 'providerupdates@careoregon.org' });
  });

  it('can be cancelled instead of sent to the new mailbox', async () => {
    const id = await heldForRetiredMailbox('cancelled');
    await services.call('outbox.cancel', { id });
    expect((await services.refuse('outbox.sendToNewAddress', { id })).code).toBe('not-allowed');
    expect((await itemOf(id))?.state).toBe('cancelled');
  });

  it('refuses a retirement that names no real mailbox or day, and holds nothing', async () => {
    const id = services.outbox.queue({ ...fakeOutgoingMessage('kept'), to: retiredBox }, null);
    await expect.poll(async () => (await itemOf(id))?.state).toBe('held');
    for (const bad of [
      { ...retirement, updateDate: '30/11/2026' },
      { ...retirement, replacement: 'not an address' },
      { ...retirement, replacement: retiredBox.toLowerCase() },
    ])
      expect(() => services.outbox.holdForRetiredMailboxes([bad])).toThrow();
    expect((await itemOf(id))?.retiredMailbox).toBeNull();
  });
});
