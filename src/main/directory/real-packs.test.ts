import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContactValue, DirectoryPack } from '../../shared/directory-pack';
import { nationalNumber } from '../../shared/phone-number';
import { realPackPaths, sourceTextPath } from '../../../tests/support/shipped-directory';
import { loadDirectoryPack } from './load-directory-pack';

const packs = realPackPaths().map((path) => ({ path, pack: loadDirectoryPack(path) }));
const pageText = (sourceId: string) => readFileSync(sourceTextPath(sourceId), 'utf8');
const numbersOn = (text: string) =>
  new Set([...text.matchAll(/(?:1-)?\d{3}-\d{3}-\d{4}/g)].map(([number]) => nationalNumber(number)));

function everyValue(pack: DirectoryPack): ContactValue[] {
  return pack.entries.flatMap((entry) => [...entry.values, ...(entry.retired ?? []).map((old) => old.value)]);
}

describe('the real packs, one per copy of the plan’s page', () => {
  it('are versioned oldest first, each newer than the one before', () => {
    expect(packs.map(({ pack }) => pack.packVersion)).toEqual([
      '2026.11.23',
      '2026.11.30',
      '2026.11.30.1',
      '2026.11.30.2',
      '2026.11.30.3',
    ]);
  });

  it.each(packs)('$path: every number and address is on the page it cites', ({ pack }) => {
    for (const value of everyValue(pack)) {
      const text = pageText(value.seen.source);
      if (value.kind === 'phone' || value.kind === 'fax') {
        expect(numbersOn(text), `${value.number} on ${value.seen.source}`).toContain(
          nationalNumber(value.number),
        );
      }
      if (value.kind === 'email') expect(text).toContain(value.address);
      if (value.kind === 'payer-id') expect(text).toContain(value.id);
      if (value.kind === 'postal') value.lines.forEach((line) => expect(text).toContain(line));
    }
  });

  it.each(packs)('$path: dates each value by the page that showed it, never the build', ({ pack }) => {
    const sources = new Map(pack.sources.map((source) => [source.id, source]));
    for (const value of everyValue(pack)) {
      const source = sources.get(value.seen.source);
      expect(value.seen.on).toBe(source?.publishedOn ?? source?.capturedOn);
    }
  });

  it('skips nothing a later page shows: its numbers and mailboxes are in its pack', () => {
    for (const { pack } of packs.slice(1)) {
      const newest = pack.sources.at(-1)!;
      const text = pageText(newest.id);
      const known = JSON.stringify(pack).toLowerCase();
      for (const number of numbersOn(text)) {
        const inPack = everyValue(pack).some(
          (value) => 'number' in value && nationalNumber(value.number) === number,
        );
        expect(inPack, `${number} from ${newest.id}`).toBe(true);
      }
      for (const [address] of text.matchAll(/[\w.]+@[\w.]+\.(?:org|com)/gi)) {
        expect(known).toContain(address.toLowerCase());
      }
    }
  });
});
