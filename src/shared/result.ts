/**
 * Every API call answers with a Result: errors cross the process boundary as data, never as thrown
 * exceptions, and always carry a message written for the person using the app.
 */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'unknown_method'
  | 'file_unreadable'
  | 'file_too_new'
  | 'file_too_large'
  | 'unsupported_file'
  | 'read_only'
  | 'locked'
  | 'cancelled'
  | 'disk_full'
  | 'not_writable'
  | 'wrong_passphrase'
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  /** A sentence the user can act on (already in the UI language where the server knows it). */
  message: string;
  /** Field-level problems for forms: path (dot-joined) -> message. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, fields?: Record<string, string>): Result<never> => ({
  ok: false,
  error: fields ? { code, message, fields } : { code, message },
});
