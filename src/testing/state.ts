/**
 * The fake's in-memory state. Every collection is a `Map` keyed by id, in insertion order. Tests
 * may read it, change records in place, or add records with the `add*` helpers (which fill every
 * field a route needs). Changes made here emit no webhook events; use `fake.webhooks.emit()`.
 */
import type { FakeClock } from './clock.js';
import { iso } from './clock.js';
import { toBase64 } from './http.js';
import { ApplicationMap, CandidateMap } from './indexed.js';
import type {
  AccessGroupRecord,
  ApplicationRecord,
  AssessmentOrderRecord,
  AttachmentRecord,
  CandidatePropertyRecord,
  CandidateRecord,
  CompanyRecord,
  ConsentRecord,
  DepartmentRecord,
  HiringProcessRecord,
  InterviewRecord,
  InterviewTemplateRecord,
  JobPropertyRecord,
  JobRecord,
  JobTemplateRecord,
  ManagedStepRecord,
  NewHireRecord,
  OfferPropertyCategoryRecord,
  OfferRecord,
  OnboardingAssignmentRecord,
  OnboardingProcessRecord,
  PredefinedLocationRecord,
  ReasonRecord,
  ReportFileRecord,
  ReportRecord,
  ReviewRecord,
  SchedulePreferencesRecord,
  ScorecardCriterionRecord,
  SelfScheduledInterviewRecord,
  SelfScheduleRecord,
  SourceDetails,
  SourceTypeRecord,
  SourceValueRecord,
  SubscriptionRecord,
  SystemRoleRecord,
  UserRecord,
} from './model.js';
import { Rng } from './random.js';

/** Input of `state.addCandidate()`: the three required fields plus any others. */
export type NewCandidate = Partial<CandidateRecord> &
  Pick<CandidateRecord, 'firstName' | 'lastName' | 'email'>;
/** Input of `state.addApplication()`. */
export type NewApplication = Partial<ApplicationRecord> & Pick<ApplicationRecord, 'candidateId' | 'jobId'>;
/** Input of `state.addJob()`. */
export type NewJob = Partial<JobRecord> & Pick<JobRecord, 'title'>;
/** Input of `state.addUser()`. */
export type NewUser = Partial<UserRecord> & Pick<UserRecord, 'email' | 'firstName' | 'lastName'>;
/** Input of `state.addOffer()`. */
export type NewOffer = Partial<OfferRecord> & Pick<OfferRecord, 'candidateId' | 'jobId'>;
/** Input of `state.addInterview()`. */
export type NewInterview = Partial<InterviewRecord> &
  Pick<InterviewRecord, 'candidateId' | 'jobId' | 'organizerId' | 'timeslots'>;
/** Input of `state.addReview()`. */
export type NewReview = Partial<ReviewRecord> &
  Pick<ReviewRecord, 'candidateId' | 'jobId' | 'reviewerId' | 'overallRating'>;
/** Input of `state.addAttachment()`. */
export type NewAttachment = Partial<AttachmentRecord> &
  Pick<AttachmentRecord, 'candidateId' | 'name' | 'bytes'>;

/** Generates ids for records created at runtime. Deterministic per seed, so test runs repeat. */
export class IdFactory {
  private readonly rng: Rng;
  private readonly time: () => number;

  /**
   * `time` gives the instant embedded in 24-hex ids; default the fake clock. The core passes a
   * time that never reads the wall clock (see `FakeSmartRecruitersOptions.now`).
   */
  constructor(seed: number, clock: FakeClock, time: () => number = () => clock.now()) {
    this.rng = new Rng(seed ^ 0x7a11ce);
    this.time = time;
  }

  /** A UUID (candidates, jobs, attachments, applications...). */
  uuid(): string {
    return this.rng.uuid();
  }

  /** A 24-hex id in ObjectId style (users, access groups): seconds prefix + random. */
  hex24(atMs: number = this.time()): string {
    return objectId(Math.floor(atMs / 1000), this.rng);
  }
}

/** A 24-hex ObjectId-style id: 8 hex of Unix seconds, then 16 random hex. */
export function objectId(seconds: number, rng: Rng): string {
  return (seconds >>> 0).toString(16).padStart(8, '0') + rng.hex(16);
}

