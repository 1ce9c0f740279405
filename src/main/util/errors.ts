import type { ErrorCode } from '../../shared/result';

/** A message in both UI languages; the dispatcher answers in the language the user chose. */
export interface LocalisedMessage {
  en: string;
  fr: string;
}

/**
 * An error meant for the user: the dispatcher turns it into `{ ok: false, error }` with this message.
 * Give `{ en, fr }` where you can; a plain string is shown as written (French users then get the
 * English text, or its translation from the shared validation table when there is one).
 * Anything else that is thrown becomes an 'internal' error with a generic, still actionable message.
 */
export class AppError extends Error {
  readonly localised: LocalisedMessage | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string | LocalisedMessage,
    readonly fields?: Record<string, string>,
  ) {
    super(typeof message === 'string' ? message : message.en);
    this.localised = typeof message === 'string' ? undefined : message;
    this.name = 'AppError';
  }

  messageIn(language: 'en' | 'fr'): string {
    return this.localised ? this.localised[language] : this.message;
  }
}

/** French for the subjects services pass to notFound(); a subject not listed stays in English. */
const SUBJECTS_FR: Record<string, string> = {
  'This visit': 'Cette visite',
  'This Index report': 'Ce rapport Index',
  'This snapshot': 'Cet instantané',
  'This relation': 'Cette relation',
  'This stakeholder': 'Cet acteur',
  'This meeting': 'Cette rencontre',
  'This day': 'Cette journée',
  'This note': 'Cette note',
  'This passage': 'Ce passage',
  'This attachment': 'Cette pièce jointe',
  'This action': 'Cette action',
  'This priority': 'Cette priorité',
};

export const notFound = (what: string) =>
  new AppError('not_found', {
    en: `${what} was not found. It may have been deleted; reload the list.`,
    fr: `${SUBJECTS_FR[what] ?? what} est introuvable. Rechargez la liste : l’élément a peut-être été supprimé.`,
  });
