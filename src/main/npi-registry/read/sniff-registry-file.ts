import { CsvRowScanner } from './csv-row-scanner';
import type { CsvSource } from './csv-source';
import { isRegistryHeader } from './registry-columns';
import { openRegistrySource } from './registry-source';
import { isSecondaryLocationHeader } from './secondary-location-columns';

export type RegistryFileKind = 'registry' | 'secondary-locations' | 'not-registry';

/** A registry header is about 10 KB; a first line much longer than this is not one. */
const longestHeaderBytes = 1024 * 1024;

/**
 * What a file is, from a zip's list of contents or a CSV's header, without reading it all. A zip
 * that is cut short or damaged is refused (RegistryFileRefusedError) rather than called
 * "not a registry file", since downloading it again is the fix.
 */
export async function sniffRegistryFile(path: string): Promise<RegistryFileKind> {
  const source = await openRegistrySource(path);
  try {
    if (source.isZip) {
      if (source.main !== null) return 'registry';
      return source.secondary !== null ? 'secondary-locations' : 'not-registry';
    }
    const header = source.main === null ? null : await readHeader(source.main);
    if (header === null) return 'not-registry';
    if (isRegistryHeader(header)) return 'registry';
    return isSecondaryLocationHeader(header) ? 'secondary-locations' : 'not-registry';
  } finally {
    await source.close();
  }
}

async function readHeader(source: CsvSource): Promise<string[] | null> {
  let header: string[] | null = null;
  const scanner = new CsvRowScanner((row) => {
    header ??= Array.from({ length: row.count }, (_, index) => row.text(index));
  });
  let bytesRead = 0;
  try {
    for await (const chunk of source.chunks()) {
      scanner.push(chunk);
      bytesRead += chunk.length;
      if (header !== null || bytesRead >= longestHeaderBytes) return header;
    }
    scanner.end();
  } catch {
    // A file that is not CSV at all (a PDF, say) breaks the scanner: it is not a registry file.
  }
  return header;
}
