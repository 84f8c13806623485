import { describe, expect, it } from 'vitest';
import { statusLine, unsentCount } from './outbox-summary';

const status = (counts: Record<string, number>, more: { sending?: boolean; online?: boolean } = {}) => ({
  sending: more.sending ?? false,
  online: more.online ?? true,
  counts,
});

describe('the header’s outbox line and badge', () => {
  it('says what a person needs to know first', () => {
    expect(statusLine(null)).toBe('');
    expect(statusLine(status({}))).toBe('Nothing to send');
    expect(statusLine(status({ sent: 3 }))).toBe('All sent');
    expect(statusLine(status({ queued: 1, sending: 1 }, { sending: true }))).toBe('Sending…');
    expect(statusLine(status({ retrying: 2 }))).toBe('2 waiting to send');
    expect(statusLine(status({ held: 1, retrying: 2 }))).toBe('1 message needs attention');
    expect(statusLine(status({ failed: 2 }))).toBe('2 messages need attention');
    expect(statusLine(status({ queued: 1 }, { online: false }))).toBe('Offline: 1 waiting to send');
    expect(statusLine(status({ sent: 1 }, { online: false }))).toBe('Offline');
  });

  it('counts a message cut off mid-send (no run going) as waiting, never as nothing to send', () => {
    expect(statusLine(status({ sending: 1 }))).toBe('1 waiting to send');
    expect(statusLine(status({ sending: 1, sent: 4 }, { online: false }))).toBe('Offline: 1 waiting to send');
  });

  it('badges every message not sent and not given up on', () => {
    expect(
      unsentCount(status({ queued: 1, sending: 1, retrying: 1, held: 1, failed: 5, sent: 9, cancelled: 2 })),
    ).toBe(4);
    expect(unsentCount(null)).toBe(0);
  });
});