/** Everything the fake stores. */
export class FakeState {
  /** The company the fake serves (`GET /configuration/company`). */
  company: CompanyRecord;
  /** System roles, by id. */
  readonly systemRoles = new Map<string, SystemRoleRecord>();
  /** Access groups, by id. */
  readonly accessGroups = new Map<string, AccessGroupRecord>();
  /** The company's users, by user id. */
  readonly users = new Map<string, UserRecord>();
  /** Departments, by id. */
  readonly departments = new Map<string, DepartmentRecord>();
  /** Source types, by id. */
  readonly sourceTypes = new Map<string, SourceTypeRecord>();
  /** Source values of every type, by value id (`SourceDetails.sourceId`). */
  readonly sourceValues = new Map<string, SourceValueRecord>();
  /** Rejection reasons, by id (`/configuration/rejection-reasons`). */
  readonly rejectionReasons = new Map<string, ReasonRecord>();
  /** Withdrawal reasons, by id (`/configuration/withdrawal-reasons`). */
  readonly withdrawalReasons = new Map<string, ReasonRecord>();
  /** Hiring processes, by id. */
  readonly hiringProcesses = new Map<string, HiringProcessRecord>();
  /** Candidate property definitions, by property id. */
  readonly candidateProperties = new Map<string, CandidatePropertyRecord>();
  /** Job property definitions, by property id. */
  readonly jobProperties = new Map<string, JobPropertyRecord>();
  /** Jobs, by job id. */
  readonly jobs = new Map<string, JobRecord>();
  /**
   * Keyed by candidate id. Keeps the candidates list's order: after changing a `createdOn` in
   * place, set the candidate again for the list to re-sort.
   */
  readonly candidates = new CandidateMap();
  /**
   * Keyed by application id; use `application(candidateId, jobId)` to find one by its SR address.
   * An application's `candidateId` and `jobId` are its address: to move one, delete it and add it.
   */
  readonly applications = new ApplicationMap();
  /** Candidate- and application-level attachments, by attachment id. */
  readonly attachments = new Map<string, AttachmentRecord>();
  /** Offers, by offer id. */
  readonly offers = new Map<string, OfferRecord>();
  /** The offer form's property definitions, by category (`GET /configuration/offer-properties`). */
  offerProperties: OfferPropertyCategoryRecord[] = [];
  /** Interviews created through the Interviews API. */
  readonly interviews = new Map<string, InterviewRecord>();
  /** The company's interview types, in order. */
  interviewTypes: string[] = [];
  /** Reviews (interview feedback). */
  readonly reviews = new Map<string, ReviewRecord>();
  /** Scorecard criteria by job id. */
  readonly scorecardCriteria = new Map<string, ScorecardCriterionRecord[]>();
  /** Predefined locations (offices). */
  readonly predefinedLocations = new Map<string, PredefinedLocationRecord>();
  /** Consent decisions by candidate id (a candidate without one has never decided). */
  readonly consents = new Map<string, ConsentRecord>();
  /** Consent decisions by job application id. */
  readonly applicationConsents = new Map<string, ConsentRecord>();
  /** Webhook subscriptions of every credential. */
  readonly subscriptions = new Map<string, SubscriptionRecord>();
  /** Assessment orders placed with partners (`fake.assessments`), by order id. */
  readonly assessmentOrders = new Map<string, AssessmentOrderRecord>();
  /** Report Builder reports (Reporting API). */
  readonly reports = new Map<string, ReportRecord>();
  /** Report files, of every report. */
  readonly reportFiles = new Map<string, ReportFileRecord>();
  /** SmartOnboard new hires. */
  readonly newHires = new Map<string, NewHireRecord>();
  /** SmartOnboard onboarding processes, with their assignments. */
  readonly onboardingProcesses = new Map<string, OnboardingProcessRecord>();
  /** The company's interview templates (Interview Templates API). */
  readonly interviewTemplates = new Map<string, InterviewTemplateRecord>();
  /** Jobs' templates of a hiring stage and step. */
  readonly jobTemplates = new Map<string, JobTemplateRecord>();
  /** Managed steps by job id. */
  readonly managedSteps = new Map<string, ManagedStepRecord[]>();
  /** Scheduling preferences by user id (a user without one has the company's default). */
  readonly schedulePreferences = new Map<string, SchedulePreferencesRecord>();
  /** Self-schedules (Self Scheduling API). */
  readonly selfSchedules = new Map<string, SelfScheduleRecord>();
  /** Interviews booked through self-scheduling. */
  readonly selfScheduledInterviews = new Map<string, SelfScheduledInterviewRecord>();
  /** The user `GET /users/me` returns for API keys (the first seeded administrator). */
  meUserId = '';
  /** The source applied when a create request has no `sourceDetails`: SR's "API" source. */
  defaultSource: SourceDetails = { sourceTypeId: 'API', sourceSubTypeId: null, sourceId: '' };
  /** Id generator for runtime-created records. */
  readonly ids: IdFactory;
  private readonly clock: FakeClock;
  private fixedNow: number | undefined;
  private subscriptionSeq = 0;

