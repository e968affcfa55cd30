/**
 * Report mappers: SR Report Builder reports and report files (Reporting API) -> unified `Report`
 * and `ReportFile`, and a report file's CSV record -> a typed `ReportRow`.
 */

import type {
  Report,
  ReportColumn,
  ReportFile,
  ReportFileModel,
  ReportModel,
  ReportRow,
  ReportValue,
} from '../models/unified/report.js';
import type { SrReport, SrReportColumn, SrReportFile } from '../routes/reporting.js';
import { SrReportFileSchema, SrReportSchema } from '../schemas/compiled/sr/reporting.js';
import type { Warning } from '../schemas/unified/common.js';
import type { ReportColumnType, ReportFileStatus, ReportScheduleType } from '../schemas/unified/enums.js';
import type { MapperContext } from './context.js';
import { finish, lookup, orNull, parseLeniently, warningSink } from './shared.js';

const COLUMN_TYPES: Readonly<Record<string, Exclude<ReportColumnType, 'other'>>> = {
  ID: 'id',
  DATE: 'date',
  NUMBER: 'number',
  TEXT: 'text',
  ENUM: 'enum',
  BOOLEAN: 'boolean',
  DECIMAL: 'decimal',
};

const FILE_STATUSES: Readonly<Record<string, Exclude<ReportFileStatus, 'other'>>> = {
  PENDING: 'pending',
  RUNNING: 'running',
  COMPLETED: 'completed',
  FAILED: 'failed',
};

const SCHEDULE_TYPES: Readonly<Record<string, Exclude<ReportScheduleType, 'other'>>> = {
  AD_HOC: 'ad_hoc',
  SCHEDULED: 'scheduled',
};

/** An SR report column -> unified `ReportColumn` (unknown `dataPointType`: `other`). */
export function toReportColumn(column: SrReportColumn): ReportColumn {
  const remote = orNull(column.dataPointType);
  return {
    name: orNull(column.dataPointName),
    data_point_id: orNull(column.dataPointId),
    instance_name: orNull(column.dataPointInstanceName),
    entity: orNull(column.entityTypeId),
    type: remote === null ? 'other' : lookup(COLUMN_TYPES, remote, 'other'),
    remote_type: remote,
  };
}

/** Options of `toUnifiedReport`. */
export type ReportMapperContext<M = never> = MapperContext<M, SrReport, ReportModel>;

/**
 * Maps an SR report (an item of `GET /reporting-api/v201804/reports`, or its details) to the
 * unified Report. Never throws on SR data: fields that fail lenient validation become warnings
 * and map as missing.
 */
export function toUnifiedReport<M = never>(raw: unknown, context: ReportMapperContext<M> = {}): Report<M> {
  const id =
    typeof (raw as { reportId?: unknown } | null)?.reportId === 'string' ? (raw as SrReport).reportId : null;
  const sink = warningSink(context.warnings, id, 'report');
  const report = parseLeniently(SrReportSchema, raw, sink);
  const unified: ReportModel = {
    id: report.reportId,
    created_at: orNull(report.creationDate),
    updated_at: orNull(report.modificationDate),
    not_fetched: [],
    name: orNull(report.name),
    row_entity: orNull(report.rowEntityTypeId),
    columns: (report.columns ?? []).map(toReportColumn),
    formats: (report.reportFormats ?? []).map((format) => format.toLowerCase()),
    schedule_frequency: report.schedule?.frequency ? report.schedule.frequency.toLowerCase() : null,
    creator: report.creatorId ? { id: report.creatorId } : null,
  };
  return finish(unified, raw, report, context);
}

/** Options of `toUnifiedReportFile`. */
export type ReportFileMapperContext<M = never> = MapperContext<M, SrReportFile, ReportFileModel>;

/**
 * Maps an SR report file (`GET /reporting-api/v201804/files/{reportFileId}`, an item of a report's
 * files, or the answer of an ad hoc generation) to the unified ReportFile. Never throws on SR
 * data: an unknown status maps to `other`, with SR's value in `remote_status`.
 */
