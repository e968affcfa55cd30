/**
 * A report file's data as typed rows, streamed: the CSV is parsed as it arrives (csv-parse, a
 * Node Transform stream), never held whole, and each row is typed by the file's columns. Node
 * only (csv-parse's streaming parser is built on Node's streams): the main entry never imports it.
 */
import { pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { RequestOptions } from '../client.js';
import {
  RequestAbortedError,
  SmartRecruitersError,
  UnexpectedResponseError,
  ValidationError,
} from '../core/errors.js';
import { errorOf } from '../internal/abort.js';
import { reportLayout, toReportRow } from '../mappers/report.js';
import {
  type ReportApplication,
  type ReportApplicationColumns,
  toUnifiedApplicationFromReportRow,
} from '../mappers/report-application.js';
import { isRecord } from '../mappers/shared.js';
import type { ReportColumn, ReportRow } from '../models/unified/report.js';
import type { ReportFileRef, Reports } from '../resources/reports.js';
import type { Warning } from '../schemas/unified/common.js';
import { toNodeReadable } from './downloads.js';

/** How far `reportRows` has read. */
export interface ReportProgress {
  /** Rows read so far (the header not counted). */
  rows: number;
  /** Bytes of the file parsed so far. */
  bytes: number;
  /** The file's size in bytes, when SmartRecruiters sent its `Content-Length`; else `null`. */
  total_bytes: number | null;
}

/** Options of `reportRows`. */
export interface ReportRowsOptions extends RequestOptions {
  /**
   * Called as the rows arrive: every `progressEveryRows` rows, and once at the end (with the
   * final counts). A throw from it stops the read.
   */
  onProgress?: ((progress: ReportProgress) => void) | undefined;
  /** Rows between two `onProgress` calls. Default 1 000. */
  progressEveryRows?: number | undefined;
  /**
   * Longest CSV record, in characters: a longer one (an unterminated quote, a file that is not
   * CSV) fails the read with `UnexpectedResponseError` instead of growing without bound.
   * Default 1 048 576.
   */
  maxRecordLength?: number | undefined;
}

/**
 * What `reportRows` reads: the `Reports` resource (`sr.reports`) and a completed file.
 *
 * @inline
 */
type RowSource = Pick<Reports, 'download' | 'getFile' | 'client'>;

const DEFAULT_PROGRESS_EVERY = 1000;
const DEFAULT_MAX_RECORD_LENGTH = 1_048_576;

function positiveInteger(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new ValidationError('Invalid options', [{ path: [name], message: 'must be a positive integer' }]);
  }
  return value;
}

/** The file's columns, read from SmartRecruiters when only its id was given (1 request). */
async function completedColumns(
  reports: RowSource,
  file: ReportFileRef,
  options: RequestOptions,
): Promise<{ file: ReportFileRef; columns: ReportColumn[] }> {
  const given = isRecord(file) && Array.isArray((file as { columns?: unknown }).columns) ? file : undefined;
  const read = given ?? (await reports.getFile(file, options));
  const status = (read as { status?: unknown }).status;
  if (status !== 'completed') {
    throw new ValidationError('Invalid file', [
      {
        path: ['file', 'status'],
        message: `is '${String(status)}': only a completed file has rows (wait with reports.waitForFile)`,
      },
    ]);
  }
  return { file: read, columns: (read as unknown as { columns: ReportColumn[] }).columns };
}

/** A parse failure in the SDK's words: where and what, never the file's content. */
function csvFailure(error: CsvError): UnexpectedResponseError {
  const line = (error as { lines?: unknown }).lines;
  return new UnexpectedResponseError(
    `The report file is not valid CSV${typeof line === 'number' ? ` (line ${line})` : ''}: ${error.code}`,
    { contentType: 'text/csv' },
  );
}

/**
 * Streams a report file's rows, each a `ReportRow` typed by the file's columns (numbers, booleans,
 * text; `null` when empty), read from its CSV as it arrives: memory stays bounded by a few chunks
 * and rows whatever the file's size, and the download keeps the client's bounds (`timeoutMs`
 * between reads, `maxDownloadBytes` in all; set `maxDownloadBytes` here for a large file).
 * `signal` stops it. Stopping the loop early cancels the download.
 *
 * `file` is a completed `ReportFile` (from `reports.run` or `reports.waitForFile`), or its id
 * (then read first: 1 more request). Values a column's type cannot read stay text, with a
 * warning (the `warning` hook); nothing is dropped.
 *
 * ```ts
 * import { reportRows } from 'smartrecruiters-sdk/node';
 * const file = await sr.reports.run(reportId);
 * for await (const row of reportRows(sr.reports, file, { onProgress: (p) => console.log(p.rows) })) {}
 * ```
 *
 * @throws ValidationError for a file that is not completed, before the download
 * @throws UnexpectedResponseError when the data is not CSV
 * @throws ResponseTooLargeError past `maxDownloadBytes`; TimeoutError when the download stalls
 */
