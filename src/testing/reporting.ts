/**
 * The fake's Report Builder: the data points of an applications report, a file's status in fake
 * time, and its CSV. A report's rows are the account's applications, one per row.
 *
 * Column names: SmartRecruiters documents the Reporting API's shapes, not the names of Report
 * Builder's data points (UNCONFIRMED). The ones the unified Application is read from are the SDK's
 * `REPORT_APPLICATION_COLUMNS`, so a change there is a change here too; the others are the fake's.
 */
import { REPORT_APPLICATION_COLUMNS as NAMES } from '../mappers/report-application.js';
import { iso } from './clock.js';
import { utf8 } from './http.js';
import type { ApplicationRecord, ReportColumnRecord, ReportFileRecord } from './model.js';
import type { FakeState } from './state.js';

/** How a data point reads an application. */
type Read = (app: ApplicationRecord, state: FakeState) => string | number | boolean | null;

interface DataPoint extends ReportColumnRecord {
  read: Read;
}

const changedTo = (app: ApplicationRecord, status: string): string | null => {
  if (app.status !== status) return null;
  return app.statusHistory.filter((change) => change.status === status).at(-1)?.changedOn ?? null;
};

/** The `rowEntityTypeId` of a report whose rows are applications (UNCONFIRMED: SR's name for it). */
export const APPLICATION_ROW_ENTITY = 'APPLICATION';

/** Every data point the fake's applications reports can show, by id. */
export const APPLICATION_DATA_POINTS: readonly DataPoint[] = [
  {
    entityTypeId: 'APPLICATION',
    dataPointId: 'APPLICATION_ID',
    dataPointName: NAMES.job_application_id,
    dataPointType: 'ID',
    read: (a) => a.id,
  },
  {
    entityTypeId: 'CANDIDATE',
    dataPointId: 'CANDIDATE_ID',
    dataPointName: NAMES.candidate_id,
    dataPointType: 'ID',
    read: (a) => a.candidateId,
  },
  {
    entityTypeId: 'CANDIDATE',
    dataPointId: 'CANDIDATE_FIRST_NAME',
    dataPointName: NAMES.candidate_first_name,
    dataPointType: 'TEXT',
    read: (a, s) => s.candidates.get(a.candidateId)?.firstName ?? null,
  },
  {
    entityTypeId: 'CANDIDATE',
    dataPointId: 'CANDIDATE_LAST_NAME',
    dataPointName: NAMES.candidate_last_name,
    dataPointType: 'TEXT',
    read: (a, s) => s.candidates.get(a.candidateId)?.lastName ?? null,
  },
  {
    entityTypeId: 'JOB',
    dataPointId: 'JOB_ID',
    dataPointName: NAMES.job_id,
    dataPointType: 'ID',
    read: (a) => a.jobId,
  },
  {
    entityTypeId: 'JOB',
    dataPointId: 'JOB_TITLE',
    dataPointName: NAMES.job_name,
    dataPointType: 'TEXT',
    read: (a, s) => s.jobs.get(a.jobId)?.title ?? null,
  },
  {
    entityTypeId: 'APPLICATION',
    dataPointId: 'APPLICATION_STATUS',
    dataPointName: NAMES.status,
    dataPointType: 'ENUM',
    read: (a) => a.status,
  },
  {
    entityTypeId: 'APPLICATION',
    dataPointId: 'APPLICATION_SUB_STATUS',
    dataPointName: NAMES.sub_status,
    dataPointType: 'TEXT',
    read: (a) => a.subStatus,
  },
  {
    entityTypeId: 'APPLICATION',
    dataPointId: 'APPLICATION_DATE',
    dataPointName: NAMES.applied_at,
    dataPointType: 'DATE',
    read: (a) => a.createdOn,
  },
  {
    entityTypeId: 'APPLICATION',
    dataPointId: 'REJECTION_DATE',
    dataPointName: NAMES.rejected_at,
    dataPointType: 'DATE',
    read: (a) => changedTo(a, 'REJECTED'),
  },
  {
    entityTypeId: 'APPLICATION',
    dataPointId: 'HIRE_DATE',
    dataPointName: NAMES.hired_at,
    dataPointType: 'DATE',
    read: (a) => changedTo(a, 'HIRED'),
  },
  {
    entityTypeId: 'APPLICATION',
    dataPointId: 'START_DATE',
    dataPointName: NAMES.starts_at,
    dataPointType: 'DATE',
    read: (a) => a.startsOn,
  },
  {
    entityTypeId: 'APPLICATION',
    dataPointId: 'SOURCE',
    dataPointName: 'Source',
    dataPointType: 'TEXT',
    read: (a, s) => s.sourceValues.get(a.source.sourceId)?.label ?? a.source.sourceTypeId,
  },
  {
    entityTypeId: 'APPLICATION',
    dataPointId: 'REJECTION_REASON',
    dataPointName: 'Rejection Reason',
    dataPointType: 'TEXT',
    read: (a) => a.reasonOfRejection?.label ?? null,
  },
  {
    entityTypeId: 'APPLICATION',
    dataPointId: 'WITHDRAWAL_REASON',
    dataPointName: 'Withdrawal Reason',
    dataPointType: 'TEXT',
    read: (a) => a.reasonOfWithdrawal?.label ?? null,
  },
  {
    entityTypeId: 'CANDIDATE',
    dataPointId: 'CANDIDATE_EMAIL',
    dataPointName: 'Candidate Email',
    dataPointType: 'TEXT',
    read: (a, s) => s.candidates.get(a.candidateId)?.email ?? null,
  },
  {
    entityTypeId: 'CANDIDATE',
    dataPointId: 'CANDIDATE_AVERAGE_RATING',
    dataPointName: 'Candidate Average Rating',
    dataPointType: 'DECIMAL',
    read: (a, s) => s.candidates.get(a.candidateId)?.averageRating ?? null,
  },
  {
    entityTypeId: 'CANDIDATE',
    dataPointId: 'CANDIDATE_INTERNAL',
    dataPointName: 'Internal Candidate',
    dataPointType: 'BOOLEAN',
    read: (a, s) => s.candidates.get(a.candidateId)?.internal ?? null,
  },
];

