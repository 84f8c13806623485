import { lockDataFolder } from '../../src/main/desk/data-folder-lock';

/**
 * A second process for the data-folder lock's tests: it takes the folder named on its command
 * line, says so, and holds it until it is killed.
 */
const folder = process.argv[2];
if (!folder) throw new Error('usage: hold-data-folder FOLDER');
// Kept referenced: a lock left to the garbage collector closes its SQLite file, and so lets go.
const lock = lockDataFolder(folder, { transport: 'browser' });
console.log('holding');
setInterval(() => lock, 60_000);
