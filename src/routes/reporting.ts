/**
 * SmartRecruiters' Reporting API (Report Builder reports, their files and the files' CSV data):
 * its path prefix, its routes and its wire shapes, from SmartRecruiters' Reporting API reference
 * (https://developers.smartrecruiters.com/reference/reports, /reference/files).
 */

import type { Open } from '../models/sr/common.js';

/** Path prefix of SmartRecruiters' Reporting API (https://developers.smartrecruiters.com/reference/reports). */
export const REPORTING_API = '/reporting-api/v201804';

/** What a report column's values are (SR `dataPointType`). */
export type SrReportDataPointType = 'ID' | 'DATE' | 'NUMBER' | 'TEXT' | 'ENUM' | 'BOOLEAN' | 'DECIMAL';
/** The states of a report file's generation (SR `reportFileStatus`). */
export type SrReportFileStatus = 'PENDING' | 'RUNNING' | 'COMPLETED' | 'FAILED';
/** Why a report file failed (SR `errorReason`). */
export type SrReportFileErrorReason =
  | 'UNKNOWN'
  | 'MISSING_ACCESS_GROUP'
  | 'ACCESS_GROUP_MISMATCH'
  | 'MISSING_SYSTEM_ROLE'
  | 'SYSTEM_ROLE_MISMATCH'
  | 'REPORTING_AREA_RESTRICTED'
  | 'INCORRECT_ACCESS_CONFIGURATION'
  | 'MISSING_REPORT_CREATOR_EMPLOYEE';

/** A column of a report, or of one of its files (SR `ApiColumnResponse`). */
export interface SrReportColumn {
  /** The entity the data point belongs to (e.g. the application, the candidate, the job). */
  entityTypeId?: string | null | undefined;
  /** The entity instance, for entities with several. */
  entityInstanceId?: string | null | undefined;
  /** The data point's id. */
  dataPointId?: string | null | undefined;
  /** The data point instance, for data points with several (a custom field's). */
  dataPointInstanceId?: string | null | undefined;
  /** The data point instance's name. */
  dataPointInstanceName?: string | null | undefined;
  /** The data point's name: what the column is called. */
  dataPointName?: string | null | undefined;
  /** What the column's values are. */
  dataPointType?: Open<SrReportDataPointType> | null | undefined;
  [key: string]: unknown;
}

/** A date range of a report filter or schedule (SR `ApiDateRange`). */
export interface SrReportDateRange {
  /** Start of the range. */
  from?: string | null | undefined;
  /** End of the range. */
  to?: string | null | undefined;
  [key: string]: unknown;
}

/** A filter of a report (SR `ApiFilterResponse`): one column and the values it keeps. */
export interface SrReportFilter {
  /** The column filtered on. */
  column?: SrReportColumn | null | undefined;
  /** The boolean value kept. */
  booleanValue?:
    | {
        /** The value kept. */
        value?: boolean | null | undefined;
        [key: string]: unknown;
      }
    | null
    | undefined;
  /** The date range kept. */
  dateRange?: SrReportDateRange | null | undefined;
  /** A rolling period: `period` `unit`s back (SmartRecruiters requires both). */
  datePeriod?:
    | {
        /** How many `unit`s back. */
        period?: number | null | undefined;
        /** The period's unit. */
        unit?: Open<'DAYS' | 'WEEKS' | 'MONTHS' | 'YEARS'> | null | undefined;
        fullPeriod?: boolean | null | undefined;
        [key: string]: unknown;
      }
    | null
    | undefined;
  /** The values kept (1 to 256 characters each, at most 100); `noneValue` keeps empty values too. */
  rowValues?:
    | {
        /** The values kept. */
        values?: string[] | null | undefined;
        /** Whether empty values are kept too. */
        noneValue?: boolean | null | undefined;
        [key: string]: unknown;
      }
    | null
    | undefined;
  [key: string]: unknown;
}

/** A time of day (SR `ApiTime`). */
export interface SrReportTime {
  /** Hour. */
  hour?: number | null | undefined;
  /** Minute. */
  minute?: number | null | undefined;
  [key: string]: unknown;
}

/** When a scheduled report runs (SR `ApiSchedule`; SmartRecruiters requires the period and frequency). */
export interface SrReportSchedule {
  /** The dates between which the schedule runs. */
  activityPeriod?: SrReportDateRange | null | undefined;
  /** How often the report runs. */
  frequency?: Open<'ANNUALLY' | 'MONTHLY' | 'WEEKLY' | 'DAILY'> | null | undefined;
  /** The time window of the day the report runs in, and its time zone. */
  schedulingTime?:
    | {
        /** Start of the window. */
        from?: SrReportTime | null | undefined;
        /** End of the window. */
        to?: SrReportTime | null | undefined;
        /** The time zone. */
        zone?: string | null | undefined;
        [key: string]: unknown;
      }
    | null
    | undefined;
  [key: string]: unknown;
}

