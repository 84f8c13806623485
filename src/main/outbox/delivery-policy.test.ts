import { describe, expect, it } from 'vitest';
import { classifyFailure, expiryMs, hasExpired, nextAttemptAt } from './delivery-policy';

describe('the outbox rules', () => {
  it.each([
    [
      { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:2525' },
      'retry',
      /could not be reached/,
    ],
    [{ code: 'ETIMEDOUT', message: 'Connection timeout' }, 'retry', /could not be reached/],
    [
      { code: 'EPROTOCOL', responseCode: 421, response: '421 Service not available', message: 'x' },
      'retry',
      /try again later: 421/,
    ],
    [
      { code: 'EENVELOPE', responseCode: 451, response: '451 Try later', message: 'x' },
      'retry',
      /try again later: 451/,
    ],
    [
      { code: 'EMESSAGE', responseCode: 550, response: '550 No such user', message: 'x' },
      'fail',
      /refused this message: 550 No such user/,
    ],
    [
      { code: 'EAUTH', responseCode: 535, response: '535 Authentication failed', message: 'x' },
      'fail',
      /535/,
    ],
    [
      { code: 'ETLS', message: 'Server does not support STARTTLS' },
      'hold',
      /did not offer an encrypted connection/,
    ],
    [{ code: 'ESOCKET', message: 'self-signed certificate' }, 'hold', /certificate was not accepted/],
    [{ message: 'Something odd' }, 'retry', /interrupted \(Something odd\)/],
  ])('reads %j as %s', (failure, kind, reason) => {
    const outcome = classifyFailure(failure);
    expect(outcome.kind).toBe(kind);
    expect(outcome.reason).toMatch(reason);
  });

  it('waits longer after each failure, with jitter, and never more than about an hour', () => {
    const now = new Date('2026-11-23T00:00:00Z');
    const wait = (attempts: number, random: number) =>
      nextAttemptAt(attempts, now, () => random).getTime() - now.getTime();
    expect([1, 2, 3, 4].map((attempts) => wait(attempts, 0.5))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(wait(1, 0)).toBe(24_000);
    expect(wait(1, 1)).toBe(36_000);
    expect(wait(40, 0.5)).toBe(3_600_000);
  });

  it('expires an item three days after it was queued', () => {
    const queued = '2026-11-23T00:00:00.000Z';
    expect(hasExpired(queued, new Date(Date.parse(queued) + expiryMs - 1))).toBe(false);
    expect(hasExpired(queued, new Date(Date.parse(queued) + expiryMs))).toBe(true);
  });
});
