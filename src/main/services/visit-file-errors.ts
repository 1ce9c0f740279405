import { AppError } from '../util/errors';

/** Turns what SQLite says about a bad file into a sentence that names the file and says what to do. */
export function describeOpenError(fileName: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') {
    return new AppError('file_unreadable', `“${fileName}” is not a visit file, is encrypted, or is damaged. It was left untouched; restore a snapshot from Versions or remove it from the data folder.`);
  }
  if (code === 'SQLITE_CORRUPT') {
    return new AppError('file_unreadable', `The visit file “${fileName}” is damaged. It was left untouched; restore a snapshot from Versions.`);
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError('locked', `“${fileName}” is in use by another ICC Workbench window or program. Close it there and try again.`);
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY') {
    return new AppError('not_writable', `“${fileName}” cannot be opened for writing. Check that the data folder is not read-only.`);
  }
  return new AppError('file_unreadable', `“${fileName}” could not be opened (${error instanceof Error ? error.message : String(error)}).`);
}
