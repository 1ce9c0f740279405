import { FileRegistry } from '../services/file-registry';
import { SettingsStore } from '../services/settings';
import { VisitLibrary, type VisitLibraryHooks } from '../services/visit-library';
import { SafetyService } from '../services/safety/safety-service';
import { systemClock, type Clock } from '../util/clock';
import type { ApiContext } from './context';
import { createDispatcher, type Dispatch } from './dispatcher';
import { handlers } from './handlers';

export interface ApiOptions {
  dataDir: string;
  transport: 'electron' | 'browser';
  appVersion: string;
  clock?: Clock;
  hooks?: VisitLibraryHooks;
  /** How often the safety timer beats (writer-lock heartbeat, interval snapshots); 0 turns it off (tests). */
  safetyTickMs?: number;
}

export interface Api {
  ctx: ApiContext;
  dispatch: Dispatch;
  close(): void;
}

/** Builds the services and the dispatcher over a data folder; both transports start here. */
export function createApi(options: ApiOptions): Api {
  const clock = options.clock ?? systemClock;
  const settings = new SettingsStore(options.dataDir);
  // Safety (writer locks, snapshots) runs first; hooks given by the caller (tests) run after it.
  const safety = new SafetyService(options.dataDir, settings, clock);
  const library = new VisitLibrary(options.dataDir, clock, chainHooks(safety.hooks, options.hooks ?? {}));
  safety.attach(library, options.safetyTickMs);
  const ctx: ApiContext = {
    library,
    settings,
    files: new FileRegistry(options.dataDir),
    clock,
    transport: options.transport,
    appVersion: options.appVersion,
    dataDir: options.dataDir,
  };
  return {
    ctx,
    dispatch: createDispatcher(handlers, ctx),
    close() {
      ctx.library.closeAll();
      safety.dispose();
      ctx.files.dispose();
    },
  };
}

function chainHooks(first: VisitLibraryHooks, second: VisitLibraryHooks): VisitLibraryHooks {
  const names = ['beforeOpen', 'beforeMigrate', 'afterOpen', 'beforeClose', 'afterClose'] as const;
  const chained: Record<string, (...args: never[]) => void> = {};
  for (const name of names) {
    const a = first[name] as ((...args: unknown[]) => void) | undefined;
    const b = second[name] as ((...args: unknown[]) => void) | undefined;
    if (a || b)
      chained[name] = (...args: unknown[]) => {
        a?.(...args);
        b?.(...args);
      };
  }
  return chained as VisitLibraryHooks;
}
