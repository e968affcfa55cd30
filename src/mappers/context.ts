/**
 * What every `toUnified*` mapper takes besides the SR record, and the mapping-extension types that
 * let resources stay generic over the user's `mappings` (see the README, "Mapping extensions").
 */

import type {
  FormAnswers,
  FormAnswersModel,
  NewHire,
  NewHireModel,
  OnboardingAssignment,
  OnboardingAssignmentModel,
  OnboardingProcess,
  OnboardingProcessModel,
} from '../models/unified/onboarding.js';
import type { Report, ReportFile, ReportFileModel, ReportModel } from '../models/unified/report.js';
import type { SrReport, SrReportFile } from '../routes/reporting.js';
import type {
  SrActivityAssignment,
  SrFillablePdfFormAssignment,
  SrNewHire,
  SrOnboardingProcess,
  SrWebFormAnswers,
  SrWebFormAssignment,
} from '../routes/smartonboard.js';
import type { SrApplicationRecord } from '../schemas/sr/application.js';
import type { SrAttachment } from '../schemas/sr/attachment.js';
import type { SrCandidateDetails } from '../schemas/sr/candidate.js';
import type {
  SrHiringProcess,
  SrPredefinedLocation,
  SrReason,
  SrSource,
  SrSourceType,
} from '../schemas/sr/configuration.js';
import type { SrInterview } from '../schemas/sr/interview.js';
import type { SrDepartment, SrJobDetails } from '../schemas/sr/job.js';
import type { SrOffer } from '../schemas/sr/offer.js';
import type { SrReview } from '../schemas/sr/review.js';
import type { SrAccessGroup, SrSystemRole, SrUser } from '../schemas/sr/user.js';
import type { Application, ApplicationModel } from '../schemas/unified/application.js';
import type { Attachment, AttachmentModel } from '../schemas/unified/attachment.js';
import type { Candidate, CandidateModel } from '../schemas/unified/candidate.js';
import type { Warning } from '../schemas/unified/common.js';
import type {
  Department,
  DepartmentModel,
  JobInterviewStage,
  JobInterviewStageModel,
  Office,
  OfficeModel,
  RejectReason,
  RejectReasonModel,
  Source,
  SourceModel,
  SourceType,
  SourceTypeModel,
} from '../schemas/unified/configuration.js';
import type { Group, GroupModel } from '../schemas/unified/group.js';
import type { Interview, InterviewModel } from '../schemas/unified/interview.js';
import type { Job, JobModel } from '../schemas/unified/job.js';
import type { Offer, OfferModel } from '../schemas/unified/offer.js';
import type { Role, RoleModel } from '../schemas/unified/role.js';
import type { Scorecard, ScorecardModel } from '../schemas/unified/scorecard.js';
import type { User, UserModel } from '../schemas/unified/user.js';

/**
 * Options of a `toUnified*` mapper.
 *
 * @typeParam M output type of `mapping` (the model's `custom_mappings`); `never` when none.
 * @typeParam Raw the SR record type `mapping` receives.
 * @typeParam Unified the unified model `mapping` receives.
 */
export interface MapperContext<M = never, Raw = unknown, Unified = unknown> {
  /** Keep the SR object as received in `remote_data`. Default `true`. */
  includeRemoteData?: boolean | undefined;
  /**
   * Collector for warnings: SR fields that failed lenient validation are pushed here (and mapped as
   * missing) instead of throwing. Without it they are dropped silently.
   */
  warnings?: Warning[] | undefined;
  /**
   * Mapping extension: its output becomes the model's `custom_mappings`. `raw` is the SR record
   * after lenient validation (fields that failed it are removed; unknown keys are kept).
   */
  mapping?: ((raw: Raw, unified: Unified) => M) | undefined;
}

/**
 * The user's mapping extensions, one optional function per model. `raw` is typed with the details
 * shape of each SR record: list items are the same records with fewer fields, all optional.
 *
 * Code generic over a user's mappings should declare `<Mp extends Mappings = Mappings>`: with the
 * constraint itself as the default, TypeScript types `raw` and `unified` inside an object literal
 * (another default, such as `{}`, leaves them implicitly `any`), and `ModelsOf<Mappings>` is the
 * plain models.
 */