/** A Report Builder report (SR `ApiReportResponse`): what it lists, not its data. */
export interface SrReport {
  /** The report's id. */
  reportId: string;
  /** The report's name. */
  name?: string | null | undefined;
  /** The kind of record each row is (the report's "row entity", e.g. applications). */
  rowEntityTypeId?: string | null | undefined;
  rowEntityInstanceId?: string | null | undefined;
  reportTemplateId?: string | null | undefined;
  /** The report's columns. */
  columns?: SrReportColumn[] | null | undefined;
  /** The report's filters. */
  filters?: SrReportFilter[] | null | undefined;
  /** Users the files are shared with. */
  grantees?: string[] | null | undefined;
  /** The file formats generated. */
  reportFormats?: Array<Open<'CSV' | 'EXCEL'>> | null | undefined;
  /** When the report runs, if scheduled. */
  schedule?: SrReportSchedule | null | undefined;
  /** The user who created the report. */
  creatorId?: string | null | undefined;
  /** When the report was created. */
  creationDate?: string | null | undefined;
  /** The user who last changed the report. */
  modifierId?: string | null | undefined;
  /** When the report was last changed. */
  modificationDate?: string | null | undefined;
  accessGroupId?: string | null | undefined;
  systemRoleId?: string | null | undefined;
  [key: string]: unknown;
}

/**
 * A file of a report (SR `ApiReportFileResponse`): one generation of its data, scheduled or ad
 * hoc. Its data can be downloaded once `reportFileStatus` is `COMPLETED`.
 */
export interface SrReportFile {
  /** The file's id. */
  reportFileId: string;
  /** The report's id. */
  reportId?: string | null | undefined;
  /** `PENDING`, `RUNNING`, `COMPLETED` or `FAILED`. */
  reportFileStatus?: Open<SrReportFileStatus> | null | undefined;
  /** Set when the file `FAILED`. */
  errorReason?: Open<SrReportFileErrorReason> | null | undefined;
  /** `AD_HOC` or `SCHEDULED`. */
  scheduleType?: Open<'AD_HOC' | 'SCHEDULED'> | null | undefined;
  /** When the file was asked for. */
  schedulingDate?: string | null | undefined;
  /** When the file was generated. */
  generationDate?: string | null | undefined;
  /** The user who asked for it. */
  requestorId?: string | null | undefined;
  /** The kind of record each row is. */
  rowEntityTypeId?: string | null | undefined;
  rowEntityInstanceId?: string | null | undefined;
  /** The file's columns, in the CSV's order. */
  columns?: SrReportColumn[] | null | undefined;
  /** The filters the file was generated with. */
  filters?: SrReportFilter[] | null | undefined;
  accessGroupId?: string | null | undefined;
  systemRoleId?: string | null | undefined;
  [key: string]: unknown;
}

/** A page of reports (SR `ApiReportsResponse`); `nextPage` is the next page's `page`. */
export interface SrReportsPage {
  /** The reports of this page. */
  content?: SrReport[];
  /** The next page's `page`. */
  nextPage?: string;
}

/** A page of a report's files, newest first (SR `ApiReportFilesResponse`). */
export interface SrReportFilesPage {
  /** The files of this page. */
  content?: SrReportFile[];
  /** The next page's `page`. */
  nextPage?: string;
}

/** Query of the paged lists: `limit` 1 to 1,000 (default 10), `page` the `nextPage` of the last answer. */
export interface SrReportingPageQuery {
  /** Opaque page identifier: the `nextPage` of the previous answer. */
  page?: string;
  /** How many entries a page holds (1 to 1,000, default 10). */
  limit?: number;
}

/**
 * The Reporting API, relative to `REPORTING_API`
 * (https://developers.smartrecruiters.com/reference/reports). Scopes: `reporting_read`, and
 * `reporting_write` to generate a file.
 */
export interface ReportingRoutes {
  /** Reports, most recently modified first. */
  'GET /reports': { query: SrReportingPageQuery; response: SrReportsPage };
  'GET /reports/{reportId}': { params: { reportId: string }; response: SrReport };
  /** A report's files, newest first. */
  'GET /reports/{reportId}/files': {
    params: { reportId: string };
    query: SrReportingPageQuery;
    response: SrReportFilesPage;
  };
  /**
   * Asks for an ad hoc file of the report. SmartRecruiters generates it asynchronously: the answer
   * is the file `PENDING`; its data can be read once it is `COMPLETED`. 400 while another file
   * of the report is pending, 409 when the report was modified concurrently.
   */
  'POST /reports/{reportId}/files': { params: { reportId: string }; response: SrReportFile };
  /**
   * The report's most recent generated file. With `If-None-Match` (its `ETag`), 304 when there is
   * none newer.
   */
  'GET /reports/{reportId}/files/recent': { params: { reportId: string }; response: SrReportFile };
  /**
   * The most recent file's data, CSV (read as text; pass `responseType: 'stream'` for a large
   * file: a `BinaryResponse` bounded by `maxDownloadBytes`).
   */
  'GET /reports/{reportId}/files/recent/data': { params: { reportId: string }; response: string };
  'GET /files/{reportFileId}': { params: { reportFileId: string }; response: SrReportFile };
  /**
   * A file's data, CSV (read as text; pass `responseType: 'stream'` for a large file: a
   * `BinaryResponse` bounded by `maxDownloadBytes`).
   */
  'GET /files/{reportFileId}/data': { params: { reportFileId: string }; response: string };
}
