import { z } from 'zod';
import { isPackVersion, packVersionRule } from '../../shared/pack-version';
import { badLatest } from './feed-error';

/**
 * The feed's latest.json: the newest pack's version, its address (relative to latest.json or
 * absolute) and its SHA-256. The detached signature sits beside the pack, at the pack's address
 * plus `.sig`, unless the feed names it; a feed whose pack address carries a query string (a
 * signed CDN link) names it.
 */
const latestJsonSchema = z
  .strictObject({
    version: z.string().refine(isPackVersion, packVersionRule),
    url: z.string().min(1, 'the pack address is empty'),
    sha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'a SHA-256 is 64 hexadecimal digits')
      .transform((hex) => hex.toLowerCase()),
    signatureUrl: z.string().min(1, 'the signature address is empty').optional(),
  })
  .transform(({ signatureUrl, ...latest }) => ({
    ...latest,
    signatureUrl: signatureUrl ?? `${latest.url}.sig`,
  }));

export type LatestJson = z.output<typeof latestJsonSchema>;

/** Every problem is listed by its place in the file, so whoever runs the feed knows what to fix. */
export function parseLatestJson(text: string): LatestJson {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw badLatest(['it is not JSON'], cause);
  }
  const parsed = latestJsonSchema.safeParse(raw);
  if (!parsed.success) {
    throw badLatest(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'the file'}: ${issue.message}`),
    );
  }
  return parsed.data;
}
