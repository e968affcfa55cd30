import type { RequestOptions } from '../client.js';
import {
  APIError,
  parseRetryAfter,
  SmartRecruitersError,
  TimeoutError,
  ValidationError,
} from '../core/errors.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { BinaryResponse } from '../internal/response.js';
import { type BackoffOptions, backoffDelay } from '../internal/retry.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { toUnifiedReport, toUnifiedReportFile } from '../mappers/report.js';
import { isRecord } from '../mappers/shared.js';
import type { ReportListParams } from '../models/unified/report.js';
import { REPORTING_API } from '../routes/reporting.js';
import { ReportListParamsSchema } from '../schemas/compiled/unified/report.js';
import type { Warning } from '../schemas/unified/common.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';

// Here, not in core/errors.ts: only a program that reads reports bundles it.
/**
 * A report file SmartRecruiters could not generate (its status is `FAILED`): `errorReason` says
 * why, e.g. `MISSING_ACCESS_GROUP` (https://developers.smartrecruiters.com/reference/files).
 * Waiting longer will not help.
 */
export class ReportFileFailedError extends SmartRecruitersError {
  /** Always `'ReportFileFailedError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'ReportFileFailedError';
  /** The report file. */
  readonly reportFileId: string;
  /** SmartRecruiters' `errorReason`, `null` when it gave none. */
  readonly errorReason: string | null;

  constructor(reportFileId: string, errorReason: string | null) {
    super(
      `SmartRecruiters could not generate report file '${reportFileId}'${errorReason ? ` (${errorReason})` : ''}`,
    );
    this.reportFileId = reportFileId;
    this.errorReason = errorReason;
  }
}

/** A report file as the methods take it: its id, or a `ReportFile`. */
export type ReportFileRef =
  | string
  | {
      /** The report file's id (a `ReportFile`). */
      id: string;
    };

/** Options of `reports.waitForFile` and `reports.run`. */
export interface ReportWaitOptions extends RequestOptions {
  /**
   * Longest wait for the file, in ms, on the client's clock (`clock`): past it, `TimeoutError`.
   * Default 1 800 000 (30 minutes).
   */
  maxWaitMs?: number | undefined;
  /** Most status reads; past them, `TimeoutError`. Default 120. */
  maxPolls?: number | undefined;
  /**
   * First delay between two status reads, ms; each next one doubles, up to `maxDelayMs`, each
   * with jitter (between half and all of it). A `Retry-After` SmartRecruiters sends with a status
   * is waited instead. Default 2 000.
   */
  initialDelayMs?: number | undefined;
  /** Longest delay between two status reads, ms. Default 60 000. */
  maxDelayMs?: number | undefined;
  /** Called after each status read, with the file as read and the number of reads so far. */
  onPoll?: ((file: ReportFileLike, polls: number) => void) | undefined;
}

/** What `onPoll` receives: the unified report file (with your mapping extension, if any). */
export type ReportFileLike = ModelsOf<Mappings>['reportFile'];

const DEFAULT_WAIT = { maxWaitMs: 1_800_000, maxPolls: 120, initialDelayMs: 2_000, maxDelayMs: 60_000 };

function positiveOption(value: unknown, name: string, fallback: number, integer = false): number {
  if (value === undefined) return fallback;
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value <= 0 ||
    (integer && !Number.isInteger(value))
  ) {
    throw new ValidationError('Invalid wait options', [
      { path: [name], message: integer ? 'must be a positive integer' : 'must be a positive number' },
    ]);
  }
  return value;
}

function fileId(file: ReportFileRef, name = 'file'): string {
  if (typeof file === 'string') return requireId(file, name);
  if (isRecord(file)) return requireId(file.id, `${name}.id`);
  throw new ValidationError(`Invalid ${name}`, [
    { path: [name], message: 'expected a report file id or a ReportFile' },
  ]);
}

/**
 * Report Builder reports (SmartRecruiters Reporting API,
 * https://developers.smartrecruiters.com/reference/reports): list them, generate a file of one,
 * wait for it, download its CSV. A report's file carries a whole account's records (all its
 * applications, for an applications report) in a few requests instead of one per record. Read a
 * file's rows, typed, with `reportRows` (or as unified Applications with `reportApplications`)
 * from `smartrecruiters-sdk/node`.
 *
 * ```ts
 * const file = await sr.reports.run(reportId); // generates a file and waits for it
 * for await (const row of reportRows(sr.reports, file)) console.log(row['Candidate ID']);
 * ```
 */
