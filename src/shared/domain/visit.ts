import { z } from 'zod';
import { languageSchema } from '../contract/common';

const trimmed = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);

/** ISO calendar date, YYYY-MM-DD. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-30.');

export const expertSchema = z.object({
  name: trimmed(200).min(1, 'Enter the expert’s name.'),
  role: trimmed(200).default(''),
});
export type Expert = z.infer<typeof expertSchema>;

/** The city profile edited on the Overview page and shown in the visit list. */
export const visitProfileSchema = z
  .object({
    title: trimmed(200).min(1, 'Give the visit a name.'),
    city: trimmed(200).min(1, 'Enter the city.'),
    country: trimmed(200).default(''),
    population: z.number().int('Population is a whole number.').min(0, 'Population cannot be negative.').max(100_000_000, 'Population looks too large.').nullable().default(null),
    foreignBornShare: z.number().min(0, 'A share is between 0 and 100 %.').max(100, 'A share is between 0 and 100 %.').nullable().default(null),
    startDate: isoDateSchema.nullable().default(null),
    endDate: isoDateSchema.nullable().default(null),
    experts: z.array(expertSchema).max(20).default([]),
    workingLanguage: languageSchema.default('en'),
    notes: trimmed(5000).default(''),
  })
  .refine((p) => !p.startDate || !p.endDate || p.startDate <= p.endDate, {
    message: 'The visit cannot end before it starts.',
    path: ['endDate'],
  });
export type VisitProfile = z.infer<typeof visitProfileSchema>;
export type VisitProfileInput = z.input<typeof visitProfileSchema>;

export interface VisitSummary {
  id: string;
  fileName: string;
  profile: VisitProfile;
  createdAt: string;
  updatedAt: string;
  sizeBytes: number;
  isDemo: boolean;
}

/** A file in the library that could not be opened: listed so the user sees it, never touched. */
export interface UnreadableVisitFile {
  fileName: string;
  problem: string;
}

export interface VisitLibraryListing {
  visits: VisitSummary[];
  unreadable: UnreadableVisitFile[];
  dataDir: string;
}
