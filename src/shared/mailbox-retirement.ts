import { z } from 'zod';

/**
 * A mailbox a directory update retired. The update finds these by comparing its directory with
 * the one before; the outbox holds what was addressed to `address` until a person sends it to
 * `replacement` (null when the update names no new mailbox) or cancels it.
 */
export const mailboxRetirementSchema = z
  .object({
    address: z.email(),
    replacement: z.email().nullable(),
    /** The directory update's own date, YYYY-MM-DD: the day the page names. */
    updateDate: z.iso.date(),
  })
  .refine(
    ({ address, replacement }) => replacement?.toLowerCase() !== address.toLowerCase(),
    'A mailbox cannot be retired in favour of itself.',
  );

export type MailboxRetirement = z.infer<typeof mailboxRetirementSchema>;
