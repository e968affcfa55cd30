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
  /** Mapping of each candidate: `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  candidate?: (raw: SrCandidateDetails, unified: CandidateModel) => unknown;
  /** Mapping of each job application: `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  application?: (raw: SrApplicationRecord, unified: ApplicationModel) => unknown;
  /** Mapping of each job: `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  job?: (raw: SrJobDetails, unified: JobModel) => unknown;
  /** Mapping of each attachment: `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  attachment?: (raw: SrAttachment, unified: AttachmentModel) => unknown;
  /** Mapping of each user: `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  user?: (raw: SrUser, unified: UserModel) => unknown;
  /** Mapping of each system role (the `Role` model): `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  role?: (raw: SrSystemRole, unified: RoleModel) => unknown;
  /** Mapping of each access group (the `Group` model): `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  group?: (raw: SrAccessGroup, unified: GroupModel) => unknown;
  /** Mapping of each offer: `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  offer?: (raw: SrOffer, unified: OfferModel) => unknown;
  /** Mapping of each interview: `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  interview?: (raw: SrInterview, unified: InterviewModel) => unknown;
  /** Mapping of each review (the `Scorecard` model): `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  scorecard?: (raw: SrReview, unified: ScorecardModel) => unknown;
  /** Mapping of each rejection reason: `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  rejectReason?: (raw: SrReason, unified: RejectReasonModel) => unknown;
  /** Mapping of each department: `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  department?: (raw: SrDepartment, unified: DepartmentModel) => unknown;
  /** Mapping of each predefined location (the `Office` model): `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  office?: (raw: SrPredefinedLocation, unified: OfficeModel) => unknown;
  /** Mapping of each source type: `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  sourceType?: (raw: SrSourceType, unified: SourceTypeModel) => unknown;
  /** Mapping of each source: `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  source?: (raw: SrSource, unified: SourceModel) => unknown;
  /** Mapping of each hiring process (the `JobInterviewStage` model): `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  jobInterviewStage?: (raw: SrHiringProcess, unified: JobInterviewStageModel) => unknown;
  /** Mapping of each Report Builder report: `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  report?: (raw: SrReport, unified: ReportModel) => unknown;
  /** Mapping of each report file: `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  reportFile?: (raw: SrReportFile, unified: ReportFileModel) => unknown;
  /** Mapping of each new hire: `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  newHire?: (raw: SrNewHire, unified: NewHireModel) => unknown;
  /** Mapping of each onboarding process: `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  onboardingProcess?: (raw: SrOnboardingProcess, unified: OnboardingProcessModel) => unknown;
  /** Mapping of each onboarding assignment (activity, web form or fillable PDF form): `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
  onboardingAssignment?: (
    raw: SrActivityAssignment | SrWebFormAssignment | SrFillablePdfFormAssignment,
    unified: OnboardingAssignmentModel,
  ) => unknown;
  /** Mapping of each web form's answers: `raw` is SR's record, `unified` the mapped model; the result becomes its `custom_mappings`. */
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
  /** The unified model of a candidate, its `custom_mappings` typed by the `candidate` mapping. */
  candidate: Candidate<MappingOutput<Mp, 'candidate'>>;
  /** The unified model of a job application, its `custom_mappings` typed by the `application` mapping. */
  application: Application<MappingOutput<Mp, 'application'>>;
  /** The unified model of a job, its `custom_mappings` typed by the `job` mapping. */
  job: Job<MappingOutput<Mp, 'job'>>;
  /** The unified model of a attachment, its `custom_mappings` typed by the `attachment` mapping. */
  attachment: Attachment<MappingOutput<Mp, 'attachment'>>;
  /** The unified model of a user, its `custom_mappings` typed by the `user` mapping. */
  user: User<MappingOutput<Mp, 'user'>>;
  /** The unified model of a system role (the `Role` model), its `custom_mappings` typed by the `role` mapping. */
  role: Role<MappingOutput<Mp, 'role'>>;
  /** The unified model of a access group (the `Group` model), its `custom_mappings` typed by the `group` mapping. */
  group: Group<MappingOutput<Mp, 'group'>>;
  /** The unified model of a offer, its `custom_mappings` typed by the `offer` mapping. */
  offer: Offer<MappingOutput<Mp, 'offer'>>;
  /** The unified model of a interview, its `custom_mappings` typed by the `interview` mapping. */
  interview: Interview<MappingOutput<Mp, 'interview'>>;
  /** The unified model of a review (the `Scorecard` model), its `custom_mappings` typed by the `scorecard` mapping. */
  scorecard: Scorecard<MappingOutput<Mp, 'scorecard'>>;
  /** The unified model of a rejection reason, its `custom_mappings` typed by the `rejectReason` mapping. */
  rejectReason: RejectReason<MappingOutput<Mp, 'rejectReason'>>;
  /** The unified model of a department, its `custom_mappings` typed by the `department` mapping. */
  department: Department<MappingOutput<Mp, 'department'>>;
  /** The unified model of a predefined location (the `Office` model), its `custom_mappings` typed by the `office` mapping. */
  office: Office<MappingOutput<Mp, 'office'>>;
  /** The unified model of a source type, its `custom_mappings` typed by the `sourceType` mapping. */
  sourceType: SourceType<MappingOutput<Mp, 'sourceType'>>;
  /** The unified model of a source, its `custom_mappings` typed by the `source` mapping. */
  source: Source<MappingOutput<Mp, 'source'>>;
  /** The unified model of a hiring process (the `JobInterviewStage` model), its `custom_mappings` typed by the `jobInterviewStage` mapping. */
  jobInterviewStage: JobInterviewStage<MappingOutput<Mp, 'jobInterviewStage'>>;
  /** The unified model of a Report Builder report, its `custom_mappings` typed by the `report` mapping. */
  report: Report<MappingOutput<Mp, 'report'>>;
  /** The unified model of a report file, its `custom_mappings` typed by the `reportFile` mapping. */
  reportFile: ReportFile<MappingOutput<Mp, 'reportFile'>>;
  /** The unified model of a new hire, its `custom_mappings` typed by the `newHire` mapping. */
  newHire: NewHire<MappingOutput<Mp, 'newHire'>>;
  /** The unified model of a onboarding process, its `custom_mappings` typed by the `onboardingProcess` mapping. */
  onboardingProcess: OnboardingProcess<MappingOutput<Mp, 'onboardingProcess'>>;
  /** The unified model of a onboarding assignment (activity, web form or fillable PDF form), its `custom_mappings` typed by the `onboardingAssignment` mapping. */
  onboardingAssignment: OnboardingAssignment<MappingOutput<Mp, 'onboardingAssignment'>>;
  /** The unified model of a web form's answers, its `custom_mappings` typed by the `formAnswers` mapping. */
  formAnswers: FormAnswers<MappingOutput<Mp, 'formAnswers'>>;
}
