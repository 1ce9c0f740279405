import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settingsSchema, type Settings, type SettingsPatch } from '../../shared/domain/settings';
import { writeFileAtomic } from '../util/atomic-file';

/** App-wide preferences in settings.json. A damaged file falls back to defaults instead of blocking start-up. */
export class SettingsStore {
  private readonly file: string;
  private cached: Settings | undefined;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, 'settings.json');
  }

  get(): Settings {
    if (this.cached) return this.cached;
    let raw: unknown = {};
    if (existsSync(this.file)) {
      try {
        raw = JSON.parse(readFileSync(this.file, 'utf8'));
      } catch {
        raw = {};
      }
    }
    const parsed = settingsSchema.safeParse(raw);
    this.cached = parsed.success ? parsed.data : settingsSchema.parse({});
    return this.cached;
  }

  update(patch: SettingsPatch): Settings {
    const current = this.get();
    const next = settingsSchema.parse({
      ...current,
      ...patch,
      snapshots: { ...current.snapshots, ...(patch.snapshots ?? {}) },
    });
    writeFileAtomic(this.file, JSON.stringify(next, null, 2));
    this.cached = next;
    return next;
  }
}
