/**
 * OAuth scopes (https://developers.smartrecruiters.com/docs/access-scopes). Routes declare the
 * scopes that grant them (any one is enough); API keys have full access
 * (https://developers.smartrecruiters.com/docs/authentication-api-key).
 */

/** Every scope the fake knows. OAuth clients get all of them unless configured otherwise. */
export const ALL_SCOPES = [
  'candidates_read',
  'candidates_create',
  'candidates_manage',
  'candidates_offers_read',
  'candidates_status_read',
  'candidate_status_read',
  'company_read',
  'configuration_read',
  'configuration_manage',
  'jobs_read',
  'jobs_manage',
  'jobs_publications_manage',
  'users_read',
  'users_manage',
  'user_me_read',
  'webhooks_read',
  'webhooks_write',
  'webhooks_delete',
  'webhooks_manage',
  'interviews_read',
  'interviews_write',
  'interview_types_read',
  'interview_types_write',
  'reviews_read',
  'reviews_write',
  'job_applications_read',
  'candidate_applications_manage',
  'assessment_orders_read',
  'reporting_read',
  'reporting_write',
  'new_hires_read',
  'onboarding_processes_read',
  'assignments_read',
  'assignments_submissions_read',
] as const;

/** An OAuth scope the fake knows (one of `ALL_SCOPES`). */
export type Scope = (typeof ALL_SCOPES)[number];

/** Scope sets used by route declarations. */
export const S = {
  candidatesRead: ['candidates_read'],
  /** Status history: SR's docs and code disagree on the name; both are accepted. */
  statusHistory: ['candidates_read', 'candidates_status_read', 'candidate_status_read'],
  candidatesCreate: ['candidates_create'],
  candidatesManage: ['candidates_manage'],
  offersRead: ['candidates_offers_read'],
  companyRead: ['company_read', 'configuration_read'],
  configurationRead: ['configuration_read'],
  jobsRead: ['jobs_read'],
  jobsManage: ['jobs_manage'],
  jobsPublications: ['jobs_publications_manage'],
  usersRead: ['users_read'],
  usersManage: ['users_manage'],
  userMe: ['user_me_read', 'users_read'],
  webhooksRead: ['webhooks_read', 'webhooks_manage'],
  webhooksWrite: ['webhooks_write', 'webhooks_manage'],
  webhooksDelete: ['webhooks_delete', 'webhooks_manage'],
  webhooksActivate: ['webhooks_manage', 'webhooks_write'],
  interviewsRead: ['interviews_read'],
  interviewsWrite: ['interviews_write'],
  interviewTypesRead: ['interview_types_read'],
  interviewTypesWrite: ['interview_types_write'],
  reviewsRead: ['reviews_read'],
  reviewsWrite: ['reviews_write'],
  /**
   * Interview templates and self-scheduling: SR publishes no scopes for these APIs; the fake takes
   * those of the Interviews API they schedule (UNCONFIRMED).
   */
  schedulingRead: ['interviews_read'],
  schedulingWrite: ['interviews_write'],
  /** `GET /job-applications-api/v202112/job-applications/{jobApplicationId}` (SR's specification). */
  jobApplicationsRead: ['job_applications_read'],
  /** The Apply API by OAuth (SR's API changelog); its specification lists API keys only. */
  applications: ['candidate_applications_manage'],
  /** The Reporting API (https://developers.smartrecruiters.com/reference/reports). */
  reportingRead: ['reporting_read'],
  reportingWrite: ['reporting_write'],
  /** SmartOnboard. */
  newHiresRead: ['new_hires_read'],
  onboardingProcessesRead: ['onboarding_processes_read'],
  assignmentsRead: ['assignments_read'],
  assignmentsSubmissionsRead: ['assignments_submissions_read'],
} as const satisfies Record<string, readonly Scope[]>;
