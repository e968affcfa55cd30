/**
 * Mappers: pure functions between SmartRecruiters records and the unified models (no I/O, no
 * clock), the enum maps behind them, list-filter translation and composite application ids.
 */

export {
  APPLICATION_STATUS_MAP,
  APPLICATION_STATUS_TO_SR,
  type ApplicationListSrQuery,
  type ApplicationMapperContext,
  type CandidateApplicationsContext,
  type CustomFieldTypes,
  toApplicationOutcome,
  toSrApplicationListQuery,
  toSrApplicationStatusFilter,
  toSrCandidatePropertyValues,
  toSrCandidateStatus,
  toSrSourceDetails,
  toUnifiedApplication,
  toUnifiedApplicationStatus,
  toUnifiedApplicationsFromCandidate,
  toUnifiedCandidateProperties,
  toUnifiedScreeningAnswers,
} from './application.js';
export {
  type ApplicationKeys,
  type ApplicationRef,
  applicationId,
  isApplicationId,
  parseApplicationId,
} from './application-id.js';
export {
  ATTACHMENT_TYPE_MAP,
  ATTACHMENT_TYPE_TO_SR,
  type AttachmentMapperContext,
  type SrAttachmentUploadTarget,
  toSrAttachmentType,
  toSrAttachmentUpload,
  toUnifiedAttachment,
  toUnifiedAttachmentType,
} from './attachment.js';
export {
  type CandidateListSrQuery,
  type CandidateMapperContext,
  CONSENT_STATUS_MAP,
  toSrApplicationInput,
  toSrCandidateInput,
  toSrCandidateListQuery,
  toSrCandidateTags,
  toSrPersonalDetails,
  toUnifiedCandidate,
  toUnifiedConsentStatus,
} from './candidate.js';
export {
  type DepartmentMapperContext,
  type JobInterviewStageMapperContext,
  type OfficeMapperContext,
  type RejectReasonMapperContext,
  type SourceMapperContext,
  type SourceTypeMapperContext,
  toSrDepartmentInput,
  toUnifiedDepartment,
  toUnifiedJobInterviewStages,
  toUnifiedOffice,
  toUnifiedRejectReason,
  toUnifiedSource,
  toUnifiedSourceType,
} from './configuration.js';
export {
  type ConsentDecisionsMapperContext,
  toSrConsentRequests,
  toUnifiedConsentDecisions,
  toUnifiedConsentRequestResults,
} from './consent.js';
export type {
  CustomMappingsOf,
  MapperContext,
  MappingOutput,
  Mappings,
  ModelName,
  ModelsOf,
} from './context.js';
export { type GroupMapperContext, toUnifiedGroup } from './group.js';
export {
  HIRING_TEAM_ROLE_TO_SR,
  type HiringTeamMapperContext,
  toSrHiringTeamMember,
  toUnifiedHiringTeam,
} from './hiring-team.js';
export {
  ATTENDEE_STATUS_MAP,
  type InterviewMapperContext,
  toSrInterviewInput,
  toSrInterviewUpdate,
  toSrTimeslotUpdate,
  toUnifiedAttendeeStatus,
  toUnifiedInterview,
} from './interview.js';
export {
  HIRING_TEAM_ROLE_MAP,
  JOB_STATUS_FILTER_MAP,
  JOB_STATUS_MAP,
  JOB_STATUS_WRITE_DEFAULTS,
  type JobListSrQuery,
  type JobMapperContext,
  POSTING_STATUS_MAP,
  POSTING_STATUS_TO_SR,
  toSrJobInput,
  toSrJobListQuery,
  toSrJobPatch,
  toSrJobStatus,
  toSrJobStatusFilter,
  toSrPostingStatusFilter,
  toUnifiedHiringTeamRole,
  toUnifiedJob,
  toUnifiedJobStatus,
  toUnifiedPostingStatus,
} from './job.js';
export {
  OFFER_STATUS_MAP,
  OFFER_STATUS_TO_SR,
  type OfferDocumentMapperContext,
  type OfferListSrQuery,
  type OfferMapperContext,
  offerDocumentsOf,
  toSrOfferListQuery,
  toUnifiedOffer,
  toUnifiedOfferDocument,
  toUnifiedOfferStatus,
} from './offer.js';
export {
  type FormAnswersMapperContext,
  type NewHireMapperContext,
  type OnboardingAssignmentMapperContext,
  type OnboardingAssignmentsMapperContext,
  type OnboardingProcessMapperContext,
  toOnboardingAttachments,
  toUnifiedFormAnswers,
  toUnifiedNewHire,
  toUnifiedOnboardingAssignment,
  toUnifiedOnboardingAssignments,
  toUnifiedOnboardingProcess,
} from './onboarding.js';
export {
  type ReportFileMapperContext,
  type ReportLayout,
  type ReportMapperContext,
  reportLayout,
  toReportColumn,
  toReportRow,
  toReportValue,
  toUnifiedReport,
  toUnifiedReportFile,
} from './report.js';
export {
  REPORT_APPLICATION_COLUMNS,
  REPORT_APPLICATION_NOT_AVAILABLE,
  type ReportApplication,
  type ReportApplicationColumns,
  type ReportApplicationContext,
  type ReportApplicationModel,
  toUnifiedApplicationFromReportRow,
} from './report-application.js';
export { type RoleMapperContext, toUnifiedRole } from './role.js';
export {
  SCORECARD_RECOMMENDATION_BY_RATING,
  type ScorecardMapperContext,
  toScorecardRecommendation,
  toUnifiedScorecard,
} from './scorecard.js';
export {
  SSO_LOGIN_MODE_TO_SR,
  toSrUserInput,
  toSrUserListQuery,
  toSrUserPatch,
  toUnifiedUser,
  toUnifiedUserStatus,
  type UserListSrQuery,
  type UserMapperContext,
} from './user.js';
