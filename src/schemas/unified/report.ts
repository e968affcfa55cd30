/** The schemas of the unified Report and ReportFile models and their list parameters. */
import * as z from '../zod.js';
import { baseModelShape, IdRefSchema } from './common.js';
import { REPORT_COLUMN_TYPES, REPORT_FILE_STATUSES, REPORT_SCHEDULE_TYPES } from './enums.js';
import { CursorSchema } from './input-common.js';

export type {
  Report,
  ReportColumn,
  ReportFile,
  ReportFileModel,
  ReportListParams,
  ReportModel,
  ReportRow,
  ReportValue,
} from '../../models/unified/report.js';

/** The schema of `ReportColumn`. */
export const ReportColumnSchema = z.strictObject({
  name: z.nullable(z.string()),
  data_point_id: z.nullable(z.string()),
  instance_name: z.nullable(z.string()),
  entity: z.nullable(z.string()),
  type: z.enum(REPORT_COLUMN_TYPES),
  remote_type: z.nullable(z.string()),
});

/** The schema of `ReportModel`. */
export const ReportSchema = z.strictObject({
  ...baseModelShape,
  name: z.nullable(z.string()),
  row_entity: z.nullable(z.string()),
  columns: z.array(ReportColumnSchema),
  formats: z.array(z.string()),
  schedule_frequency: z.nullable(z.string()),
  creator: z.nullable(IdRefSchema),
});

/** The schema of `ReportFileModel`. */
export const ReportFileSchema = z.strictObject({
  ...baseModelShape,
  report: z.nullable(IdRefSchema),
  status: z.enum(REPORT_FILE_STATUSES),
  remote_status: z.nullable(z.string()),
  error_reason: z.nullable(z.string()),
  schedule_type: z.nullable(z.enum(REPORT_SCHEDULE_TYPES)),
  generated_at: z.nullable(z.string()),
  requestor: z.nullable(IdRefSchema),
  row_entity: z.nullable(z.string()),
  columns: z.array(ReportColumnSchema),
});

/** The schema of `ReportListParams`. */
export const ReportListParamsSchema = z.strictObject({
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
  cursor: z.optional(CursorSchema),
});
