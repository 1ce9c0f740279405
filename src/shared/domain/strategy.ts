import { z } from 'zod';

/**
 * The intercultural strategy draft of a visit (domain.md §3.2, §4.4). User text is kept exactly as
 * written; fixed labels come from the i18n namespace 'strategy'.
 */

const text = (max: number) => z.string().max(max, `At most ${max} characters.`);
const ids = z.array(z.string().min(1).max(100)).max(200);
const yearOrDate = z
  .string()
  .regex(/^$|^\d{4}(-\d{2}(-\d{2})?)?$/, 'Use a year (2027) or a date (2027-03-15).')
  .default('');

export const ICC_PHASES = ['commit', 'vision', 'structure', 'diagnose', 'design', 'adopt', 'implement', 'evaluate'] as const;
export type IccPhase = (typeof ICC_PHASES)[number];
export const PHASE_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];

export const ACTION_PRIORITIES = ['high', 'medium', 'low'] as const;
export const ACTION_STATUSES = ['proposed', 'planned', 'in_progress', 'done', 'on_hold'] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The single-row, document-level fields. */
export const strategyDocSchema = z.object({
  title: text(300).default(''),
  periodStart: yearOrDate,
  periodEnd: yearOrDate,
  authors: text(1000).default(''),
  executiveSummary: text(20000).default(''),
  introduction: text(20000).default(''),
  context: text(20000).default(''),
  vision: text(10000).default(''),
  governance: text(20000).default(''),
  monitoring: text(20000).default(''),
  /** Whether the monitoring section commits to re-running the ICC Index, and when. */
  rerunIndex: z.boolean().default(true),
  rerunIndexYear: yearOrDate,
});
export type StrategyDoc = z.infer<typeof strategyDocSchema>;
export const strategyDocPatchSchema = strategyDocSchema.partial();

export const principleSchema = z.object({
  id: z.string(),
  /** 'equality' | 'diversity' | 'interaction' | 'participation' for the four built-in ones, '' for added ones. */
  key: z.string().max(40),
  title: text(300),
  description: text(5000),
});
export type Principle = z.infer<typeof principleSchema>;
export const principleInputSchema = z.object({ title: text(300).trim().min(1, 'Give the principle a name.'), description: text(5000).default('') });

export const priorityInputSchema = z.object({
  title: text(300).trim().min(1, 'Give the priority a title.'),
  description: text(10000).default(''),
  indicatorIds: ids.default([]),
  /** Where the idea came from: typed by the user, or picked from a suggestion. */
  source: z.enum(['manual', 'index_gap', 'finding']).default('manual'),
});
export type PriorityInput = z.input<typeof priorityInputSchema>;
export interface Priority extends z.infer<typeof priorityInputSchema> {
  id: string;
  position: number;
}

export const actionInputSchema = z
  .object({
    title: text(500).trim().min(1, 'Give the action a name.'),
    priorityId: z.string().max(100).nullable().default(null),
    objective: text(5000).default(''),
    description: text(20000).default(''),
    /** Stakeholder id from the map, or null with a free-text lead (e.g. a department not on the map). */
    leadStakeholderId: z.string().max(100).nullable().default(null),
    leadText: text(300).default(''),
    partnerStakeholderIds: ids.default([]),
    partnersText: text(1000).default(''),
    start: yearOrDate,
    end: yearOrDate,
    resources: text(2000).default(''),
    outputIndicators: text(3000).default(''),
    outcomeIndicators: text(3000).default(''),
    indicatorIds: ids.default([]),
    priorityLevel: z.enum(ACTION_PRIORITIES).default('medium'),
    status: z.enum(ACTION_STATUSES).default('proposed'),
  })
  .refine((a) => !a.start || !a.end || a.start <= a.end, { message: 'The action cannot end before it starts.', path: ['end'] });
export type ActionInput = z.input<typeof actionInputSchema>;
export type Action = z.infer<typeof actionInputSchema> & { id: string; position: number; updatedAt: string };

export interface PhaseState {
  phase: IccPhase;
  status: PhaseStatus;
  note: string;
}

export interface Strategy {
  doc: StrategyDoc;
  principles: Principle[];
  priorities: Priority[];
  actions: Action[];
  phases: PhaseState[];
  updatedAt: string;
}

/** A priority the app proposes; nothing is added until the user picks it. */
export interface PrioritySuggestion {
  key: string;
  source: 'index_gap' | 'finding';
  title: string;
  description: string;
  indicatorIds: string[];
  /** index_gap: city minus sample (negative); finding: number of coded passages. */
  weight: number;
  /** Already taken as a priority (same source and indicator). */
  taken: boolean;
}
