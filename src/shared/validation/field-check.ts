/**
 * What a check says about one field: the value to keep (normalised), or a sentence that says
 * what to fix. A warning lets the value through but tells the person something looks unusual.
 */
export type FieldCheck =
  | { readonly ok: true; readonly value: string; readonly warning?: string }
  | { readonly ok: false; readonly error: string };

export const accept = (value: string, warning?: string): FieldCheck =>
  warning === undefined ? { ok: true, value } : { ok: true, value, warning };

export const refuse = (error: string): FieldCheck => ({ ok: false, error });
