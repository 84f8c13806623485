import { maxPackBytes, maxSignatureBytes } from '../../../shared/directory-update';

/** What the page needs to know of a chosen file before reading it. */
export interface ChosenFile {
  name: string;
  size: number;
}

export type PackFiles<F> = { pack: F; signature: F } | { problem: string };

const isSignature = (file: ChosenFile) => file.name.toLowerCase().endsWith('.sig');

/**
 * The directory file and its signature among the files a person chose. A publisher hands over
 * `NAME` and `NAME.sig`; both are needed, so a missing one is said before anything is read.
 */
export function pairPackFiles<F extends ChosenFile>(files: readonly F[]): PackFiles<F> {
  const signatures = files.filter(isSignature);
  const packs = files.filter((file) => !isSignature(file));
  if (packs.length > 1) {
    return { problem: 'Choose one directory file and its signature file, not several directory files.' };
  }
  const [pack] = packs;
  if (!pack) {
    const named = signatures[0]?.name.replace(/\.sig$/i, '') ?? 'the directory file';
    return { problem: `Choose the directory file (${named}) and its signature file together.` };
  }
  const signature =
    signatures.find((file) => file.name === `${pack.name}.sig`) ??
    (signatures.length === 1 ? signatures[0] : undefined);
  if (!signature) {
    return { problem: `Choose the directory file and its signature file (${pack.name}.sig) together.` };
  }
  if (pack.size > maxPackBytes) {
    return {
      problem: `${pack.name} is larger than any directory file (${maxPackBytes / 1024 / 1024} MB), so it was not read. Check that you chose the right file.`,
    };
  }
  if (signature.size > maxSignatureBytes) {
    return {
      problem: `${signature.name} is too large to be a signature file. Choose the .sig file that came with ${pack.name}.`,
    };
  }
  return { pack, signature };
}

/** A multiple of 3, so each slice's base64 ends without padding and the slices join as one. */
const sliceBytes = 3 * 8192;

/**
 * The exact bytes as base64, a slice at a time: turning millions of bytes into one argument
 * list at once overflows the call stack.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += sliceBytes) {
    parts.push(btoa(String.fromCharCode(...bytes.subarray(start, start + sliceBytes))));
  }
  return parts.join('');
}
