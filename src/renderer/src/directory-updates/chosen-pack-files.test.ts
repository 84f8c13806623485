import { describe, expect, it } from 'vitest';
import { maxPackBytes } from '../../../shared/directory-update';
import { bytesToBase64, pairPackFiles } from './chosen-pack-files';

const file = (name: string, size = 100) => ({ name, size });
const pack = file('directory-pack-2026.11.30.1.json');
const signature = file('directory-pack-2026.11.30.1.json.sig');

describe('the directory file and its signature among the files chosen', () => {
  it('pairs a pack with its .sig, in either order', () => {
    expect(pairPackFiles([signature, pack])).toEqual({ pack, signature });
    expect(pairPackFiles([pack, file('other.json.sig'), signature])).toEqual({ pack, signature });
  });

  it('takes a lone signature file even when it was renamed; the signature check decides', () => {
    const renamed = file('signature.sig');
    expect(pairPackFiles([pack, renamed])).toEqual({ pack, signature: renamed });
  });

  it('asks for the file that is missing, by name', () => {
    expect(pairPackFiles([pack])).toEqual({
      problem:
        'Choose the directory file and its signature file (directory-pack-2026.11.30.1.json.sig) together.',
    });
    expect(pairPackFiles([signature])).toEqual({
      problem:
        'Choose the directory file (directory-pack-2026.11.30.1.json) and its signature file together.',
    });
    expect(pairPackFiles([pack, file('a.sig'), file('b.sig')])).toMatchObject({
      problem: expect.stringContaining('(directory-pack-2026.11.30.1.json.sig)'),
    });
  });

  it('refuses several packs, and files too large to be a pack or a signature, before reading them', () => {
    expect(pairPackFiles([pack, file('older.json'), signature])).toMatchObject({
      problem: expect.stringContaining('not several directory files'),
    });
    expect(pairPackFiles([file(pack.name, maxPackBytes + 1), signature])).toMatchObject({
      problem: expect.stringContaining('larger than any directory file (64 MB)'),
    });
    expect(pairPackFiles([pack, file(signature.name, 1024 * 1024)])).toMatchObject({
      problem: expect.stringContaining('too large to be a signature file'),
    });
  });
});

/** The whole file's base64 made the slow, obvious way: one character per byte, then one btoa. */
const wholeBase64 = (bytes: Uint8Array) =>
  btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
const someBytes = (length: number) => Uint8Array.from({ length }, (_, index) => (index * 131 + 7) % 256);

describe('a file’s bytes as base64', () => {
  it('matches the whole file’s base64 at every length around a slice boundary', () => {
    for (const length of [0, 1, 2, 3, 24_575, 24_576, 24_577, 100_003]) {
      const bytes = someBytes(length);
      expect(bytesToBase64(bytes), String(length)).toBe(wholeBase64(bytes));
    }
  });

  it('copes with a pack of many megabytes, every byte coming back as it was', () => {
    const bytes = someBytes(8 * 1024 * 1024);
    const decoded = atob(bytesToBase64(bytes));
    expect(decoded.length).toBe(bytes.length);
    expect(bytes.findIndex((byte, index) => decoded.charCodeAt(index) !== byte)).toBe(-1);
  });
});
