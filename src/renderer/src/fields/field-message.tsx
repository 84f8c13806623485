/** The sentence beside a field that says what to fix (error) or what to check (warning). */
export function FieldMessage({
  id,
  error,
  warning,
}: {
  id: string;
  error?: string | undefined;
  warning?: string | undefined;
}) {
  if (error) {
    return (
      <p id={id} className="field-error">
        <span aria-hidden="true">✖ </span>
        {error}
      </p>
    );
  }
  if (warning) {
    return (
      <p id={id} className="field-warning">
        <span aria-hidden="true">⚠ </span>
        {warning}
      </p>
    );
  }
  return null;
}
