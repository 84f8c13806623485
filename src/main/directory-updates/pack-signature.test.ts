import { describe, expect, it } from 'vitest';
import { throwawayKeyPair, trustedKeyOf } from '../../../tests/support/signing-fixtures';
import { PackRefusedError, type PackRefusalReason } from './pack-refused-error';
import { verifyPackSignature } from './pack-signature';
import { signPackBytes } from './pack-signing';
import { formatSignatureFile } from './signature-file';

const pack = Buffer.from('{"packVersion":"2025-06-01","entries":[]}\n');
const first = throwawayKeyPair();
const second = throwawayKeyPair();
const third = throwawayKeyPair();
const stranger = throwawayKeyPair();
const firstKey = trustedKeyOf(first, 'first.pem');
const secondKey = trustedKeyOf(second, 'second.pem');
const trusted = [firstKey, secondKey, trustedKeyOf(third, 'third.pem')];
const strangerKey = trustedKeyOf(stranger, 'stranger.pem');

/** The .sig text `pack:sign` writes: the signature, then the fingerprint of the key that made it. */
function sigFile(bytes: Buffer, signer = second, fingerprint = trustedKeyOf(signer, '').fingerprint): string {
  return formatSignatureFile(signPackBytes(bytes, signer.privatePem), fingerprint);
}

function refusalOf(verifying: () => unknown, reason: PackRefusalReason): PackRefusedError {
  try {
    verifying();
  } catch (error) {
    expect(error).toBeInstanceOf(PackRefusedError);
    const refusal = error as PackRefusedError;
    expect(refusal.reason).toBe(reason);
    expect(refusal.code).toBe('invalid-input');
    expect(refusal.message).toContain('Nothing was changed');
    return refusal;
  }
  throw new Error('the pack was accepted');
}

describe('verifyPackSignature', () => {
  it('accepts a pack signed by one of several trusted keys and says which one', () => {
    const signer = verifyPackSignature(pack, sigFile(pack), trusted);
    expect(signer.name).toBe('second.pem');
    expect(signer.fingerprint).toBe(secondKey.fingerprint);
  });

  it('accepts a bare signature line, and one with CRLF line ends and spaces around it', () => {
    expect(verifyPackSignature(pack, signPackBytes(pack, third.privatePem), trusted).name).toBe('third.pem');
    const windowsStyle = `  ${sigFile(pack).replace(/\n/g, '\r\n')}\r\n`;
    expect(verifyPackSignature(pack, windowsStyle, trusted).name).toBe('second.pem');
  });

  it('decides by the signature alone: a fingerprint line naming another key changes nothing', () => {
    const misnamed = sigFile(pack, second, firstKey.fingerprint);
    expect(verifyPackSignature(pack, misnamed, trusted).name).toBe('second.pem');
    const claimsTrusted = sigFile(pack, stranger, firstKey.fingerprint);
    refusalOf(() => verifyPackSignature(pack, claimsTrusted, trusted), 'bad-signature');
  });

  it('refuses a pack with one byte changed after signing', () => {
    const signature = sigFile(pack);
    const changed = Buffer.from(pack);
    changed[10] = changed[10]! ^ 0x01;
    const refusal = refusalOf(() => verifyPackSignature(changed, signature, trusted), 'bad-signature');
    expect(refusal.message).toContain('does not match its contents');
  });

  it("refuses another file's signature", () => {
    const otherSignature = sigFile(Buffer.from('{"packVersion":"2024-01-01","entries":[]}\n'));
    refusalOf(() => verifyPackSignature(pack, otherSignature, trusted), 'bad-signature');
  });

  it('refuses a pack from a publisher this computer does not trust, naming its key and the way to add one', () => {
    const refusal = refusalOf(
      () => verifyPackSignature(pack, sigFile(pack, stranger), trusted),
      'unknown-key',
    );
    expect(refusal.message).toContain(strangerKey.fingerprint);
    expect(refusal.message).toContain('trusted-keys folder');
  });

  it('refuses a bare signature that no trusted key made, naming both possible causes', () => {
    const bare = signPackBytes(pack, stranger.privatePem);
    const refusal = refusalOf(() => verifyPackSignature(pack, bare, trusted), 'bad-signature');
    expect(refusal.message).toContain('does not trust');
  });

  it.each([
    ['empty', ''],
    ['only white space', ' \n\t\n'],
    ['garbage', 'this is not a signature'],
    ['base64 of 63 bytes', Buffer.alloc(63, 7).toString('base64')],
    ['base64 of 65 bytes', Buffer.alloc(65, 7).toString('base64')],
    ['a signature with junk inside', signPackBytes(pack, second.privatePem).replace(/^(.{20})/, '$1!?')],
    ['a signature followed by other text', `${signPackBytes(pack, second.privatePem)}\nsigned by Bob\n`],
  ])('refuses a .sig that is %s as not a signature', (_name, text) => {
    const refusal = refusalOf(() => verifyPackSignature(pack, text, trusted), 'bad-signature');
    expect(refusal.message).toContain('is not a signature');
  });

  it('refuses every pack while no key is trusted', () => {
    const refusal = refusalOf(() => verifyPackSignature(pack, sigFile(pack), []), 'no-trusted-keys');
    expect(refusal.message).toContain('trusted-keys folder');
  });
});
