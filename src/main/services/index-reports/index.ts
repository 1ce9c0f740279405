/** The Index-report service: what other capabilities (strategy, exports) call. See /work/coordination/index.md. */
export { listReports, getReport, latestReport, saveReport, updateReport, deleteReport, getReportSource, sha256Hex } from './store';
