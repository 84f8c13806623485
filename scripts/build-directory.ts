import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildDirectoryDatabase } from '../src/main/directory/build-directory-db';
import { loadDirectoryPack } from '../src/main/directory/load-directory-pack';
import { shippedDirectoryPath } from '../src/main/app-paths';

/** Build step: compiles resources/directory-pack.json into the read-only directory.db the app ships. */
const root = resolve(__dirname, '..');
const packPath = resolve(root, 'resources/directory-pack.json');
const outputPath = shippedDirectoryPath(resolve(root, 'out'));

const pack = loadDirectoryPack(packPath);
mkdirSync(dirname(outputPath), { recursive: true });
buildDirectoryDatabase(pack, outputPath);
console.log(`directory.db: ${pack.entries.length} entries from pack ${pack.packVersion} → ${outputPath}`);
