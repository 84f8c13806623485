import run from '@doyensec/electronegativity';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ScanFinding {
  check: string;
  severity: string;
  confidence: string;
  where: string;
  manualReview: boolean;
}

export interface ScanReport {
  checksRun: number;
  findings: ScanFinding[];
  /** Files the scanner could not parse: a file it could not read is a file it did not check. */
  unreadFiles: string[];
}

/**
 * Checks that need the internet: the list of Electron releases is fetched from GitHub, which this
 * machine and CI cannot reach; the Electron version itself is pinned in package.json and reviewed
 * when it changes.
 */
const networkChecks = ['availablesecurityfixesglobalcheck'];

/** The Electron the app is built against, so the scanner judges defaults by that version's rules. */
export function installedElectronVersion(projectDir: string): string {
  const manifest = JSON.parse(
    readFileSync(join(projectDir, 'node_modules/electron/package.json'), 'utf8'),
  ) as {
    version: string;
  };
  return manifest.version;
}

/** Runs electronegativity over a folder or file of app code and returns what it found. */
export async function scanElectronConfig(input: string, electronVersion: string): Promise<ScanReport> {
  const result = await run({
    input,
    electronVersionOverride: electronVersion,
    excludeFromScan: networkChecks,
    isRelative: true,
  });
  return {
    checksRun: result.atomicChecks + result.globalChecks,
    findings: result.issues.map((issue) => ({
      check: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      where: `${issue.file}:${issue.location.line}`,
      manualReview: issue.manualReview,
    })),
    unreadFiles: result.errors
      .filter((error) => !error.tolerable)
      .map((error) => `${error.file}: ${error.message}`),
  };
}

export const isHighSeverity = (finding: ScanFinding): boolean => finding.severity === 'HIGH';

/**
 * Scans what ships: the app's sources and its package.json, together, because the scanner's
 * global checks (navigation limits, permission handler, CSP) weigh findings across all files.
 * Unit tests are left out; they are not part of the app and may stage unsafe code on purpose.
 */
export async function scanProject(
  projectDir: string,
  electronVersion = installedElectronVersion(projectDir),
): Promise<ScanReport> {
  const staging = mkdtempSync(join(tmpdir(), 'provider-desk-scan-'));
  try {
    cpSync(join(projectDir, 'src'), join(staging, 'src'), {
      recursive: true,
      filter: (source) => !source.endsWith('.test.ts'),
    });
    cpSync(join(projectDir, 'package.json'), join(staging, 'package.json'));
    return await scanElectronConfig(staging, electronVersion);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
