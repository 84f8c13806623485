import { z } from 'zod';
import type { ClinicProfile } from '../clinic-profile';

/** A profile field a form field starts from, and can be saved back to. */
export type ProfileTextField = Exclude<keyof ClinicProfile, 'providers'>;

/**
 * The plan's forms, described as data: sections of fields with the rule each field follows.
 * One checker, one message renderer and one page component serve every form, so a new form
 * is a new description, not new code.
 */

/** A single-line or multi-line value with its rule. */
export type SimpleKind =
  | 'text'
  | 'long-text'
  | 'email'
  | 'phone'
  | 'fax'
  | 'npi'
  | 'tin'
  | 'dmap'
  | 'state'
  | 'zip'
  | 'date'
  | 'money';

interface FieldBase {
  name: string;
  label: string;
  hint?: string;
  /** Required unless said otherwise. */
  optional?: boolean;
  /** Shown, checked and sent only while another field's choices include a value. */
  showWhen?: { field: string; includes: string };
}

export interface SimpleField extends FieldBase {
  kind: SimpleKind;
  fromProfile?: ProfileTextField;
  /**
   * Starts from the profile but is not the same thing: a provider's name or NPI may stand where
   * the clinic's would, so a new value is never offered back to the profile.
   */
  prefillOnly?: true;
  /** For dates: what the date may not be. */
  dateRules?: { notInFuture?: boolean; maxYearsInPast?: number; maxYearsInFuture?: number };
}

/** Street, city, state and ZIP, sent as one line. */
export interface AddressField extends FieldBase {
  kind: 'address';
  /** Starts from the clinic's address in the profile. */
  fromProfile?: true;
}

export interface ChoicesField extends FieldBase {
  kind: 'choices';
  options: readonly { value: string; label: string }[];
}

/** A repeating group: one row per person, address or provider. */
export interface RowsField extends FieldBase {
  kind: 'rows';
  rowLabel: string;
  fields: readonly SimpleField[];
  minRows: number;
  maxRows: number;
  /** The first row a new form starts with, field by field from the profile. */
  firstRowFromProfile?: Record<string, ProfileTextField>;
}

export type FieldSpec = SimpleField | AddressField | ChoicesField | RowsField;

export type FormId =
  'new-contract-request' | 'clinic-update' | 'alert-registration' | 'claims-inquiry' | 'message';

export interface FormSpec {
  id: FormId;
  title: string;
  /** One or two sentences that say when to use the form. */
  intro: string;
  /**
   * The directory entry that receives it (its e-mail box, or the web form that replaced it; see
   * form-route.ts), so a newer pack can move it: fixed for a form, or named by one of its fields
   * for a message written to any box.
   */
  recipient: { entryKey: string } | { entryKeyField: string };
  /** A letter, not a form: the body is this field's text, as written, then the signature. */
  letterField?: string;
  /** Carries protected health information: it may only leave over a secure transport. */
  containsPhi: boolean;
  sections: readonly { title: string; fields: readonly FieldSpec[] }[];
  /** The subject line, from checked values; it never contains PHI. */
  subject(values: FormValues): string;
}

/**
 * What a form holds while it is typed: text as typed, chosen options, address parts, rows.
 * Drafts store exactly this, so a reload brings back every character.
 */
const fieldText = z.string().max(5_000);
export const formValueSchema = z.union([
  fieldText,
  z.array(z.string().max(100)).max(50),
  z.record(z.string().max(40), fieldText),
  z.array(z.record(z.string().max(40), fieldText)).max(50),
]);
export const formValuesSchema = z.record(z.string().max(60), formValueSchema);

export type FormValue = z.infer<typeof formValueSchema>;
export type FormValues = z.infer<typeof formValuesSchema>;
export type FormRow = Record<string, string>;

/** The parts of an address field, in the order they are typed and sent. */
export const addressFields: readonly SimpleField[] = [
  { name: 'street', label: 'Street', kind: 'text' },
  { name: 'city', label: 'City', kind: 'text' },
  { name: 'state', label: 'State', kind: 'state' },
  { name: 'zip', label: 'ZIP code', kind: 'zip' },
];

export function textOf(values: FormValues, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value : '';
}

export function choicesOf(values: FormValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function recordOf(values: FormValues, name: string): FormRow {
  const value = values[name];
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

export function rowsOf(values: FormValues, name: string): FormRow[] {
  const value = values[name];
  return Array.isArray(value)
    ? value.filter((row): row is FormRow => typeof row === 'object' && row !== null)
    : [];
}

export function isShown(field: FieldSpec, values: FormValues): boolean {
  return !field.showWhen || choicesOf(values, field.showWhen.field).includes(field.showWhen.includes);
}

/** The directory key of the box a form's values are addressed to. */
export function recipientKey(spec: FormSpec, values: FormValues): string {
  return 'entryKey' in spec.recipient
    ? spec.recipient.entryKey
    : textOf(values, spec.recipient.entryKeyField);
}
