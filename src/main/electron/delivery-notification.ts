import type { Notification, NotificationConstructorOptions } from 'electron';

type NotificationClass = {
  new (options: NotificationConstructorOptions): Pick<Notification, 'show'>;
  isSupported(): boolean;
};

/**
 * A message that failed for good is said out loud, not left for someone to find. The subject
 * names only the clinic and the form, and the reason is the server's or the outbox's sentence:
 * neither carries patient details.
 */
export function notifyDeliveryFailure(Notifier: NotificationClass, subject: string, reason: string): void {
  if (!Notifier.isSupported()) return;
  new Notifier({ title: 'A message could not be sent', body: `${subject}\n${reason}` }).show();
}
