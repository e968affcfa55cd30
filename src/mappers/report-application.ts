/**
 * A row of an applications report (Report Builder, one row per application) -> the unified
 * Application, as far as a report's columns can give it. Pure: no I/O.
 */

import type { ReportRow, ReportValue } from '../models/unified/report.js';
import type { ApplicationModel } from '../schemas/unified/application.js';
import type { Warning, WithCustomMappings } from '../schemas/unified/common.js';
import { toApplicationOutcome, toUnifiedApplicationStatus } from './application.js';
import { fullName } from './shared.js';

/**
 * The columns of an applications report the unified Application is read from: each field's column
 * name (what the CSV header says). UNCONFIRMED: SmartRecruiters documents the Reporting API's
 * shapes, not the names of Report Builder's data points; these are the names the SDK expects,
 * and the one place to change them. Pass your own to `reportApplications({ columns })` for a report
 * whose columns are named otherwise.
 */
export const REPORT_APPLICATION_COLUMNS = {
  /** SmartRecruiters' job application id. */
  job_application_id: 'Application ID',
  /** The candidate's id. */
  candidate_id: 'Candidate ID',
  /** The candidate's first name. */
  candidate_first_name: 'Candidate First Name',
  /** The candidate's last name. */
  candidate_last_name: 'Candidate Last Name',
  /** The job's id. */
  job_id: 'Job ID',
  /** The job's title. */
  job_name: 'Job Title',
  /** SR's status (`IN_REVIEW`, or as Report Builder writes it: `In Review`). */
  status: 'Application Status',
  /** The application's sub-status. */
  sub_status: 'Application Sub-Status',
  /** When the candidate applied. */
  applied_at: 'Application Date',
  /** When the application was rejected. */
  rejected_at: 'Rejection Date',
  /** When the candidate was hired. */
  hired_at: 'Hire Date',
  /** The hire's start date. */
  starts_at: 'Start Date',
} as const;

/** The column names `toUnifiedApplicationFromReportRow` reads, by what they hold. */
export type ReportApplicationColumns = { [K in keyof typeof REPORT_APPLICATION_COLUMNS]: string };

/**
 * The unified Application fields a report cannot give: a report writes labels, not the ids the
 * model's references need (source, reasons), and holds no link, no candidate properties and no
 * screening answers. They are `null` (or `[]`) and named in `not_fetched`; the labels the row
 * holds stay in `remote_data` (the row). Read them with `applications.get()` where needed.
 */
export const REPORT_APPLICATION_NOT_AVAILABLE = [
  'source',
  'reject_reason',
  'withdraw_reason',
  'web_url',
  'custom_fields',
  'screening_answers',
  'updated_at',
] as const satisfies ReadonlyArray<ApplicationModel['not_fetched'][number]>;

/** An Application read from a report row: `remote_data` is the row. */
export type ReportApplicationModel = Omit<ApplicationModel, 'remote_data'> & {
  /** The report row as read; absent with `includeRemoteData: false`. */
  remote_data?: ReportRow;
};
/** An Application read from a report row; `custom_mappings: M` with a mapping extension. */
export type ReportApplication<M = never> = WithCustomMappings<ReportApplicationModel, M>;

/** Options of `toUnifiedApplicationFromReportRow`. */
export interface ReportApplicationContext<M = never> {
  /** The column names to read. Default `REPORT_APPLICATION_COLUMNS`. */
  columns?: Partial<ReportApplicationColumns> | undefined;
  /** Keep the row in `remote_data`. Default `true`. */
  includeRemoteData?: boolean | undefined;
  /** Collector for warnings (a row without a candidate or job id). */
  warnings?: Warning[] | undefined;
  /** Mapping extension: its output becomes `custom_mappings`. */
  mapping?: ((row: ReportRow, unified: ReportApplicationModel) => M) | undefined;
  /** The row's line in the file (1 is the first row after the header), for warnings. */
  line?: number | undefined;
}

function text(value: ReportValue | undefined): string | null {
  if (value === undefined || value === null) return null;
  const out = String(value).trim();
  return out === '' ? null : out;
}

/** SR's status as Report Builder may write it (`In Review`, `in review`) -> `IN_REVIEW`. */
function srStatus(value: string | null): string | null {
  return value === null
    ? null
    : value
        .trim()
        .toUpperCase()
        .replace(/[\s-]+/g, '_');
}

/**
 * Maps one applications report row to the unified Application (id `candidateId:jobId`). A row
 * without a candidate id or a job id cannot be addressed: `null`, with a warning. See
 * `REPORT_APPLICATION_NOT_AVAILABLE` for what a report cannot give. Never throws on the row.
 */
export function toUnifiedApplicationFromReportRow<M = never>(
  row: ReportRow,
  context: ReportApplicationContext<M> = {},
): ReportApplication<M> | null {
  const columns = { ...REPORT_APPLICATION_COLUMNS, ...(context.columns ?? {}) };
  const read = (field: keyof ReportApplicationColumns) =>
    Object.hasOwn(row, columns[field]) ? text(row[columns[field]]) : null;
  const candidateId = read('candidate_id');
  const jobId = read('job_id');
  if (candidateId === null || jobId === null || candidateId.includes(':') || jobId.includes(':')) {
    const where = context.line === undefined ? 'a row' : `row ${context.line}`;
    context.warnings?.push({
      code: 'missing_id',
      message: `SmartRecruiters report file: ${where}: no usable '${columns.candidate_id}' and '${columns.job_id}'; the row is not an application`,
      path: [],
      record_id: null,
    });
    return null;
  }
  const remoteStatus = srStatus(read('status'));
  const status = toUnifiedApplicationStatus(remoteStatus);
  const appliedAt = read('applied_at');
  const unified: ReportApplicationModel = {
    id: `${candidateId}:${jobId}`,
    created_at: appliedAt,
    updated_at: null,
    not_fetched: [...REPORT_APPLICATION_NOT_AVAILABLE],
    candidate: {
      id: candidateId,
      name: fullName(read('candidate_first_name'), read('candidate_last_name')),
    },
    job: { id: jobId, name: read('job_name') },
    status,
    remote_status: remoteStatus,
    sub_status: read('sub_status'),
    outcome: toApplicationOutcome(status),
    source: null,
    reject_reason: null,
    withdraw_reason: null,
    starts_at: read('starts_at'),
    applied_at: appliedAt,
    rejected_at: read('rejected_at'),
    hired_at: read('hired_at'),
    web_url: null,
    job_application_id: read('job_application_id'),
    custom_fields: [],
    screening_answers: null,
  };
  const model = unified as ReportApplicationModel & { custom_mappings?: M };
  if (context.includeRemoteData !== false) model.remote_data = row;
  if (context.mapping) model.custom_mappings = context.mapping(row, unified);
  return model as ReportApplication<M>;
}
