/**
 * The public types are plain interfaces (a user's compiler computes nothing from zod), and the zod
 * schemas of `smartrecruiters-sdk/schemas` validate the same shapes at run time: each schema's
 * output must be exactly its interface. A change to one without the other fails the typecheck
 * (`npm run typecheck` compiles this file); a schema added without its line here fails it too.
 * The models are compared with what they used to be computed from, `ModelOf<schema output, SR
 * record>`, so `not_fetched` names exactly the model's fields and `remote_data` is the SR record.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type * as T from '../../src/index.js';
import { toUnifiedCandidate, toUnifiedJob } from '../../src/index.js';
import * as schemas from '../../src/schemas/index.js';
import { fixture } from '../helpers/fixtures.js';

type Schemas = typeof schemas;
/** The names of the exported schemas. */
type SchemaName = { [K in keyof Schemas]: K extends `${string}Schema` ? K : never }[keyof Schemas];
/** What a schema outputs. */
type Out<K extends SchemaName> = z.output<Schemas[K]>;

/** One compile-time comparison per exported schema: its output and the interface of the same shape. */
const sameShape = {
  ApplicationCreateInputSchema: () =>
    expectTypeOf<T.ApplicationCreateInput>().toEqualTypeOf<Out<'ApplicationCreateInputSchema'>>(),
  ApplicationIncludeSchema: () =>
    expectTypeOf<T.ApplicationInclude[]>().toEqualTypeOf<Out<'ApplicationIncludeSchema'>>(),
  ApplicationListParamsSchema: () =>
    expectTypeOf<T.ApplicationListParams>().toEqualTypeOf<Out<'ApplicationListParamsSchema'>>(),
  ApplicationSchema: () =>
    expectTypeOf<T.ApplicationModel>().branded.toEqualTypeOf<
      T.ModelOf<Out<'ApplicationSchema'>, T.SrApplicationRecord>
    >(),
  ApplicationSourceInputSchema: () =>
    expectTypeOf<T.ApplicationSourceInput>().toEqualTypeOf<Out<'ApplicationSourceInputSchema'>>(),
  ApplicationSourceSchema: () =>
    expectTypeOf<T.ApplicationSource>().toEqualTypeOf<Out<'ApplicationSourceSchema'>>(),
  ApplicationStatusFilterParamSchema: () =>
    expectTypeOf<T.ApplicationStatusFilter | T.ApplicationStatusFilter[]>().toEqualTypeOf<
      Out<'ApplicationStatusFilterParamSchema'>
    >(),
  ApplicationStatusFilterSchema: () =>
    expectTypeOf<T.ApplicationStatusFilter>().toEqualTypeOf<Out<'ApplicationStatusFilterSchema'>>(),
  ApplicationStatusUpdateInputSchema: () =>
    expectTypeOf<T.ApplicationStatusUpdateInput>().toEqualTypeOf<Out<'ApplicationStatusUpdateInputSchema'>>(),
  AttachmentListParamsSchema: () =>
    expectTypeOf<T.AttachmentListParams>().toEqualTypeOf<Out<'AttachmentListParamsSchema'>>(),
  AttachmentSchema: () =>
    expectTypeOf<T.AttachmentModel>().branded.toEqualTypeOf<
      T.ModelOf<Out<'AttachmentSchema'>, T.SrAttachment>
    >(),
  AttachmentUploadInputSchema: () =>
    expectTypeOf<T.AttachmentUploadInput>().toEqualTypeOf<Out<'AttachmentUploadInputSchema'>>(),
  AttendeeStatusInputSchema: () =>
    expectTypeOf<T.AttendeeStatusInput>().toEqualTypeOf<Out<'AttendeeStatusInputSchema'>>(),
  CallbackLogParamsSchema: () =>
    expectTypeOf<T.CallbackLogParams>().toEqualTypeOf<Out<'CallbackLogParamsSchema'>>(),
  CandidateApplicationSchema: () =>
    expectTypeOf<T.CandidateApplication>().toEqualTypeOf<Out<'CandidateApplicationSchema'>>(),
  CandidateCreateInputSchema: () =>
    expectTypeOf<T.CandidateCreateInput>().toEqualTypeOf<Out<'CandidateCreateInputSchema'>>(),
  CandidateListParamsSchema: () =>
    expectTypeOf<T.CandidateListParams>().toEqualTypeOf<Out<'CandidateListParamsSchema'>>(),
  CandidateLocationInputSchema: () =>
    expectTypeOf<T.CandidateLocationInput>().toEqualTypeOf<Out<'CandidateLocationInputSchema'>>(),
  CandidateLocationSchema: () =>
    expectTypeOf<T.CandidateLocation>().toEqualTypeOf<Out<'CandidateLocationSchema'>>(),
  CandidateSchema: () =>
    expectTypeOf<T.CandidateModel>().branded.toEqualTypeOf<
      T.ModelOf<Out<'CandidateSchema'>, T.SrCandidateDetails>
    >(),
  CandidateUpdateInputSchema: () =>
    expectTypeOf<T.CandidateUpdateInput>().toEqualTypeOf<Out<'CandidateUpdateInputSchema'>>(),
  CompensationInputSchema: () =>
    expectTypeOf<T.CompensationInput>().toEqualTypeOf<Out<'CompensationInputSchema'>>(),
  CompensationSchema: () => expectTypeOf<T.Compensation>().toEqualTypeOf<Out<'CompensationSchema'>>(),
  ConsentDecisionSchema: () =>
    expectTypeOf<T.ConsentDecision>().toEqualTypeOf<Out<'ConsentDecisionSchema'>>(),
  ConsentDecisionsSchema: () =>
    expectTypeOf<T.ConsentDecisions>().branded.toEqualTypeOf<
      T.ModelOf<Out<'ConsentDecisionsSchema'>, T.SrConsentDecisions>
    >(),
  ConsentRequestInputSchema: () =>
    expectTypeOf<T.ConsentRequestInput>().toEqualTypeOf<Out<'ConsentRequestInputSchema'>>(),
  ConsentRequestResultSchema: () =>
    expectTypeOf<T.ConsentRequestResult>().toEqualTypeOf<Out<'ConsentRequestResultSchema'>>(),
  CountryCodeSchema: () => expectTypeOf<string>().toEqualTypeOf<Out<'CountryCodeSchema'>>(),
  CurrencyCodeSchema: () => expectTypeOf<string>().toEqualTypeOf<Out<'CurrencyCodeSchema'>>(),
  CursorSchema: () => expectTypeOf<string>().toEqualTypeOf<Out<'CursorSchema'>>(),
  CustomFieldSchema: () => expectTypeOf<T.CustomField>().toEqualTypeOf<Out<'CustomFieldSchema'>>(),
  CustomFieldValueInputSchema: () =>
    expectTypeOf<T.CustomFieldValueInput>().toEqualTypeOf<Out<'CustomFieldValueInputSchema'>>(),
  CustomFieldValuesInputSchema: () =>
    expectTypeOf<T.CustomFieldValueInput[]>().toEqualTypeOf<Out<'CustomFieldValuesInputSchema'>>(),
  DateTimeInputSchema: () => expectTypeOf<T.DateTimeInput>().toEqualTypeOf<Out<'DateTimeInputSchema'>>(),
  DepartmentCreateInputSchema: () =>
    expectTypeOf<T.DepartmentCreateInput>().toEqualTypeOf<Out<'DepartmentCreateInputSchema'>>(),
  DepartmentSchema: () =>
    expectTypeOf<T.DepartmentModel>().branded.toEqualTypeOf<
      T.ModelOf<Out<'DepartmentSchema'>, T.SrDepartment>
    >(),
  EducationInputSchema: () => expectTypeOf<T.EducationInput>().toEqualTypeOf<Out<'EducationInputSchema'>>(),
  EducationSchema: () => expectTypeOf<T.Education>().toEqualTypeOf<Out<'EducationSchema'>>(),
  EmailSchema: () => expectTypeOf<T.Email>().toEqualTypeOf<Out<'EmailSchema'>>(),
  ExperienceInputSchema: () =>
    expectTypeOf<T.ExperienceInput>().toEqualTypeOf<Out<'ExperienceInputSchema'>>(),
  ExperienceSchema: () => expectTypeOf<T.Experience>().toEqualTypeOf<Out<'ExperienceSchema'>>(),
  GroupListParamsSchema: () =>
    expectTypeOf<T.GroupListParams>().toEqualTypeOf<Out<'GroupListParamsSchema'>>(),
  GroupSchema: () =>
    expectTypeOf<T.GroupModel>().branded.toEqualTypeOf<T.ModelOf<Out<'GroupSchema'>, T.SrAccessGroup>>(),
  HiringTeamMemberInputSchema: () =>
    expectTypeOf<T.HiringTeamMemberInput>().toEqualTypeOf<Out<'HiringTeamMemberInputSchema'>>(),
  HiringTeamMemberSchema: () =>
    expectTypeOf<T.HiringTeamMember>().toEqualTypeOf<Out<'HiringTeamMemberSchema'>>(),
  IdRefSchema: () => expectTypeOf<T.IdRef>().toEqualTypeOf<Out<'IdRefSchema'>>(),
  IdSchema: () => expectTypeOf<string>().toEqualTypeOf<Out<'IdSchema'>>(),
  InterviewCreateInputSchema: () =>
    expectTypeOf<T.InterviewCreateInput>().toEqualTypeOf<Out<'InterviewCreateInputSchema'>>(),
  InterviewListParamsSchema: () =>
    expectTypeOf<T.InterviewListParams>().branded.toEqualTypeOf<
      Out<'InterviewListParamsSchema'> & { application?: T.InterviewListApplication | undefined }
    >(),
  InterviewSchema: () =>
    expectTypeOf<T.InterviewModel>().branded.toEqualTypeOf<
      T.ModelOf<Out<'InterviewSchema'>, T.SrInterview>
    >(),
  InterviewTimeslotInputSchema: () =>
    expectTypeOf<T.InterviewTimeslotInput>().toEqualTypeOf<Out<'InterviewTimeslotInputSchema'>>(),
  InterviewTimeslotSchema: () =>
    expectTypeOf<T.InterviewTimeslot>().toEqualTypeOf<Out<'InterviewTimeslotSchema'>>(),
  InterviewTimeslotUpdateInputSchema: () =>
    expectTypeOf<T.InterviewTimeslotUpdateInput>().toEqualTypeOf<Out<'InterviewTimeslotUpdateInputSchema'>>(),
  InterviewUpdateInputSchema: () =>
    expectTypeOf<T.InterviewUpdateInput>().toEqualTypeOf<Out<'InterviewUpdateInputSchema'>>(),
  InterviewerSchema: () => expectTypeOf<T.Interviewer>().toEqualTypeOf<Out<'InterviewerSchema'>>(),
  JobCreateInputSchema: () => expectTypeOf<T.JobCreateInput>().toEqualTypeOf<Out<'JobCreateInputSchema'>>(),
  JobInterviewStageListParamsSchema: () =>
    expectTypeOf<T.JobInterviewStageListParams>().toEqualTypeOf<Out<'JobInterviewStageListParamsSchema'>>(),
  JobInterviewStageSchema: () =>
    expectTypeOf<T.JobInterviewStageModel>().branded.toEqualTypeOf<
      T.ModelOf<Out<'JobInterviewStageSchema'>, T.SrHiringProcess>
    >(),
  JobListParamsSchema: () => expectTypeOf<T.JobListParams>().toEqualTypeOf<Out<'JobListParamsSchema'>>(),
  JobLocationInputSchema: () =>
    expectTypeOf<T.JobLocationInput>().toEqualTypeOf<Out<'JobLocationInputSchema'>>(),
  JobLocationSchema: () => expectTypeOf<T.JobLocation>().toEqualTypeOf<Out<'JobLocationSchema'>>(),
  JobSchema: () =>
    expectTypeOf<T.JobModel>().branded.toEqualTypeOf<T.ModelOf<Out<'JobSchema'>, T.SrJobDetails>>(),
  JobStatusFilterParamSchema: () =>
    expectTypeOf<T.JobStatusFilter | T.JobStatusFilter[]>().toEqualTypeOf<
      Out<'JobStatusFilterParamSchema'>
    >(),
  JobStatusFilterSchema: () =>
    expectTypeOf<T.JobStatusFilter>().toEqualTypeOf<Out<'JobStatusFilterSchema'>>(),
  JobStatusUpdateInputSchema: () =>
    expectTypeOf<T.JobStatusUpdateInput>().toEqualTypeOf<Out<'JobStatusUpdateInputSchema'>>(),
  JobUpdateInputSchema: () => expectTypeOf<T.JobUpdateInput>().toEqualTypeOf<Out<'JobUpdateInputSchema'>>(),
  LimitSchema: () => expectTypeOf<number>().toEqualTypeOf<Out<'LimitSchema'>>(),
  NamedRefSchema: () => expectTypeOf<T.NamedRef>().toEqualTypeOf<Out<'NamedRefSchema'>>(),
  NewCandidateInputSchema: () =>
    expectTypeOf<T.NewCandidateInput>().toEqualTypeOf<Out<'NewCandidateInputSchema'>>(),
  NonEmptyStringSchema: () => expectTypeOf<string>().toEqualTypeOf<Out<'NonEmptyStringSchema'>>(),
  OfferCompensationSchema: () =>
    expectTypeOf<T.OfferCompensation>().toEqualTypeOf<Out<'OfferCompensationSchema'>>(),
  OfferDocumentSchema: () =>
    expectTypeOf<T.OfferDocument>().branded.toEqualTypeOf<
      T.ModelOf<Out<'OfferDocumentSchema'>, T.SrOfferDocument>
    >(),
  OfferListParamsSchema: () =>
    expectTypeOf<T.OfferListParams>().toEqualTypeOf<Out<'OfferListParamsSchema'>>(),
  OfferSchema: () =>
    expectTypeOf<T.OfferModel>().branded.toEqualTypeOf<T.ModelOf<Out<'OfferSchema'>, T.SrOffer>>(),
  OfferStatusFilterSchema: () =>
    expectTypeOf<T.OfferStatusFilter>().toEqualTypeOf<Out<'OfferStatusFilterSchema'>>(),
  OfficeListParamsSchema: () =>
    expectTypeOf<T.OfficeListParams>().toEqualTypeOf<Out<'OfficeListParamsSchema'>>(),
  OfficeSchema: () =>
    expectTypeOf<T.OfficeModel>().branded.toEqualTypeOf<
      T.ModelOf<Out<'OfficeSchema'>, T.SrPredefinedLocation>
    >(),
  PhoneSchema: () => expectTypeOf<T.Phone>().toEqualTypeOf<Out<'PhoneSchema'>>(),
  PostingStatusFilterSchema: () =>
    expectTypeOf<T.PostingStatusFilter>().toEqualTypeOf<Out<'PostingStatusFilterSchema'>>(),
  RefSchema: () => expectTypeOf<T.Ref>().toEqualTypeOf<Out<'RefSchema'>>(),
  RejectReasonListParamsSchema: () =>
    expectTypeOf<T.RejectReasonListParams>().toEqualTypeOf<Out<'RejectReasonListParamsSchema'>>(),
  RejectReasonSchema: () =>
    expectTypeOf<T.RejectReasonModel>().branded.toEqualTypeOf<
      T.ModelOf<Out<'RejectReasonSchema'>, T.SrReason>
    >(),
  RoleListParamsSchema: () => expectTypeOf<T.RoleListParams>().toEqualTypeOf<Out<'RoleListParamsSchema'>>(),
  RoleSchema: () =>
    expectTypeOf<T.RoleModel>().branded.toEqualTypeOf<T.ModelOf<Out<'RoleSchema'>, T.SrSystemRole>>(),
  ScorecardListParamsSchema: () =>
    expectTypeOf<T.ScorecardListParams>().toEqualTypeOf<Out<'ScorecardListParamsSchema'>>(),
  ScorecardSchema: () =>
    expectTypeOf<T.ScorecardModel>().branded.toEqualTypeOf<T.ModelOf<Out<'ScorecardSchema'>, T.SrReview>>(),
  ScreeningAnswerSchema: () =>
    expectTypeOf<T.ScreeningAnswer>().toEqualTypeOf<Out<'ScreeningAnswerSchema'>>(),
  SourceListParamsSchema: () =>
    expectTypeOf<T.SourceListParams>().toEqualTypeOf<Out<'SourceListParamsSchema'>>(),
  SourceSchema: () =>
    expectTypeOf<T.SourceModel>().branded.toEqualTypeOf<T.ModelOf<Out<'SourceSchema'>, T.SrSource>>(),
  SourceTypeSchema: () =>
    expectTypeOf<T.SourceTypeModel>().branded.toEqualTypeOf<
      T.ModelOf<Out<'SourceTypeSchema'>, T.SrSourceType>
    >(),
  SrAccessGroupSchema: () => expectTypeOf<T.SrAccessGroup>().toEqualTypeOf<Out<'SrAccessGroupSchema'>>(),
  SrActionSchema: () => expectTypeOf<T.SrAction>().toEqualTypeOf<Out<'SrActionSchema'>>(),
  SrActionsSchema: () => expectTypeOf<T.SrActions>().toEqualTypeOf<Out<'SrActionsSchema'>>(),
  SrApplicationRecordSchema: () =>
    expectTypeOf<T.SrApplicationRecord>().toEqualTypeOf<Out<'SrApplicationRecordSchema'>>(),
  SrApplicationSchema: () => expectTypeOf<T.SrApplication>().toEqualTypeOf<Out<'SrApplicationSchema'>>(),
  SrAssignmentJobSchema: () =>
    expectTypeOf<T.SrAssignmentJob>().toEqualTypeOf<Out<'SrAssignmentJobSchema'>>(),
  SrAssignmentSchema: () => expectTypeOf<T.SrAssignment>().toEqualTypeOf<Out<'SrAssignmentSchema'>>(),
  SrAttachmentSchema: () => expectTypeOf<T.SrAttachment>().toEqualTypeOf<Out<'SrAttachmentSchema'>>(),
  SrAttendeeSchema: () => expectTypeOf<T.SrAttendee>().toEqualTypeOf<Out<'SrAttendeeSchema'>>(),
  SrCandidateConsentStatusSchema: () =>
    expectTypeOf<T.SrCandidateConsentStatus>().toEqualTypeOf<Out<'SrCandidateConsentStatusSchema'>>(),
  SrCandidateDetailsSchema: () =>
    expectTypeOf<T.SrCandidateDetails>().toEqualTypeOf<Out<'SrCandidateDetailsSchema'>>(),
  SrCandidateInputSchema: () =>
    expectTypeOf<T.SrCandidateInput>().toEqualTypeOf<Out<'SrCandidateInputSchema'>>(),
  SrCandidateLocationInputSchema: () =>
    expectTypeOf<T.SrCandidateLocationInput>().toEqualTypeOf<Out<'SrCandidateLocationInputSchema'>>(),
  SrCandidateLocationSchema: () =>
    expectTypeOf<T.SrCandidateLocation>().toEqualTypeOf<Out<'SrCandidateLocationSchema'>>(),
  SrCandidatePropertySchema: () =>
    expectTypeOf<T.SrCandidateProperty>().toEqualTypeOf<Out<'SrCandidatePropertySchema'>>(),
  SrCandidatePropertyValueInputSchema: () =>
    expectTypeOf<T.SrCandidatePropertyValueInput>().toEqualTypeOf<
      Out<'SrCandidatePropertyValueInputSchema'>
    >(),
  SrCandidateSchema: () => expectTypeOf<T.SrCandidate>().toEqualTypeOf<Out<'SrCandidateSchema'>>(),
  SrCandidateStatusSchema: () =>
    expectTypeOf<T.SrCandidateStatus>().toEqualTypeOf<Out<'SrCandidateStatusSchema'>>(),
  SrCandidateTagsSchema: () =>
    expectTypeOf<T.SrCandidateTags>().toEqualTypeOf<Out<'SrCandidateTagsSchema'>>(),
  SrCompensationSchema: () => expectTypeOf<T.SrCompensation>().toEqualTypeOf<Out<'SrCompensationSchema'>>(),
  SrConsentDecisionSchema: () =>
    expectTypeOf<T.SrConsentDecision>().toEqualTypeOf<Out<'SrConsentDecisionSchema'>>(),
  SrConsentDecisionsSchema: () =>
    expectTypeOf<T.SrConsentDecisions>().toEqualTypeOf<Out<'SrConsentDecisionsSchema'>>(),
  SrConsentRequestResultSchema: () =>
    expectTypeOf<T.SrConsentRequestResult>().toEqualTypeOf<Out<'SrConsentRequestResultSchema'>>(),
  SrDepartmentSchema: () => expectTypeOf<T.SrDepartment>().toEqualTypeOf<Out<'SrDepartmentSchema'>>(),
  SrEducationInputSchema: () =>
    expectTypeOf<T.SrEducationInput>().toEqualTypeOf<Out<'SrEducationInputSchema'>>(),
  SrEducationSchema: () => expectTypeOf<T.SrEducation>().toEqualTypeOf<Out<'SrEducationSchema'>>(),
  SrExperienceInputSchema: () =>
    expectTypeOf<T.SrExperienceInput>().toEqualTypeOf<Out<'SrExperienceInputSchema'>>(),
  SrExperienceSchema: () => expectTypeOf<T.SrExperience>().toEqualTypeOf<Out<'SrExperienceSchema'>>(),
  SrHiringProcessSchema: () =>
    expectTypeOf<T.SrHiringProcess>().toEqualTypeOf<Out<'SrHiringProcessSchema'>>(),
  SrHiringTeamMemberSchema: () =>
    expectTypeOf<T.SrHiringTeamMember>().toEqualTypeOf<Out<'SrHiringTeamMemberSchema'>>(),
  SrIdLabelSchema: () => expectTypeOf<T.SrIdLabel>().toEqualTypeOf<Out<'SrIdLabelSchema'>>(),
  SrInterviewSchema: () => expectTypeOf<T.SrInterview>().toEqualTypeOf<Out<'SrInterviewSchema'>>(),
  SrJobAdSchema: () => expectTypeOf<T.SrJobAd>().toEqualTypeOf<Out<'SrJobAdSchema'>>(),
  SrJobDetailsSchema: () => expectTypeOf<T.SrJobDetails>().toEqualTypeOf<Out<'SrJobDetailsSchema'>>(),
  SrJobInputSchema: () => expectTypeOf<T.SrJobInput>().toEqualTypeOf<Out<'SrJobInputSchema'>>(),
  SrJobLocationInputSchema: () =>
    expectTypeOf<T.SrJobLocationInput>().toEqualTypeOf<Out<'SrJobLocationInputSchema'>>(),
  SrJobLocationSchema: () => expectTypeOf<T.SrJobLocation>().toEqualTypeOf<Out<'SrJobLocationSchema'>>(),
  SrJobPropertySchema: () => expectTypeOf<T.SrJobProperty>().toEqualTypeOf<Out<'SrJobPropertySchema'>>(),
  SrJobStatusInputSchema: () =>
    expectTypeOf<T.SrJobStatusInput>().toEqualTypeOf<Out<'SrJobStatusInputSchema'>>(),
  SrJobSummarySchema: () => expectTypeOf<T.SrJobSummary>().toEqualTypeOf<Out<'SrJobSummarySchema'>>(),
  SrJsonPatchOperationSchema: () =>
    expectTypeOf<{
      op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
      path: string;
      value?: unknown;
      from?: string | undefined;
      [key: string]: unknown;
    }>().toEqualTypeOf<Out<'SrJsonPatchOperationSchema'>>(),
  SrLanguageSchema: () => expectTypeOf<T.SrLanguage>().toEqualTypeOf<Out<'SrLanguageSchema'>>(),
  SrNewUserSchema: () => expectTypeOf<T.SrNewUser>().toEqualTypeOf<Out<'SrNewUserSchema'>>(),
  SrOfferDocumentSchema: () =>
    expectTypeOf<T.SrOfferDocument>().toEqualTypeOf<Out<'SrOfferDocumentSchema'>>(),
  SrOfferDocumentsListSchema: () =>
    expectTypeOf<T.SrOfferDocumentsList>().toEqualTypeOf<Out<'SrOfferDocumentsListSchema'>>(),
  SrOfferPropertiesDefinitionSchema: () =>
    expectTypeOf<T.SrOfferPropertiesDefinition>().toEqualTypeOf<Out<'SrOfferPropertiesDefinitionSchema'>>(),
  SrOfferPropertyDefinitionSchema: () =>
    expectTypeOf<T.SrOfferPropertyDefinition>().toEqualTypeOf<Out<'SrOfferPropertyDefinitionSchema'>>(),
  SrOfferSchema: () => expectTypeOf<T.SrOffer>().toEqualTypeOf<Out<'SrOfferSchema'>>(),
  SrPersonalDetailsSchema: () =>
    expectTypeOf<T.SrPersonalDetails>().toEqualTypeOf<Out<'SrPersonalDetailsSchema'>>(),
  SrPredefinedLocationSchema: () =>
    expectTypeOf<T.SrPredefinedLocation>().toEqualTypeOf<Out<'SrPredefinedLocationSchema'>>(),
  SrReasonSchema: () => expectTypeOf<T.SrReason>().toEqualTypeOf<Out<'SrReasonSchema'>>(),
  SrReviewSchema: () => expectTypeOf<T.SrReview>().toEqualTypeOf<Out<'SrReviewSchema'>>(),
  SrScreeningAnswerSchema: () =>
    expectTypeOf<T.SrScreeningAnswer>().toEqualTypeOf<Out<'SrScreeningAnswerSchema'>>(),
  SrSourceDefinitionSchema: () =>
    expectTypeOf<T.SrSourceDefinition>().toEqualTypeOf<Out<'SrSourceDefinitionSchema'>>(),
  SrSourceDetailsSchema: () =>
    expectTypeOf<T.SrSourceDetails>().toEqualTypeOf<Out<'SrSourceDetailsSchema'>>(),
  SrSourceSchema: () => expectTypeOf<T.SrSource>().toEqualTypeOf<Out<'SrSourceSchema'>>(),
  SrSourceTypeSchema: () => expectTypeOf<T.SrSourceType>().toEqualTypeOf<Out<'SrSourceTypeSchema'>>(),
  SrStatusHistoryItemSchema: () =>
    expectTypeOf<T.SrStatusHistoryItem>().toEqualTypeOf<Out<'SrStatusHistoryItemSchema'>>(),
  SrSystemRoleSchema: () => expectTypeOf<T.SrSystemRole>().toEqualTypeOf<Out<'SrSystemRoleSchema'>>(),
  SrTimeslotSchema: () => expectTypeOf<T.SrTimeslot>().toEqualTypeOf<Out<'SrTimeslotSchema'>>(),
  SrUserListItemSchema: () => expectTypeOf<T.SrUserListItem>().toEqualTypeOf<Out<'SrUserListItemSchema'>>(),
  SrUserLocationSchema: () => expectTypeOf<T.SrUserLocation>().toEqualTypeOf<Out<'SrUserLocationSchema'>>(),
  SrUserSchema: () => expectTypeOf<T.SrUser>().toEqualTypeOf<Out<'SrUserSchema'>>(),
  SrWebInputSchema: () => expectTypeOf<T.SrWebInput>().toEqualTypeOf<Out<'SrWebInputSchema'>>(),
  SrWebSchema: () => expectTypeOf<T.SrWeb>().toEqualTypeOf<Out<'SrWebSchema'>>(),
  StrictDateTimeSchema: () => expectTypeOf<T.DateTimeInput>().toEqualTypeOf<Out<'StrictDateTimeSchema'>>(),
  SubscriptionCreateInputSchema: () =>
    expectTypeOf<T.SubscriptionCreateInput>().toEqualTypeOf<Out<'SubscriptionCreateInputSchema'>>(),
  SubscriptionListParamsSchema: () =>
    expectTypeOf<T.SubscriptionListParams>().toEqualTypeOf<Out<'SubscriptionListParamsSchema'>>(),
  TimeZoneSchema: () => expectTypeOf<string>().toEqualTypeOf<Out<'TimeZoneSchema'>>(),
  UrlSchema: () => expectTypeOf<T.Url>().toEqualTypeOf<Out<'UrlSchema'>>(),
  UserCreateInputSchema: () =>
    expectTypeOf<T.UserCreateInput>().toEqualTypeOf<Out<'UserCreateInputSchema'>>(),
  UserListParamsSchema: () => expectTypeOf<T.UserListParams>().toEqualTypeOf<Out<'UserListParamsSchema'>>(),
  UserLocationSchema: () => expectTypeOf<T.UserLocation>().toEqualTypeOf<Out<'UserLocationSchema'>>(),
  UserSchema: () =>
    expectTypeOf<T.UserModel>().branded.toEqualTypeOf<T.ModelOf<Out<'UserSchema'>, T.SrUser>>(),
  UserUpdateInputSchema: () =>
    expectTypeOf<T.UserUpdateInput>().toEqualTypeOf<Out<'UserUpdateInputSchema'>>(),
  WarningSchema: () => expectTypeOf<T.Warning>().toEqualTypeOf<Out<'WarningSchema'>>(),
  WholeListParamsSchema: () =>
    expectTypeOf<T.WholeListParams>().toEqualTypeOf<Out<'WholeListParamsSchema'>>(),
  FormAnswerSchema: () => expectTypeOf<T.FormAnswer>().toEqualTypeOf<Out<'FormAnswerSchema'>>(),
  FormAnswersSchema: () =>
    expectTypeOf<T.FormAnswersModel>().branded.toEqualTypeOf<
      T.ModelOf<Out<'FormAnswersSchema'>, T.SrWebFormAnswers>
    >(),
  NewHireSchema: () =>
    expectTypeOf<T.NewHireModel>().branded.toEqualTypeOf<T.ModelOf<Out<'NewHireSchema'>, T.SrNewHire>>(),
  OnboardingAssignmentSchema: () =>
    expectTypeOf<T.OnboardingAssignmentModel>().branded.toEqualTypeOf<
      T.ModelOf<
        Out<'OnboardingAssignmentSchema'>,
        T.SrActivityAssignment | T.SrWebFormAssignment | T.SrFillablePdfFormAssignment
      >
    >(),
  OnboardingAttachmentSchema: () =>
    expectTypeOf<T.OnboardingAttachment>().toEqualTypeOf<Out<'OnboardingAttachmentSchema'>>(),
  OnboardingListParamsSchema: () =>
    expectTypeOf<T.OnboardingListParams>().toEqualTypeOf<Out<'OnboardingListParamsSchema'>>(),
  OnboardingProcessSchema: () =>
    expectTypeOf<T.OnboardingProcessModel>().branded.toEqualTypeOf<
      T.ModelOf<Out<'OnboardingProcessSchema'>, T.SrOnboardingProcess>
    >(),
  ReportColumnSchema: () => expectTypeOf<T.ReportColumn>().toEqualTypeOf<Out<'ReportColumnSchema'>>(),
  ReportFileSchema: () =>
    expectTypeOf<T.ReportFileModel>().branded.toEqualTypeOf<
      T.ModelOf<Out<'ReportFileSchema'>, T.SrReportFile>
    >(),
  ReportListParamsSchema: () =>
    expectTypeOf<T.ReportListParams>().toEqualTypeOf<Out<'ReportListParamsSchema'>>(),
  ReportSchema: () =>
    expectTypeOf<T.ReportModel>().branded.toEqualTypeOf<T.ModelOf<Out<'ReportSchema'>, T.SrReport>>(),
  SrActivityAssignmentAttachmentsSchema: () =>
    expectTypeOf<T.SrActivityAssignmentAttachments>().toEqualTypeOf<
      Out<'SrActivityAssignmentAttachmentsSchema'>
    >(),
  SrActivityAssignmentSchema: () =>
    expectTypeOf<T.SrActivityAssignment>().toEqualTypeOf<Out<'SrActivityAssignmentSchema'>>(),
  SrFillablePdfFormAssignmentSchema: () =>
    expectTypeOf<T.SrFillablePdfFormAssignment>().toEqualTypeOf<Out<'SrFillablePdfFormAssignmentSchema'>>(),
  SrNewHireSchema: () => expectTypeOf<T.SrNewHire>().toEqualTypeOf<Out<'SrNewHireSchema'>>(),
  SrOnboardingAssignmentsSchema: () =>
    expectTypeOf<T.SrOnboardingAssignments>().toEqualTypeOf<Out<'SrOnboardingAssignmentsSchema'>>(),
  SrOnboardingProcessSchema: () =>
    expectTypeOf<T.SrOnboardingProcess>().toEqualTypeOf<Out<'SrOnboardingProcessSchema'>>(),
  SrReportColumnSchema: () => expectTypeOf<T.SrReportColumn>().toEqualTypeOf<Out<'SrReportColumnSchema'>>(),
  SrReportFileSchema: () => expectTypeOf<T.SrReportFile>().toEqualTypeOf<Out<'SrReportFileSchema'>>(),
  SrReportFilterSchema: () => expectTypeOf<T.SrReportFilter>().toEqualTypeOf<Out<'SrReportFilterSchema'>>(),
  SrReportScheduleSchema: () =>
    expectTypeOf<T.SrReportSchedule>().toEqualTypeOf<Out<'SrReportScheduleSchema'>>(),
  SrReportSchema: () => expectTypeOf<T.SrReport>().toEqualTypeOf<Out<'SrReportSchema'>>(),
  SrSocialMediaSchema: () => expectTypeOf<T.SrSocialMedia>().toEqualTypeOf<Out<'SrSocialMediaSchema'>>(),
  SrWebFormAnswerSchema: () =>
    expectTypeOf<T.SrWebFormAnswer>().toEqualTypeOf<Out<'SrWebFormAnswerSchema'>>(),
  SrWebFormAnswersSchema: () =>
    expectTypeOf<T.SrWebFormAnswers>().toEqualTypeOf<Out<'SrWebFormAnswersSchema'>>(),
  SrWebFormAssignmentSchema: () =>
    expectTypeOf<T.SrWebFormAssignment>().toEqualTypeOf<Out<'SrWebFormAssignmentSchema'>>(),
  SrWebFormFieldMetadataSchema: () =>
    expectTypeOf<T.SrWebFormFieldMetadata>().toEqualTypeOf<Out<'SrWebFormFieldMetadataSchema'>>(),
  SrWebFormFieldsMetadataSchema: () =>
    expectTypeOf<T.SrWebFormFieldsMetadata>().toEqualTypeOf<Out<'SrWebFormFieldsMetadataSchema'>>(),
  ApplicationIdsInputSchema: () => expectTypeOf<string[]>().toEqualTypeOf<Out<'ApplicationIdsInputSchema'>>(),
  InterviewersByRoleInputSchema: () =>
    expectTypeOf<Record<string, string[]>>().toEqualTypeOf<Out<'InterviewersByRoleInputSchema'>>(),
  InterviewTemplateListParamsSchema: () =>
    expectTypeOf<T.InterviewTemplateListParams>().toEqualTypeOf<Out<'InterviewTemplateListParamsSchema'>>(),
  JobStageParamsSchema: () => expectTypeOf<T.JobStageParams>().toEqualTypeOf<Out<'JobStageParamsSchema'>>(),
  JobTemplateAssignParamsSchema: () =>
    expectTypeOf<T.JobTemplateAssignParams>().toEqualTypeOf<Out<'JobTemplateAssignParamsSchema'>>(),
  ScheduleTypeSchema: () =>
    expectTypeOf<T.SrInterviewTemplateType>().toEqualTypeOf<Out<'ScheduleTypeSchema'>>(),
  SelfScheduleListParamsSchema: () =>
    expectTypeOf<T.SelfScheduleListParams>().toEqualTypeOf<Out<'SelfScheduleListParamsSchema'>>(),
  SrAutomatedSelfScheduleInputSchema: () =>
    expectTypeOf<T.SrAutomatedSelfScheduleInput>().toEqualTypeOf<Out<'SrAutomatedSelfScheduleInputSchema'>>(),
  SrInterviewTemplateInputSchema: () =>
    expectTypeOf<T.SrInterviewTemplateInput>().toEqualTypeOf<Out<'SrInterviewTemplateInputSchema'>>(),
  SrJobInterviewTemplateInputSchema: () =>
    expectTypeOf<T.SrJobInterviewTemplateInput>().toEqualTypeOf<Out<'SrJobInterviewTemplateInputSchema'>>(),
  SrManagedStepsInputSchema: () =>
    expectTypeOf<
      Array<{ [key: string]: unknown; hiringStage: T.SrHiringStage; hiringStep?: string | undefined }>
    >().toEqualTypeOf<Out<'SrManagedStepsInputSchema'>>(),
  SrSelfScheduleInterviewInputSchema: () =>
    expectTypeOf<T.SrSelfScheduleInterviewInput>().toEqualTypeOf<Out<'SrSelfScheduleInterviewInputSchema'>>(),
  SrSelfScheduleInviteInputSchema: () =>
    expectTypeOf<T.SrSelfScheduleInviteInput>().toEqualTypeOf<Out<'SrSelfScheduleInviteInputSchema'>>(),
  SrSlotsCountInputSchema: () =>
    expectTypeOf<T.SrSlotsCountInput>().toEqualTypeOf<Out<'SrSlotsCountInputSchema'>>(),
} satisfies Record<SchemaName, () => void>;

