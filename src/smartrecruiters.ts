import { type ClientOptions, SmartRecruitersClient } from './client.js';
import { ValidationError } from './core/errors.js';
import type { ResourceOptions } from './core/resource.js';
import type { Mappings } from './mappers/context.js';
import { Applications } from './resources/applications.js';
import { Assessments } from './resources/assessments.js';
import { Attachments } from './resources/attachments.js';
import { Candidates } from './resources/candidates.js';
import { Consents } from './resources/consents.js';
import { Departments } from './resources/departments.js';
import { Groups } from './resources/groups.js';
import { InterviewTemplates } from './resources/interview-templates.js';
import { Interviews } from './resources/interviews.js';
import { JobInterviewStages } from './resources/job-interview-stages.js';
import { Jobs } from './resources/jobs.js';
import { Offers } from './resources/offers.js';
import { Offices } from './resources/offices.js';
import { Onboarding } from './resources/onboarding.js';
import { RejectReasons } from './resources/reject-reasons.js';
import { Reports } from './resources/reports.js';
import { Roles } from './resources/roles.js';
import { Scorecards } from './resources/scorecards.js';
import { SelfScheduling } from './resources/self-scheduling.js';
import { Sources } from './resources/sources.js';
import { Users } from './resources/users.js';
import { Webhooks } from './resources/webhooks.js';

/** Options of `SmartRecruiters`: the client's options and the unified resources' options. */
export interface SmartRecruitersOptions<Mp extends Mappings = Mappings>
  extends ClientOptions,
    ResourceOptions<Mp> {
  /** Use this client instead of creating one from the options above. */
  client?: SmartRecruitersClient | undefined;
}

/**
 * One object with the raw client and every unified resource.
 *
 * ```ts
 * const sr = new SmartRecruiters({ apiKey: process.env.SMARTRECRUITERS_API_KEY });
 * for await (const job of sr.jobs.list({ status: 'open' })) console.log(job.name);
 * ```
 */
export class SmartRecruiters<Mp extends Mappings = Mappings> {
  /** The raw client: the whole SmartRecruiters API, 1-to-1. */
  readonly client: SmartRecruitersClient;
  /** Unified ATS: candidates. */
  readonly candidates: Candidates<Mp>;
  /** Unified ATS: applications (a candidate on a job). */
  readonly applications: Applications<Mp>;
  /** Unified ATS: jobs. */
  readonly jobs: Jobs<Mp>;
  /** Unified ATS: attachments of candidates and applications. */
  readonly attachments: Attachments<Mp>;
  /** Unified ATS: offers and their documents. */
  readonly offers: Offers<Mp>;
  /** Unified ATS: interviews (SmartRecruiters Interviews API). */
  readonly interviews: Interviews<Mp>;
  /** Unified ATS: scorecards (SmartRecruiters reviews: interview feedback). */
  readonly scorecards: Scorecards<Mp>;
  /** Unified ATS: rejection and withdrawal reasons. */
  readonly rejectReasons: RejectReasons<Mp>;
  /** Unified ATS: departments. */
  readonly departments: Departments<Mp>;
  /** Unified ATS: offices (SmartRecruiters' predefined locations). */
  readonly offices: Offices<Mp>;
  /** Unified ATS: candidate sources, and their types. */
  readonly sources: Sources<Mp>;
  /** Unified ATS: hiring-process stages (the sub-statuses applications move through). */
  readonly jobInterviewStages: JobInterviewStages<Mp>;
  /** GDPR consent decisions and consent requests. */
  readonly consents: Consents<Mp>;
  /** Report Builder reports: a file of a whole account's records, for bulk loads (Reporting API). */
  readonly reports: Reports<Mp>;
  /** SmartOnboard after a hire: new hires, onboarding processes, assignments, submissions (read-only). */
  readonly onboarding: Onboarding<Mp>;
  /** Unified User Directory: users. */
  readonly users: Users<Mp>;
  /** Unified User Directory: system roles. */
  readonly roles: Roles<Mp>;
  /** Unified User Directory: access groups. */
  readonly groups: Groups<Mp>;
  /** Webhook subscriptions and delivery verification. */
  readonly webhooks: Webhooks;
  /**
   * Assessments (SmartRecruiters' Assessment API 2021): an assessment partner's configuration,
   * integration set-up, results and reports; the orders a company sees on an application.
   */
  readonly assessments: Assessments;
  /**
   * Interview templates, the templates jobs use at each hiring stage, managed steps and
   * interviewers' scheduling preferences (SmartRecruiters' records as received).
   */
  readonly interviewTemplates: InterviewTemplates;
  /** Self-scheduling: candidates book their own interview (SmartRecruiters' records as received). */
  readonly selfScheduling: SelfScheduling;

  constructor(options: SmartRecruitersOptions<Mp> = {}) {
    if (typeof options !== 'object' || options === null) {
      throw new ValidationError('Invalid options', [{ path: [], message: 'must be an object' }]);
    }
    const { client, includeRemoteData, mappings, hydrateConcurrency, syncOverlapMs, ...clientOptions } =
      options;
    this.client = client ?? new SmartRecruitersClient(clientOptions);
    const resource: ResourceOptions<Mp> = { includeRemoteData, mappings, hydrateConcurrency, syncOverlapMs };
    this.candidates = new Candidates(this.client, resource);
    this.applications = new Applications(this.client, resource);
    this.jobs = new Jobs(this.client, resource);
    this.attachments = new Attachments(this.client, resource);
    this.offers = new Offers(this.client, resource);
    this.interviews = new Interviews(this.client, resource);
    this.scorecards = new Scorecards(this.client, resource);
    this.rejectReasons = new RejectReasons(this.client, resource);
    this.departments = new Departments(this.client, resource);
    this.offices = new Offices(this.client, resource);
    this.sources = new Sources(this.client, resource);
    this.jobInterviewStages = new JobInterviewStages(this.client, resource);
    this.consents = new Consents(this.client, resource);
    this.reports = new Reports(this.client, resource);
    this.onboarding = new Onboarding(this.client, resource);
    this.users = new Users(this.client, resource);
    this.roles = new Roles(this.client, resource);
    this.groups = new Groups(this.client, resource);
    this.webhooks = new Webhooks(this.client, { includeRemoteData });
    this.assessments = new Assessments(this.client, { includeRemoteData });
    this.interviewTemplates = new InterviewTemplates(this.client);
    this.selfScheduling = new SelfScheduling(this.client);
  }
}
