import type Database from 'better-sqlite3';
import {
  checkClinicProfile,
  clinicProfileSchema,
  emptyClinicProfile,
  type ClinicProfile,
  type FieldMessages,
} from '../../shared/clinic-profile';

export interface ProfileSaveResult {
  saved: boolean;
  profile: ClinicProfile;
  errors: FieldMessages;
  warnings: FieldMessages;
}

const welcomeDismissedKey = 'welcome.dismissed';

/** The clinic profile in desk.db: read whole, checked, and written whole in one statement. */
export function createProfileStore(db: Database.Database, now: () => Date = () => new Date()) {
  const read = db.prepare<[], string>('SELECT json FROM clinic_profile WHERE id = 1').pluck();
  const write = db.prepare<[string, string]>(
    `INSERT INTO clinic_profile (id, json, updated_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at`,
  );
  const setting = db.prepare<[string], string>('SELECT value FROM app_settings WHERE key = ?').pluck();
  const putSetting = db.prepare<[string, string]>(
    'INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );

  function stored(): ClinicProfile | null {
    const json = read.get();
    // Only this version's migrations ever wrote the row (a newer desk.db is refused at open).
    return json === undefined ? null : clinicProfileSchema.parse(JSON.parse(json));
  }

  /** Saves only a profile with no errors; with errors, nothing already saved is touched. */
  function save(input: ClinicProfile): ProfileSaveResult {
    const { profile, errors, warnings } = checkClinicProfile(input);
    const saved = Object.keys(errors).length === 0;
    if (saved) write.run(JSON.stringify(profile), now().toISOString());
    return { saved, profile, errors, warnings };
  }

  return {
    get: () => ({ profile: stored(), welcomeDismissed: setting.get(welcomeDismissedKey) === 'yes' }),
    save,
    /**
     * Saves some fields on top of what is stored now, in one transaction, so two quick saves from
     * a form (or another window's edits) never undo each other.
     */
    update: (changes: Partial<ClinicProfile>): ProfileSaveResult =>
      db.transaction(() => save({ ...(stored() ?? emptyClinicProfile), ...changes })).immediate(),
    dismissWelcome(): void {
      putSetting.run(welcomeDismissedKey, 'yes');
    },
  };
}

export type ProfileStore = ReturnType<typeof createProfileStore>;