describe('interfaces and schemas', () => {
  it('compares every exported schema with its interface', () => {
    const exported = Object.keys(schemas).filter((name) => name.endsWith('Schema'));
    expect(Object.keys(sameShape).sort()).toEqual(exported.sort());
    for (const compare of Object.values(sameShape)) compare();
  });
});

describe('the models as users type them', () => {
  it('name in not_fetched only fields of the model, never id or remote_data', () => {
    expectTypeOf<T.Candidate['not_fetched'][number]>().toEqualTypeOf<
      Exclude<keyof T.CandidateModel, 'id' | 'remote_data' | 'not_fetched'>
    >();
    expectTypeOf<'phones'>().toExtend<T.Candidate['not_fetched'][number]>();
    expectTypeOf<'id'>().not.toExtend<T.Job['not_fetched'][number]>();
    expectTypeOf<T.Job<{ ref: string }>['not_fetched']>().toEqualTypeOf<T.JobModel['not_fetched']>();
    expectTypeOf<T.Job<{ ref: string }>['custom_mappings']>().toEqualTypeOf<{ ref: string }>();
    expectTypeOf<T.JobModel['remote_data']>().toEqualTypeOf<T.SrJobDetails | undefined>();

    const candidate = toUnifiedCandidate(fixture('candidate-list-item'), { listItem: true });
    const job = toUnifiedJob(fixture('job-summary'), { listItem: true });
    expect(candidate.not_fetched.length).toBeGreaterThan(0);
    expect(job.not_fetched.length).toBeGreaterThan(0);
    for (const field of candidate.not_fetched) expect(Object.keys(candidate)).toContain(field);
    for (const field of job.not_fetched) expect(Object.keys(job)).toContain(field);
  });
});
