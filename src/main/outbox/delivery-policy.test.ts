import { describe, expect, it } from 'vitest';
import { classifyFailure, expiryMs, hasExpired, nextAttemptAt, type AttemptFailure } from './delivery-policy';

const cases: [AttemptFailure, 'retry' | 'fail' | 'hold', RegExp][] = [
  [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:2525' }, 'retry', /could not be reached/],
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
    { code: 'EMESSAGE', responseCode: 554, response: '554 certificate of origin missing', message: 'x' },
    'fail',
    /refused this message: 554/,
  ],
  [
    { code: 'EAUTH', responseCode: 535, response: '535 Authentication failed', message: 'x' },
    'hold',
    /did not accept the user name or password/,
  ],
  [
    { code: 'EAUTH', message: 'Missing credentials for "PLAIN"' },
    'hold',
    /did not accept the user name or password/,
  ],
  [
    {
      code: 'EENVELOPE',
      responseCode: 530,
      response: '530 5.7.0 Must issue a STARTTLS command first',
      message: 'x',
    },
    'hold',
    /only accepts encrypted connections/,
  ],
  [
    { code: 'ETLS', message: 'Server does not support STARTTLS' },
    'hold',
    /did not offer an encrypted connection/,
  ],
  [
    { code: 'ESOCKET', message: 'write EPROTO 1234:error:wrong version number' },
    'hold',
    /does not match the security chosen/,
  ],
  [{ code: 'ESOCKET', message: 'self-signed certificate' }, 'hold', /certificate was not accepted/],
  [{ message: 'Something odd' }, 'retry', /interrupted \(Something odd\)/],
];

describe('the outbox rules', () => {
  it.each(cases)('reads %j as %s', (failure, kind, reason) => {
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

  it('expires an item after three days of retrying, counted from its first failed try', () => {
    const since = '2026-11-23T00:00:00.000Z';
    expect(hasExpired(since, new Date(Date.parse(since) + expiryMs - 1))).toBe(false);
    expect(hasExpired(since, new Date(Date.parse(since) + expiryMs))).toBe(true);
    expect(hasExpired(null, new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });
});
