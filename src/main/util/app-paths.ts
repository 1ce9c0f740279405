import { homedir } from 'node:os';
import { join } from 'node:path';

declare const __APP_VERSION__: string | undefined;

/** Set at build time from package.json; tests run from source and see the development marker. */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';

/** Where the browser host and the command line keep visits unless told otherwise (--data-dir). */
export const defaultDataDir = (): string => process.env.ICC_WORKBENCH_DATA_DIR ?? join(homedir(), '.icc-workbench');
