/**
 * Errors a user can meet. Each carries a stable code the UI can branch on and a sentence a
 * front-desk person understands; the code crosses IPC and HTTP, the class does not.
 */
export const deskErrorCodes = [
  'invalid-input',
  'not-found',
  'unknown-channel',
  'not-allowed',
  'in-use',
  'internal',
] as const;

export type DeskErrorCode = (typeof deskErrorCodes)[number];

export class DeskError extends Error {
  override readonly name = 'DeskError';

  constructor(
    readonly code: DeskErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The shape every answer takes on its way back to the renderer, over either transport. */
export type ApiResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly code: DeskErrorCode; readonly message: string } };

export function isDeskErrorCode(value: unknown): value is DeskErrorCode {
  return typeof value === 'string' && (deskErrorCodes as readonly string[]).includes(value);
}
