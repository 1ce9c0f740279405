import type { FileRegistry } from '../services/file-registry';
import type { SettingsStore } from '../services/settings';
import type { VisitLibrary } from '../services/visit-library';
import type { Clock } from '../util/clock';

/** Everything a handler may use. Built once per process by the Electron shell or the browser host. */
export interface ApiContext {
  library: VisitLibrary;
  settings: SettingsStore;
  files: FileRegistry;
  clock: Clock;
  transport: 'electron' | 'browser';
  appVersion: string;
  dataDir: string;
}
