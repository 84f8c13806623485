import type { ContactValue, PackEntry } from '../../shared/directory-pack';
import { plainValue } from '../../shared/directory-freshness';
import { nationalNumber } from '../../shared/phone-number';
import type { DirectoryChanges, ValueChange } from '../../shared/directory-update';
import type { MailboxRetirement } from '../../shared/mailbox-retirement';

type ComparedEntry = Pick<PackEntry, 'key' | 'title' | 'values'>;

/** What makes two values the same contact point: kind and address or number, never its date. */
function identity(value: ContactValue): string {
  switch (value.kind) {
    case 'email':
      return `email:${value.address.toLowerCase()}`;
    case 'phone':
    case 'fax':
      return `${value.kind}:${nationalNumber(value.number)}`;
    case 'postal':
      return `postal:${value.lines.join('|').toLowerCase()}`;
    case 'payer-id':
      return `payer-id:${value.id}`;
    case 'web':
    case 'document':
      return `${value.kind}:${value.url ?? value.label.toLowerCase()}`;
  }
}

const kindNames: Record<ContactValue['kind'], string> = {
  phone: 'phone number',
  fax: 'fax number',
  email: 'e-mail box',
  postal: 'mailing address',
  web: 'web page',
  document: 'document',
  'payer-id': 'payer ID',
};

const withArticle = (kind: ContactValue['kind']) => `${kind === 'email' ? 'an' : 'a'} ${kindNames[kind]}`;

function describeChange(old: ContactValue | null, now: ContactValue | null): ValueChange {
  const from = old ? plainValue(old) : null;
  const to = now ? plainValue(now) : null;
  const label = (now ?? old)!.label;
  let summary: string;
  if (old && now && old.kind === now.kind) {
    summary =
      old.kind === 'email'
        ? `The mailbox moved: ${from} → ${to}.`
        : `The ${kindNames[old.kind]} changed: ${from} → ${to}.`;
  } else if (old && now) {
    summary = `Now ${withArticle(now.kind)} instead of ${withArticle(old.kind)}: ${from} → ${to}.`;
  } else if (now) {
    summary = `New ${kindNames[now.kind]}: ${to}.`;
  } else {
    summary = `No longer listed: ${from}.`;
  }
  return { label, from, to, summary };
}

/** Pairs what went with what came: same kind first, then whatever is left, in the page's order. */
function valueChanges(
  before: ContactValue[],
  after: ContactValue[],
): { changes: ValueChange[]; same: number } {
  const afterIds = new Set(after.map(identity));
  const beforeIds = new Set(before.map(identity));
  const gone = before.filter((value) => !afterIds.has(identity(value)));
  const came = after.filter((value) => !beforeIds.has(identity(value)));
  const changes: ValueChange[] = [];
  for (const old of gone) {
    const sameKind = came.findIndex((value) => value.kind === old.kind);
    const pick = sameKind >= 0 ? sameKind : came.length > 0 && gone.length === 1 ? 0 : -1;
    const [now] = pick >= 0 ? came.splice(pick, 1) : [null];
    changes.push(describeChange(old, now ?? null));
  }
  for (const now of came) changes.push(describeChange(null, now));
  const reconfirmed = after.filter((value) => {
    const earlier = before.find((old) => identity(old) === identity(value));
    return earlier !== undefined && earlier.seen.on !== value.seen.on;
  }).length;
  return { changes, same: reconfirmed };
}

/** The difference between the directory in use and a new one, entry by entry, by key. */
export function compareDirectories(before: ComparedEntry[], after: ComparedEntry[]): DirectoryChanges {
  const beforeByKey = new Map(before.map((entry) => [entry.key, entry]));
  const afterKeys = new Set(after.map((entry) => entry.key));
  const result: DirectoryChanges = { added: [], removed: [], changed: [], reconfirmed: 0 };
  for (const entry of after) {
    const old = beforeByKey.get(entry.key);
    if (!old) {
      result.added.push({ key: entry.key, title: entry.title });
      continue;
    }
    const { changes, same } = valueChanges(old.values, entry.values);
    result.reconfirmed += same;
    if (changes.length > 0) result.changed.push({ key: entry.key, title: entry.title, values: changes });
  }
  for (const entry of before) {
    if (!afterKeys.has(entry.key)) result.removed.push({ key: entry.key, title: entry.title });
  }
  return result;
}

/**
 * The mailboxes an update takes away, each with the box that replaces it in the same entry (or
 * none), so the outbox can hold what was queued to them.
 */
export function retiredMailboxes(
  before: ComparedEntry[],
  after: ComparedEntry[],
  updateDate: string,
): MailboxRetirement[] {
  const stillListed = new Set(
    after.flatMap((entry) =>
      entry.values.flatMap((v) => (v.kind === 'email' ? [v.address.toLowerCase()] : [])),
    ),
  );
  const afterByKey = new Map(after.map((entry) => [entry.key, entry]));
  const retirements: MailboxRetirement[] = [];
  for (const entry of before) {
    for (const value of entry.values) {
      if (value.kind !== 'email' || stillListed.has(value.address.toLowerCase())) continue;
      const replacement = afterByKey.get(entry.key)?.values.find((v) => v.kind === 'email');
      retirements.push({
        address: value.address,
        replacement: replacement?.kind === 'email' ? replacement.address : null,
        updateDate,
      });
    }
  }
  return retirements;
}
