import { createServer } from 'node:http';

export interface EmptyMirror {
  url: string;
  /** The paths asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A download server on 127.0.0.1 that has nothing (404 for everything): what Electron's and
 * better-sqlite3's downloaders meet where no download is possible, without a test ever reaching
 * the internet or writing a real download into node_modules.
 */
export async function startEmptyMirror(): Promise<EmptyMirror> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(404).end('Not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the mirror has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
