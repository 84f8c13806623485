import { isHighSeverity, scanProject } from './electron-config-scan';

/** `npm run scan:electron`: every finding of the Electron configuration scan, for review. */
async function main(): Promise<void> {
  const report = await scanProject(process.cwd());
  console.log(`electronegativity ran ${report.checksRun} checks.`);
  console.table(report.findings);
  if (report.unreadFiles.length > 0) console.log('Files it could not read:', report.unreadFiles);
  const high = report.findings.filter(isHighSeverity).length;
  console.log(`${high} finding(s) of high severity.`);
  if (high > 0 || report.unreadFiles.length > 0) process.exitCode = 1;
}

void main();
