import { isShown, rowsOf, type FormSpec, type FormValues } from './form-spec';
import { labelledLines, shownFieldValue, shownValue } from './render-form-message';

/** One answer as a person copies it into the plan's web form: the field's label and its value. */
export interface FormAnswer {
  label: string;
  value: string;
}

/**
 * A finished form as answers to copy field by field, in the form's order; empty fields are left
 * out. A row's fields stay apart ("Address 2 – E-mail"), as a web form asks for them one by one.
 */
export function formAnswers(spec: FormSpec, values: FormValues): FormAnswer[] {
  const answers = spec.sections.flatMap((section) =>
    section.fields
      .filter((field) => isShown(field, values))
      .flatMap((field) =>
        field.kind === 'rows'
          ? rowsOf(values, field.name).flatMap((row, index) =>
              field.fields.map((sub) => ({
                label: `${field.rowLabel} ${index + 1} – ${sub.label}`,
                value: shownValue(sub, row[sub.name] ?? ''),
              })),
            )
          : [{ label: field.label, value: shownFieldValue(field, values) }],
      ),
  );
  return answers.filter((answer) => answer.value !== '');
}

/** Every answer as one text, one "Label: value" a line, to paste or keep. */
export function answersText(answers: readonly FormAnswer[]): string {
  return `${answers.flatMap((answer) => labelledLines(answer.label, answer.value, answer.value.includes('\n'))).join('\n')}\n`;
}
