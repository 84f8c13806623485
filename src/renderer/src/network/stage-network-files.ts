import { stageFile } from '../desk-files';

/** What Plan-Net data comes in: a chosen folder also holds READMEs, licences and the like. */
export const planNetFileNames = /\.(json|ndjson|zip)$/i;

/**
 * Hands each chosen file to main, one by one so a folder of thousands never holds them all in
 * flight, saying how far it got. Stops at the first file main refuses, with its sentence.
 */
export async function stageNetworkFiles(
  files: readonly File[],
  onStaged: (done: number) => void,
): Promise<{ ok: true; stagedFiles: string[] } | { ok: false; problem: string }> {
  const stagedFiles: string[] = [];
  for (const file of files) {
    const staged = await stageFile(file);
    if (!staged.ok) return { ok: false, problem: `${file.name}: ${staged.error.message}` };
    stagedFiles.push(staged.value.stagedFile);
    onStaged(stagedFiles.length);
  }
  return { ok: true, stagedFiles };
}
