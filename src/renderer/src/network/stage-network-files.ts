import { stageFile } from '../desk-files';

/** What Plan-Net data comes in: a chosen folder also holds READMEs, licences and the like. */
export const planNetFileNames = /\.(json|ndjson|zip)$/i;

/**
 * Hands each chosen file to main, a few at a time so a folder of thousands never has them all in
 * flight, saying how far it got. Stops at the first file main refuses, with its sentence; files
 * already handed over are deleted at the next start, as any upload never imported.
 */
/** Browsers keep six connections a host; four leave room for the page's own calls. */
const parallelUploads = 4;

export async function stageNetworkFiles(
  files: readonly File[],
  onStaged: (done: number) => void,
): Promise<{ ok: true; stagedFiles: string[] } | { ok: false; problem: string }> {
  const stagedFiles: string[] = new Array<string>(files.length);
  let next = 0;
  let done = 0;
  let problem: string | null = null;
  // Each file keeps its place in the list, so where two hold the same resource the later wins.
  async function uploadInTurn(): Promise<void> {
    while (problem === null && next < files.length) {
      const at = next++;
      const file = files[at];
      if (file === undefined) return;
      const staged = await stageFile(file);
      if (!staged.ok) {
        problem ??= `${file.name}: ${staged.error.message}`;
        return;
      }
      stagedFiles[at] = staged.value.stagedFile;
      onStaged((done += 1));
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallelUploads, files.length) }, uploadInTurn));
  return problem === null ? { ok: true, stagedFiles } : { ok: false, problem };
}
