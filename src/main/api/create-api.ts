import { FileRegistry } from '../services/file-registry';
import { SettingsStore } from '../services/settings';
import { VisitLibrary, type VisitLibraryHooks } from '../services/visit-library';
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
}

export interface Api {
  ctx: ApiContext;
  dispatch: Dispatch;
  close(): void;
}

/** Builds the services and the dispatcher over a data folder; both transports start here. */
export function createApi(options: ApiOptions): Api {
  const clock = options.clock ?? systemClock;
  const ctx: ApiContext = {
    library: new VisitLibrary(options.dataDir, clock, options.hooks),
    settings: new SettingsStore(options.dataDir),
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
      ctx.files.dispose();
    },
  };
}