const BY_ID = new Map(APPLICATION_DATA_POINTS.map((point) => [point.dataPointId, point]));

/** The columns of the data points with these ids, in this order. */
export function applicationColumns(ids: readonly string[]): ReportColumnRecord[] {
  return ids.map((id) => {
    const point = BY_ID.get(id);
    if (!point) throw new Error(`No application data point '${id}'`);
    const { read: _read, ...column } = point;
    return column;
  });
}

/** A report file's status at `now` (Unix ms of fake time). */
export function reportFileStatus(file: ReportFileRecord, now: number): string {
  if (now < file.runningAt) return 'PENDING';
  if (now < file.readyAt) return 'RUNNING';
  return file.errorReason === null ? 'COMPLETED' : 'FAILED';
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function field(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The CSV of a file whose rows are applications: a header of the columns' names, then one row per
 * application in the account's order, lines ended by CRLF (RFC 4180).
 */
export function renderApplicationsCsv(state: FakeState, columns: readonly ReportColumnRecord[]): Uint8Array {
  const reads = columns.map((column) => BY_ID.get(column.dataPointId)?.read ?? (() => null));
  const lines: string[] = [columns.map((column) => field(column.dataPointName)).join(',')];
  for (const app of state.applications.values()) {
    lines.push(reads.map((read) => field(read(app, state))).join(','));
  }
  lines.push('');
  return utf8(lines.join('\r\n'));
}

/** A report file as SR returns it, at `now`. */
export function reportFileView(file: ReportFileRecord, now: number): Record<string, unknown> {
  const status = reportFileStatus(file, now);
  const view: Record<string, unknown> = {
    reportFileId: file.id,
    reportId: file.reportId,
    reportFileStatus: status,
    scheduleType: file.scheduleType,
    schedulingDate: iso(file.scheduledAt),
  };
  if (status === 'COMPLETED' || status === 'FAILED') view.generationDate = iso(file.readyAt);
  if (status === 'FAILED') view.errorReason = file.errorReason;
  view.requestorId = file.requestorId;
  view.rowEntityTypeId = APPLICATION_ROW_ENTITY;
  view.columns = file.columns.map((column) => ({ ...column }));
  view.filters = [];
  return view;
}
