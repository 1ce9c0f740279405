import type { Result } from '../../shared/result';
import type { Agenda, SearchResult } from '../../shared/domain/interviews';
import { HIT_END, HIT_START } from '../../shared/domain/interviews';
import type { CliCommand } from './commands';
import { report } from './visits';

/** The agenda and the notes search from the command line, through the same dispatcher as the UI. */
export const interviewCommands: CliCommand[] = [
  {
    words: ['interviews', 'agenda'],
    usage: 'interviews agenda --visit ID [--json]',
    summary: 'Print the visit’s agenda (days, meetings, participants and their consent)',
    options: { visit: { type: 'string' }, json: { type: 'boolean' } },
    async run(args) {
      const result = (await args.api!.dispatch('interviews.agenda', { visitId: String(args.values.visit ?? '') })) as Result<Agenda>;
      return report(args, result, (agenda) =>
        agenda.days
          .map((d) =>
            [`${d.date ?? '—'}  ${d.label}`, ...d.meetings.map((m) => `  ${m.startTime}–${m.endTime}  [${m.kind}] ${m.title}${m.place ? ` (${m.place})` : ''}${m.participants.length ? `\n      ${m.participants.map((p) => `${p.name} — ${p.consent.status === 'given' ? p.consent.scope : p.consent.status}`).join('; ')}` : ''}`)].join('\n'),
          )
          .join('\n\n') || 'No agenda yet.',
      );
    },
  },
  {
    words: ['interviews', 'search'],
    usage: 'interviews search --visit ID --query WORDS [--json]',
    summary: 'Search notes, coded passages and stakeholders (accent-insensitive)',
    options: { visit: { type: 'string' }, query: { type: 'string' }, json: { type: 'boolean' } },
    async run(args) {
      const result = (await args.api!.dispatch('interviews.search', { visitId: String(args.values.visit ?? ''), query: String(args.values.query ?? '') })) as Result<SearchResult>;
      const plain = (s: string) => s.split(HIT_START).join('[').split(HIT_END).join(']');
      return report(args, result, (r) =>
        r.groups.length === 0 ? `Nothing found for “${r.query}”.` : r.groups.map((g) => [`${g.kind} (${g.hits.length})`, ...g.hits.map((h) => `  ${h.title}: ${plain(h.snippet)}`)].join('\n')).join('\n\n'),
      );
    },
  },
];