export interface Mappings {
  candidate?: (raw: SrCandidateDetails, unified: CandidateModel) => unknown;
  application?: (raw: SrApplicationRecord, unified: ApplicationModel) => unknown;
  job?: (raw: SrJobDetails, unified: JobModel) => unknown;
  attachment?: (raw: SrAttachment, unified: AttachmentModel) => unknown;
  user?: (raw: SrUser, unified: UserModel) => unknown;
  role?: (raw: SrSystemRole, unified: RoleModel) => unknown;
  group?: (raw: SrAccessGroup, unified: GroupModel) => unknown;
  offer?: (raw: SrOffer, unified: OfferModel) => unknown;
  interview?: (raw: SrInterview, unified: InterviewModel) => unknown;
  scorecard?: (raw: SrReview, unified: ScorecardModel) => unknown;
  rejectReason?: (raw: SrReason, unified: RejectReasonModel) => unknown;
  department?: (raw: SrDepartment, unified: DepartmentModel) => unknown;
  office?: (raw: SrPredefinedLocation, unified: OfficeModel) => unknown;
  sourceType?: (raw: SrSourceType, unified: SourceTypeModel) => unknown;
  source?: (raw: SrSource, unified: SourceModel) => unknown;
  jobInterviewStage?: (raw: SrHiringProcess, unified: JobInterviewStageModel) => unknown;
  report?: (raw: SrReport, unified: ReportModel) => unknown;
  reportFile?: (raw: SrReportFile, unified: ReportFileModel) => unknown;
  newHire?: (raw: SrNewHire, unified: NewHireModel) => unknown;
  onboardingProcess?: (raw: SrOnboardingProcess, unified: OnboardingProcessModel) => unknown;
  onboardingAssignment?: (
    raw: SrActivityAssignment | SrWebFormAssignment | SrFillablePdfFormAssignment,
    unified: OnboardingAssignmentModel,
  ) => unknown;
  formAnswers?: (raw: SrWebFormAnswers, unified: FormAnswersModel) => unknown;
}

/** The names of the unified models. */
export type ModelName = keyof Mappings;

/** Output type of `Mp[K]`, or `never` when `Mp` configures no mapping for model `K`. */
export type MappingOutput<Mp, K extends ModelName> = Mp extends { [P in K]: (...args: never[]) => infer R }
  ? R
  : never;

/** The `custom_mappings` type of each model, derived from a `Mappings` object type. */
export type CustomMappingsOf<Mp> = { [K in ModelName]: MappingOutput<Mp, K> };

/**
 * The unified model types for a `Mappings` object type: e.g. `ModelsOf<typeof mappings>['candidate']`
 * is `Candidate<ReturnType<typeof mappings.candidate>>`, or plain `Candidate` without a mapping.
 */
export interface ModelsOf<Mp> {
  candidate: Candidate<MappingOutput<Mp, 'candidate'>>;
  application: Application<MappingOutput<Mp, 'application'>>;
  job: Job<MappingOutput<Mp, 'job'>>;
  attachment: Attachment<MappingOutput<Mp, 'attachment'>>;
  user: User<MappingOutput<Mp, 'user'>>;
  role: Role<MappingOutput<Mp, 'role'>>;
  group: Group<MappingOutput<Mp, 'group'>>;
  offer: Offer<MappingOutput<Mp, 'offer'>>;
  interview: Interview<MappingOutput<Mp, 'interview'>>;
  scorecard: Scorecard<MappingOutput<Mp, 'scorecard'>>;
  rejectReason: RejectReason<MappingOutput<Mp, 'rejectReason'>>;
  department: Department<MappingOutput<Mp, 'department'>>;
  office: Office<MappingOutput<Mp, 'office'>>;
  sourceType: SourceType<MappingOutput<Mp, 'sourceType'>>;
  source: Source<MappingOutput<Mp, 'source'>>;
  jobInterviewStage: JobInterviewStage<MappingOutput<Mp, 'jobInterviewStage'>>;
  report: Report<MappingOutput<Mp, 'report'>>;
  reportFile: ReportFile<MappingOutput<Mp, 'reportFile'>>;
  newHire: NewHire<MappingOutput<Mp, 'newHire'>>;
  onboardingProcess: OnboardingProcess<MappingOutput<Mp, 'onboardingProcess'>>;
  onboardingAssignment: OnboardingAssignment<MappingOutput<Mp, 'onboardingAssignment'>>;
  formAnswers: FormAnswers<MappingOutput<Mp, 'formAnswers'>>;
}
