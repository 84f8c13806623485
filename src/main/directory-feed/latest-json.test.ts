import { describe, expect, it } from 'vitest';
import { parseLatestJson } from './latest-json';

const sha256 = 'ab'.repeat(32);

describe("the update feed's latest.json", () => {
  it('puts the signature beside the pack unless it names one', () => {
    expect(parseLatestJson(JSON.stringify({ version: '2026.11.30', url: 'pack.json', sha256 }))).toEqual({
      version: '2026.11.30',
      url: 'pack.json',
      sha256,
      signatureUrl: 'pack.json.sig',
    });
    const named = { version: '2026.11.30.2', url: 'pack.json', sha256, signatureUrl: 'sigs/pack.sig' };
    expect(parseLatestJson(JSON.stringify(named)).signatureUrl).toBe('sigs/pack.sig');
  });

  it('reads a SHA-256 in capitals as the same fingerprint', () => {
    const text = JSON.stringify({ version: '2026.11.30', url: 'pack.json', sha256: sha256.toUpperCase() });
    expect(parseLatestJson(text).sha256).toBe(sha256);
  });

  it('says where each problem is', () => {
    expect(() => parseLatestJson(JSON.stringify({ url: 'pack.json', sha256: `${sha256}00` }))).toThrow(
      expect.objectContaining({
        reason: 'bad-latest',
        problems: [expect.stringMatching(/^version: /), 'sha256: a SHA-256 is 64 hexadecimal digits'],
      }),
    );
  });
});
