import type { ClinicProfile } from '../clinic-profile';
import { formatMoney } from '../validation/money';
import { formatStoredPhone } from '../validation/phone';
import { formatTin } from '../validation/tin';
import {
  choicesOf,
  isShown,
  recordOf,
  rowsOf,
  textOf,
  type FieldSpec,
  type FormRow,
  type FormSpec,
  type FormValues,
  type RowsField,
  type SimpleField,
} from './form-spec';

/**
 * The plain-text body a person at the plan reads at a glance: the form's title, each field with
 * its label in the plan's order, and the clinic's signature. Values are the checked ones.
 */
export function renderFormBody(spec: FormSpec, values: FormValues, profile: ClinicProfile | null): string {
  const signature = clinicSignature(profile);
  if (spec.letterField) {
    const letter = textOf(values, spec.letterField).replace(/\r\n?/g, '\n').trimEnd();
    return `${[letter, ...(signature ? [`-- \n${signature}`] : [])].join('\n\n')}\n`;
  }
  const blocks: string[] = [spec.title];
  const titled = spec.sections.length > 1;
  for (const section of spec.sections) {
    const lines = section.fields
      .filter((field) => isShown(field, values))
      .flatMap((field) => fieldLines(field, values));
    if (lines.length === 0) continue;
    blocks.push([...(titled ? [section.title.toUpperCase()] : []), ...lines].join('\n'));
  }
  if (signature) blocks.push(`-- \n${signature}`);
  return `${blocks.join('\n\n')}\n`;
}

function fieldLines(field: FieldSpec, values: FormValues): string[] {
  if (field.kind === 'rows') {
    const rows = rowsOf(values, field.name);
    return rows.length === 0
      ? []
      : [`${field.label}:`, ...rows.map((row, index) => `  ${index + 1}. ${rowLine(field.fields, row)}`)];
  }
  const text = shownFieldValue(field, values);
  return text === '' ? [] : labelledLines(field.label, text, field.kind === 'long-text');
}

/** A field's checked value as a person writes it, on one line but for long text; '' when empty. */
export function shownFieldValue(field: Exclude<FieldSpec, RowsField>, values: FormValues): string {
  switch (field.kind) {
    case 'address':
      return addressLine(recordOf(values, field.name));
    case 'choices': {
      const chosen = choicesOf(values, field.name);
      return field.options
        .filter((option) => chosen.includes(option.value))
        .map((option) => option.label)
        .join(', ');
    }
    default:
      return shownValue(field, textOf(values, field.name));
  }
}

/** "Label: value", or a long answer on its own lines, indented, so the label stays easy to find. */
export function labelledLines(label: string, text: string, ownLines: boolean): string[] {
  return ownLines ? [`${label}:`, ...text.split('\n').map((line) => `  ${line}`)] : [`${label}: ${text}`];
}

function rowLine(fields: readonly SimpleField[], row: FormRow): string {
  return fields
    .map((field) => [field.label, shownValue(field, row[field.name] ?? '')] as const)
    .filter(([, value]) => value !== '')
    .map(([label, value]) => `${label}: ${value}`)
    .join('; ');
}

/** A stored value as a person writes it: 503-416-4100, 93-1234567, 03/14/2026, $1,234.56. */
export function shownValue(field: Pick<SimpleField, 'kind'>, value: string): string {
  if (value === '') return '';
  switch (field.kind) {
    case 'phone':
    case 'fax':
      return formatStoredPhone(value);
    case 'tin':
      return formatTin(value);
    case 'money':
      return formatMoney(value);
    case 'date': {
      const [year, month, day] = value.split('-');
      return year && month && day ? `${month}/${day}/${year}` : value;
    }
    default:
      return value;
  }
}

export function addressLine(address: Partial<FormRow>): string {
  const cityLine = [address.city, [address.state, address.zip].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return [address.street, cityLine].filter(Boolean).join(', ');
}

/** Who is writing: the contact person and the clinic, from the profile; empty parts left out. */
export function clinicSignature(profile: ClinicProfile | null): string {
  if (!profile) return '';
  const person = [profile.contactName, profile.contactTitle].filter(Boolean).join(', ');
  const reach = [
    profile.phone ? `Phone ${formatStoredPhone(profile.phone)}` : '',
    profile.fax ? `Fax ${formatStoredPhone(profile.fax)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const address = addressLine({
    street: profile.street,
    city: profile.city,
    state: profile.state,
    zip: profile.zip,
  });
  return [person, profile.clinicName, address, reach, profile.email].filter(Boolean).join('\n');
}