  /**
   * `idTime`: the instant embedded in generated 24-hex ids (default: the fake clock).
   */
  constructor(options: { seed: number; clock: FakeClock; company: CompanyRecord; idTime?: () => number }) {
    this.clock = options.clock;
    const idTime = options.idTime ?? (() => options.clock.now());
    this.ids = new IdFactory(options.seed, options.clock, () => this.fixedNow ?? idTime());
    this.company = options.company;
  }

  /** Current fake time as SR's ISO timestamp. */
  nowIso(): string {
    return iso(this.fixedNow ?? this.clock.now());
  }

  /**
   * Runs `fn` with "now" fixed at `ms` for the timestamps and 24-hex ids it generates (the core
   * loads `records` this way, so they do not depend on the wall clock).
   */
  at<T>(ms: number, fn: () => T): T {
    const previous = this.fixedNow;
    this.fixedNow = ms;
    try {
      return fn();
    } finally {
      this.fixedNow = previous;
    }
  }

  /**
   * The `seq` of a new subscription: larger than every `seq` handed out or present, never reused
   * (the webhook lists page on it).
   */
  nextSubscriptionSeq(): number {
    let max = this.subscriptionSeq;
    for (const s of this.subscriptions.values()) if (s.seq > max) max = s.seq;
    this.subscriptionSeq = max + 1;
    return this.subscriptionSeq;
  }

  /** A generated id not yet used in `map`. */
  private freshId(map: ReadonlyMap<string, unknown>, make: () => string): string {
    let id = make();
    while (map.has(id)) id = make();
    return id;
  }

  /** Applications of a candidate, oldest first. */
  applicationsOf(candidateId: string): ApplicationRecord[] {
    return this.applications
      .ofCandidate(candidateId)
      .sort((a, b) =>
        a.createdOn < b.createdOn ? -1 : a.createdOn > b.createdOn ? 1 : a.id < b.id ? -1 : 1,
      );
  }

  /** The application of `candidateId` on `jobId`, if any. */
  application(candidateId: string, jobId: string): ApplicationRecord | undefined {
    return this.applications.ofCandidate(candidateId).find((a) => a.jobId === jobId);
  }

  /** SR's "primary assignment": the candidate's most recent application. */
  primaryApplication(candidateId: string): ApplicationRecord | undefined {
    return this.applicationsOf(candidateId).at(-1);
  }

  /** Another candidate with the same email (case-insensitive) and last name. */
  findDuplicate(email: string, lastName: string, exceptId?: string): CandidateRecord | undefined {
    const e = email.trim().toLowerCase();
    const l = lastName.trim().toLowerCase();
    for (const c of this.candidates.values()) {
      if (c.id !== exceptId && c.email.trim().toLowerCase() === e && c.lastName.trim().toLowerCase() === l)
        return c;
    }
    return undefined;
  }

