import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { indicatorName } from '../../shared/domain/indicators';
import type { IndexReportDraft } from '../../shared/domain/index-report';
import { AppError } from '../util/errors';
import { readReportFile } from '../import/index-import';
import { cliJson } from '../import/report-format';
import type { CliCommand } from './commands';

const fmt = (n: number | null) => (n === null ? '—' : String(n));

function humanReport(d: IndexReportDraft): string {
  const lines = [
    `${d.city || '(city not found)'} — ICC Index ${d.generation}, ${d.reportDate ?? 'date not found'}`,
    `Sample: ${d.sampleSizeQualifier === 'more_than' ? 'more than ' : ''}${fmt(d.sampleSize)} cities   Aggregate: ${fmt(d.aggregate.city)} (sample ${fmt(d.aggregate.sample)}) ${d.unit === 'percent' ? '%' : '/100'}`,
    '',
    ...d.indicators.map((v) => `  ${indicatorName(v.id, 'en').padEnd(44)} ${fmt(v.city).padStart(4)} ${fmt(v.sample).padStart(4)}   ${v.page ? `p.${v.page}` : ''}`),
    '',
    ...d.rankings.map((r) => `  ${r.group.padEnd(13)} ${fmt(r.rank)} of ${fmt(r.of)}  ${r.label}${r.aheadOf.length ? ` (ahead of ${r.aheadOf.join(', ')})` : ''}`),
    ...(d.warnings.length ? ['', ...d.warnings.map((w) => `! ${w.message}`)] : []),
  ];
  return lines.join('\n');
}

export const indexReportCommands: CliCommand[] = [
  {
    words: ['index', 'parse'],
    usage: 'index parse <file.pdf|file.json|file.csv> [--json]',
    summary: 'Read an ICC Index report and print what was found',
    needsLibrary: false,
    async run(args) {
      const file = args.positionals[0];
      if (!file) {
        args.printError('Give the report file: npm run cli -- index parse <file.pdf|json|csv>');
        return 2;
      }
      const path = resolve(file);
      if (!existsSync(path) || !statSync(path).isFile()) {
        args.printError(`No such file: ${file}`);
        return 2;
      }
      try {
        const { draft } = await readReportFile(path, basename(path));
        args.print(args.values.json ? JSON.stringify(cliJson(draft), null, 2) : humanReport(draft));
        return 0;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        args.printError(error.message.replace(/\s+/g, ' '));
        return 2;
      }
    },
  },
];
