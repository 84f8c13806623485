import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format } from 'prettier';
import { loadDirectoryPack } from '../../src/main/directory/load-directory-pack';
import { directoryPackSchema } from '../../src/shared/directory-pack';
import { applyPageVersion } from './apply-page-version';
import { pageVersions } from './page-versions';

/**
 * Writes one pack per real page version, oldest first, from the seed pack: the older ones to
 * resources/packs/, the newest to resources/directory-pack.json (what the app ships). Run it
 * after changing page-versions.ts: `npm run packs:real`.
 */
const resources = resolve(__dirname, '../../resources');
const seedPath = resolve(resources, 'packs/directory-pack-2026.11.23.json');

async function main(): Promise<void> {
  let pack = loadDirectoryPack(seedPath);
  for (const [index, version] of pageVersions.entries()) {
    pack = directoryPackSchema.parse(applyPageVersion(pack, version));
    const newest = index === pageVersions.length - 1;
    const path = newest
      ? resolve(resources, 'directory-pack.json')
      : resolve(resources, `packs/directory-pack-${pack.packVersion}.json`);
    writeFileSync(path, await format(JSON.stringify(pack), { parser: 'json', printWidth: 110 }));
    console.log(`${pack.packVersion}: ${pack.entries.length} entries → ${path}`);
  }
}

void main();