  /** Adds a candidate (talent pool; add applications separately). */
  addCandidate(input: NewCandidate): CandidateRecord {
    const now = this.nowIso();
    const record: CandidateRecord = {
      id: input.id ?? this.freshId(this.candidates, () => this.ids.uuid()),
      internal: input.internal ?? false,
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email,
      phoneNumber: input.phoneNumber ?? null,
      location: input.location ?? null,
      web: input.web ?? null,
      createdOn: input.createdOn ?? now,
      updatedOn: input.updatedOn ?? input.createdOn ?? now,
      tags: input.tags ?? [],
      averageRating: input.averageRating ?? 0,
      education: input.education ?? [],
      experience: input.experience ?? [],
      consentStatus: input.consentStatus ?? 'REQUIRED',
    };
    this.candidates.set(record.id, record);
    return record;
  }

  /** Adds an application; the candidate and the job must exist. */
  addApplication(input: NewApplication): ApplicationRecord {
    if (!this.candidates.has(input.candidateId)) throw new Error(`No candidate ${input.candidateId}`);
    if (!this.jobs.has(input.jobId)) throw new Error(`No job ${input.jobId}`);
    const now = this.nowIso();
    const status = input.status ?? 'NEW';
    const createdOn = input.createdOn ?? now;
    const record: ApplicationRecord = {
      id: input.id ?? this.freshId(this.applications, () => this.ids.uuid()),
      candidateId: input.candidateId,
      jobId: input.jobId,
      status,
      subStatus: input.subStatus ?? null,
      startsOn: input.startsOn ?? null,
      reasonOfRejection: input.reasonOfRejection ?? null,
      reasonOfWithdrawal: input.reasonOfWithdrawal ?? null,
      source: input.source ?? { ...this.defaultSource },
      createdOn,
      updatedOn: input.updatedOn ?? createdOn,
      statusHistory: input.statusHistory ?? [
        { changedOn: createdOn, status, subStatus: input.subStatus ?? null },
      ],
      properties: input.properties ?? {},
      screeningAnswers: input.screeningAnswers ?? [],
      onboardingStatus: input.onboardingStatus ?? null,
    };
    this.applications.set(record.id, record);
    return record;
  }

  /** Adds a job with SR's required fields defaulted. */
  addJob(input: NewJob): JobRecord {
    const now = this.nowIso();
    const createdOn = input.createdOn ?? now;
    const status = input.status ?? 'CREATED';
    const firstProcess = this.hiringProcesses.keys().next().value;
    const record: JobRecord = {
      id: input.id ?? this.freshId(this.jobs, () => this.ids.uuid()),
      title: input.title,
      refNumber: input.refNumber ?? null,
      createdOn,
      updatedOn: input.updatedOn ?? createdOn,
      lastActivityOn: input.lastActivityOn ?? input.updatedOn ?? createdOn,
      departmentId: input.departmentId ?? null,
      location: input.location ?? { city: 'Krakow', countryCode: 'pl', country: 'Poland', remote: false },
      status,
      postingStatus: input.postingStatus ?? 'NOT_PUBLISHED',
      targetHiringDate: input.targetHiringDate ?? null,
      industry: input.industry ?? { id: 'computer_software', label: 'Computer Software' },
      function: input.function ?? { id: 'engineering', label: 'Engineering' },
      typeOfEmployment: input.typeOfEmployment ?? null,
      experienceLevel: input.experienceLevel ?? { id: 'mid_senior_level', label: 'Mid-Senior Level' },
      eeoCategory: input.eeoCategory ?? null,
      template: input.template ?? false,
      creatorId: input.creatorId ?? (this.meUserId || null),
      compensation: input.compensation ?? null,
      jobAd: input.jobAd ?? {
        sections: {},
        language: { code: 'en', label: 'English', labelNative: 'English' },
      },
      properties: input.properties ?? [],
      hiringProcessId: input.hiringProcessId ?? firstProcess ?? '',
      hiringTeam: input.hiringTeam ?? [],
      statusHistory: input.statusHistory ?? [{ changedOn: createdOn, status, userId: null }],
      publication: input.publication ?? null,
      jobAdId: input.jobAdId ?? this.ids.uuid(),
      positions: input.positions ?? [],
    };
    this.jobs.set(record.id, record);
    return record;
  }

