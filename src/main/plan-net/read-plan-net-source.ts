import { open, type FileHandle } from 'node:fs/promises';
import { readZipDirectory } from '../imports/zip/zip-directory';
import { zipEntryChunks } from '../imports/zip/zip-entry-chunks';
import { ZipRefusedError } from '../imports/zip/zip-refused-error';
import { fileChunks } from '../npi-registry/read/file-chunks';
import { RegistryFileRefusedError } from '../npi-registry/read/registry-file-refused-error';
import { checkedResource, parsedJson } from './checked-resource';
import type { FhirResource } from './fhir-resource';
import { LineTooLongError, longestLineBytes, ndjsonLines } from './ndjson-lines';
import { PlanNetRefusedError, refusePlanNet, type SourcePlace } from './plan-net-refused-error';
import { ResourceSink, type PlanNetProgress, type PlanNetReadSummary } from './resource-sink';
import { formatOf, listSourceFiles, type SourceFile } from './source-files';

export interface ReadPlanNetOptions {
  /** Abort: the promise rejects with the signal's reason (an AbortError) and files are closed. */
  signal?: AbortSignal;
  onResources(batch: FhirResource[]): void;
  onProgress?(progress: PlanNetProgress): void;
}

/** A JSON file is parsed whole; past this, only ndjson keeps memory bounded. */
const largestJsonFile = 64 * 1024 * 1024;

/**
 * Reads Plan-Net data (FHIR R4) from folders of resource files, Bundles, ndjson files or zips of
 * any of these, handing the Plan-Net resources on in batches. Nothing is kept: ndjson is read a
 * line at a time and a JSON file one at a time. Bad data is refused with a PlanNetRefusedError;
 * resources handed on before a refusal must then be thrown away by the caller.
 */
export async function readPlanNetSource(
  paths: string | readonly string[],
  options: ReadPlanNetOptions,
): Promise<PlanNetReadSummary> {
  options.signal?.throwIfAborted();
  // Several paths: the files a person chose one by one, each staged apart.
  const files = (await Promise.all([paths].flat().map((path) => listSourceFiles(path)))).flat();
  return readSourceFiles(files, options);
}

/** readPlanNetSource over files already listed (listSourceFiles), in the order given. */
export async function readSourceFiles(
  files: readonly SourceFile[],
  options: ReadPlanNetOptions,
): Promise<PlanNetReadSummary> {
  const sink = new ResourceSink(
    options,
    files.reduce((total, file) => total + file.size, 0),
  );
  for (const file of files) {
    options.signal?.throwIfAborted();
    await readSourceFile(file, sink, options.signal);
    sink.fileDone(file.size);
  }
  return sink.summary();
}

async function readSourceFile(file: SourceFile, sink: ResourceSink, signal?: AbortSignal): Promise<void> {
  const handle = await open(file.path, 'r');
  try {
    if (file.format === 'zip') {
      await readZip(handle, file, sink, signal);
    } else {
      let bytes = 0;
      const chunks = counted(fileChunks(handle, 0, file.size), (length) => sink.readTo((bytes += length)));
      await readData(file.format, file.size, chunks, { file: file.label }, sink, signal);
    }
  } catch (error) {
    // The zip and chunk readers are shared with the NPI registry; their refusals get this file's name.
    if (error instanceof ZipRefusedError || error instanceof RegistryFileRefusedError) {
      throw new PlanNetRefusedError(`${file.label}: ${error.message}`, file.label, null);
    }
    throw error;
  } finally {
    await handle.close();
  }
}

async function readZip(
  handle: FileHandle,
  file: SourceFile,
  sink: ResourceSink,
  signal?: AbortSignal,
): Promise<void> {
  for (const entry of await readZipDirectory(handle, file.size)) {
    const format = formatOf(entry.name);
    if (format === null || format === 'zip') continue;
    signal?.throwIfAborted();
    const place = { file: `${file.label} › ${entry.name}` };
    await readData(format, entry.uncompressedSize, zipEntryChunks(handle, entry), place, sink, signal);
    sink.readTo(entry.localHeaderOffset + entry.compressedSize);
  }
}

async function readData(
  format: 'json' | 'ndjson',
  size: number,
  chunks: AsyncIterable<Buffer>,
  place: SourcePlace,
  sink: ResourceSink,
  signal?: AbortSignal,
): Promise<void> {
  if (format === 'ndjson') {
    for await (const { text, line, ended } of linesOrRefusal(chunks, place)) {
      signal?.throwIfAborted();
      if (text.trim() === '') continue;
      const linePlace = { ...place, line };
      if (!ended && !isJson(text)) {
        throw refusePlanNet(
          linePlace,
          'ends in the middle of a resource: the download did not finish. Download it again.',
        );
      }
      addParsed(parsedJson(text, linePlace), linePlace, sink);
    }
    return;
  }
  if (size > largestJsonFile) {
    throw refusePlanNet(
      place,
      'is too large to read as one JSON file: export it as .ndjson, one resource a line.',
    );
  }
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  addParsed(parsedJson(Buffer.concat(parts).toString('utf8'), place), place, sink);
}

async function* linesOrRefusal(chunks: AsyncIterable<Buffer>, place: SourcePlace) {
  try {
    yield* ndjsonLines(chunks);
  } catch (error) {
    if (!(error instanceof LineTooLongError)) throw error;
    throw refusePlanNet(
      { ...place, line: error.line },
      `is longer than ${longestLineBytes / 1024 / 1024} MB: an ndjson line holds one resource, which is kilobytes. Check that this is Plan-Net data.`,
    );
  }
}

/** A resource, or a Bundle's resources, each checked. */
function addParsed(value: unknown, place: SourcePlace, sink: ResourceSink): void {
  const resource = checkedResource(value, place);
  if (resource.resourceType !== 'Bundle') {
    sink.add(resource);
    return;
  }
  const entries: unknown = resource['entry'];
  if (!Array.isArray(entries)) return;
  entries.forEach((entry: unknown, index) => {
    const entryPlace = { ...place, file: `${place.file} (Bundle entry ${index + 1})` };
    const inner = typeof entry === 'object' && entry !== null && 'resource' in entry ? entry.resource : entry;
    sink.add(checkedResource(inner, entryPlace));
  });
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

async function* counted(
  chunks: AsyncIterable<Buffer>,
  onChunk: (length: number) => void,
): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    onChunk(chunk.length);
    yield chunk;
  }
}
