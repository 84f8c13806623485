import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deskEventSchemas } from '../../shared/api-contract';
import type { DeskEventMessage } from '../../shared/api-events';
import { fixedNetwork } from '../../../tests/support/fixed-network';
import { fakeOutgoingMessage, useFreshDesk } from '../../../tests/support/fresh-desk';
import {
  startTestSmtpServer,
  testMailSettings,
  type TestSmtpServer,
} from '../../../tests/support/smtp-test-server';
import { createEventHub } from '../events/event-hub';
import { createMailSettingsStore } from './mail-settings-store';
import { createOutboxService, type OutboxService } from './outbox-service';
import { createMemorySecretStore } from './secret-store';

const fresh = useFreshDesk();
let server: TestSmtpServer | null = null;
let outbox: OutboxService | null = null;
let clock: Date;
const message = fakeOutgoingMessage;

beforeEach(() => {
  clock = new Date('2026-11-23T17:00:00Z');
});

afterEach(async () => {
  await outbox?.stop();
  outbox = null;
  await server?.close();
  server = null;
});

/** The service as the app runs it, with a network the test switches and every event it pushes. */
function startService(port: number) {
  const mailSettings = createMailSettingsStore(fresh.desk, createMemorySecretStore());
  mailSettings.save(testMailSettings(port), undefined);
  const network = fixedNetwork(true);
  const events = createEventHub();
  const heard: DeskEventMessage[] = [];
  events.subscribe((pushed) => heard.push(pushed));
  outbox = createOutboxService({ desk: fresh.desk, mailSettings, events, network, now: () => clock });
  return { outbox, network, heard };
}

describe('the outbox service', () => {
  it('pushes its whole status with every change, in the shape the contract gives the page', async () => {
    server = await startTestSmtpServer();
    const { outbox, heard } = startService(server.port);
    await outbox.start();
    outbox.queue(message(1), null);
    await expect.poll(() => outbox.status().counts.sent).toBe(1);
    await expect
      .poll(() => {
        const last = heard.at(-1);
        return last?.event === 'outbox.changed' ? last.payload.sending : undefined;
      })
      .toBe(false);
    expect(heard.length).toBeGreaterThan(1);
    for (const pushed of heard)
      expect(deskEventSchemas[pushed.event].parse(pushed.payload)).toEqual(pushed.payload);
    expect(heard.at(-1)).toEqual({
      event: 'outbox.changed',
      payload: { sending: false, online: true, counts: { sent: 1 } },
    });
  });

  it('tells the page when the network goes and comes back, and then sends what waits at once', async () => {
    const probe = await startTestSmtpServer();
    const port = probe.port;
    await probe.close();
    const { outbox, network, heard } = startService(port);
    await outbox.start();
    outbox.queue(message(2), null);
    await expect.poll(() => outbox.list()[0]?.state).toBe('retrying');
    // Its next try is later on the service's clock, which the test holds still: only the
    // network's return can make it go now.
    expect(Date.parse(outbox.list()[0]?.nextAttemptAt ?? '')).toBeGreaterThan(clock.getTime());

    network.set(false);
    expect(heard.at(-1)?.payload).toMatchObject({ online: false, counts: { retrying: 1 } });
    expect(outbox.status().online).toBe(false);

    server = await startTestSmtpServer({ port });
    const before = heard.length;
    network.set(true);
    expect(heard[before]?.payload).toMatchObject({ online: true, counts: { retrying: 1 } });
    await expect.poll(() => outbox.list()[0]?.state).toBe('sent');
    expect(server.received).toHaveLength(1);
    expect(outbox.status()).toEqual({ sending: false, online: true, counts: { sent: 1 } });
  });
});
