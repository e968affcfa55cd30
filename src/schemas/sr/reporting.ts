/**
 * SmartRecruiters Reporting API wire shapes (`/reporting-api/v201804`), lenient: the records the
 * report mappers read, as SmartRecruiters' Reporting API reference describes them
 * (https://developers.smartrecruiters.com/reference/reports). The documented types are the
 * interfaces in `routes/reporting.ts`; each schema's output is exactly its interface.
 */
import * as z from '../zod.js';
import { srEnum } from './common.js';

/** What a report column's values are (SR `dataPointType`). */
export const SR_REPORT_DATA_POINT_TYPES = [
  'ID',
  'DATE',
  'NUMBER',
  'TEXT',
  'ENUM',
  'BOOLEAN',
  'DECIMAL',
] as const;
/** The states of a report file's generation. */
export const SR_REPORT_FILE_STATUSES = ['PENDING', 'RUNNING', 'COMPLETED', 'FAILED'] as const;
/** Why a report file failed (SR `errorReason`). */
export const SR_REPORT_FILE_ERROR_REASONS = [
  'UNKNOWN',
  'MISSING_ACCESS_GROUP',
  'ACCESS_GROUP_MISMATCH',
  'MISSING_SYSTEM_ROLE',
  'SYSTEM_ROLE_MISMATCH',
  'REPORTING_AREA_RESTRICTED',
  'INCORRECT_ACCESS_CONFIGURATION',
  'MISSING_REPORT_CREATOR_EMPLOYEE',
] as const;
/** How a report file came to be (SR `scheduleType`). */
export const SR_REPORT_SCHEDULE_TYPES = ['AD_HOC', 'SCHEDULED'] as const;

/** A report column (SR `ApiColumnResponse`). */
export const SrReportColumnSchema = z.looseObject({
  entityTypeId: z.nullish(z.string()),
  entityInstanceId: z.nullish(z.string()),
  dataPointId: z.nullish(z.string()),
  dataPointInstanceId: z.nullish(z.string()),
  dataPointInstanceName: z.nullish(z.string()),
  dataPointName: z.nullish(z.string()),
  dataPointType: z.nullish(srEnum(SR_REPORT_DATA_POINT_TYPES)),
});

const SrReportDateRangeSchema = z.looseObject({
  from: z.nullish(z.string()),
  to: z.nullish(z.string()),
});

/** A report filter (SR `ApiFilterResponse`). */
export const SrReportFilterSchema = z.looseObject({
  column: z.nullish(SrReportColumnSchema),
  booleanValue: z.nullish(z.looseObject({ value: z.nullish(z.boolean()) })),
  dateRange: z.nullish(SrReportDateRangeSchema),
  datePeriod: z.nullish(
    z.looseObject({
      period: z.nullish(z.number()),
      unit: z.nullish(srEnum(['DAYS', 'WEEKS', 'MONTHS', 'YEARS'] as const)),
      fullPeriod: z.nullish(z.boolean()),
    }),
  ),
  rowValues: z.nullish(
    z.looseObject({
      values: z.nullish(z.array(z.string())),
      noneValue: z.nullish(z.boolean()),
    }),
  ),
});

const SrReportTimeSchema = z.looseObject({ hour: z.nullish(z.number()), minute: z.nullish(z.number()) });

/** When a scheduled report runs (SR `ApiSchedule`). */
export const SrReportScheduleSchema = z.looseObject({
  activityPeriod: z.nullish(SrReportDateRangeSchema),
  frequency: z.nullish(srEnum(['ANNUALLY', 'MONTHLY', 'WEEKLY', 'DAILY'] as const)),
  schedulingTime: z.nullish(
    z.looseObject({
      from: z.nullish(SrReportTimeSchema),
      to: z.nullish(SrReportTimeSchema),
      zone: z.nullish(z.string()),
    }),
  ),
});

/** A Report Builder report (SR `ApiReportResponse`). */
export const SrReportSchema = z.looseObject({
  reportId: z.string(),
  name: z.nullish(z.string()),
  rowEntityTypeId: z.nullish(z.string()),
  rowEntityInstanceId: z.nullish(z.string()),
  reportTemplateId: z.nullish(z.string()),
  columns: z.nullish(z.array(SrReportColumnSchema)),
  filters: z.nullish(z.array(SrReportFilterSchema)),
  grantees: z.nullish(z.array(z.string())),
  reportFormats: z.nullish(z.array(srEnum(['CSV', 'EXCEL'] as const))),
  schedule: z.nullish(SrReportScheduleSchema),
  creatorId: z.nullish(z.string()),
  creationDate: z.nullish(z.string()),
  modifierId: z.nullish(z.string()),
  modificationDate: z.nullish(z.string()),
  accessGroupId: z.nullish(z.string()),
  systemRoleId: z.nullish(z.string()),
});

/** A report file (SR `ApiReportFileResponse`). */
export const SrReportFileSchema = z.looseObject({
  reportFileId: z.string(),
  reportId: z.nullish(z.string()),
  reportFileStatus: z.nullish(srEnum(SR_REPORT_FILE_STATUSES)),
  errorReason: z.nullish(srEnum(SR_REPORT_FILE_ERROR_REASONS)),
  scheduleType: z.nullish(srEnum(SR_REPORT_SCHEDULE_TYPES)),
  schedulingDate: z.nullish(z.string()),
  generationDate: z.nullish(z.string()),
  requestorId: z.nullish(z.string()),
  rowEntityTypeId: z.nullish(z.string()),
  rowEntityInstanceId: z.nullish(z.string()),
  columns: z.nullish(z.array(SrReportColumnSchema)),
  filters: z.nullish(z.array(SrReportFilterSchema)),
  accessGroupId: z.nullish(z.string()),
  systemRoleId: z.nullish(z.string()),
});
