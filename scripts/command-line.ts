import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DeskError } from '../src/shared/desk-error';

/**
 * Runs a command a publisher types. A DeskError is theirs to fix, so it prints as one line and
 * exits 2; anything else is a bug and keeps its stack trace.
 */
export function runCommand(command: () => void): void {
  try {
    command();
  } catch (error) {
    if (!(error instanceof DeskError)) throw error;
    console.error(error.message);
    process.exitCode = 2;
  }
}

/** The command's options and positionals; anything off answers with the usage line. */
export function parseCommandLine<Options extends NonNullable<ParseArgsConfig['options']>>(
  usage: string,
  options: Options,
) {
  try {
    return parseArgs({ args: process.argv.slice(2), options, allowPositionals: true, strict: true });
  } catch {
    throw new DeskError('invalid-input', usage);
  }
}
