/**
 * `smartrecruiters-sdk/schemas`: the zod schemas the SDK's validation is compiled from, lenient for
 * SmartRecruiters' wire shapes (`Sr*Schema`: unknown keys kept, wrong optional fields reported),
 * strict for the unified models, their write inputs and list parameters, and `parseInput`, which
 * turns a strict schema's issues into a `ValidationError`. Apart from the main entry so that a
 * program's types never load zod's: the types of the same shapes are plain interfaces in the main
 * entry (`Job`, `SrJobDetails`...), equal to each schema's output.
 *
 * @module smartrecruiters-sdk/schemas
 */
export {
  ApplicationIdsInputSchema,
  InterviewersByRoleInputSchema,
  InterviewTemplateListParamsSchema,
  JobStageParamsSchema,
  JobTemplateAssignParamsSchema,
  ScheduleTypeSchema,
  SelfScheduleListParamsSchema,
  SR_HIRING_STAGES,
  SR_INTERVIEW_TEMPLATE_TYPES,
  SrAutomatedSelfScheduleInputSchema,
  SrInterviewTemplateInputSchema,
  SrJobInterviewTemplateInputSchema,
  SrManagedStepsInputSchema,
  SrSelfScheduleInterviewInputSchema,
  SrSelfScheduleInviteInputSchema,
  SrSlotsCountInputSchema,
} from './scheduling.js';
export {
  SrApplicationRecordSchema,
  SrApplicationSchema,
  SrCandidatePropertySchema,
  SrCandidatePropertyValueInputSchema,
  SrCandidateStatusSchema,
  SrScreeningAnswerSchema,
  SrStatusHistoryItemSchema,
} from './sr/application.js';
export { SrAttachmentSchema } from './sr/attachment.js';
export {
  SrAssignmentJobSchema,
  SrAssignmentSchema,
  SrCandidateDetailsSchema,
  SrCandidateInputSchema,
  SrCandidateLocationInputSchema,
  SrCandidateLocationSchema,
  SrCandidateSchema,
  SrCandidateTagsSchema,
  SrEducationInputSchema,
  SrEducationSchema,
  SrExperienceInputSchema,
  SrExperienceSchema,
  SrPersonalDetailsSchema,
  SrSourceDetailsSchema,
  SrWebInputSchema,
  SrWebSchema,
} from './sr/candidate.js';
export {
  SrActionSchema,
  SrActionsSchema,
  SrIdLabelSchema,
  SrJsonPatchOperationSchema,
  SrLanguageSchema,
} from './sr/common.js';
export {
  SrHiringProcessSchema,
  SrPredefinedLocationSchema,
  SrReasonSchema,
  SrSourceDefinitionSchema,
  SrSourceSchema,
  SrSourceTypeSchema,
} from './sr/configuration.js';
export {
  SrCandidateConsentStatusSchema,
  SrConsentDecisionSchema,
  SrConsentDecisionsSchema,
  SrConsentRequestResultSchema,
} from './sr/consent.js';
export {
  SrAttendeeSchema,
  SrInterviewSchema,
  SrTimeslotSchema,
} from './sr/interview.js';
export {
  SrCompensationSchema,
  SrDepartmentSchema,
  SrHiringTeamMemberSchema,
  SrJobAdSchema,
  SrJobDetailsSchema,
  SrJobInputSchema,
  SrJobLocationInputSchema,
  SrJobLocationSchema,
  SrJobPropertySchema,
  SrJobStatusInputSchema,
  SrJobSummarySchema,
} from './sr/job.js';
export {
  SrOfferDocumentSchema,
  SrOfferDocumentsListSchema,
  SrOfferPropertiesDefinitionSchema,
  SrOfferPropertyDefinitionSchema,
  SrOfferSchema,
} from './sr/offer.js';
export {
  SR_REPORT_DATA_POINT_TYPES,
  SR_REPORT_FILE_ERROR_REASONS,
  SR_REPORT_FILE_STATUSES,
  SR_REPORT_SCHEDULE_TYPES,
  SrReportColumnSchema,
  SrReportFileSchema,
  SrReportFilterSchema,
  SrReportScheduleSchema,
  SrReportSchema,
} from './sr/reporting.js';
export { SrReviewSchema } from './sr/review.js';
export {
  SrActivityAssignmentAttachmentsSchema,
  SrActivityAssignmentSchema,
  SrFillablePdfFormAssignmentSchema,
  SrNewHireSchema,
  SrOnboardingAssignmentsSchema,
  SrOnboardingProcessSchema,
  SrSocialMediaSchema,
  SrWebFormAnswerSchema,
  SrWebFormAnswersSchema,
  SrWebFormAssignmentSchema,
  SrWebFormFieldMetadataSchema,
  SrWebFormFieldsMetadataSchema,
} from './sr/smartonboard.js';
export {
  SrAccessGroupSchema,
  SrNewUserSchema,
  SrSystemRoleSchema,
  SrUserListItemSchema,
  SrUserLocationSchema,
  SrUserSchema,
} from './sr/user.js';
export {
  ApplicationCreateInputSchema,
  ApplicationSchema,
  ApplicationSourceSchema,
  ApplicationStatusUpdateInputSchema,
  CUSTOM_FIELD_VALUE_SCHEMAS,
  CustomFieldValueInputSchema,
  CustomFieldValuesInputSchema,
  ScreeningAnswerSchema,
} from './unified/application.js';
export {
  AttachmentSchema,
  AttachmentUploadInputSchema,
} from './unified/attachment.js';
export {
  CandidateApplicationSchema,
  CandidateCreateInputSchema,
  CandidateLocationInputSchema,
  CandidateSchema,
  CandidateUpdateInputSchema,
  EducationInputSchema,
  EducationSchema,
  ExperienceInputSchema,
  ExperienceSchema,
  NewCandidateInputSchema,
} from './unified/candidate.js';
export {
  CandidateLocationSchema,
  CustomFieldSchema,
  EmailSchema,
  IdRefSchema,
  JobLocationSchema,
  NamedRefSchema,
  PhoneSchema,
  RefSchema,
  UrlSchema,
  UserLocationSchema,
  WarningSchema,
} from './unified/common.js';
export {
  DepartmentCreateInputSchema,
  DepartmentSchema,
  JobInterviewStageSchema,
  OfficeSchema,
  RejectReasonSchema,
  SourceSchema,
  SourceTypeSchema,
} from './unified/configuration.js';
export {
  ConsentDecisionSchema,
  ConsentDecisionsSchema,
  ConsentRequestInputSchema,
  ConsentRequestResultSchema,
} from './unified/consent.js';
export { GroupSchema } from './unified/group.js';
export { HiringTeamMemberInputSchema } from './unified/hiring-team.js';
export {
  ApplicationSourceInputSchema,
  CountryCodeSchema,
  CurrencyCodeSchema,
  CursorSchema,
  DateTimeInputSchema,
  IdSchema,
  LimitSchema,
  NonEmptyStringSchema,
  StrictDateTimeSchema,
} from './unified/input-common.js';
export {
  AttendeeStatusInputSchema,
  InterviewCreateInputSchema,
  InterviewerSchema,
  InterviewSchema,
  InterviewTimeslotInputSchema,
  InterviewTimeslotSchema,
  InterviewTimeslotUpdateInputSchema,
  InterviewUpdateInputSchema,
  TimeZoneSchema,
} from './unified/interview.js';
export {
  CompensationInputSchema,
  CompensationSchema,
  HiringTeamMemberSchema,
  JobCreateInputSchema,
  JobLocationInputSchema,
  JobSchema,
  JobStatusUpdateInputSchema,
  JobUpdateInputSchema,
} from './unified/job.js';
export {
  ApplicationIncludeSchema,
  ApplicationListParamsSchema,
  ApplicationStatusFilterParamSchema,
  ApplicationStatusFilterSchema,
  AttachmentListParamsSchema,
  CandidateListParamsSchema,
  GroupListParamsSchema,
  InterviewListParamsSchema,
  JobInterviewStageListParamsSchema,
  JobListParamsSchema,
  JobStatusFilterParamSchema,
  JobStatusFilterSchema,
  OfferListParamsSchema,
  OfferStatusFilterSchema,
  OfficeListParamsSchema,
  PostingStatusFilterSchema,
  RejectReasonListParamsSchema,
  RoleListParamsSchema,
  ScorecardListParamsSchema,
  SourceListParamsSchema,
  UserListParamsSchema,
  WholeListParamsSchema,
} from './unified/list-params.js';
export {
  OfferCompensationSchema,
  OfferDocumentSchema,
  OfferSchema,
} from './unified/offer.js';
export {
  FormAnswerSchema,
  FormAnswersSchema,
  NewHireSchema,
  OnboardingAssignmentSchema,
  OnboardingAttachmentSchema,
  OnboardingListParamsSchema,
  OnboardingProcessSchema,
} from './unified/onboarding.js';
export {
  describeIssue,
  parseInput,
  type RawIssue,
  toValidationIssues,
} from './unified/parse-input.js';
export {
  ReportColumnSchema,
  ReportFileSchema,
  ReportListParamsSchema,
  ReportSchema,
} from './unified/report.js';
export { RoleSchema } from './unified/role.js';
export { ScorecardSchema } from './unified/scorecard.js';
export {
  CallbackLogParamsSchema,
  SubscriptionCreateInputSchema,
  SubscriptionListParamsSchema,
} from './unified/subscription.js';
export {
  UserCreateInputSchema,
  UserSchema,
  UserUpdateInputSchema,
} from './unified/user.js';
