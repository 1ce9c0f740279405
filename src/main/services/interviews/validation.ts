import { AppError } from '../../util/errors';

/** Turns zod issues into the field map the UI shows next to inputs. */
export function invalid(error: { issues: { path: PropertyKey[]; message: string }[] }, what: string): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.map(String).join('.') || '_'] ??= issue.message;
  const first = error.issues[0]?.message ?? 'Check the entries.';
  return new AppError('invalid_input', `The ${what} could not be saved: ${first}`, fields);
}
