import type { ParseArgsConfig } from 'node:util';
import type { Api } from '../api/create-api';
import { visitCommands } from './visits';
import { interviewCommands } from './interviews';
import { mapCommands } from './map';
import { indexReportCommands } from './index-reports';
import { safetyCommands } from './safety';
import { strategyCommands } from './strategy';

export interface CliRunArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  /** Present unless the command says it needs no library. */
  api: Api | undefined;
  print(text: string): void;
  printError(text: string): void;
}

export interface CliCommand {
  words: string[];
  usage: string;
  summary: string;
  options?: NonNullable<ParseArgsConfig['options']>;
  needsLibrary?: boolean;
  /** Resolves to the exit code: 0 done, 2 bad input or unreadable file. */
  run(args: CliRunArgs): Promise<number>;
}

/** Every command; each capability contributes its own list. */
export const cliCommands: CliCommand[] = [...visitCommands, ...interviewCommands, ...mapCommands, ...indexReportCommands, ...safetyCommands, ...strategyCommands];
