import type { ErrorCode } from '../../shared/result';

/**
 * An error meant for the user: the dispatcher turns it into `{ ok: false, error }` verbatim.
 * Anything else that is thrown becomes an 'internal' error with a generic, still actionable message.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found. It may have been deleted; reload the list.`);
