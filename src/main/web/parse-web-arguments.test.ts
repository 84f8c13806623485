import { describe, expect, it } from 'vitest';
import { parseWebArguments } from './parse-web-arguments';

describe('npm run web arguments', () => {
  it('reads --data-dir and --port, in either spelling', () => {
    expect(parseWebArguments([])).toEqual({ port: 0 });
    expect(parseWebArguments(['--data-dir', '/tmp/d', '--port', '4173'])).toEqual({
      dataDir: '/tmp/d',
      port: 4173,
    });
    expect(parseWebArguments(['--port=8080', '--data-dir=./x'])).toEqual({ dataDir: './x', port: 8080 });
  });

  it.each([
    [['--port', 'http'], /--port needs a number/],
    [['--port', '70000'], /--port needs a number/],
    [['--port'], /--port needs a number/],
    [['--data-dir'], /--data-dir needs a folder/],
    [['--host', '0.0.0.0'], /Unknown option "--host"/],
  ])('refuses %j with a sentence that says what to fix', (argv, message) => {
    expect(() => parseWebArguments(argv)).toThrow(message);
  });
});
