/**
 * The Reporting API (`/reporting-api/v201804`): Report Builder reports, their files and the
 * files' CSV data (https://developers.smartrecruiters.com/reference/reports). A report's rows are
 * the account's applications.
 *
 * Generation takes fake time: an ad hoc file is `PENDING`, then `RUNNING`, then `COMPLETED`
 * (`FAILED` for a report that fails, with its `errorReason`), as `fake.advanceTime()` or an SDK
 * waiting on `fake.clock` moves it; how long is the fake's `reportGenerationMs` option. A file's
 * CSV is rendered when first read after it completed. Asking for a file while another of the
 * report is pending is 400, as SR documents; its code is the fake's own (UNCONFIRMED).
 *
 * Scopes as SmartRecruiters documents them: `reporting_read`, and `reporting_write` to generate.
 */
import { REPORTING_API } from '../../routes/reporting.js';
import { absoluteUrl, found, type HandlerContext, param, type RouteDef, route } from '../context.js';
import { badRequest, notFound } from '../errors.js';
import { binary, json } from '../http.js';
import type { ReportFileRecord, ReportRecord } from '../model.js';
import { keysetPage } from '../pagination.js';
import {
  APPLICATION_ROW_ENTITY,
  renderApplicationsCsv,
  reportFileStatus,
  reportFileView,
} from '../reporting.js';
import { S } from '../scopes.js';

const API = REPORTING_API;
/** SR's largest page of reports or files. */
const MAX_LIMIT = 1000;

function reportView(report: ReportRecord): Record<string, unknown> {
  const view: Record<string, unknown> = {
    reportId: report.id,
    name: report.name,
    rowEntityTypeId: report.rowEntityTypeId,
    columns: report.columns.map((column) => ({ ...column })),
    filters: [],
    grantees: [...report.grantees],
    reportFormats: [...report.reportFormats],
    creatorId: report.creatorId,
    creationDate: report.createdOn,
    modifierId: report.creatorId,
    modificationDate: report.updatedOn,
  };
  if (report.frequency !== null) {
    view.schedule = { activityPeriod: { from: report.createdOn }, frequency: report.frequency };
  }
  return view;
}

function findReport(ctx: HandlerContext): ReportRecord {
  return found(ctx.services.state.reports.get(param(ctx, 'reportId')), 'Report', 'REPORT_NOT_FOUND');
}

function findFile(ctx: HandlerContext): ReportFileRecord {
  return found(
    ctx.services.state.reportFiles.get(param(ctx, 'reportFileId')),
    'Report file',
    'REPORT_FILE_NOT_FOUND',
  );
}

/** Newest first, by `key`; SR's `page` is the opaque position after a page's last item. */
function paged<T>(
  ctx: HandlerContext,
  items: T[],
  key: (item: T) => string,
  view: (item: T) => unknown = (item) => item,
) {
  const keyed = items.map((item) => ({ item, key: key(item) })).sort((a, b) => (a.key < b.key ? 1 : -1));
  const page = keysetPage(keyed, {
    key: (entry) => entry.key,
    compare: (a, b) => (a < b ? 1 : a > b ? -1 : 0),
    limit: ctx.query.limit(10, MAX_LIMIT),
    pageId: ctx.query.get('page'),
    paramName: 'page',
  });
  const body: Record<string, unknown> = { content: page.items.map((entry) => view(entry.item)) };
  if (!page.nextPageId) return json(200, body);
  body.nextPage = page.nextPageId;
  const query = new URLSearchParams(ctx.query.params);
  query.set('page', page.nextPageId);
  // SR's documented example names the relation `link`.
  return json(200, body, { link: `<${absoluteUrl(ctx, ctx.path)}?${query.toString()}>; rel="link"` });
}

/** The newest file of a report that completed, if any. */
function latestCompleted(ctx: HandlerContext, report: ReportRecord): ReportFileRecord | undefined {
  const now = ctx.services.clock.now();
  let latest: ReportFileRecord | undefined;
  for (const file of ctx.services.state.reportFiles.values()) {
    if (file.reportId !== report.id || reportFileStatus(file, now) !== 'COMPLETED') continue;
    if (!latest || file.readyAt > latest.readyAt) latest = file;
  }
  return latest;
}

const etagOf = (file: ReportFileRecord) => `"${file.id}"`;

