import { directoryPackSchema, type DirectoryPack } from '../../shared/directory-pack';
import { maxPackBytes } from '../../shared/directory-update';
import { compareVersions } from '../../shared/pack-version';
import { PackRefusedError } from './pack-refused-error';
import { verifyPackSignature } from './pack-signature';
import type { TrustedKey } from './trusted-keys';

export interface PackCheckContext {
  keys: TrustedKey[];
  /** The plan of the directory in use: a pack for another plan is refused. */
  plan: string;
  /** The version in use: only a newer pack is taken. */
  versionInUse: string;
}

const nothingChanged = 'Nothing was changed.';
const mostProblemsListed = 8;

/**
 * Every check a directory pack passes before anything is written, whether it came from a file
 * or a feed: size, signature, format, plan, and version. The first that fails refuses it with
 * a sentence saying what is wrong.
 */
export function checkPack(bytes: Buffer, signatureText: string, context: PackCheckContext): DirectoryPack {
  if (bytes.length > maxPackBytes) {
    throw new PackRefusedError(
      'too-large',
      `This directory file is larger than ${maxPackBytes / 1024 / 1024} MB, more than any directory pack should be. ${nothingChanged}`,
    );
  }
  if (signatureText.trim() === '') {
    throw new PackRefusedError(
      'no-signature',
      `This directory file came without its signature (the .sig file beside it). Choose both files together. ${nothingChanged}`,
    );
  }
  verifyPackSignature(bytes, signatureText, context.keys);
  const pack = parsePack(bytes);
  if (pack.plan !== context.plan) {
    throw new PackRefusedError(
      'wrong-plan',
      `This directory file is for ${pack.plan}, but this desk works with ${context.plan}. ${nothingChanged}`,
    );
  }
  if (compareVersions(pack.packVersion, context.versionInUse) <= 0) {
    throw new PackRefusedError(
      'not-newer',
      `This directory file is version ${pack.packVersion}, and the directory in use is already ${context.versionInUse}. Only a newer directory replaces it. ${nothingChanged}`,
    );
  }
  return pack;
}

function parsePack(bytes: Buffer): DirectoryPack {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new PackRefusedError(
      'schema',
      `This directory file is signed but is not a directory pack (it is not JSON). ${nothingChanged}`,
    );
  }
  const parsed = directoryPackSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .slice(0, mostProblemsListed)
    .map((issue) => `${issue.path.join('.') || 'the file'}: ${issue.message}`);
  const more = parsed.error.issues.length - problems.length;
  throw new PackRefusedError(
    'schema',
    `This directory file is signed but has mistakes, so it was not used. ${nothingChanged} Its publisher should fix: ${problems.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`,
  );
}
