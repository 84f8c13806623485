import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openDeskDatabase } from '../../src/main/desk/open-desk-db';
import type { OutgoingMessage } from '../../src/main/outbox/outbox-rows';

/**
 * A fresh, migrated desk.db in its own folder for each test, closed and removed after it. Call
 * it before a file's own hooks, so theirs (stopping a sender, say) run before the file closes.
 */
export function useFreshDesk(): { readonly desk: Database.Database } {
  const state = {} as { folder: string; desk: Database.Database };
  beforeEach(() => {
    state.folder = mkdtempSync(join(tmpdir(), 'provider-desk-fresh-'));
    state.desk = openDeskDatabase(join(state.folder, 'desk.db'), { appVersion: '0.0.0-test' });
  });
  afterEach(() => {
    state.desk.close();
    rmSync(state.folder, { recursive: true, force: true });
  });
  return state;
}

/** An obviously made-up contracting request, as the outbox stores it; `label` tells them apart. */
export function fakeOutgoingMessage(label: string | number): OutgoingMessage {
  return {
    messageId: `<test-${label}@provider-desk.invalid>`,
    formId: 'new-contract-request',
    to: 'newcontractrequest@careoregon.org',
    from: null,
    subject: `New contract request – test ${label}`,
    text: 'A fake request for tests.\n',
    containsPhi: false,
  };
}
