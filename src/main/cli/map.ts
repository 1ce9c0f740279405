import { writeFileSync } from 'node:fs';
import type { Result } from '../../shared/result';
import type { Relation, Stakeholder } from '../../shared/domain/stakeholders';
import type { CliCommand } from './commands';
import { report } from './visits';

const visitOption = { visit: { type: 'string' as const } };

export const mapCommands: CliCommand[] = [
  {
    words: ['stakeholders', 'list'],
    usage: 'stakeholders list --visit ID [--json]',
    summary: 'List the stakeholders of a visit (influence/interest, attitude, category)',
    options: visitOption,
    async run(args) {
      const visitId = String(args.values.visit ?? '');
      const result = (await args.api!.dispatch('stakeholders.list', { visitId })) as Result<Stakeholder[]>;
      return report(args, result, (list) =>
        list.length ? list.map((s) => `${s.influence}/${s.interest}  ${s.attitude.padEnd(10)} ${s.category.padEnd(24)} ${s.name}${s.duplicateOf.length ? '  [duplicate name]' : ''}`).join('\n') : 'No stakeholders yet.',
      );
    },
  },
  {
    words: ['map', 'figure'],
    usage: 'map figure --visit ID --out FILE.svg [--anonymise] [--lang en|fr]',
    summary: 'Write the stakeholder map as an SVG figure drawn from the stored data',
    options: { ...visitOption, out: { type: 'string' }, anonymise: { type: 'boolean' }, lang: { type: 'string' } },
    async run(args) {
      const out = String(args.values.out ?? '');
      if (!out) {
        args.printError('Give the file to write with --out, e.g. --out map.svg');
        return 2;
      }
      const result = (await args.api!.dispatch('map.figure', { visitId: String(args.values.visit ?? ''), anonymise: Boolean(args.values.anonymise), lang: args.values.lang === 'fr' ? 'fr' : 'en' })) as Result<{ svg: string }>;
      return report(args, result, ({ svg }) => {
        writeFileSync(out, svg, 'utf8');
        return `Wrote ${out} (${Math.round(svg.length / 1024)} KB).`;
      });
    },
  },
  {
    words: ['relations', 'list'],
    usage: 'relations list --visit ID [--json]',
    summary: 'List the relations between stakeholders of a visit',
    options: visitOption,
    async run(args) {
      const visitId = String(args.values.visit ?? '');
      const [rels, people] = await Promise.all([args.api!.dispatch('relations.list', { visitId }), args.api!.dispatch('stakeholders.list', { visitId })]) as [Result<Relation[]>, Result<Stakeholder[]>];
      const names = new Map(people.ok ? people.value.map((s) => [s.id, s.name]) : []);
      return report(args, rels, (list) => list.map((r) => `${names.get(r.sourceId)} —${r.type}${r.label ? ` (${r.label})` : ''}→ ${names.get(r.targetId)}`).join('\n') || 'No relations yet.');
    },
  },
];
