import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutboxTransitionError, outboxStates } from '../../shared/outbox-states';
import { fakeOutgoingMessage } from '../../../tests/support/fresh-desk';
import { openDeskDatabase } from '../desk/open-desk-db';
import { createOutboxRepository, DeliveryLeaseLostError } from './outbox-repository';

let folder: string;
let first: Database.Database;
let second: Database.Database;
const at = (iso: string) => new Date(iso);
const start = at('2026-11-23T17:00:00Z');
const leaseEnd = at('2026-11-23T17:00:30Z');

const message = fakeOutgoingMessage('lease');

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'provider-desk-lease-'));
  // Two connections to one desk.db, as two processes on one data folder would have.
  first = openDeskDatabase(join(folder, 'desk.db'), { appVersion: '0.0.0-test' });
  second = openDeskDatabase(join(folder, 'desk.db'), { appVersion: '0.0.0-test' });
});

afterEach(() => {
  first.close();
  second.close();
  rmSync(folder, { recursive: true, force: true });
});

const stateOf = (id: number) =>
  first
    .prepare<[number], { state: string; lease_owner: string | null }>(
      'SELECT state, lease_owner FROM outbox WHERE id = ?',
    )
    .get(id);

describe('a delivery lease, with two stores on one desk.db', () => {
  it('keeps a message one sender’s while its lease runs, and lets the other take it back only after', () => {
    const a = createOutboxRepository(first, { leaseOwner: 'process-a' });
    const b = createOutboxRepository(second, { leaseOwner: 'process-b' });
    const id = a.enqueue(message, null, start);

    expect(a.claimNext(start, leaseEnd)).toMatchObject({ id, messageId: message.messageId, attempts: 1 });
    expect(b.claimNext(start, leaseEnd)).toBeNull();
    // B's start-up recovery while A still holds it: nothing is taken back.
    expect(b.reclaimExpired(at('2026-11-23T17:00:29Z'))).toBe(0);
    expect(stateOf(id)).toEqual({ state: 'sending', lease_owner: 'process-a' });
    // B's timer knows when A's lease would run out.
    expect(b.waiting()).toEqual({ count: 1, nextAt: leaseEnd.toISOString() });

    // A renews while it talks to the server; B still waits.
    expect(a.renewLease(id, at('2026-11-23T17:01:00Z'))).toBe(true);
    expect(b.reclaimExpired(at('2026-11-23T17:00:45Z'))).toBe(0);

    // A stops renewing (it was killed); once the lease has run out, B takes the message back.
    expect(b.reclaimExpired(at('2026-11-23T17:01:00Z'))).toBe(1);
    expect(stateOf(id)).toEqual({ state: 'retrying', lease_owner: null });
    const taken = b.claimNext(at('2026-11-23T17:01:00Z'), at('2026-11-23T17:01:30Z'));
    expect(taken).toMatchObject({ id, messageId: message.messageId });
    b.countAttempt(id);

    // A, were it still running, can record nothing about a message it no longer holds.
    expect(() => a.markSent(id, '250 OK', at('2026-11-23T17:01:01Z'))).toThrow(DeliveryLeaseLostError);
    expect(a.renewLease(id, at('2026-11-23T17:02:00Z'))).toBe(false);
    expect(stateOf(id)).toEqual({ state: 'sending', lease_owner: 'process-b' });

    b.markSent(id, '250 OK', at('2026-11-23T17:01:02Z'));
    expect(stateOf(id)).toEqual({ state: 'sent', lease_owner: null });
    expect(a.get(id)).toMatchObject({ state: 'sent', attempts: 1, serverReply: '250 OK' });
  });

  it('treats a message left sending before leases existed as expired', () => {
    const a = createOutboxRepository(first, { leaseOwner: 'process-a' });
    const id = a.enqueue(message, null, start);
    first.prepare("UPDATE outbox SET state = 'sending' WHERE id = ?").run(id);
    expect(a.reclaimExpired(start)).toBe(1);
    expect(a.get(id)?.state).toBe('retrying');
  });
});

describe('the transition table in the SQL', () => {
  it('throws on a move the table does not list, and changes nothing', () => {
    const repository = createOutboxRepository(first, { leaseOwner: 'process-a' });
    const id = repository.enqueue(message, null, start);
    expect(() => repository.retryByHand(id, start)).toThrow(OutboxTransitionError);
    repository.claimNext(start, leaseEnd);
    expect(() => repository.cancel(id, start)).toThrow(new OutboxTransitionError('cancel', 'sending'));
    repository.markSent(id, '250 OK', start);
    expect(() => repository.retryByHand(id, start)).toThrow('not allowed from "sent"');
    expect(() => repository.cancel(999, start)).toThrow(new OutboxTransitionError('cancel', null));
    expect(repository.get(id)?.state).toBe('sent');
  });

  it('is the list of states desk.db’s own CHECK constraint accepts', () => {
    const table = first
      .prepare<[], string>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'outbox'")
      .pluck()
      .get();
    const checked = /state IN \(([^)]*)\)/.exec(table ?? '')?.[1]?.match(/'[a-z]+'/g);
    expect(checked?.map((state) => state.slice(1, -1)).sort()).toEqual([...outboxStates].sort());
  });
});
