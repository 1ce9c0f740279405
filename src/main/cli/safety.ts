import { copyFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ProducedFile } from '../../shared/contract/common';
import type { ImportedVisit, SnapshotInfo, SnapshotListing } from '../../shared/domain/safety';
import type { Result } from '../../shared/result';
import type { CliCommand } from './commands';
import { report } from './visits';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Export, import and snapshots from the command line, through the same dispatcher as the app. */
export const safetyCommands: CliCommand[] = [
  {
    words: ['visits', 'export'],
    usage: 'visits export <visitId> --out FILE.iccvisit',
    summary: 'Export a visit to one .iccvisit file',
    options: { out: { type: 'string' }, force: { type: 'boolean', default: false } },
    async run(args) {
      const [visitId] = args.positionals;
      const out = args.values.out ? resolve(String(args.values.out)) : '';
      if (!visitId || !out) {
        args.printError('Give the visit id and where to write it: visits export <visitId> --out FILE.iccvisit');
        return 2;
      }
      if (existsSync(out) && !args.values.force) {
        args.printError(`${out} already exists. Choose another name, or add --force to replace it.`);
        return 2;
      }
      const api = args.api!;
      const result = (await api.dispatch('visits.export', { visitId })) as Result<ProducedFile>;
      if (result.ok) {
        copyFileSync(api.ctx.files.resolve(result.value.fileToken).path, out);
        api.ctx.files.release(result.value.fileToken);
      }
      return report(args, result, (f) => `Exported to ${out} (${mb(f.size)})`);
    },
  },
  {
    words: ['visits', 'import'],
    usage: 'visits import <file.iccvisit> [--passphrase P]',
    summary: 'Import an .iccvisit file as a new visit',
    options: { passphrase: { type: 'string' } },
    async run(args) {
      const [file] = args.positionals;
      if (!file || !existsSync(file)) {
        args.printError(file ? `${file} does not exist.` : 'Give the .iccvisit file to import: visits import <file.iccvisit>');
        return 2;
      }
      const api = args.api!;
      const fileToken = api.ctx.files.registerPath(resolve(file));
      const passphrase = args.values.passphrase === undefined ? undefined : String(args.values.passphrase);
      const result = (await api.dispatch('visits.import', { fileToken, passphrase })) as Result<ImportedVisit>;
      return report(args, result, (v) => `Imported as a new visit: ${v.visitId}  ${v.title ?? ''}${v.encrypted ? ' [encrypted]' : ''}`);
    },
  },
  {
    words: ['snapshots', 'list'],
    usage: 'snapshots list <visitId>',
    summary: 'List the snapshots (versions) of a visit',
    async run(args) {
      const result = (await args.api!.dispatch('snapshots.list', { visitId: args.positionals[0] ?? '' })) as Result<SnapshotListing>;
      return report(args, result, (l) =>
        [...(l.snapshots.length ? l.snapshots.map((s) => `${s.id}  ${s.createdAt}  ${s.reason}  ${mb(s.sizeBytes)}`) : ['No snapshots yet.']), ...(l.warning ? [`! ${l.warning}`] : [])].join('\n'),
      );
    },
  },
  {
    words: ['snapshots', 'restore'],
    usage: 'snapshots restore <visitId> <snapshotId>',
    summary: 'Restore a snapshot (the current state is snapshotted first)',
    async run(args) {
      const [visitId, snapshotId] = args.positionals;
      const result = (await args.api!.dispatch('snapshots.restore', { visitId: visitId ?? '', snapshotId: snapshotId ?? '' })) as Result<{
        restored: SnapshotInfo;
        undo: SnapshotInfo | null;
      }>;
      return report(args, result, (r) => `Restored ${r.restored.id}.${r.undo ? ` To undo, restore ${r.undo.id}.` : ''}`);
    },
  },
];
