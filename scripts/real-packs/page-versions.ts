import type { ContactValue, PackEntry, PageSource } from '../../src/shared/directory-pack';

/**
 * What each later copy of the plan's provider-support page says, as changes to the pack before
 * it. The seed page (careoregon-support-1) is the base: resources/packs/directory-pack-2026.11.23.json.
 * Each version is a real page copy kept in resources/sources/<source id>.txt; the order is the
 * order their content shows (see resources/sources/README.md). Every fact here is on its page;
 * the purpose and note texts are ours.
 */

export interface PageVersion {
  packVersion: string;
  source: PageSource;
  changes: PackChange[];
}

type ValueWithoutSeen = ContactValue extends infer V
  ? V extends ContactValue
    ? Omit<V, 'seen'>
    : never
  : never;

export type PackChange =
  /** The page shows these values again: their `seen` moves to this page. */
  | { kind: 'seen-again'; key: string; match: (value: ContactValue) => boolean }
  /** The page replaces a value (a new mailbox) or withdraws it (the route became a web form). */
  | {
      kind: 'replace';
      key: string;
      match: (value: ContactValue) => boolean;
      by: ValueWithoutSeen;
      replacement: string;
    }
  /** The page names the same thing differently (a form renamed): the old name is not history. */
  | { kind: 'rename'; key: string; match: (value: ContactValue) => boolean; by: ValueWithoutSeen }
  | { kind: 'describe'; key: string; fields: Partial<Pick<PackEntry, 'title' | 'purpose' | 'notes'>> }
  | { kind: 'drop-checklist'; key: string }
  | { kind: 'add-entry'; after: string; entry: Omit<PackEntry, 'values'> & { values: ValueWithoutSeen[] } };

/** A later copy of a provider-support page: undated, like every version, and captured on 2026-11-30. */
const supportPage = (plan: 'CareOregon' | 'CareOregon Advantage', id: string, url: string): PageSource => ({
  id,
  title: `${plan} provider support page`,
  url,
  publishedOn: null,
  capturedOn: '2026-11-30',
});

const any = () => true;
const isKind = (kind: ContactValue['kind']) => (value: ContactValue) => value.kind === kind;
const isNumber = (digits: string) => (value: ContactValue) =>
  (value.kind === 'phone' || value.kind === 'fax') && value.number.replace(/\D/g, '').endsWith(digits);