  /** Adds a user (inactive unless `active: true`, like users created through the API). */
  addUser(input: NewUser): UserRecord {
    const record: UserRecord = {
      id: input.id ?? this.freshId(this.users, () => this.ids.hex24()),
      email: input.email,
      firstName: input.firstName,
      lastName: input.lastName,
      systemRoleId: input.systemRoleId ?? 'STANDARD',
      externalData: input.externalData ?? null,
      ssoIdentifier: input.ssoIdentifier ?? null,
      ssoLoginMode: input.ssoLoginMode ?? 'PASSWORD',
      languageCode: input.languageCode ?? 'en',
      active: input.active ?? false,
      updatedOn: input.updatedOn ?? this.nowIso(),
      location: input.location ?? null,
      accessGroupIds: input.accessGroupIds ?? [],
    };
    this.users.set(record.id, record);
    return record;
  }

  /** Adds an attachment (application-level when `jobId` is set). */
  addAttachment(input: NewAttachment): AttachmentRecord {
    if (!this.candidates.has(input.candidateId)) throw new Error(`No candidate ${input.candidateId}`);
    const record: AttachmentRecord = {
      id: input.id ?? this.freshId(this.attachments, () => this.ids.uuid()),
      candidateId: input.candidateId,
      jobId: input.jobId ?? null,
      name: input.name,
      type: input.type ?? 'GENERIC_FILE',
      contentType: input.contentType ?? 'application/octet-stream',
      bytes: input.bytes,
      createdOn: input.createdOn ?? this.nowIso(),
    };
    this.attachments.set(record.id, record);
    return record;
  }

  /** Adds an offer of an application (the application must exist). */
  addOffer(input: NewOffer): OfferRecord {
    if (!this.application(input.candidateId, input.jobId)) {
      throw new Error(`No application of candidate ${input.candidateId} on job ${input.jobId}`);
    }
    const now = this.nowIso();
    const record: OfferRecord = {
      id: input.id ?? this.freshId(this.offers, () => this.ids.uuid()),
      candidateId: input.candidateId,
      jobId: input.jobId,
      status: input.status ?? 'CREATED',
      createdOn: input.createdOn ?? now,
      updatedOn: input.updatedOn ?? input.createdOn ?? now,
      properties: input.properties ?? {},
      documents: input.documents ?? [],
    };
    this.offers.set(record.id, record);
    return record;
  }

  /** Adds an interview (the application must exist). */
  addInterview(input: NewInterview): InterviewRecord {
    if (!this.application(input.candidateId, input.jobId)) {
      throw new Error(`No application of candidate ${input.candidateId} on job ${input.jobId}`);
    }
    const record: InterviewRecord = {
      id: input.id ?? this.freshId(this.interviews, () => this.ids.uuid()),
      candidateId: input.candidateId,
      jobId: input.jobId,
      candidateStatus: input.candidateStatus ?? 'pending',
      location: input.location ?? null,
      organizerId: input.organizerId,
      timezone: input.timezone ?? 'UTC',
      timeslots: input.timeslots,
      createdOn: input.createdOn ?? this.nowIso(),
      refUrl: input.refUrl ?? null,
      source: input.source ?? 'API',
    };
    this.interviews.set(record.id, record);
    return record;
  }

  /** Adds a review (the application must exist). */
  addReview(input: NewReview): ReviewRecord {
    if (!this.application(input.candidateId, input.jobId)) {
      throw new Error(`No application of candidate ${input.candidateId} on job ${input.jobId}`);
    }
    const now = this.nowIso();
    const record: ReviewRecord = {
      id: input.id ?? this.freshId(this.reviews, () => this.ids.uuid()),
      candidateId: input.candidateId,
      jobId: input.jobId,
      reviewerId: input.reviewerId,
      overallRating: input.overallRating,
      comment: input.comment ?? null,
      createdOn: input.createdOn ?? now,
      updatedOn: input.updatedOn ?? input.createdOn ?? now,
    };
    this.reviews.set(record.id, record);
    return record;
  }

