import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { openDeskDatabase } from '../src/main/desk/open-desk-db';
import { createEventHub } from '../src/main/events/event-hub';
import { createMailSettingsStore } from '../src/main/outbox/mail-settings-store';
import { createOutboxService } from '../src/main/outbox/outbox-service';
import { createOutboxStore } from '../src/main/outbox/outbox-store';
import { createMemorySecretStore } from '../src/main/outbox/secret-store';
import { startTestSmtpServer, testMailSettings } from '../tests/support/smtp-test-server';

/**
 * `npm run bench:outbox`: queues 1,000 messages, drains them to an SMTP server on 127.0.0.1
 * through the app's own outbox service, and prints one JSON line: messages per second,
 * duplicates and lost messages (by Message-ID).
 */
const messageCount = 1_000;

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'provider-desk-bench-outbox-'));
  const server = await startTestSmtpServer();
  const desk = openDeskDatabase(join(folder, 'desk.db'), { appVersion: 'bench' });
  try {
    const outbox = createOutboxStore(desk);
    const mailSettings = createMailSettingsStore(desk, createMemorySecretStore());
    mailSettings.save(testMailSettings(server.port), undefined);
    const queued = new Set<string>();
    for (let index = 0; index < messageCount; index += 1) {
      const messageId = `<bench-${index}@provider-desk.invalid>`;
      queued.add(messageId);
      outbox.enqueue(
        {
          messageId,
          formId: 'message',
          to: 'desk@example.org',
          from: null,
          subject: `Benchmark message ${index}`,
          text: `Benchmark body ${index}\n`.repeat(20),
          containsPhi: false,
        },
        null,
      );
    }

    const sending = createOutboxService({ desk, outbox, mailSettings, events: createEventHub() });
    const started = process.hrtime.bigint();
    await sending.sendDue();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    await sending.stop();

    const received = await Promise.all(
      server.received.map(async (raw) => (await simpleParser(raw)).messageId ?? ''),
    );
    const seen = new Set(received);
    console.log(
      JSON.stringify({
        benchmark: 'outbox-drain',
        messages: messageCount,
        seconds: Number(seconds.toFixed(3)),
        messagesPerSecond: Number((messageCount / seconds).toFixed(1)),
        delivered: received.length,
        duplicates: received.length - seen.size,
        lost: [...queued].filter((id) => !seen.has(id)).length,
        sentInOutbox: outbox.countsByState().sent ?? 0,
        target: { messagesPerSecondAtLeast: 100, duplicates: 0, lost: 0 },
      }),
    );
  } finally {
    desk.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

void main();
