import { z } from 'zod';
import { languageSchema } from '../contract/common';

/** App-wide preferences, kept outside any visit (settings.json in the data folder). */
export const settingsSchema = z.object({
  language: languageSchema.default('en'),
  colorScheme: z.enum(['light', 'dark', 'auto']).default('auto'),
  snapshots: z
    .object({
      intervalMinutes: z.number().int().min(1).max(240).default(10),
      keepAllHours: z.number().int().min(1).max(24 * 14).default(24),
      keepDailyDays: z.number().int().min(0).max(365).default(30),
      /** Absolute folder; null means the default folder beside the library. */
      folder: z.string().max(1000).nullable().default(null),
    })
    .prefault({}),
});
export type Settings = z.infer<typeof settingsSchema>;
export const settingsPatchSchema = z.object({
  language: languageSchema.optional(),
  colorScheme: z.enum(['light', 'dark', 'auto']).optional(),
  snapshots: settingsSchema.shape.snapshots.unwrap().partial().optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export interface AppInfo {
  version: string;
  transport: 'electron' | 'browser';
  dataDir: string;
  platform: string;
}
