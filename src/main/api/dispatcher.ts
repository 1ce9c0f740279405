import { ZodError } from 'zod';
import { contract, isMethodName, type MethodName, type Output } from '../../shared/contract';
import type { ParsedInputOf } from '../../shared/contract/define';
import { fail, ok, type Result } from '../../shared/result';
import { AppError } from '../util/errors';
import { validationMessages as frValidation } from '../../shared/i18n/fr/validation';
import type { ApiContext } from './context';

export type Handler<M extends MethodName> = (input: ParsedInputOf<(typeof contract)[M]>, ctx: ApiContext) => Output<M> | Promise<Output<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };
export type HandlerGroup<K extends MethodName> = { [M in K]: Handler<M> };

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

export interface DispatcherOptions {
  /** Where unexpected errors are reported for developers (the user gets a plain message). */
  logError?: (method: string, error: unknown) => void;
}

/**
 * The single entry point of both transports: method name -> zod-validated input -> handler -> Result.
 * It never throws: unknown methods, invalid input and failing handlers all become error results.
 */
export function createDispatcher(handlers: Handlers, ctx: ApiContext, options: DispatcherOptions = {}): Dispatch {
  const logError = options.logError ?? ((method, error) => console.error(`[api] ${method} failed:`, error));
  return async (method, input) => {
    if (typeof method !== 'string' || !isMethodName(method)) {
      return fail('unknown_method', `The app asked for an action it does not know (“${String(method).slice(0, 80)}”). Restart ICC Workbench; if it persists, report it.`);
    }
    const language = currentLanguage(ctx);
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) return invalidInput(parsed.error, language);
    try {
      const handler = handlers[method] as (input: unknown, ctx: ApiContext) => unknown;
      return ok(await handler(parsed.data, ctx));
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, translate(error.messageIn(language), language), error.fields);
      if (error instanceof ZodError) return invalidInput(error, language);
      const code = (error as { code?: string }).code;
      if (code === 'ENOSPC' || code === 'SQLITE_FULL') return fail('disk_full', MESSAGES.diskFull[language]);
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_READONLY') return fail('not_writable', MESSAGES.notWritable[language]);
      logError(method, error);
      return fail('internal', MESSAGES.internal[language]);
    }
  };
}

const MESSAGES = {
  diskFull: {
    en: 'The disk is full, so this change was not saved. Free some space and try again; your earlier work is intact.',
    fr: 'Le disque est plein : cette modification n’a pas été enregistrée. Libérez de l’espace et réessayez ; votre travail précédent est intact.',
  },
  notWritable: {
    en: 'ICC Workbench is not allowed to write there. Choose another folder or check its permissions.',
    fr: 'ICC Workbench n’a pas le droit d’écrire à cet endroit. Choisissez un autre dossier ou vérifiez ses droits.',
  },
  internal: {
    en: 'Something unexpected went wrong and this action was not completed. Your saved work is safe; try again, and report it if it happens again.',
    fr: 'Un problème inattendu a empêché cette action. Votre travail enregistré est en sécurité ; réessayez, et signalez-le si cela se reproduit.',
  },
  checkInput: { en: 'Please check the input', fr: 'Vérifiez la saisie' },
};

/** The UI language the user chose (remembered in settings); errors are answered in it. */
function currentLanguage(ctx: ApiContext): 'en' | 'fr' {
  try {
    return ctx.settings.get().language;
  } catch {
    return 'en';
  }
}

const translate = (message: string, language: 'en' | 'fr') => (language === 'fr' ? (frValidation[message] ?? message) : message);

function invalidInput(error: ZodError, language: 'en' | 'fr'): Result<never> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= translate(issue.message, language);
  }
  const first = error.issues[0];
  const where = first && first.path.length ? ` (${first.path.join('.')})` : '';
  const detail = first ? translate(first.message, language) : '';
  return fail('invalid_input', `${MESSAGES.checkInput[language]}${where}: ${detail}`.replace(/[.\s]*$/, '.'), fields);
}
