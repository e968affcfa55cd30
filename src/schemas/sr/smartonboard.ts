/**
 * SmartRecruiters SmartOnboard API wire shapes (`/smartonboard-api/v202205`), lenient: the
 * records the onboarding mappers read. The documented types are the interfaces in
 * `routes/smartonboard.ts`; each schema's output is exactly its interface.
 */
import * as z from '../zod.js';

/** A new hire's social profiles (SR `SocialMedia`). */
export const SrSocialMediaSchema = z.looseObject({
  facebook: z.nullish(z.string()),
  indeed: z.nullish(z.string()),
  linkedIn: z.nullish(z.string()),
  skype: z.nullish(z.string()),
  twitter: z.nullish(z.string()),
  website: z.nullish(z.string()),
});

/** A new hire (SR `NewHire`). */
export const SrNewHireSchema = z.looseObject({
  id: z.string(),
  firstName: z.nullish(z.string()),
  lastName: z.nullish(z.string()),
  email: z.nullish(z.string()),
  phone: z.nullish(z.string()),
  socialMedia: z.nullish(SrSocialMediaSchema),
});

/** An onboarding process (SR `OnboardingProcess`). */
export const SrOnboardingProcessSchema = z.looseObject({
  id: z.string(),
  newHireId: z.nullish(z.string()),
  jobId: z.nullish(z.string()),
  applicationId: z.nullish(z.string()),
  employmentStartDate: z.nullish(z.string()),
});

const assignmentShape = {
  id: z.string(),
  title: z.nullish(z.string()),
  description: z.nullish(z.string()),
  hasSensitiveData: z.nullish(z.boolean()),
  isHighPriority: z.nullish(z.boolean()),
};

/** An activity assignment (SR `ActivityAssignment`). */
export const SrActivityAssignmentSchema = z.looseObject({
  ...assignmentShape,
  isFileUploadRequired: z.nullish(z.boolean()),
});

/** A web form assignment (SR `WebFormAssignment`). */
export const SrWebFormAssignmentSchema = z.looseObject(assignmentShape);

/** A fillable PDF form assignment (SR `FillablePdfFormAssignment`). */
export const SrFillablePdfFormAssignmentSchema = z.looseObject({
  ...assignmentShape,
  fileName: z.nullish(z.string()),
});

/** The assignments of a process, by kind (SR `Assignments`). */
export const SrOnboardingAssignmentsSchema = z.looseObject({
  activityAssignments: z.nullish(z.array(SrActivityAssignmentSchema)),
  webFormAssignments: z.nullish(z.array(SrWebFormAssignmentSchema)),
  fillablePdfFormAssignments: z.nullish(z.array(SrFillablePdfFormAssignmentSchema)),
});

/** One answer of a web form (SR `WebFormAnswer`). */
export const SrWebFormAnswerSchema = z.looseObject({
  fieldId: z.string(),
  integrationKey: z.nullish(z.string()),
  answerValue: z.nullish(z.array(z.string())),
});

/** What the new hire submitted in a web form (SR `WebFormAnswers`): one answer or several. */
export const SrWebFormAnswersSchema = z.looseObject({
  answers: z.nullish(z.union([SrWebFormAnswerSchema, z.array(SrWebFormAnswerSchema)])),
});

/** A web form field's description (SR `WebFormFieldMetadata`). */
export const SrWebFormFieldMetadataSchema = z.looseObject({
  type: z.nullish(z.string()),
  title: z.nullish(z.string()),
  isRequired: z.nullish(z.boolean()),
  hintText: z.nullish(z.string()),
  integrationKey: z.nullish(z.string()),
});

/** The fields of a web form, by field id (SR `WebFormFieldsMetadata`). */
export const SrWebFormFieldsMetadataSchema = z.looseObject({
  fields: z.nullish(z.record(z.string(), SrWebFormFieldMetadataSchema)),
});

/** The ids of the files submitted for an activity (SR `ActivityAssignmentAttachments`). */
export const SrActivityAssignmentAttachmentsSchema = z.looseObject({
  attachmentIds: z.nullish(z.array(z.string())),
});