export async function* reportRows(
  reports: RowSource,
  file: ReportFileRef,
  options: ReportRowsOptions = {},
): AsyncGenerator<ReportRow, void, undefined> {
  const { onProgress, progressEveryRows, maxRecordLength, ...request } = options;
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new ValidationError('Invalid options', [{ path: ['onProgress'], message: 'must be a function' }]);
  }
  const every = positiveInteger(progressEveryRows, 'progressEveryRows', DEFAULT_PROGRESS_EVERY);
  const maxRecord = positiveInteger(maxRecordLength, 'maxRecordLength', DEFAULT_MAX_RECORD_LENGTH);
  const { file: completed, columns } = await completedColumns(reports, file, request);
  const download = await reports.download(completed, request);
  const source = toNodeReadable(download, request.signal ? { signal: request.signal } : {});
  const parser = parse({
    bom: true,
    // A record with more or fewer values than the header is kept (and reported), not refused.
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: maxRecord,
  });
  // Backpressure end to end: the parser holds 16 KB of input and 16 records at most, and the
  // download is read only as fast as the loop below takes rows.
  pipeline(source, parser, () => undefined);
  const progress: ReportProgress = { rows: 0, bytes: 0, total_bytes: download.contentLength };
  const report = () => {
    progress.bytes = parser.info.bytes;
    onProgress?.({ ...progress });
  };
  let layout: ReturnType<typeof reportLayout> | undefined;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (layout === undefined) {
        layout = reportLayout(record, columns);
        continue;
      }
      const warnings: Warning[] = [];
      const row = toReportRow(record, layout, warnings, progress.rows + 1);
      if (warnings.length > 0) reports.client.emitWarnings(warnings);
      progress.rows++;
      if (progress.rows % every === 0) report();
      yield row;
    }
    report();
  } catch (error) {
    if (request.signal?.aborted) throw errorOf(request.signal);
    if (error instanceof CsvError) throw csvFailure(error);
    if (error instanceof SmartRecruitersError) throw error;
    if ((error as { name?: unknown } | null)?.name === 'AbortError')
      throw new RequestAbortedError('Aborted', { cause: error });
    throw new SmartRecruitersError('The report file could not be read', { cause: error });
  } finally {
    // A loop stopped early (or failed) ends the download too.
    parser.destroy();
    source.destroy();
  }
}

/** Options of `reportApplications`. */
export interface ReportApplicationsOptions<M = never> extends ReportRowsOptions {
  /** The column names of the report, where they differ from `REPORT_APPLICATION_COLUMNS`. */
  columns?: Partial<ReportApplicationColumns> | undefined;
  /** Keep each row in `remote_data`. Default `true`. */
  includeRemoteData?: boolean | undefined;
  /** Mapping extension: its output becomes `custom_mappings`. */
  mapping?: ((row: ReportRow, unified: Omit<ReportApplication, 'custom_mappings'>) => M) | undefined;
}

/**
 * Streams an applications report file's rows as unified Applications (see
 * `toUnifiedApplicationFromReportRow`: what a report cannot give is `null` and in `not_fetched`).
 * A row without a candidate id or a job id is left out, with a warning. Everything else as
 * `reportRows`.
 *
 * ```ts
 * const file = await sr.reports.run(reportId);
 * for await (const application of reportApplications(sr.reports, file)) await db.upsert(application);
 * ```
 */
export async function* reportApplications<M = never>(
  reports: RowSource,
  file: ReportFileRef,
  options: ReportApplicationsOptions<M> = {},
): AsyncGenerator<ReportApplication<M>, void, undefined> {
  const { columns, includeRemoteData, mapping, ...rows } = options;
  let line = 0;
  for await (const row of reportRows(reports, file, rows)) {
    line++;
    const warnings: Warning[] = [];
    const application = toUnifiedApplicationFromReportRow<M>(row, {
      columns,
      includeRemoteData,
      warnings,
      line,
      ...(mapping ? { mapping: mapping as never } : {}),
    });
    if (warnings.length > 0) reports.client.emitWarnings(warnings);
    if (application) yield application;
  }
}
