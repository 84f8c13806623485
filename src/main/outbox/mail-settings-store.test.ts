import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServices } from '../../../tests/support/test-services';
import { testMailSettings } from '../../../tests/support/smtp-test-server';
import { createMailSettingsStore } from './mail-settings-store';
import { createMemorySecretStore } from './secret-store';

let services: ReturnType<typeof startTestServices>;
beforeEach(() => {
  services = startTestServices();
});
afterEach(() => services.dispose());

describe('the saved mail password', () => {
  it('is offered only to the server and user name it was saved for', () => {
    const store = createMailSettingsStore(services.desk, createMemorySecretStore());
    const saved = testMailSettings(2525, { username: 'desk' });
    store.save(saved, 'fake-password-for-tests');
    expect(store.passwordFor(saved)).toBe('fake-password-for-tests');
    expect(store.passwordFor({ ...saved, host: 'localhost' })).toBeNull();
    expect(store.passwordFor({ ...saved, port: 2526 })).toBeNull();
    expect(store.passwordFor({ ...saved, username: 'someone-else' })).toBeNull();
  });

  it('is kept out of desk.db entirely', () => {
    const store = createMailSettingsStore(services.desk, createMemorySecretStore());
    store.save(testMailSettings(2525, { username: 'desk' }), 'fake-password-for-tests');
    const rows = JSON.stringify(services.desk.prepare('SELECT * FROM app_settings').all());
    expect(rows).not.toContain('fake-password-for-tests');
  });
});
