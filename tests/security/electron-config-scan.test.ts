import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { installedElectronVersion, isHighSeverity, scanProject } from '../../scripts/electron-config-scan';

const projectDir = join(__dirname, '../..');
const electronVersion = installedElectronVersion(projectDir);
const copies: string[] = [];

/** A copy of the app's sources with one edit, to prove the scan notices a regression in our own files. */
function projectWith(file: string, from: string, to: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'provider-desk-unsafe-'));
  copies.push(copy);
  cpSync(join(projectDir, 'src'), join(copy, 'src'), { recursive: true });
  cpSync(join(projectDir, 'package.json'), join(copy, 'package.json'));
  const source = readFileSync(join(copy, file), 'utf8');
  expect(source).toContain(from);
  writeFileSync(join(copy, file), source.replace(from, to));
  return copy;
}

afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

describe('the static scan of the Electron configuration (electronegativity)', () => {
  it(
    'reads every source file and finds nothing of high severity in the app',
    { timeout: 60_000 },
    async () => {
      const report = await scanProject(projectDir, electronVersion);
      expect(report.unreadFiles).toEqual([]);
      expect(report.checksRun).toBeGreaterThan(30);
      expect(report.findings.filter(isHighSeverity)).toEqual([]);
    },
  );

  it.each([
    [
      'context isolation turned off',
      'src/main/electron/main-window.ts',
      'contextIsolation: true',
      'contextIsolation: false',
      'CONTEXT_ISOLATION_JS_CHECK',
    ],
    [
      'new windows no longer handled',
      'src/main/index.ts',
      'contents.setWindowOpenHandler(',
      'contents.setOtherHandler(',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
    ],
  ])('fails on %s', { timeout: 60_000 }, async (_name, file, from, to, check) => {
    const report = await scanProject(projectWith(file, from, to), electronVersion);
    expect(report.findings.filter(isHighSeverity).map((finding) => finding.check)).toContain(check);
  });
});
