import { spawn } from 'node:child_process';

interface Opener {
  command: string;
  args: string[];
}

/** The command each system uses to hand an address to the user's default browser. */
export function browserOpener(platform: NodeJS.Platform, url: string): Opener {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` takes its first quoted argument as a window title, and cmd reads & as "and then".
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url.replace(/&/g, '^&')] };
  return { command: 'xdg-open', args: [url] };
}

/**
 * Opens the address in the default browser where the system has one. The address is printed
 * either way, so a machine without an opener (a server, a test) is not an error: the promise
 * only says whether the opener started.
 */
export function openInBrowser(
  url: string,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  const { command, args } = browserOpener(platform, url);
  return new Promise((resolve) => {
    // Detached, so Ctrl+C on browser mode does not close the browser it opened.
    const opener = spawn(command, args, {
      env,
      detached: true,
      stdio: 'ignore',
      windowsHide: true,
      windowsVerbatimArguments: platform === 'win32',
    });
    opener.once('spawn', () => resolve(true));
    opener.once('error', () => resolve(false));
    opener.unref();
  });
}