export function toUnifiedReportFile<M = never>(
  raw: unknown,
  context: ReportFileMapperContext<M> = {},
): ReportFile<M> {
  const id =
    typeof (raw as { reportFileId?: unknown } | null)?.reportFileId === 'string'
      ? (raw as SrReportFile).reportFileId
      : null;
  const sink = warningSink(context.warnings, id, 'report file');
  const file = parseLeniently(SrReportFileSchema, raw, sink);
  const status = orNull(file.reportFileStatus);
  const scheduleType = orNull(file.scheduleType);
  const unified: ReportFileModel = {
    id: file.reportFileId,
    created_at: orNull(file.schedulingDate),
    updated_at: orNull(file.generationDate),
    not_fetched: [],
    report: file.reportId ? { id: file.reportId } : null,
    status: status === null ? 'other' : lookup(FILE_STATUSES, status, 'other'),
    remote_status: status,
    error_reason: orNull(file.errorReason),
    schedule_type: scheduleType === null ? null : lookup(SCHEDULE_TYPES, scheduleType, 'other'),
    generated_at: orNull(file.generationDate),
    requestor: file.requestorId ? { id: file.requestorId } : null,
    row_entity: orNull(file.rowEntityTypeId),
    columns: (file.columns ?? []).map(toReportColumn),
  };
  return finish(unified, raw, file, context);
}

const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['false', 'no', '0']);

/**
 * One value of a report row, typed by its column: numbers for `number` and `decimal`, booleans
 * for `boolean`, text for the rest (ids, text, enums, dates as SmartRecruiters writes them);
 * `null` when empty. A value its column's type cannot read stays text, with a warning: it is
 * never dropped.
 */
export function toReportValue(
  text: string,
  type: ReportColumnType | undefined,
  onMismatch?: (expected: string) => void,
): ReportValue {
  if (text === '') return null;
  if (type === 'number' || type === 'decimal') {
    const trimmed = text.trim();
    const value = trimmed === '' ? Number.NaN : Number(trimmed);
    if (Number.isFinite(value)) return value;
    onMismatch?.('a number');
    return text;
  }
  if (type === 'boolean') {
    const lower = text.trim().toLowerCase();
    if (TRUE.has(lower)) return true;
    if (FALSE.has(lower)) return false;
    onMismatch?.('a boolean');
    return text;
  }
  return text;
}

/**
 * How a file's CSV columns are named and typed: the CSV header, each name matched to the file's
 * column of that name (SR `dataPointName`), else to the column at its position when the header
 * has as many names as the file has columns. A header name that repeats gets ` (2)`, ` (3)`...
 * so no value is lost. UNCONFIRMED: which name SmartRecruiters writes in the header (the data
 * point's name is assumed).
 */
export interface ReportLayout {
  /** Each CSV column's name: the header's, a repeated one suffixed ` (2)`, ` (3)`... */
  names: string[];
  /** Each CSV column's type, from the file's matching column; `undefined` when none matched. */
  types: Array<ReportColumnType | undefined>;
}

/** Builds the layout of a file's rows from its CSV header and its columns. */
export function reportLayout(header: readonly string[], columns: readonly ReportColumn[]): ReportLayout {
  const byName = new Map<string, ReportColumn>();
  for (const column of columns)
    if (column.name !== null && !byName.has(column.name)) byName.set(column.name, column);
  const positional = header.length === columns.length;
  const seen = new Map<string, number>();
  const names = header.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
  const types = header.map((name, i) => (byName.get(name) ?? (positional ? columns[i] : undefined))?.type);
  return { names, types };
}

/**
 * One CSV record of a report file -> a `ReportRow` (each value typed by its column; see
 * `toReportValue`). A record with more values than the header keeps the extra ones as `column N`
 * (1-based), and one with fewer leaves the missing columns `null`; either is a warning.
 */
export function toReportRow(
  record: readonly string[],
  layout: ReportLayout,
  warnings?: Warning[],
  line?: number,
): ReportRow {
  const entries: Array<[string, ReportValue]> = [];
  const where = line === undefined ? 'a row' : `row ${line}`;
  const warn = (code: string, message: string, path: Array<string | number>) =>
    warnings?.push({
      code,
      message: `SmartRecruiters report file: ${where}: ${message}`,
      path,
      record_id: null,
    });
  const count = Math.max(record.length, layout.names.length);
  for (let i = 0; i < count; i++) {
    const name = layout.names[i] ?? `column ${i + 1}`;
    const text = record[i];
    if (text === undefined) {
      entries.push([name, null]);
      continue;
    }
    const value = toReportValue(text, layout.types[i], (expected) =>
      warn('invalid_field', `${name}: expected ${expected}, kept as text`, [name]),
    );
    entries.push([name, value]);
  }
  if (record.length !== layout.names.length) {
    warn('column_count', `${record.length} values for ${layout.names.length} columns`, []);
  }
  // fromEntries defines own properties: a header such as `__proto__` is a column like any other.
  return Object.fromEntries(entries);
}
