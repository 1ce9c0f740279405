import type { Result } from '../../shared/result';
import type { VisitLibraryListing, VisitSummary } from '../../shared/domain/visit';
import type { CliCommand, CliRunArgs } from './commands';

/** Prints a Result: the value (as JSON or by a formatter) or the error message; returns the exit code. */
export function report<T>(args: CliRunArgs, result: Result<T>, format: (value: T) => string): number {
  if (!result.ok) {
    args.printError(result.error.message);
    return 2;
  }
  args.print(args.values.json ? JSON.stringify(result.value, null, 2) : format(result.value));
  return 0;
}

const line = (v: VisitSummary) =>
  `${v.id}  ${v.profile.city}${v.profile.country ? ` (${v.profile.country})` : ''} — ${v.profile.title}${v.isDemo ? ' [demo]' : ''}`;

export const visitCommands: CliCommand[] = [
  {
    words: ['visits', 'list'],
    usage: 'visits list [--json]',
    summary: 'List the visits in the library',
    async run(args) {
      const result = (await args.api!.dispatch('visits.list', {})) as Result<VisitLibraryListing>;
      return report(args, result, (l) =>
        [
          l.visits.length ? l.visits.map(line).join('\n') : 'No visits yet.',
          ...l.unreadable.map((u) => `! ${u.fileName}: ${u.problem}`),
        ].join('\n'),
      );
    },
  },
  {
    words: ['visits', 'create'],
    usage: 'visits create --city NAME [--title T] [--country C]',
    summary: 'Create a visit',
    options: { city: { type: 'string' }, title: { type: 'string' }, country: { type: 'string' } },
    async run(args) {
      const city = String(args.values.city ?? '');
      const title = String(args.values.title ?? (city ? `Expert visit — ${city}` : ''));
      const result = (await args.api!.dispatch('visits.create', { profile: { city, title, country: String(args.values.country ?? '') } })) as Result<VisitSummary>;
      return report(args, result, (v) => `Created ${line(v)}`);
    },
  },
  {
    words: ['demo', 'create'],
    usage: 'demo create [--data-dir DIR]',
    summary: 'Create the demo visit of a fictional city',
    async run(args) {
      const result = (await args.api!.dispatch('demo.create', {})) as Result<VisitSummary>;
      return report(args, result, (v) => `Created ${line(v)}`);
    },
  },
];