export class Reports<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /** Reports, most recently modified first (1,000 per request unless `limit` says otherwise). */
  list(params: ReportListParams = {}, options?: RequestOptions): PagePromise<ModelsOf<Mp>['report']> {
    return this.deferred(() =>
      this.paginate({
        list: 'reports',
        path: `${REPORTING_API}/reports`,
        params,
        toQuery: (p) => {
          const { limit } = parseInput(ReportListParamsSchema, p, 'report list parameters');
          return limit === undefined ? {} : { limit };
        },
        request: options,
        srTotal: false,
        mapPage: async (items, { warnings }) =>
          items.map((raw) => this.toModel('report', toUnifiedReport, raw, warnings)),
      }),
    );
  }

  /** One report: its name, columns and schedule. */
  async get(reportId: string, options?: RequestOptions): Promise<ModelsOf<Mp>['report']> {
    const raw = await this.client.get(`${REPORTING_API}/reports/{reportId}`, {
      ...options,
      params: { reportId: requireId(reportId, 'reportId') },
    });
    return this.mapOne((warnings) => this.toModel('report', toUnifiedReport, raw, warnings));
  }

  /** A report's files, newest first: scheduled and ad hoc, of any status. */
  files(
    reportId: string,
    params: ReportListParams = {},
    options?: RequestOptions,
  ): PagePromise<ModelsOf<Mp>['reportFile']> {
    return this.deferred(() => {
      const id = requireId(reportId, 'reportId');
      return this.paginate({
        // The report is part of the list: a cursor of another report's files is refused.
        list: `report-files:${id}`,
        path: `${REPORTING_API}/reports/{reportId}/files`,
        pathParams: { reportId: id },
        params,
        toQuery: (p) => {
          const { limit } = parseInput(ReportListParamsSchema, p, 'report file list parameters');
          return limit === undefined ? {} : { limit };
        },
        request: options,
        srTotal: false,
        mapPage: async (items, { warnings }) =>
          items.map((raw) => this.toModel('reportFile', toUnifiedReportFile, raw, warnings)),
      });
    });
  }

  /** One report file: its status, and its columns. */
  async getFile(file: ReportFileRef, options?: RequestOptions): Promise<ModelsOf<Mp>['reportFile']> {
    return (await this.readFile(fileId(file), options)).file;
  }

  /**
   * The report's most recent generated file. With `etag` (the `etag` of an earlier answer),
   * `null` when no newer file was generated since: SmartRecruiters answers 304 without a body.
   *
   * @throws NotFoundError when the report has no generated file yet
   */
  async latestFile(
    reportId: string,
    options: RequestOptions & { etag?: string | undefined } = {},
  ): Promise<{
    /** The latest file. */
    file: ModelsOf<Mp>['reportFile'];
    /** The answer's `ETag`: pass it as `etag` next time; `null` when SmartRecruiters sent none. */
    etag: string | null;
  } | null> {
    const { etag, ...request } = options;
    if (etag !== undefined && (typeof etag !== 'string' || etag === '')) {
      throw new ValidationError('Invalid options', [
        { path: ['etag'], message: 'must be a non-empty string' },
      ]);
    }
    try {
      const response = await this.client.requestWithResponse({
        ...request,
        method: 'GET',
        path: `${REPORTING_API}/reports/{reportId}/files/recent`,
        params: { reportId: requireId(reportId, 'reportId') },
        headers: { ...(request.headers ?? {}), ...(etag ? { 'if-none-match': etag } : {}) },
      });
      const file = this.mapOne((warnings) =>
        this.toModel('reportFile', toUnifiedReportFile, response.data, warnings),
      );
      return { file, etag: response.headers.get('etag') };
    } catch (error) {
      if (error instanceof APIError && error.status === 304) return null;
      throw error;
    }
  }

  /**
   * Asks SmartRecruiters for an ad hoc file of the report. The file is generated asynchronously:
   * the answer is `pending`; wait for it with `waitForFile`, or use `run`, which does both.
   * Not retried (a second request would be refused while the first is pending).
   *
   * @throws BadRequestError while another file of the report is pending generation
   */
  async generate(reportId: string, options?: RequestOptions): Promise<ModelsOf<Mp>['reportFile']> {
    const raw = await this.client.post(`${REPORTING_API}/reports/{reportId}/files`, {
      ...options,
      params: { reportId: requireId(reportId, 'reportId') },
    });
    return this.mapOne((warnings) => this.toModel('reportFile', toUnifiedReportFile, raw, warnings));
  }

  /**
   * Waits until a report file is generated, reading its status with exponential backoff and
   * jitter (or SmartRecruiters' `Retry-After`), within `maxWaitMs` and `maxPolls`; `signal`
   * stops it. Given a `ReportFile` that is still pending, it waits before the first read.
   *
   * @throws ReportFileFailedError when SmartRecruiters could not generate the file
   * @throws TimeoutError past `maxWaitMs` or `maxPolls`
   * @throws RequestAbortedError when `signal` aborts
   */
  async waitForFile(
    file: ReportFileRef,
    options: ReportWaitOptions = {},
  ): Promise<ModelsOf<Mp>['reportFile']> {
    const id = fileId(file);
    const { maxWaitMs, maxPolls, initialDelayMs, maxDelayMs, onPoll, ...request } = options;
    const wait = {
      maxWaitMs: positiveOption(maxWaitMs, 'maxWaitMs', DEFAULT_WAIT.maxWaitMs),
      maxPolls: positiveOption(maxPolls, 'maxPolls', DEFAULT_WAIT.maxPolls, true),
    };
    const backoff: BackoffOptions = {
      initialDelayMs: positiveOption(initialDelayMs, 'initialDelayMs', DEFAULT_WAIT.initialDelayMs),
      maxDelayMs: positiveOption(maxDelayMs, 'maxDelayMs', DEFAULT_WAIT.maxDelayMs),
    };
    if (onPoll !== undefined && typeof onPoll !== 'function') {
      throw new ValidationError('Invalid wait options', [
        { path: ['onPoll'], message: 'must be a function' },
      ]);
    }
    const clock = this.client.clock;
    const deadline = clock.now() + wait.maxWaitMs;
    let current: ModelsOf<Mp>['reportFile'] | undefined =
      typeof file === 'string' ? undefined : (file as never);
    let retryAfter: number | undefined;
    let polls = 0;
    for (;;) {
      if (current !== undefined) {
        if (current.status === 'completed') return current;
        if (current.status === 'failed') throw new ReportFileFailedError(id, current.error_reason);
        if (polls >= wait.maxPolls) {
          throw new TimeoutError(
            `Report file '${id}' was not generated after ${polls} status reads (maxPolls); it was ${current.remote_status ?? 'of no status'}`,
          );
        }
        const delay = retryAfter ?? backoffDelay(polls + 1, backoff);
        if (clock.now() + delay > deadline) {
          throw new TimeoutError(
            `Report file '${id}' was not generated within ${wait.maxWaitMs} ms (maxWaitMs); it was ${current.remote_status ?? 'of no status'}`,
          );
        }
        await clock.sleep(delay, request.signal);
      }
      const read = await this.readFile(id, request);
      polls++;
      current = read.file;
      retryAfter = read.retryAfter;
      onPoll?.(current as ReportFileLike, polls);
    }
  }

  /**
   * Generates an ad hoc file of the report and waits for it (`generate`, then `waitForFile`). When
   * a file of the report is already pending, SmartRecruiters refuses another: `run` then waits for
   * that one (its newest pending or running file).
   *
   * @throws ReportFileFailedError, TimeoutError, RequestAbortedError as `waitForFile`
   */
  async run(reportId: string, options: ReportWaitOptions = {}): Promise<ModelsOf<Mp>['reportFile']> {
    const {
      maxWaitMs: _w,
      maxPolls: _p,
      initialDelayMs: _i,
      maxDelayMs: _d,
      onPoll: _o,
      ...request
    } = options;
    let file: ModelsOf<Mp>['reportFile'];
    try {
      file = await this.generate(reportId, request);
    } catch (error) {
      if (!(error instanceof APIError && error.status === 400)) throw error;
      const page = await this.files(reportId, { limit: 10 }, request);
      const pending = page.result.find((f) => f.status === 'pending' || f.status === 'running');
      if (!pending) throw error;
      file = pending;
    }
    return this.waitForFile(file, options);
  }

  /**
   * Downloads a generated file's data: CSV, streamed, each read bounded by `timeoutMs` and the
   * whole by `maxDownloadBytes` (set it per call for a large account: a 100,000-application report
   * is some tens of MB). Given a `ReportFile` that is not `completed`, a `ValidationError` before
   * any request. Parse it with `reportRows` from `smartrecruiters-sdk/node`, or stream it anywhere.
   */
  async download(file: ReportFileRef, options?: RequestOptions): Promise<BinaryResponse> {
    const id = fileId(file);
    const status = isRecord(file) ? (file as { status?: unknown }).status : undefined;
    if (status !== undefined && status !== 'completed') {
      throw new ValidationError('Invalid file', [
        { path: ['file', 'status'], message: `is '${String(status)}': only a completed file has data` },
      ]);
    }
    return this.client.request<BinaryResponse>({
      ...options,
      method: 'GET',
      path: `${REPORTING_API}/files/{reportFileId}/data`,
      params: { reportFileId: id },
      // Always a stream: a report file may be far larger than a JSON answer may be.
      responseType: 'stream',
      headers: { ...(options?.headers ?? {}), accept: 'text/csv' },
    });
  }

  private async readFile(id: string, options?: RequestOptions) {
    const response = await this.client.requestWithResponse({
      ...options,
      method: 'GET',
      path: `${REPORTING_API}/files/{reportFileId}`,
      params: { reportFileId: id },
    });
    const warnings: Warning[] = [];
    const file = this.toModel('reportFile', toUnifiedReportFile, response.data, warnings);
    this.client.emitWarnings(warnings);
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'), this.client.clock.now());
    return { file, retryAfter: retryAfter !== undefined && retryAfter > 0 ? retryAfter : undefined };
  }
}
