import { describe, expect, it } from 'vitest';
import { electronSqliteBindingPath } from './electron-sqlite-binding';

describe("better-sqlite3's Electron build", () => {
  it('is found in .native/ beside the app, and outside app.asar once packaged', () => {
    expect(electronSqliteBindingPath('/work/app', '140')).toBe(
      '/work/app/.native/electron-abi-140/better_sqlite3.node',
    );
    expect(electronSqliteBindingPath('/opt/Provider Desk/resources/app.asar', '140')).toBe(
      '/opt/Provider Desk/resources/app.asar.unpacked/.native/electron-abi-140/better_sqlite3.node',
    );
  });
});