  /** An onboarding assignment by id, with its process. */
  onboardingAssignment(id: string):
    | {
        /** The process the assignment belongs to. */
        process: OnboardingProcessRecord;
        /** The assignment. */
        assignment: OnboardingAssignmentRecord;
      }
    | undefined {
    for (const process of this.onboardingProcesses.values()) {
      const assignment = process.assignments.find((a) => a.id === id);
      if (assignment) return { process, assignment };
    }
    return undefined;
  }

  /** Removes what hangs off an application: offers, interviews, reviews, assessment orders, consent. */
  deleteApplicationRecords(app: Pick<ApplicationRecord, 'id' | 'candidateId' | 'jobId'>): void {
    const of = (r: { candidateId: string; jobId: string }) =>
      r.candidateId === app.candidateId && r.jobId === app.jobId;
    for (const [key, o] of this.offers) if (of(o)) this.offers.delete(key);
    for (const [key, i] of this.interviews) if (of(i)) this.interviews.delete(key);
    for (const [key, r] of this.reviews) if (of(r)) this.reviews.delete(key);
    for (const [key, o] of this.assessmentOrders) if (of(o)) this.assessmentOrders.delete(key);
    this.applicationConsents.delete(app.id);
    for (const schedule of this.selfSchedules.values()) {
      schedule.applications = schedule.applications.filter((a) => a.applicationUuid !== app.id);
    }
    for (const [key, i] of this.selfScheduledInterviews) {
      if (i.applicationUuid === app.id) this.selfScheduledInterviews.delete(key);
    }
  }

  /** The job's template of a hiring stage and step, if any. */
  jobTemplate(jobId: string, hiringStage: string, hiringStep: string): JobTemplateRecord | undefined {
    for (const t of this.jobTemplates.values()) {
      if (t.jobId === jobId && t.hiringStage === hiringStage && t.hiringStep === hiringStep) return t;
    }
    return undefined;
  }

  /**
   * Adds an active self-schedule of one application (`PENDING`), booked from a job template: its
   * type, duration and place, with `interviewerIds`.
   */
  addSelfSchedule(input: {
    id?: string;
    jobTemplate: JobTemplateRecord;
    applicationUuid: string;
    interviewerIds: string[];
    createdOn?: string;
  }): SelfScheduleRecord {
    const { jobTemplate: template } = input;
    const createdOn = input.createdOn ?? this.nowIso();
    const record: SelfScheduleRecord = {
      id: input.id ?? this.freshId(this.selfSchedules, () => this.ids.uuid()),
      type: template.type,
      jobId: template.jobId,
      jobTemplateId: template.id,
      durationInMinutes: template.durationInMinutes,
      interviewerIds: [...input.interviewerIds],
      location: template.location,
      timezone: 'UTC',
      status: 'ACTIVE',
      applications: [
        {
          applicationUuid: input.applicationUuid,
          status: 'PENDING',
          invitedOn: createdOn,
          interviewId: null,
          repeat: null,
        },
      ],
      createdOn,
    };
    this.selfSchedules.set(record.id, record);
    return record;
  }

  /** Adds a company interview template. */
  addInterviewTemplate(
    input: Partial<InterviewTemplateRecord> & Pick<InterviewTemplateRecord, 'name'>,
  ): InterviewTemplateRecord {
    const now = this.nowIso();
    const record: InterviewTemplateRecord = {
      id: input.id ?? this.freshId(this.interviewTemplates, () => this.ids.uuid()),
      name: input.name,
      type: input.type ?? 'INDIVIDUAL',
      hiringStage: input.hiringStage ?? null,
      hiringStep: input.hiringStep ?? null,
      durationInMinutes: input.durationInMinutes ?? 60,
      interviewType: input.interviewType ?? null,
      location: input.location ?? null,
      interviewerRoles: input.interviewerRoles ?? [],
      createdOn: input.createdOn ?? now,
      updatedOn: input.updatedOn ?? input.createdOn ?? now,
    };
    this.interviewTemplates.set(record.id, record);
    return record;
  }

