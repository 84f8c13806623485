/** A mailbox a directory update took away, and the one that replaces it, if the entry names one. */
export interface MailboxRetirement {
  address: string;
  replacement: string | null;
  /** YYYY-MM-DD: the day of the directory update that retired it. */
  updateDate: string;
}
