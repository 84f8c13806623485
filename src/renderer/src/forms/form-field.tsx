import type { ClinicProfile } from '../../../shared/clinic-profile';
import {
  addressFields,
  choicesOf,
  recordOf,
  rowsOf,
  textOf,
  type FieldSpec,
  type FormId,
  type FormRow,
  type FormValues,
  type SimpleField,
} from '../../../shared/forms/form-spec';
import { labelInSentence } from '../../../shared/forms/check-form';
import { FieldMessage } from '../fields/field-message';
import { TextField, type TextFieldProps } from '../fields/text-field';
import { NpiRegistryLine } from './npi-registry-line';

export interface FieldContext {
  formId: FormId;
  values: FormValues;
  /** The profile as stored (normalised); fields that start from it can be saved back. */
  savedProfile: ClinicProfile | null;
  saveToProfile: (changes: Partial<ClinicProfile>) => void;
  /** The value at a path (`email`, `addresses.0.email`) as its rule normalises it, or undefined while it breaks the rule. */
  normalised: (path: string) => unknown;
  change: (values: FormValues) => void;
  touch: (path: string) => void;
  /** The message to show for a path now (errors once touched or tried). */
  error: (path: string) => string | undefined;
  warning: (path: string) => string | undefined;
}

const inputHints: Partial<
  Record<SimpleField['kind'], Pick<TextFieldProps, 'inputMode' | 'hint' | 'size' | 'type'>>
> = {
  phone: { inputMode: 'tel', hint: 'Like 503-555-0100; add “ext 12” for an extension' },
  fax: { inputMode: 'tel' },
  email: { inputMode: 'email', type: 'email', size: 'long' },
  npi: { inputMode: 'numeric', hint: 'Ten digits', size: 'short' },
  tin: { inputMode: 'numeric', hint: 'Nine digits, like 93-1234567' },
  state: { size: 'short', hint: 'Two letters, like OR' },
  zip: { inputMode: 'numeric', size: 'short' },
  date: { hint: 'MM/DD/YYYY' },
  money: { inputMode: 'numeric', hint: 'Dollars and cents, like 1,234.56' },
};

/** A button beside a form field whose value now differs from the profile it started from. */
function SaveBack({
  label,
  changes,
  context,
}: {
  label: string;
  changes: Partial<ClinicProfile>;
  context: FieldContext;
}) {
  return (
    <button type="button" className="save-back" onClick={() => context.saveToProfile(changes)}>
      Save {labelInSentence(label)} to the clinic profile
    </button>
  );
}

/** Offered only for a valid value that, normalised, differs from the stored profile's. */
function differsFromProfile(context: FieldContext, changes: Partial<ClinicProfile>): boolean {
  const { savedProfile } = context;
  return (
    savedProfile !== null &&
    Object.entries(changes).some(([name, value]) => savedProfile[name as keyof ClinicProfile] !== value)
  );
}

function simpleInput(
  field: SimpleField,
  id: string,
  value: string,
  path: string,
  context: FieldContext,
  onChange: (text: string) => void,
) {
  const normalised = context.normalised(path);
  const changes =
    field.fromProfile && !field.prefillOnly && typeof normalised === 'string' && normalised !== ''
      ? { [field.fromProfile]: normalised }
      : null;
  const offer = changes !== null && differsFromProfile(context, changes);
  const registryLineId = field.kind === 'npi' ? `${id}-registry` : undefined;
  return (
    <TextField
      key={id}
      id={id}
      label={field.label}
      value={value}
      {...inputHints[field.kind]}
      {...(field.hint ? { hint: field.hint } : {})}
      multiline={field.kind === 'long-text'}
      maxLength={field.kind === 'long-text' ? 5_000 : 500}
      optional={field.optional === true}
      onChange={onChange}
      onBlur={() => context.touch(path)}
      error={context.error(path)}
      warning={context.warning(path)}
      describedBy={registryLineId}
      action={
        <>
          {offer && changes ? <SaveBack label={field.label} changes={changes} context={context} /> : null}
          {registryLineId ? (
            <NpiRegistryLine id={registryLineId} field={field.name} text={value} context={context} />
          ) : null}
        </>
      }
    />
  );
}