  /**
   * Sets the company template a job uses at a hiring stage and step: the job's template there is
   * made from it (a copy, with the job's interviewers), or replaced. The job and template must exist.
   */
  assignJobTemplate(input: {
    jobId: string;
    templateId: string;
    hiringStage: JobTemplateRecord['hiringStage'];
    hiringStep: string;
    interviewersByRole?: JobTemplateRecord['interviewersByRole'];
  }): JobTemplateRecord {
    if (!this.jobs.has(input.jobId)) throw new Error(`No job ${input.jobId}`);
    const template = this.interviewTemplates.get(input.templateId);
    if (!template) throw new Error(`No interview template ${input.templateId}`);
    const existing = this.jobTemplate(input.jobId, input.hiringStage, input.hiringStep);
    const record: JobTemplateRecord = {
      id: existing?.id ?? this.freshId(this.jobTemplates, () => this.ids.uuid()),
      jobId: input.jobId,
      templateId: template.id,
      hiringStage: input.hiringStage,
      hiringStep: input.hiringStep,
      name: template.name,
      type: template.type,
      durationInMinutes: template.durationInMinutes,
      interviewType: template.interviewType,
      location: template.location,
      interviewersByRole: input.interviewersByRole ?? existing?.interviewersByRole ?? {},
    };
    this.jobTemplates.set(record.id, record);
    return record;
  }

  /** Removes a candidate with its applications, attachments, offers, interviews, reviews and consent. */
  deleteCandidate(id: string): boolean {
    if (!this.candidates.delete(id)) return false;
    for (const a of this.applications.ofCandidate(id)) {
      this.deleteApplicationRecords(a);
      this.applications.delete(a.id);
    }
    for (const [key, a] of this.attachments) if (a.candidateId === id) this.attachments.delete(key);
    for (const [key, o] of this.offers) if (o.candidateId === id) this.offers.delete(key);
    this.consents.delete(id);
    return true;
  }

  /**
   * A JSON-serialisable copy of every collection (bytes as base64). Two fakes built with the same
   * seed and options produce byte-identical `JSON.stringify(state.snapshot())`.
   */
  snapshot(): Record<string, unknown> {
    const values = <T>(map: Map<string, T>) => [...map.values()];
    return JSON.parse(
      JSON.stringify(
        {
          company: this.company,
          meUserId: this.meUserId,
          defaultSource: this.defaultSource,
          systemRoles: values(this.systemRoles),
          accessGroups: values(this.accessGroups),
          users: values(this.users),
          departments: values(this.departments),
          sourceTypes: values(this.sourceTypes),
          sourceValues: values(this.sourceValues),
          rejectionReasons: values(this.rejectionReasons),
          withdrawalReasons: values(this.withdrawalReasons),
          hiringProcesses: values(this.hiringProcesses),
          candidateProperties: values(this.candidateProperties),
          jobProperties: values(this.jobProperties),
          jobs: values(this.jobs),
          candidates: values(this.candidates),
          applications: values(this.applications),
          attachments: values(this.attachments),
          offers: values(this.offers),
          offerProperties: this.offerProperties,
          interviews: values(this.interviews),
          interviewTypes: this.interviewTypes,
          reviews: values(this.reviews),
          scorecardCriteria: Object.fromEntries(this.scorecardCriteria),
          predefinedLocations: values(this.predefinedLocations),
          consents: Object.fromEntries(this.consents),
          applicationConsents: Object.fromEntries(this.applicationConsents),
          assessmentOrders: values(this.assessmentOrders),
          reports: values(this.reports),
          // A file's rendered CSV is a cache of the state above.
          reportFiles: values(this.reportFiles).map((file) => ({ ...file, data: null })),
          newHires: values(this.newHires),
          onboardingProcesses: values(this.onboardingProcesses),
          interviewTemplates: values(this.interviewTemplates),
          jobTemplates: values(this.jobTemplates),
          managedSteps: Object.fromEntries(this.managedSteps),
          schedulePreferences: values(this.schedulePreferences),
          selfSchedules: values(this.selfSchedules),
          selfScheduledInterviews: values(this.selfScheduledInterviews),
        },
        (_key, value: unknown) => (value instanceof Uint8Array ? toBase64(value) : value),
      ),
    ) as Record<string, unknown>;
  }
}
