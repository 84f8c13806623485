/**
 * `npm run web -- --data-dir DIR --directory FILE --port PORT --npi-api URL --open`: all
 * optional, anything else is refused with a reason.
 */
export interface WebArguments {
  dataDir?: string;
  /** A directory.db to open instead of the one the build made: to try a newer directory first. */
  directory?: string;
  port: number;
  /** Another address for the NPI registry's online API: a stand-in on this computer, for tests. */
  npiApi?: string;
  /** Hand the address to the default browser once the server listens. */
  open: boolean;
}

export class WebArgumentError extends Error {
  override readonly name = 'WebArgumentError';
}

export const webUsage =
  'Usage: npm run web -- [--data-dir DIR] [--directory FILE] [--port PORT] [--npi-api URL] [--open]';

export function parseWebArguments(argv: readonly string[]): WebArguments {
  const result: WebArguments = { port: 0, open: false };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    if (flag === '--open') {
      result.open = true;
      continue;
    }
    const [name, inlineValue] =
      flag?.startsWith('--') && flag.includes('=') ? flag.split(/=(.*)/s, 2) : [flag];
    const value = inlineValue ?? argv[index + 1];
    if (inlineValue === undefined) index += 1;
    switch (name) {
      case '--data-dir':
        if (!value)
          throw new WebArgumentError('--data-dir needs a folder, for example --data-dir ./desk-data');
        result.dataDir = value;
        break;
      case '--directory':
        if (!value)
          throw new WebArgumentError(
            '--directory needs a directory.db file, for example --directory ./directory.db',
          );
        result.directory = value;
        break;
      case '--npi-api':
        if (!value || !URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
          throw new WebArgumentError(
            `--npi-api needs an http(s) address, for example --npi-api http://127.0.0.1:8080/api/, not "${value ?? ''}"`,
          );
        }
        result.npiApi = value;
        break;
      case '--port': {
        const port = Number(value);
        if (!value || !/^\d+$/.test(value) || port > 65535) {
          throw new WebArgumentError(
            `--port needs a number from 0 to 65535 (0 picks a free port), not "${value ?? ''}"`,
          );
        }
        result.port = port;
        break;
      }
      default:
        throw new WebArgumentError(`Unknown option "${flag}". ${webUsage}`);
    }
  }
  return result;
}
