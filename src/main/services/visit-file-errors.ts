import { AppError } from '../util/errors';

/** Turns what SQLite says about a bad file into a sentence that names the file and says what to do. */
export function describeOpenError(fileName: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') {
    return new AppError('file_unreadable', {
      en: `“${fileName}” is not a visit file, is encrypted, or is damaged. It was left untouched; restore a snapshot from Versions or remove it from the data folder.`,
      fr: `« ${fileName} » n’est pas un fichier de visite, est chiffré ou est endommagé. Il n’a pas été modifié ; restaurez un instantané depuis Versions ou retirez-le du dossier des données.`,
    });
  }
  if (code === 'SQLITE_CORRUPT') {
    return new AppError('file_unreadable', {
      en: `The visit file “${fileName}” is damaged. It was left untouched; restore a snapshot from Versions.`,
      fr: `Le fichier de visite « ${fileName} » est endommagé. Il n’a pas été modifié ; restaurez un instantané depuis Versions.`,
    });
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError('locked', {
      en: `“${fileName}” is in use by another ICC Workbench window or program. Close it there and try again.`,
      fr: `« ${fileName} » est utilisé par une autre fenêtre d’ICC Workbench ou un autre programme. Fermez-le là-bas et réessayez.`,
    });
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY') {
    return new AppError('not_writable', {
      en: `“${fileName}” cannot be opened for writing. Check that the data folder is not read-only.`,
      fr: `« ${fileName} » ne peut pas être ouvert en écriture. Vérifiez que le dossier des données n’est pas en lecture seule.`,
    });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new AppError('file_unreadable', {
    en: `“${fileName}” could not be opened (${detail}).`,
    fr: `« ${fileName} » n’a pas pu être ouvert (${detail}).`,
  });
}
