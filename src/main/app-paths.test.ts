import { describe, expect, it } from 'vitest';
import { defaultUserDataDir, deskDatabasePath, shippedDirectoryPath } from './app-paths';

describe('where data lives', () => {
  it('uses the folder Electron would use for "Provider Desk" on each system', () => {
    expect(defaultUserDataDir('linux', {}, '/home/desk')).toBe('/home/desk/.config/Provider Desk');
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/desk')).toBe('/xdg/Provider Desk');
    expect(defaultUserDataDir('darwin', {}, '/Users/desk')).toBe(
      '/Users/desk/Library/Application Support/Provider Desk',
    );
    expect(
      defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\desk\\AppData\\Roaming' }, 'C:\\Users\\desk'),
    ).toBe('C:\\Users\\desk\\AppData\\Roaming\\Provider Desk');
    expect(deskDatabasePath('/data')).toBe('/data/desk.db');
  });

  it('finds directory.db beside the build, and outside app.asar when packaged', () => {
    expect(shippedDirectoryPath('/app/out')).toBe('/app/out/data/directory.db');
    expect(shippedDirectoryPath('/opt/Provider Desk/resources/app.asar/out')).toBe(
      '/opt/Provider Desk/resources/app.asar.unpacked/out/data/directory.db',
    );
  });
});