/** 304 when `If-None-Match` names the file (or any, with `*`). */
function notModified(ctx: HandlerContext, file: ReportFileRecord): boolean {
  const header = ctx.headers.get('if-none-match');
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etagOf(file));
}

function csv(ctx: HandlerContext, file: ReportFileRecord, extra: Record<string, string> = {}) {
  if (reportFileStatus(file, ctx.services.clock.now()) !== 'COMPLETED') {
    throw notFound(`Report file '${file.id}' has no data: it is not generated`, 'REPORT_FILE_NOT_FOUND');
  }
  file.data ??= renderApplicationsCsv(ctx.services.state, file.columns);
  return binary(200, file.data, {
    'content-type': 'text/csv;charset=utf-8',
    'content-disposition': `attachment; filename="report-${file.id}.csv"`,
    ...extra,
  });
}

function recent(ctx: HandlerContext): ReportFileRecord {
  const report = findReport(ctx);
  const file = latestCompleted(ctx, report);
  if (!file) throw notFound(`Report '${report.id}' has no generated file`, 'REPORT_FILE_NOT_FOUND');
  return file;
}

/** Reporting API routes. */
export const reportingRoutes: RouteDef[] = [
  route('GET', `${API}/reports`, S.reportingRead, (ctx) =>
    paged(ctx, [...ctx.services.state.reports.values()], (r) => `${r.updatedOn}\u0000${r.id}`, reportView),
  ),
  route('GET', `${API}/reports/{reportId}`, S.reportingRead, (ctx) => json(200, reportView(findReport(ctx)))),
  route('GET', `${API}/reports/{reportId}/files`, S.reportingRead, (ctx) => {
    const report = findReport(ctx);
    const now = ctx.services.clock.now();
    const files = [...ctx.services.state.reportFiles.values()].filter((f) => f.reportId === report.id);
    return paged(
      ctx,
      files,
      (f) => `${String(f.scheduledAt).padStart(16, '0')}\u0000${f.id}`,
      (file) => reportFileView(file, now),
    );
  }),
  route('POST', `${API}/reports/{reportId}/files`, S.reportingWrite, (ctx) => {
    const { state, clock, config } = ctx.services;
    const report = findReport(ctx);
    const now = clock.now();
    for (const file of state.reportFiles.values()) {
      const status = reportFileStatus(file, now);
      if (file.reportId === report.id && (status === 'PENDING' || status === 'RUNNING')) {
        throw badRequest(
          `Report '${report.id}' is already pending generation (file '${file.id}')`,
          'REPORT_GENERATION_PENDING',
        );
      }
    }
    if (report.rowEntityTypeId !== APPLICATION_ROW_ENTITY) {
      throw badRequest(`Report '${report.id}' has rows the fake cannot generate`, 'INVALID_REPORT');
    }
    const total = Math.max(0, config.reportGenerationMs(state.applications.size));
    const file: ReportFileRecord = {
      id: state.ids.uuid(),
      reportId: report.id,
      scheduleType: 'AD_HOC',
      requestorId: ctx.credential.userId ?? state.meUserId,
      scheduledAt: now,
      runningAt: now + Math.min(1000, Math.floor(total / 4)),
      readyAt: now + total,
      errorReason: report.failsWith,
      columns: report.columns.map((column) => ({ ...column })),
      data: null,
    };
    state.reportFiles.set(file.id, file);
    return json(200, reportFileView(file, now));
  }),
  route('GET', `${API}/reports/{reportId}/files/recent`, S.reportingRead, (ctx) => {
    const file = recent(ctx);
    if (notModified(ctx, file)) return { status: 304, headers: { etag: etagOf(file) } };
    return json(200, reportFileView(file, ctx.services.clock.now()), { etag: etagOf(file) });
  }),
  route('GET', `${API}/reports/{reportId}/files/recent/data`, S.reportingRead, (ctx) => {
    const file = recent(ctx);
    if (notModified(ctx, file)) return { status: 304, headers: { etag: etagOf(file) } };
    return csv(ctx, file, { etag: etagOf(file) });
  }),
  route('GET', `${API}/files/{reportFileId}`, S.reportingRead, (ctx) =>
    json(200, reportFileView(findFile(ctx), ctx.services.clock.now())),
  ),
  route('GET', `${API}/files/{reportFileId}/data`, S.reportingRead, (ctx) => csv(ctx, findFile(ctx))),
];
