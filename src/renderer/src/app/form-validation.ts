import type { z } from 'zod';
import i18n from 'i18next';
import { validationMessages as fr } from '../../../shared/i18n/fr/validation';

/** A shared-schema message in the UI language. */
export const localiseValidation = (message: string): string => (i18n.language === 'fr' ? (fr[message] ?? message) : message);

/**
 * Validates a Mantine form with the same zod schema the main side uses, after `prepare` turns form
 * values (empty strings from number inputs…) into the schema's input. Errors keyed by field path.
 */
export function zodFormValidator<V>(schema: z.ZodType, prepare: (values: V) => unknown) {
  return (values: V): Record<string, string> => {
    const parsed = schema.safeParse(prepare(values));
    if (parsed.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= localiseValidation(issue.message);
    return errors;
  };
}
