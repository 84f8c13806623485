import type { ProviderImportProgress } from '../../shared/npi-registry';
import type { RegistryImportStep } from './registry-import';

/** Estimates are noise in the first seconds; the page says "working it out" until then. */
const settleSeconds = 2;

/** Rows a second, and the time left from the share of the file read so far. */
export function estimateProgress(
  step: RegistryImportStep,
  elapsedSeconds: number,
): Pick<ProviderImportProgress, 'rowsPerSecond' | 'secondsLeft'> {
  const rowsPerSecond = elapsedSeconds > 0 ? Math.round(step.rows / elapsedSeconds) : 0;
  if (step.phase !== 'reading' || elapsedSeconds < settleSeconds || !step.totalBytes || step.bytesRead <= 0) {
    return { rowsPerSecond, secondsLeft: null };
  }
  const share = Math.min(1, step.bytesRead / step.totalBytes);
  return { rowsPerSecond, secondsLeft: Math.max(0, Math.round((elapsedSeconds * (1 - share)) / share)) };
}
