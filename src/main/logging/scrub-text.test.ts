import { describe, expect, it } from 'vitest';
import { describeError, scrubText } from './scrub-text';

describe('scrubbing free text before it reaches the log', () => {
  it.each([
    ['an e-mail address', 'Recipient <claimshelp@careoregon.org> rejected', 'Recipient <[email]> rejected'],
    ['a member ID', 'No member WL12345A on file', 'No member [number] on file'],
    ['a claim number', 'claim TEST-CLAIM-0001 is closed', 'claim [number] is closed'],
    ['an NPI and a TIN', 'NPI 1234567893, TIN 93-1234567', 'NPI [number], TIN [number]'],
    ['phone numbers in any format', 'call (503) 555-0100 or 503.555.0101', 'call [number] or [number]'],
    ['dates', 'born 01/02/1980, seen 2026-10-15 and March 3, 1971', 'born [date], seen [date] and [date]'],
    ['a password field', 'login failed: password=hunter2; retry', 'login failed: password=[redacted]; retry'],
    [
      'a JSON body',
      '{"subject":"Claims inquiry – Rose City","text":"Dear plan"}',
      '{"subject":[redacted],"text":[redacted]}',
    ],
    ['a quoted user name', "user: 'pat.example' refused", 'user: [redacted] refused'],
    [
      'an AUTH PLAIN blob',
      'AUTH PLAIN AHBhdEBleGFtcGxlLm9yZwBodW50ZXIy failed',
      'AUTH PLAIN [redacted] failed',
    ],
  ])('removes %s', (_what, text, expected) => {
    expect(scrubText(text)).toBe(expected);
  });

  it('keeps what support needs: reply codes, enhanced status, error codes and our own sentences', () => {
    expect(scrubText('550 5.7.1 Relaying denied')).toBe('550 5.7.1 Relaying denied');
    expect(scrubText('connect ECONNREFUSED 127.0.0.1')).toBe('connect ECONNREFUSED 127.0.0.1');
    expect(scrubText('The mail server did not accept the user name or password, so nothing was sent.')).toBe(
      'The mail server did not accept the user name or password, so nothing was sent.',
    );
  });

  it('removes a Subject line to its end, keeps the text on one line and short', () => {
    expect(scrubText('554 rejected\nSubject: Claims inquiry – Test Clinic\nbye')).toBe(
      '554 rejected Subject: [redacted] bye',
    );
    expect(scrubText('word '.repeat(200)).length).toBe(300);
  });

  it('describes a thrown value by its kind and scrubbed message', () => {
    expect(describeError(new TypeError('no row for member 99887766'))).toBe(
      'TypeError: no row for member [number]',
    );
    expect(describeError({ secret: 'x' })).toBe('a value that is not an Error');
  });
});
