import { describe, expect, it } from 'vitest';
import { parseWebArguments } from './parse-web-arguments';

describe('npm run web arguments', () => {
  it('reads --data-dir and --port, in either spelling', () => {
    expect(parseWebArguments([])).toEqual({ port: 0, open: false });
    expect(parseWebArguments(['--data-dir', '/tmp/d', '--port', '4173'])).toEqual({
      dataDir: '/tmp/d',
      port: 4173,
      open: false,
    });
    expect(parseWebArguments(['--port=8080', '--data-dir=./x'])).toEqual({
      dataDir: './x',
      port: 8080,
      open: false,
    });
  });

  it('reads --directory, the directory.db to open instead of the built one', () => {
    expect(parseWebArguments(['--directory', './newer/directory.db'])).toEqual({
      directory: './newer/directory.db',
      port: 0,
      open: false,
    });
    expect(parseWebArguments(['--directory=/tmp/directory.db'])).toMatchObject({
      directory: '/tmp/directory.db',
    });
  });

  it('reads --open as a switch that takes no value', () => {
    expect(parseWebArguments(['--open', '--port', '4173'])).toEqual({ port: 4173, open: true });
    expect(parseWebArguments(['--data-dir', '/tmp/d', '--open'])).toEqual({
      dataDir: '/tmp/d',
      port: 0,
      open: true,
    });
  });

  it.each([
    [['--port', 'http'], /--port needs a number/],
    [['--port', '70000'], /--port needs a number/],
    [['--port'], /--port needs a number/],
    [['--data-dir'], /--data-dir needs a folder/],
    [['--directory'], /--directory needs a directory.db file/],
    [['--host', '0.0.0.0'], /Unknown option "--host"/],
    [['--open=yes'], /Unknown option "--open=yes"/],
  ])('refuses %j with a sentence that says what to fix', (argv, message) => {
    expect(() => parseWebArguments(argv)).toThrow(message);
  });
});
