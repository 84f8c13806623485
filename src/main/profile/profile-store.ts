import type Database from 'better-sqlite3';
import {
  checkClinicProfile,
  clinicProfileSchema,
  emptyClinicProfile,
  type ClinicProfile,
} from '../../shared/clinic-profile';
import type { ProfileSaveResult, ProfileState } from '../../shared/api-contract';
import { createAppSettings } from '../desk/app-settings';

const welcomeDismissedKey = 'welcome.dismissed';

/** The clinic profile in desk.db: read whole, checked, and written whole in one statement. */
export function createProfileStore(db: Database.Database, now: () => Date = () => new Date()) {
  const read = db.prepare<[], string>('SELECT json FROM clinic_profile WHERE id = 1').pluck();
  const write = db.prepare<[string, string]>(
    `INSERT INTO clinic_profile (id, json, updated_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at`,
  );
  const settings = createAppSettings(db);

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
    get: (): ProfileState => ({
      profile: stored(),
      welcomeDismissed: settings.get(welcomeDismissedKey) === 'yes',
    }),
    save,
    /**
     * Saves some fields on top of what is stored now, in one transaction, so two quick saves from
     * a form (or another window's edits) never undo each other.
     */
    update: (changes: Partial<ClinicProfile>): ProfileSaveResult =>
      db.transaction(() => save({ ...(stored() ?? emptyClinicProfile), ...changes })).immediate(),
    dismissWelcome(): void {
      settings.set(welcomeDismissedKey, 'yes');
    },
  };
}

export type ProfileStore = ReturnType<typeof createProfileStore>;
