import { z } from 'zod';
import { fileTokenSchema, idSchema, type ProducedFile } from './common';
import { method } from './define';
import { reportDraftSchema, type IndexReport, type IndexReportDraft, type IndexReportSummary } from '../domain/index-report';

const reportRef = z.object({ visitId: idSchema, reportId: idSchema });

export const indexReportsContract = {
  'indexReports.list': method(z.object({ visitId: idSchema }))<IndexReportSummary[]>(),
  'indexReports.get': method(reportRef)<IndexReport>(),
  /** Reads a chosen PDF/JSON/CSV into a draft for review. Saves nothing. */
  'indexReports.parseFile': method(z.object({ fileToken: fileTokenSchema }))<{ draft: IndexReportDraft; kind: 'pdf' | 'json' | 'csv' }>(),
  /** The bytes of a chosen PDF (base64), so the review screen can show its pages. */
  'indexReports.filePdf': method(z.object({ fileToken: fileTokenSchema }))<{ base64: string }>(),
  /** Saves a reviewed draft; for a PDF the original file (fileToken) is stored with it and its checksum. */
  'indexReports.save': method(z.object({ visitId: idSchema, draft: reportDraftSchema, fileToken: fileTokenSchema.nullable() }))<IndexReport>(),
  'indexReports.update': method(z.object({ visitId: idSchema, reportId: idSchema, draft: reportDraftSchema }))<IndexReport>(),
  'indexReports.delete': method(reportRef)<{ deleted: true }>(),
  /** The stored original PDF of a report (base64), or null when it was typed in or imported from JSON/CSV. */
  'indexReports.sourcePdf': method(reportRef)<{ base64: string; fileName: string; sha256: string } | null>(),
  'indexReports.export': method(reportRef.extend({ format: z.enum(['json', 'csv']) }))<ProducedFile>(),
};
