/**
 * desk.db evolves one numbered step at a time: migration N brings PRAGMA user_version from N-1
 * to N. Steps are never edited once shipped; a change is a new step.
 */
export const deskMigrations: readonly string[] = [
  // 1: the record of which app versions have opened this file, for support and for later
  // migrations that need to know where a desk.db has been.
  `CREATE TABLE app_opened (
     opened_at TEXT NOT NULL,
     app_version TEXT NOT NULL
   ) STRICT;`,
  // 2: the clinic profile (one row, the whole profile as checked JSON) and small app settings.
  `CREATE TABLE clinic_profile (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     json TEXT NOT NULL,
     updated_at TEXT NOT NULL
   ) STRICT;
   CREATE TABLE app_settings (
     key TEXT PRIMARY KEY,
     value TEXT NOT NULL
   ) STRICT;`,
];
