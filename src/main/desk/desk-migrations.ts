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
  // 3: form drafts, saved as they are typed, and the outbox a finished form is queued to. The
  // outbox row holds the exact message, with its Message-ID fixed at queue time.
  `CREATE TABLE drafts (
     id TEXT PRIMARY KEY,
     form_id TEXT NOT NULL,
     values_json TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   ) STRICT;
   CREATE TABLE outbox (
     id INTEGER PRIMARY KEY,
     message_id TEXT NOT NULL UNIQUE,
     form_id TEXT NOT NULL,
     to_address TEXT NOT NULL,
     from_address TEXT,
     subject TEXT NOT NULL,
     body_text TEXT NOT NULL,
     contains_phi INTEGER NOT NULL CHECK (contains_phi IN (0, 1)),
     state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'retrying', 'failed', 'held', 'cancelled')),
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at TEXT,
     last_error TEXT,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   ) STRICT;
   CREATE INDEX outbox_by_state ON outbox (state, next_attempt_at);`,
  // 4: the sent history, kept on the outbox row: when it left and what the server answered.
  `ALTER TABLE outbox ADD COLUMN sent_at TEXT;
   ALTER TABLE outbox ADD COLUMN server_reply TEXT;`,
  // 5: when an item started failing, so "three days of retrying" counts retrying only, and a
  // retry by hand starts the count again.
  `ALTER TABLE outbox ADD COLUMN retrying_since TEXT;`,
  // 6: a delivery is claimed with a lease (who sends it, and until when), so a second process on
  // the same folder, or a start-up after a crash, takes back only a delivery whose sender is gone.
  `ALTER TABLE outbox ADD COLUMN lease_owner TEXT;
   ALTER TABLE outbox ADD COLUMN lease_expires_at TEXT;`,
  // 7: a directory update retired the message's mailbox: that update's date, and the mailbox it
  // named instead (NULL when none). While the date is set, nothing sends the message as addressed.
  `ALTER TABLE outbox ADD COLUMN retired_mailbox_update TEXT;
   ALTER TABLE outbox ADD COLUMN replacement_address TEXT;`,
];
