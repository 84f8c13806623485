import { describe, expect, it, vi } from 'vitest';
import { notifyDeliveryFailure } from './delivery-notification';

function notifier(supported: boolean) {
  const shown: { title?: string; body?: string }[] = [];
  class FakeNotification {
    static isSupported = () => supported;
    constructor(private readonly options: { title?: string; body?: string }) {}
    show = vi.fn(() => shown.push(this.options));
  }
  return { FakeNotification, shown };
}

describe('a message that fails for good', () => {
  it('raises a desktop notification with its subject and the reason', () => {
    const { FakeNotification, shown } = notifier(true);
    notifyDeliveryFailure(
      FakeNotification,
      'New contract request – Rose City Test Clinic',
      'The mail server refused this message: 550 No such user',
    );
    expect(shown).toEqual([
      {
        title: 'A message could not be sent',
        body: 'New contract request – Rose City Test Clinic\nThe mail server refused this message: 550 No such user',
      },
    ]);
  });

  it('stays quiet only where the system has no notifications', () => {
    const { FakeNotification, shown } = notifier(false);
    notifyDeliveryFailure(FakeNotification, 'x', 'y');
    expect(shown).toEqual([]);
  });
});
