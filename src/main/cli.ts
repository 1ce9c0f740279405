/**
 * Command line over the same services as the app: `npm run cli -- <command>`.
 * Each capability adds its commands in cli/; this file only routes.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { createApi } from './api/create-api';
import { APP_VERSION, defaultDataDir } from './util/app-paths';
import { cliCommands, type CliCommand } from './cli/commands';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
${cliCommands.map((c) => `  ${c.usage.padEnd(58)} ${c.summary}`).join('\n')}

Common options:
  --data-dir DIR   the library folder (default: ${defaultDataDir()})
  --json           print machine-readable JSON
`;

async function main(argv: string[]): Promise<number> {
  const command = findCommand(argv);
  if (!command || argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return command || argv.includes('--help') ? 0 : 2;
  }
  const rest = argv.slice(command.words.length);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { 'data-dir': { type: 'string' }, json: { type: 'boolean', default: false }, ...command.options },
  });
  const needsLibrary = command.needsLibrary !== false;
  const api = needsLibrary
    ? createApi({ dataDir: resolve(String(values['data-dir'] ?? defaultDataDir())), transport: 'browser', appVersion: APP_VERSION })
    : undefined;
  try {
    return await command.run({ values, positionals, api, print: (s) => console.log(s), printError: (s) => console.error(s) });
  } finally {
    api?.close();
  }
}

function findCommand(argv: string[]): CliCommand | undefined {
  return [...cliCommands].sort((a, b) => b.words.length - a.words.length).find((c) => c.words.every((w, i) => argv[i] === w));
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
