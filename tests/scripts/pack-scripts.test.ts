import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPackSignature } from '../../src/main/directory-updates/pack-signature';
import { loadTrustedKeys } from '../../src/main/directory-updates/trusted-keys';
import { throwawayKeyPair, trustedKeyOf, useTempFolders, writePackAndKey } from '../support/signing-fixtures';

const projectDir = resolve(__dirname, '../..');
const tsx = join(projectDir, 'node_modules/tsx/dist/cli.mjs');
const tempFolder = useTempFolders('pack-scripts');

/** Runs a script as `npm run pack:…` does (tsx), in a process of its own, and waits for it to end. */
function run(script: 'sign-pack' | 'pack-keygen', ...args: string[]) {
  const child = spawnSync(process.execPath, [tsx, join(projectDir, 'scripts', `${script}.ts`), ...args], {
    cwd: projectDir,
    encoding: 'utf8',
  });
  return { status: child.status, stdout: lines(child.stdout), stderr: lines(child.stderr) };
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

describe('npm run pack:sign', () => {
  it('writes PACK.sig that the app accepts and says so in one line with the fingerprint', () => {
    const publisher = throwawayKeyPair();
    const trusted = trustedKeyOf(publisher, 'publisher.pem');
    const { packPath, keyPath } = writePackAndKey(tempFolder(), publisher.privatePem);

    const result = run('sign-pack', packPath, '--key', keyPath);

    expect(result).toEqual({
      status: 0,
      stdout: [`Wrote ${packPath}.sig, signed with key ${trusted.fingerprint} and verified.`],
      stderr: [],
    });
    const signature = readFileSync(`${packPath}.sig`, 'utf8');
    expect(verifyPackSignature(readFileSync(packPath), signature, [trusted]).fingerprint).toBe(
      trusted.fingerprint,
    );
  });

  it('refuses a key file that is not an Ed25519 private key with one line and exit code 2', () => {
    const { packPath, keyPath } = writePackAndKey(tempFolder(), throwawayKeyPair('rsa').privatePem);
    const result = run('sign-pack', packPath, '--key', keyPath);
    expect(result.status).toBe(2);
    expect(result.stderr).toEqual([expect.stringContaining(`${keyPath} is not an Ed25519 private key`)]);
    expect(existsSync(`${packPath}.sig`)).toBe(false);
  });

  it('answers missing arguments with the usage line, and an unreadable pack with its name', () => {
    const usage = 'Usage: npm run pack:sign -- PACK --key PRIVATE.pem';
    expect(run('sign-pack')).toEqual({ status: 2, stdout: [], stderr: [usage] });
    const { packPath, keyPath } = writePackAndKey(tempFolder(), throwawayKeyPair().privatePem);
    expect(run('sign-pack', packPath)).toEqual({ status: 2, stdout: [], stderr: [usage] });
    const missing = `${packPath}.missing`;
    expect(run('sign-pack', missing, '--key', keyPath)).toEqual({
      status: 2,
      stdout: [],
      stderr: [`Cannot read the directory pack ${missing} (ENOENT).`],
    });
  });
});

describe('npm run pack:keygen', () => {
  it('writes a key pair the app can trust, and refuses to overwrite it', () => {
    const folder = join(tempFolder(), 'keys');
    const made = run('pack-keygen', '--out', folder);
    expect(made.status).toBe(0);
    const printed = /key fingerprint ([0-9a-f]{16})\.$/.exec(made.stdout.join('\n'))?.[1];
    expect(made.stdout).toEqual([
      expect.stringContaining(`${join(folder, 'publisher-private.pem')} (secret`),
    ]);
    expect(loadTrustedKeys([folder]).keys.map((key) => key.fingerprint)).toEqual([printed]);
    const publicKeyBefore = readFileSync(join(folder, 'publisher-public.pem'), 'utf8');

    const again = run('pack-keygen', '--out', folder);

    expect(again.status).toBe(2);
    expect(again.stderr).toEqual([expect.stringContaining('a key is never overwritten')]);
    expect(readFileSync(join(folder, 'publisher-public.pem'), 'utf8')).toBe(publicKeyBefore);
  });
});
