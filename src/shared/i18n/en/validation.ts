/**
 * Validation messages are written once, in English, in the zod schemas (src/shared/domain). The UI
 * shows them in French through this table: English message -> French message.
 */
export const validationMessages: Record<string, string> = {};
