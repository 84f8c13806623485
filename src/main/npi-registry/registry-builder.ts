import type { RegistryFileInfo, RegistryRecord, SecondaryLocation } from './registry-record';

/**
 * Builds an npi.db aside: startFullBuild (full-build.ts) from a monthly file, startIncrement
 * (weekly-increment.ts) from the registry in use plus a weekly file. The caller renames the
 * result over npi.db once finish() returns; the file in use is never written.
 */
export interface RegistryBuilder {
  /** Secondary locations come first, for all NPIs of the file; those of providers not kept are dropped at finish. */
  addSecondaryLocations(locations: readonly SecondaryLocation[]): void;
  addRecords(records: readonly RegistryRecord[]): void;
  /** Indexes, prunes, records the file, checks (quick_check, counts), closes. Returns what the status needs. */
  finish(info: RegistryFileInfo, appliedAt: string): { providerCount: number; rows: number };
  /** Abandons the build: closes and deletes the file being built. */
  abandon(): void;
}

export { startFullBuild } from './full-build';
export { startIncrement } from './weekly-increment';
