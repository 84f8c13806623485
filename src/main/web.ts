import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  defaultUserDataDir,
  shippedDirectoryPath,
  shippedNuccTaxonomyPath,
  shippedTrustedKeysPath,
} from './app-paths';
import { DataFolderInUseError } from './desk/data-folder-lock';
import { startDeskServices } from './desk-services';
import { createMemorySecretStore } from './outbox/secret-store';
import { openInBrowser } from './web/open-in-browser';
import { parseWebArguments, WebArgumentError, webUsage } from './web/parse-web-arguments';
import { startWebServer } from './web/web-server';

/**
 * Browser mode: `npm run web`. Serves the last build's renderer on 127.0.0.1 with window.api
 * bridged over HTTP to the same handlers the desktop app uses.
 */
async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help')) {
    console.log(webUsage);
    return;
  }
  const args = parseWebArguments(argv);
  const userDataDir = resolve(args.dataDir ?? defaultUserDataDir(process.platform, process.env, homedir()));
  const directoryPath = args.directory
    ? resolve(args.directory)
    : shippedDirectoryPath(join(__dirname, '..'));
  if (args.directory && !existsSync(directoryPath)) {
    throw new WebArgumentError(`--directory: there is no file at ${directoryPath}`);
  }
  const appVersion = (
    JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string }
  ).version;

  const services = startDeskServices({
    userDataDir,
    directoryPath,
    trustedKeysPath: shippedTrustedKeysPath(join(__dirname, '..')),
    nuccCsvPath: shippedNuccTaxonomyPath(join(__dirname, '..')),
    npiApiUrl: args.npiApi,
    appVersion,
    transport: 'browser',
    // Browser mode keeps the mail password only for the life of this process.
    secrets: createMemorySecretStore(),
  });
  let server: Awaited<ReturnType<typeof startWebServer>>;
  try {
    server = await startWebServer({
      handlers: services.handlers,
      rendererDir: join(__dirname, '../renderer'),
      events: services.events,
      log: services.log,
      staging: services.staging,
      port: args.port,
    });
  } catch (error) {
    // The outbox may already be sending: let it record its result before the process ends.
    await services.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new WebArgumentError(
        `Port ${args.port} is in use by another program. Pass another --port, or --port 0 to pick a free one.`,
      );
    }
    throw error;
  }

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void server
      .close()
      .then(() => services.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Printed last: whoever waits for this line may stop the server the moment it appears.
  console.log(`Provider Desk web mode: ${server.url}`);
  if (args.open) void openInBrowser(server.url);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof WebArgumentError) {
    console.error(error.message);
    process.exit(2);
  }
  if (error instanceof DataFolderInUseError) {
    console.error(
      `${error.message} Close that one first (Ctrl+C in its terminal, or quit the app), or give this one another folder: npm run web -- --data-dir OTHER-FOLDER`,
    );
    process.exit(2);
  }
  console.error(`Provider Desk could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
