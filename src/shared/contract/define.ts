import type { z } from 'zod';

/**
 * One entry of the API contract: the zod schema of its input (validated on the main side) and, as a
 * phantom type, its output. `method(schema)<Output>()` keeps the output type without a runtime value.
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  readonly output?: O;
}

export const method =
  <I extends z.ZodType>(input: I) =>
  <O>(): MethodSpec<I, O> => ({ input });

export type InputOf<S> = S extends MethodSpec<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<S> = S extends MethodSpec<infer I, unknown> ? z.output<I> : never;
export type OutputOf<S> = S extends MethodSpec<z.ZodType, infer O> ? O : never;
