/**
 * The unified Report and ReportFile models, as plain interfaces: a SmartRecruiters Report Builder
 * report, and one generated file of it (https://developers.smartrecruiters.com/reference/reports).
 * The rows of a file's data are `ReportRow`s (see `smartrecruiters-sdk/node`, `reportRows`).
 */

import type { SrReport, SrReportFile } from '../../routes/reporting.js';
import type { ReportColumnType, ReportFileStatus, ReportScheduleType } from '../../schemas/unified/enums.js';
import type { FetchableField, IdRef, WithCustomMappings } from './common.js';

/** A column of a report or of a report file. */
export interface ReportColumn {
  /** What the column is called (SR `dataPointName`): the name a row's value is read by. */
  name: string | null;
  /** SR's data point id. */
  data_point_id: string | null;
  /** The data point instance's name (a custom field's), when SR gives one. */
  instance_name: string | null;
  /** The entity the data point belongs to (SR `entityTypeId`). */
  entity: string | null;
  /** What the values are: a row's value is a string, a number or a boolean accordingly. */
  type: ReportColumnType;
  /** SR's own `dataPointType`. */
  remote_type: string | null;
}

/** A Report Builder report without mapping-extension output. */
export interface ReportModel {
  /** SR `reportId`. */
  id: string;
  /** SR `creationDate`. */
  created_at: string | null;
  /** SR `modificationDate`. */
  updated_at: string | null;
  /** Fields not fetched: always empty (SR's list items are whole reports). */
  not_fetched: Array<FetchableField<ReportModel>>;
  /** The SR report as received; absent with `includeRemoteData: false`. */
  remote_data?: SrReport;
  /** The report's name (SR `name`). */
  name: string | null;
  /** The kind of record each row is (SR `rowEntityTypeId`, e.g. applications). */
  row_entity: string | null;
  /** The report's columns, in order (SR `columns`). */
  columns: ReportColumn[];
  /** The file formats the report is delivered in, lowercased (`csv`, `excel`). */
  formats: string[];
  /** How often the report runs on its own (`daily`...), `null` when it is not scheduled. */
  schedule_frequency: string | null;
  /** Who created it. */
  creator: IdRef | null;
}

/** A report; `custom_mappings: M` when a mapping extension is configured. */
export type Report<M = never> = WithCustomMappings<ReportModel, M>;

/** One generated file of a report, without mapping-extension output. */
export interface ReportFileModel {
  /** SR `reportFileId`. */
  id: string;
  /** When the file was asked for (SR `schedulingDate`). */
  created_at: string | null;
  /** When it was generated (SR `generationDate`); `null` until then. */
  updated_at: string | null;
  /** Fields not fetched: always empty. */
  not_fetched: Array<FetchableField<ReportFileModel>>;
  /** The SR report file as received; absent with `includeRemoteData: false`. */
  remote_data?: SrReportFile;
  /** The report it is a file of. */
  report: IdRef | null;
  /** `completed` once its data can be read; `failed` for good. */
  status: ReportFileStatus;
  /** SR's own `reportFileStatus`. */
  remote_status: string | null;
  /** Why it failed (SR `errorReason`, e.g. `MISSING_ACCESS_GROUP`), `null` otherwise. */
  error_reason: string | null;
  /** `ad_hoc` (asked for through the API or the app) or `scheduled`. */
  schedule_type: ReportScheduleType | null;
  /** When it was generated (SR `generationDate`). */
  generated_at: string | null;
  /** Who asked for it. */
  requestor: IdRef | null;
  /** The kind of record each row is. */
  row_entity: string | null;
  /** The file's columns, in the CSV's order. */
  columns: ReportColumn[];
}

/** A report file; `custom_mappings: M` when a mapping extension is configured. */
export type ReportFile<M = never> = WithCustomMappings<ReportFileModel, M>;

/** A value of a report row: text (ids, text, enums, dates), a number, a boolean, or `null` when empty. */
export type ReportValue = string | number | boolean | null;

/** One row of a report file's data: each column's value by the column's name (the CSV header). */
export type ReportRow = Record<string, ReportValue>;

/** Parameters of `reports.list` and `reports.files`. */
export interface ReportListParams {
  /** Page size, 1 to 1,000. Default 1,000, SmartRecruiters' largest page. */
  limit?: number | undefined;
  /** `next_cursor` of the previous page. */
  cursor?: string | undefined;
}
