/**
 * The schema of each unified model, by the model's name: what field policies are checked against,
 * and the columns of a CSV export.
 */
import type { ModelName } from '../mappers/context.js';
import { ApplicationSchema } from '../schemas/unified/application.js';
import { AttachmentSchema } from '../schemas/unified/attachment.js';
import { CandidateSchema } from '../schemas/unified/candidate.js';
import {
  DepartmentSchema,
  JobInterviewStageSchema,
  OfficeSchema,
  RejectReasonSchema,
  SourceSchema,
  SourceTypeSchema,
} from '../schemas/unified/configuration.js';
import { GroupSchema } from '../schemas/unified/group.js';
import { InterviewSchema } from '../schemas/unified/interview.js';
import { JobSchema } from '../schemas/unified/job.js';
import { OfferSchema } from '../schemas/unified/offer.js';
import {
  FormAnswersSchema,
  NewHireSchema,
  OnboardingAssignmentSchema,
  OnboardingProcessSchema,
} from '../schemas/unified/onboarding.js';
import { ReportFileSchema, ReportSchema } from '../schemas/unified/report.js';
import { RoleSchema } from '../schemas/unified/role.js';
import { ScorecardSchema } from '../schemas/unified/scorecard.js';
import { UserSchema } from '../schemas/unified/user.js';

/** Each unified model's schema. */
export const MODEL_SCHEMAS: Readonly<Record<ModelName, unknown>> = {
  candidate: CandidateSchema,
  application: ApplicationSchema,
  job: JobSchema,
  attachment: AttachmentSchema,
  user: UserSchema,
  role: RoleSchema,
  group: GroupSchema,
  offer: OfferSchema,
  interview: InterviewSchema,
  scorecard: ScorecardSchema,
  rejectReason: RejectReasonSchema,
  department: DepartmentSchema,
  office: OfficeSchema,
  sourceType: SourceTypeSchema,
  source: SourceSchema,
  jobInterviewStage: JobInterviewStageSchema,
  report: ReportSchema,
  reportFile: ReportFileSchema,
  newHire: NewHireSchema,
  onboardingProcess: OnboardingProcessSchema,
  onboardingAssignment: OnboardingAssignmentSchema,
  formAnswers: FormAnswersSchema,
};

/** The fields of a model, in the schema's order (a CSV export's columns). */
export function modelFields(model: ModelName): string[] {
  const schema = MODEL_SCHEMAS[model] as { _zod: { def: { shape: Record<string, unknown> } } };
  return Object.keys(schema._zod.def.shape);
}