/** One field of a form, drawn from its description. */
export function FormField({ field, context }: { field: FieldSpec; context: FieldContext }) {
  const { values, change } = context;
  const id = `form-${field.name}`;
  switch (field.kind) {
    case 'address': {
      const address = recordOf(values, field.name);
      const normalised = field.fromProfile ? context.normalised(field.name) : undefined;
      const changes =
        normalised && typeof normalised === 'object' && !Array.isArray(normalised)
          ? Object.fromEntries(
              addressFields.map((part) => [part.name, String((normalised as FormRow)[part.name] ?? '')]),
            )
          : null;
      const offer = changes !== null && differsFromProfile(context, changes);
      return (
        <fieldset className="field-group">
          <legend>{field.label}</legend>
          {offer && changes ? <SaveBack label="address" changes={changes} context={context} /> : null}
          {addressFields.map((part) =>
            simpleInput(
              part,
              `${id}-${part.name}`,
              address[part.name] ?? '',
              `${field.name}.${part.name}`,
              context,
              (text) => change({ ...values, [field.name]: { ...address, [part.name]: text } }),
            ),
          )}
        </fieldset>
      );
    }
    case 'choices': {
      const chosen = choicesOf(values, field.name);
      const error = context.error(field.name);
      return (
        <fieldset className="field-group choices" aria-describedby={error ? `${id}-message` : undefined}>
          <legend>{field.label}</legend>
          {field.options.map((option) => (
            <label key={option.value} className="choice">
              <input
                type="checkbox"
                checked={chosen.includes(option.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-message` : undefined}
                onChange={(event) => {
                  context.touch(field.name);
                  change({
                    ...values,
                    [field.name]: event.target.checked
                      ? [...chosen, option.value]
                      : chosen.filter((value) => value !== option.value),
                  });
                }}
              />
              {option.label}
            </label>
          ))}
          <FieldMessage id={`${id}-message`} error={error} />
        </fieldset>
      );
    }
    case 'rows': {
      const rows = rowsOf(values, field.name);
      const setRows = (next: typeof rows) => change({ ...values, [field.name]: next });
      const error = context.error(field.name);
      return (
        <fieldset className="field-group rows">
          <legend>{field.label}</legend>
          {field.hint ? <p className="field-hint">{field.hint}</p> : null}
          {rows.map((row, index) => (
            <div key={index} className="form-row" role="group" aria-label={`${field.rowLabel} ${index + 1}`}>
              {field.fields.map((sub) =>
                simpleInput(
                  index === 0 && field.firstRowFromProfile?.[sub.name]
                    ? { ...sub, fromProfile: field.firstRowFromProfile[sub.name] }
                    : sub,
                  `${id}-${index}-${sub.name}`,
                  row[sub.name] ?? '',
                  `${field.name}.${index}.${sub.name}`,
                  context,
                  (text) =>
                    setRows(rows.map((other, at) => (at === index ? { ...other, [sub.name]: text } : other))),
                ),
              )}
              <button
                type="button"
                className="remove-row"
                aria-label={`Remove ${field.rowLabel.toLowerCase()} ${index + 1}`}
                onClick={() => {
                  setRows(rows.filter((_, at) => at !== index));
                  requestAnimationFrame(() => document.getElementById(`${id}-add`)?.focus());
                }}
              >
                Remove
              </button>
            </div>
          ))}
          <FieldMessage id={`${id}-message`} error={error} />
          {rows.length < field.maxRows ? (
            <button
              id={`${id}-add`}
              type="button"
              data-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-message` : undefined}
              onClick={() =>
                setRows([...rows, Object.fromEntries(field.fields.map((sub) => [sub.name, '']))])
              }
            >
              Add another {field.rowLabel.toLowerCase()}
            </button>
          ) : null}
        </fieldset>
      );
    }
    default:
      return simpleInput(field, id, textOf(values, field.name), field.name, context, (text) =>
        change({ ...values, [field.name]: text }),
      );
  }
}
