/** The schemas of the unified SmartOnboard models. */
import * as z from '../zod.js';
import { baseModelShape, EmailSchema, IdRefSchema, PhoneSchema, UrlSchema } from './common.js';
import { ONBOARDING_ASSIGNMENT_KINDS } from './enums.js';
import { pageShape } from './input-common.js';

export type {
  FormAnswer,
  FormAnswers,
  FormAnswersModel,
  NewHire,
  NewHireModel,
  OnboardingAssignment,
  OnboardingAssignmentModel,
  OnboardingAttachment,
  OnboardingListParams,
  OnboardingProcess,
  OnboardingProcessModel,
} from '../../models/unified/onboarding.js';

/** The schema of `NewHireModel`. */
export const NewHireSchema = z.strictObject({
  ...baseModelShape,
  first_name: z.nullable(z.string()),
  last_name: z.nullable(z.string()),
  name: z.nullable(z.string()),
  emails: z.array(EmailSchema),
  phones: z.array(PhoneSchema),
  urls: z.array(UrlSchema),
});

/** The schema of `OnboardingProcessModel`. */
export const OnboardingProcessSchema = z.strictObject({
  ...baseModelShape,
  new_hire: z.nullable(IdRefSchema),
  job: z.nullable(IdRefSchema),
  job_application_id: z.nullable(z.string()),
  starts_at: z.nullable(z.string()),
});

/** The schema of `OnboardingAssignmentModel`. */
export const OnboardingAssignmentSchema = z.strictObject({
  ...baseModelShape,
  kind: z.enum(ONBOARDING_ASSIGNMENT_KINDS),
  remote_kind: z.string(),
  process: z.nullable(IdRefSchema),
  title: z.nullable(z.string()),
  description: z.nullable(z.string()),
  is_high_priority: z.nullable(z.boolean()),
  has_sensitive_data: z.nullable(z.boolean()),
  is_file_upload_required: z.nullable(z.boolean()),
  file_name: z.nullable(z.string()),
});

/** The schema of `FormAnswer`. */
export const FormAnswerSchema = z.strictObject({
  field_id: z.string(),
  integration_key: z.nullable(z.string()),
  title: z.nullable(z.string()),
  type: z.nullable(z.string()),
  is_required: z.nullable(z.boolean()),
  values: z.array(z.string()),
});

/** The schema of `FormAnswersModel`. */
export const FormAnswersSchema = z.strictObject({
  ...baseModelShape,
  assignment: IdRefSchema,
  answers: z.array(FormAnswerSchema),
  unanswered_fields: z.nullable(z.array(FormAnswerSchema)),
});

/** The schema of `OnboardingAttachment`. */
export const OnboardingAttachmentSchema = z.strictObject({
  id: z.string(),
  assignment: IdRefSchema,
});

/** The schema of `OnboardingListParams`. */
export const OnboardingListParamsSchema = z.strictObject(pageShape);