export const pageVersions: PageVersion[] = [
  {
    packVersion: '2026.11.30',
    source: supportPage('CareOregon', 'careoregon-support-2', 'https://careoregon.org/providers/support'),
    changes: [
      { kind: 'seen-again', key: 'customer-service.provider', match: any },
      { kind: 'seen-again', key: 'care-management.fax', match: any },
      { kind: 'seen-again', key: 'clinic.alerts-email', match: any },
      // The same mailbox, now written in lower case: the page's newest spelling is shown.
      {
        kind: 'rename',
        key: 'clinic.updates-email',
        match: isKind('email'),
        by: { kind: 'email', label: 'Clinic updates', address: 'providerupdates@careoregon.org' },
      },
      { kind: 'seen-again', key: 'provider-relations.specialists', match: any },
      { kind: 'seen-again', key: 'contracting.becoming-a-provider', match: any },
      {
        kind: 'describe',
        key: 'contracting.becoming-a-provider',
        fields: {
          purpose:
            'Questions about joining the plan’s provider panel, or about asking to be considered for a contract. CareOregon provides plan services to three Coordinated Care Organizations (CCO) and offers a Medicare Advantage plan.',
          notes: [
            'Review the credentialing requirements first; the page says they are in the CareOregon Provider Manual.',
            'You may also ask with the plan’s New Contract Requests form; see Contract requests.',
          ],
        },
      },
      {
        kind: 'replace',
        key: 'contracting.requests',
        match: isKind('email'),
        by: { kind: 'web', label: 'New Contract Requests form', url: null },
        replacement: 'the New Contract Requests form on the plan’s web site',
      },
      {
        kind: 'describe',
        key: 'contracting.requests',
        fields: {
          title: 'Contract requests',
          purpose:
            'Ask to be considered for a contract on the plan’s New Contract Requests form. The page names the form but our copy does not give its address.',
          notes: ['The plan asks that every field that applies to you be filled in.'],
        },
      },
      { kind: 'drop-checklist', key: 'contracting.requests' },
      {
        kind: 'rename',
        key: 'contracting.credentialing-requirements',
        match: isKind('document'),
        by: { kind: 'document', label: 'CareOregon Provider Manual (credentialing requirements)', url: null },
      },
    ],
  },
  {
    packVersion: '2026.11.30.1',
    source: supportPage('CareOregon', 'careoregon-support-3', 'https://www.careoregon.org/providers/support'),
    changes: [
      { kind: 'seen-again', key: 'customer-service.provider', match: any },
      { kind: 'seen-again', key: 'clinic.alerts-email', match: any },
      {
        kind: 'replace',
        key: 'clinic.updates-email',
        match: isKind('email'),
        by: { kind: 'email', label: 'Clinic updates', address: 'ProviderDataUpdates@careoregon.org' },
        replacement: 'ProviderDataUpdates@careoregon.org',
      },
      {
        kind: 'describe',
        key: 'clinic.updates-email',
        fields: { purpose: 'Send changes to your clinic’s, facility’s or other demographic information.' },
      },
      { kind: 'seen-again', key: 'provider-relations.specialists', match: any },
      {
        kind: 'rename',
        key: 'contracting.requests',
        match: isKind('web'),
        by: { kind: 'web', label: 'Contract Requests form', url: null },
      },
      {
        kind: 'describe',
        key: 'contracting.requests',
        fields: {
          purpose:
            'If you meet the credentialing requirements and want to be considered for a contract, or have questions, complete the plan’s Contract Requests form. The page names the form but our copy does not give its address.',
          notes: [],
        },
      },
      {
        kind: 'rename',
        key: 'contracting.credentialing-requirements',
        match: isKind('document'),
        by: {
          kind: 'document',
          label: 'CareOregon provider manuals (credentialing requirements)',
          url: null,
        },
      },
      {
        kind: 'describe',
        key: 'contracting.becoming-a-provider',
        fields: {
          purpose:
            'Questions about joining the plan’s provider panel. CareOregon administers plan services for three Coordinated Care Organizations (CCO) and a Medicare Advantage plan (D-SNP).',
          notes: [
            'Review the credentialing requirements first; the page says they are in the provider manuals.',
            'To ask for a contract, use the plan’s Contract Requests form; see Contract requests.',
          ],
        },
      },
    ],
  },
  {
    packVersion: '2026.11.30.2',
    source: supportPage(
      'CareOregon Advantage',
      'careoregon-advantage-support-4',
      'https://careoregonadvantage.org/providers/support',
    ),
    changes: [
      {
        kind: 'add-entry',
        after: 'claims.filing-and-pricing',
        entry: {
          key: 'payments.epayment-center',
          title: 'CareOregon ePayment Center (Zelis)',
          topic: 'Claims',
          purpose:
            'Enroll for payment by ACH direct deposit, at no cost. The ePayment Center is administered by Zelis for CareOregon.',
          values: [{ kind: 'phone', label: 'ePayment Center customer service', number: '855-774-4392' }],
          notes: ['Our copy of the page ends just after this number; it may name another way to reach them.'],
          keywords: [
            'epayment',
            'zelis',
            'ach',
            'direct deposit',
            'eft',
            'electronic funds transfer',
            'payment',
          ],
          section: 'Submitting claims and receiving payment',
        },
      },
    ],
  },
  {
    packVersion: '2026.11.30.3',
    source: supportPage(
      'CareOregon Advantage',
      'careoregon-advantage-support-5',
      'https://www.careoregonadvantage.org/providers/support',
    ),
    changes: [
      { kind: 'seen-again', key: 'compliance.ethics-point', match: isNumber('8883316524') },
      {
        kind: 'describe',
        key: 'compliance.ethics-point',
        fields: {
          notes: [
            'The plan’s page gives the site as www.ethicspoint.com.',
            'Report any case of fraud, waste or abuse within three days of finding it (CareOregon Advantage’s page).',
          ],
        },
      },
    ],
  },
];
