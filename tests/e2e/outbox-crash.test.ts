import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { profileForEditing } from '../../src/shared/clinic-profile';
import { fakeClinic } from '../support/fake-clinic';
import { fakeContractRequest } from '../support/fake-forms';
import { startTestSmtpServer, testMailSettings, type TestSmtpServer } from '../support/smtp-test-server';
import { startWebMode, type WebMode } from '../support/web-mode';

const dataDir = mkdtempSync(join(tmpdir(), 'provider-desk-crash-'));
let server: TestSmtpServer | null = null;
let web: WebMode | null = null;

afterEach(async () => {
  await web?.stop('SIGKILL');
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const outbox = (mode: WebMode) => mode.call('outbox.list');

describe('a crash while sending', () => {
  it('loses nothing: after SIGKILL mid-send and a restart, the message is delivered once', async () => {
    server = await startTestSmtpServer();
    server.replies.push('stall');
    web = await startWebMode({ dataDir });
    await web.call('profile.save', profileForEditing(fakeClinic));
    await web.call('mail.saveSettings', { settings: testMailSettings(server.port) });
    // The fake contract request is valid on any day: it has no dates.
    const { messageId } = await web.call('forms.queue', {
      formId: 'new-contract-request',
      values: fakeContractRequest,
      draftId: null,
    });

    const running = web;
    // Killed while the server holds the message in DATA, before it has answered.
    const stalled = server;
    await expect.poll(() => stalled.dataStarted(), { timeout: 10_000 }).toBe(1);
    expect((await outbox(running))[0]?.state).toBe('sending');
    expect(await running.stop('SIGKILL')).toBeNull();
    expect(server.received).toHaveLength(0);

    web = await startWebMode({ dataDir });
    const restarted = web;
    await expect.poll(async () => (await outbox(restarted))[0]?.state, { timeout: 10_000 }).toBe('sent');
    expect(await outbox(restarted)).toEqual([expect.objectContaining({ messageId, state: 'sent' })]);
    expect(server.received).toHaveLength(1);
    expect(server.received[0]).toContain(`Message-ID: ${messageId}`);
  });
});
