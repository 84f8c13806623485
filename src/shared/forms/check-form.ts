import type { FieldMessages } from '../clinic-profile';
import { checkDate } from '../validation/calendar-date';
import { checkDmapId } from '../validation/dmap-id';
import { checkEmail } from '../validation/email-address';
import { accept, refuse, type FieldCheck } from '../validation/field-check';
import { checkMoney } from '../validation/money';
import { checkNpi } from '../validation/npi';
import { checkPhone } from '../validation/phone';
import { checkState, checkZip } from '../validation/postal';
import { checkTin } from '../validation/tin';
import {
  addressFields,
  choicesOf,
  isShown,
  recordOf,
  rowsOf,
  textOf,
  type FieldSpec,
  type FormRow,
  type FormSpec,
  type FormValues,
  type SimpleField,
} from './form-spec';

export interface FormCheck {
  /** The shown fields' values, normalised; hidden fields are left out and never sent. */
  values: FormValues;
  /** Sentences by field path (`npi`, `address.zip`, `addresses.1.email`). */
  errors: FieldMessages;
  warnings: FieldMessages;
}

const maxLength = { text: 500, 'long-text': 5_000 } as const;

/** A label inside a sentence: "Clinic TIN" → "clinic TIN", "E-Mail Address" → "e-mail address". */
export function labelInSentence(label: string): string {
  return label
    .split(' ')
    .map((word) =>
      /[A-Z].*[A-Z]/.test(word.replace(/-/g, '')) && !/^[A-Z]-[A-Z][a-z]/.test(word)
        ? word
        : word.toLowerCase(),
    )
    .join(' ');
}

function checkSimple(field: SimpleField, text: string, today: string): FieldCheck {
  const what = labelInSentence(field.label);
  switch (field.kind) {
    case 'text':
    case 'long-text':
      return text.length > maxLength[field.kind]
        ? refuse(`Keep the ${what} under ${maxLength[field.kind]} characters.`)
        : accept(text);
    case 'email':
      return checkEmail(text);
    case 'phone':
      return checkPhone(text, 'phone number');
    case 'fax':
      return checkPhone(text, 'fax number');
    case 'npi':
      return checkNpi(text);
    case 'tin':
      return checkTin(text);
    case 'dmap':
      return checkDmapId(text);
    case 'state':
      return checkState(text);
    case 'zip':
      return checkZip(text);
    case 'date':
      return checkDate(text, what, { today, ...field.dateRules });
    case 'money':
      return checkMoney(text, what);
  }
}

/** Checks every shown field of a form; `today` is YYYY-MM-DD so date rules can be tested. */
export function checkForm(spec: FormSpec, input: FormValues, today: string): FormCheck {
  const values: FormValues = {};
  const errors: FieldMessages = {};
  const warnings: FieldMessages = {};

  const apply = (path: string, field: SimpleField, raw: string, optional: boolean): string => {
    const text = raw.trim();
    if (text === '') {
      if (!optional) errors[path] = `Enter the ${labelInSentence(field.label)}.`;
      return '';
    }
    const check = checkSimple(field, text, today);
    if (!check.ok) {
      errors[path] = check.error;
      return text;
    }
    if (check.warning) warnings[path] = check.warning;
    return check.value;
  };

  const checkRecord = (
    path: string,
    fields: readonly SimpleField[],
    record: FormRow,
    optional: boolean,
  ): FormRow =>
    Object.fromEntries(
      fields.map((field) => [
        field.name,
        apply(`${path}.${field.name}`, field, record[field.name] ?? '', optional || field.optional === true),
      ]),
    );

  const checkField = (field: FieldSpec): void => {
    const optional = field.optional === true;
    switch (field.kind) {
      case 'address':
        values[field.name] = checkRecord(field.name, addressFields, recordOf(input, field.name), optional);
        break;
      case 'choices': {
        const allowed = new Set(field.options.map((option) => option.value));
        const chosen = choicesOf(input, field.name).filter((choice) => allowed.has(choice));
        if (chosen.length === 0 && !optional)
          errors[field.name] = `Choose at least one: ${field.label.toLowerCase()}.`;
        values[field.name] = chosen;
        break;
      }
      case 'rows': {
        const rows = rowsOf(input, field.name).slice(0, field.maxRows);
        if (rows.length < field.minRows) {
          errors[field.name] = `Add at least ${field.minRows} ${field.rowLabel.toLowerCase()}.`;
        }
        values[field.name] = rows.map((row, index) =>
          checkRecord(`${field.name}.${index}`, field.fields, row, false),
        );
        break;
      }
      default:
        values[field.name] = apply(field.name, field, textOf(input, field.name), optional);
    }
  };

  for (const section of spec.sections) {
    for (const field of section.fields) if (isShown(field, input)) checkField(field);
  }
  return { values, errors, warnings };
}
