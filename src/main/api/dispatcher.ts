import { ZodError } from 'zod';
import { contract, isMethodName, type MethodName, type Output } from '../../shared/contract';
import type { ParsedInputOf } from '../../shared/contract/define';
import { fail, ok, type Result } from '../../shared/result';
import { AppError } from '../util/errors';
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
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) return invalidInput(parsed.error);
    try {
      const handler = handlers[method] as (input: unknown, ctx: ApiContext) => unknown;
      return ok(await handler(parsed.data, ctx));
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message, error.fields);
      if (error instanceof ZodError) return invalidInput(error);
      const code = (error as { code?: string }).code;
      if (code === 'ENOSPC' || code === 'SQLITE_FULL') {
        return fail('disk_full', 'The disk is full, so this change was not saved. Free some space and try again; your earlier work is intact.');
      }
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_READONLY') {
        return fail('not_writable', 'ICC Workbench is not allowed to write there. Choose another folder or check its permissions.');
      }
      logError(method, error);
      return fail('internal', 'Something unexpected went wrong and this action was not completed. Your saved work is safe; try again, and report it if it happens again.');
    }
  };
}

function invalidInput(error: ZodError): Result<never> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const first = error.issues[0];
  const where = first && first.path.length ? ` (${first.path.join('.')})` : '';
  return fail('invalid_input', `Please check the input${where}: ${first?.message ?? 'it is not valid'}.`.replace(/\.\.$/, '.'), fields);
}
