import { readFileSync, writeFileSync } from 'node:fs';
import type { indexReportsContract } from '../../../shared/contract/index-reports';
import { AppError } from '../../util/errors';
import { readReportFile } from '../../import/index-import';
import { toCsv, toJson } from '../../import/report-format';
import { PDF_MAX_BYTES } from '../../import/pdf-runner';
import { deleteReport, getReport, getReportSource, listReports, saveReport, updateReport } from '../../services/index-reports';
import { safetyOf } from '../../services/safety/safety-service';
import type { HandlerGroup } from '../dispatcher';

const slug = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'report';

export const indexReportsHandlers: HandlerGroup<keyof typeof indexReportsContract> = {
  'indexReports.list': ({ visitId }, { library }) => listReports(library.get(visitId)),
  'indexReports.get': ({ visitId, reportId }, { library }) => getReport(library.get(visitId), reportId),
  'indexReports.parseFile': async ({ fileToken }, { files }) => {
    const file = files.resolve(fileToken);
    return readReportFile(file.path, file.name);
  },
  'indexReports.filePdf': ({ fileToken }, { files }) => {
    const file = files.resolve(fileToken);
    if (file.size > PDF_MAX_BYTES) throw new AppError('file_too_large', 'This file is too large to show.');
    const bytes = readFileSync(file.path);
    if (!bytes.subarray(0, 1024).toString('latin1').includes('%PDF-')) throw new AppError('unsupported_file', 'This file is not a PDF.');
    return { base64: bytes.toString('base64') };
  },
  'indexReports.save': ({ visitId, draft, fileToken }, { library, files, clock }) => {
    safetyOf(library)?.snapshot(visitId, 'before-import');
    const handle = library.get(visitId);
    if (draft.source.kind === 'pdf') {
      if (!fileToken) throw new AppError('invalid_input', 'The PDF of this report is missing. Import it again.');
      const file = files.resolve(fileToken);
      if (file.size > PDF_MAX_BYTES) throw new AppError('file_too_large', 'This PDF is too large to keep in the visit.');
      return saveReport(handle, draft, clock, new Uint8Array(readFileSync(file.path)));
    }
    return saveReport(handle, draft, clock);
  },
  'indexReports.update': ({ visitId, reportId, draft }, { library, clock }) => updateReport(library.get(visitId), reportId, draft, clock),
  'indexReports.delete': ({ visitId, reportId }, { library }) => {
    deleteReport(library.get(visitId), reportId);
    return { deleted: true as const };
  },
  'indexReports.sourcePdf': ({ visitId, reportId }, { library }) => {
    const source = getReportSource(library.get(visitId), reportId);
    return source ? { base64: source.bytes.toString('base64'), fileName: source.fileName, sha256: source.sha256 } : null;
  },
  'indexReports.export': ({ visitId, reportId, format }, { library, files }) => {
    const report = getReport(library.get(visitId), reportId);
    const path = files.tempPath(`.${format}`);
    writeFileSync(path, format === 'json' ? toJson(report) : `\uFEFF${toCsv(report)}`);
    const name = `${slug(report.city)}-index-${report.reportDate ?? 'undated'}.${format}`;
    return files.produced(path, name, format === 'json' ? 'application/json' : 'text/csv');
  },
};
