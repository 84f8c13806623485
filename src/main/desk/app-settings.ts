import type Database from 'better-sqlite3';

/** The small key–value settings in desk.db's `app_settings`; every reader and writer goes through here. */
export function createAppSettings(db: Database.Database) {
  const read = db.prepare<[string], string>('SELECT value FROM app_settings WHERE key = ?').pluck();
  const write = db.prepare<[string, string]>(
    'INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get: (key: string): string | undefined => read.get(key),
    set(key: string, value: string): void {
      write.run(key, value);
    },
  };
}

export type AppSettings = ReturnType<typeof createAppSettings>;
