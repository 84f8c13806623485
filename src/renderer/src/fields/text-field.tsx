import type { ChangeEvent, FocusEvent, HTMLInputTypeAttribute, ReactNode } from 'react';
import { FieldMessage } from './field-message';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  /** Shown beside the field and read with it; the field is marked invalid. */
  error?: string | undefined;
  /** Shown like an error but the value is accepted. */
  warning?: string | undefined;
  hint?: string;
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  inputMode?: 'text' | 'tel' | 'email' | 'numeric';
  size?: 'short' | 'medium' | 'long';
  /** A few lines of text rather than one. */
  multiline?: boolean;
  /** Something to do with the value, shown under the field. */
  action?: ReactNode;
  /** The id of more that is read with the field, such as what the action says about its value. */
  describedBy?: string;
  maxLength?: number;
  /** Marked as optional beside its label. */
  optional?: boolean;
}

/**
 * A message that appears on blur pushes the buttons below it down; if the blur came from
 * pressing "Save" or "Preview", the click would land on empty space. Submitting shows every
 * message anyway, so a blur toward a submit button shows none.
 */
function blurTowardSubmit(event: FocusEvent<HTMLElement>): boolean {
  return event.relatedTarget instanceof HTMLButtonElement && event.relatedTarget.type === 'submit';
}

/** A labelled input whose message sits right beside it and is read out with it. */
export function TextField(props: TextFieldProps) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const messageId = props.error || props.warning ? `${props.id}-message` : undefined;
  const describedBy = [hintId, messageId, props.describedBy].filter(Boolean).join(' ') || undefined;
  /** What the one-line and the multi-line control have in common. */
  const shared = {
    id: props.id,
    value: props.value,
    maxLength: props.maxLength,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      props.onChange(event.target.value),
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (!blurTowardSubmit(event)) props.onBlur?.();
    },
  };
  return (
    <div className={`field field-${props.multiline ? 'long' : (props.size ?? 'medium')}`}>
      <label htmlFor={props.id}>
        {props.label}
        {props.optional ? <span className="optional"> (optional)</span> : null}
      </label>
      {props.multiline ? (
        <textarea rows={4} {...shared} />
      ) : (
        <input
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete ?? 'off'}
          inputMode={props.inputMode}
          {...shared}
        />
      )}
      {props.hint ? (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      ) : null}
      {messageId ? <FieldMessage id={messageId} error={props.error} warning={props.warning} /> : null}
      {props.action}
    </div>
  );
}
