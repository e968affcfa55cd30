/**
 * Job mappers: SR `JobSummary` / `JobDetails` -> unified `Job`, and the write bodies of job create,
 * JSON Patch update and status change.
 */

import { ValidationError } from '../core/errors.js';
import { SrHiringTeamSchema, SrJobDetailsSchema } from '../schemas/compiled/sr/job.js';
import { SrUserNamesSchema } from '../schemas/compiled/sr/user.js';
import {
  JobCreateInputSchema,
  JobStatusUpdateInputSchema,
  JobUpdateInputSchema,
} from '../schemas/compiled/unified/job.js';
import {
  JobListParamsSchema,
  JobStatusFilterParamSchema,
  PostingStatusFilterSchema,
} from '../schemas/compiled/unified/list-params.js';
import type { SrJsonPatchOperation } from '../schemas/sr/common.js';
import { SR_JOB_STATUSES, SR_POSTING_STATUSES } from '../schemas/sr/enums.js';
import type {
  SrHiringTeamRole,
  SrJobDetails,
  SrJobInput,
  SrJobStatus,
  SrJobStatusInput,
  SrPostingStatus,
} from '../schemas/sr/job.js';
import type { JobLocation, NamedRef } from '../schemas/unified/common.js';
import type { HiringTeamRole, JobStatus, PostingStatus } from '../schemas/unified/enums.js';
import type {
  HiringTeamMember,
  Job,
  JobCreateInput,
  JobModel,
  JobStatusUpdateInput,
  JobUpdateInput,
} from '../schemas/unified/job.js';
import type { JobListParams } from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import type { MapperContext } from './context.js';
import {
  contentOf,
  finish,
  fullName,
  lookup,
  orNull,
  PatchBuilder,
  parseLeniently,
  rawId,
  toSrDateTime,
  type WarningSink,
  warningSink,
} from './shared.js';

// ---- enums ----

/** SR job status -> unified. `OTHER` is a documented response value. */
export const JOB_STATUS_MAP: Readonly<Record<SrJobStatus | 'OTHER', JobStatus>> = {
  CREATED: 'draft',
  SOURCING: 'open',
  INTERVIEW: 'open',
  OFFER: 'open',
  ON_HOLD: 'on_hold',
  FILLED: 'closed',
  CANCELLED: 'closed',
  OTHER: 'other',
};

/** Unified job status -> the SR statuses it covers (for the list `status` filter). */
export const JOB_STATUS_FILTER_MAP: Readonly<Record<Exclude<JobStatus, 'other'>, readonly SrJobStatus[]>> = {
  draft: ['CREATED'],
  open: ['SOURCING', 'INTERVIEW', 'OFFER'],
  on_hold: ['ON_HOLD'],
  closed: ['FILLED', 'CANCELLED'],
};

/** SR posting status -> unified (lowercased). */
export const POSTING_STATUS_MAP: Readonly<Record<SrPostingStatus, Exclude<PostingStatus, 'other'>>> = {
  PUBLIC: 'public',
  INTERNAL: 'internal',
  NOT_PUBLISHED: 'not_published',
  PRIVATE: 'private',
};

/** Unified posting status -> SR. */
export const POSTING_STATUS_TO_SR: Readonly<Record<Exclude<PostingStatus, 'other'>, SrPostingStatus>> = {
  public: 'PUBLIC',
  internal: 'INTERNAL',
  not_published: 'NOT_PUBLISHED',
  private: 'PRIVATE',
};

/** SR hiring team role -> unified (lowercased). */
export const HIRING_TEAM_ROLE_MAP: Readonly<Record<SrHiringTeamRole, Exclude<HiringTeamRole, 'other'>>> = {
  HIRING_MANAGER: 'hiring_manager',
  INTERVIEW_TEAM: 'interview_team',
  RECRUITER: 'recruiter',
  EXECUTIVE: 'executive',
  COORDINATOR: 'coordinator',
};

/** Maps an SR job status; unknown or missing is `'other'`. */
export function toUnifiedJobStatus(status: unknown): JobStatus {
  return lookup(JOB_STATUS_MAP, status, 'other');
}

/** Maps an SR posting status; unknown or missing is `'other'`. */
export function toUnifiedPostingStatus(status: unknown): PostingStatus {
  return lookup(POSTING_STATUS_MAP, status, 'other');
}

/** Maps an SR hiring team role; unknown or missing is `'other'`. */
export function toUnifiedHiringTeamRole(role: unknown): HiringTeamRole {
  return lookup(HIRING_TEAM_ROLE_MAP, role, 'other');
}

/**
 * Translates a job status filter (unified or SR values, one or an array) into SR statuses:
 * `open` -> SOURCING, INTERVIEW, OFFER; `closed` -> FILLED, CANCELLED; deduplicated in order.
 *
 * @throws ValidationError on an unknown value
 */
export function toSrJobStatusFilter(status: string | readonly string[]): SrJobStatus[] {
  const parsed = parseInput(JobStatusFilterParamSchema, status, 'job status filter');
  const out = new Set<SrJobStatus>();
  for (const value of Array.isArray(parsed) ? parsed : [parsed]) {
    const srValues = (SR_JOB_STATUSES as readonly string[]).includes(value)
      ? [value as SrJobStatus]
      : JOB_STATUS_FILTER_MAP[value as Exclude<JobStatus, 'other'>];
    for (const srValue of srValues) out.add(srValue);
  }
  return [...out];
}

/**
 * Translates a posting status filter (unified or SR value) into SR's.
 *
 * @throws ValidationError on an unknown value
 */
export function toSrPostingStatusFilter(status: string): SrPostingStatus {
  const parsed = parseInput(PostingStatusFilterSchema, status, 'posting status filter');
  return (SR_POSTING_STATUSES as readonly string[]).includes(parsed)
    ? (parsed as SrPostingStatus)
    : POSTING_STATUS_TO_SR[parsed as Exclude<PostingStatus, 'other'>];
}

// ---- SR -> unified ----

/** Options of `toUnifiedJob`. */
export interface JobMapperContext<M = never> extends MapperContext<M, SrJobDetails, JobModel> {
  /** `GET /jobs/{id}/hiring-team` (response or `content`): fills `hiring_team` (else `null`). */
  hiringTeam?: unknown;
  /** SR users (`{ id, firstName, lastName }`, e.g. from the users API) to name hiring team members. */
  users?: unknown;
  /**
   * `raw` is a `GET /jobs` list item (`JobSummary`): the fields only `JobDetails` carry are listed
   * in `not_fetched`. Default `false`.
   */
  listItem?: boolean | undefined;
}

/** The job fields a `GET /jobs` list item lacks (`JobSummary` vs `JobDetails`). */
const LIST_ITEM_MISSING = [
  'description',
  'employment_type',
  'experience_level',
  'industry',
  'function',
  'compensation',
  'target_hiring_at',
  'web_url',
  'custom_fields',
] as const;

function idLabel(
  value: { id: string; label?: string | null | undefined } | null | undefined,
): NamedRef | null {
  return value ? { id: value.id, name: orNull(value.label) } : null;
}

function toDescription(job: SrJobDetails): string | null {
  const sections = job.jobAd?.sections;
  if (!sections) return null;
  const parts = [
    sections.companyDescription,
    sections.jobDescription,
    sections.qualifications,
    sections.additionalInformation,
  ].flatMap((section) => {
    const text = section?.text;
    if (typeof text !== 'string' || text.trim() === '') return [];
    return [section?.title ? `${section.title}\n${text}` : text];
  });
  return parts.length > 0 ? parts.join('\n\n') : null;
}

function toLocations(location: SrJobDetails['location']): JobLocation[] {
  if (!location) return [];
  const unified: JobLocation = {
    city: orNull(location.city),
    region: orNull(location.region),
    country: orNull(location.country),
    country_code: orNull(location.countryCode),
    postal_code: orNull(location.postalCode),
    address: orNull(location.address),
    is_remote: orNull(location.remote),
  };
  return Object.values(unified).some((value) => value !== null && value !== '') ? [unified] : [];
}

/** Maps a hiring team (`GET /jobs/{jobId}/hiring-team`), naming members from `users` when given. */
export function toHiringTeam(team: unknown, users: unknown, sink: WarningSink): HiringTeamMember[] {
  const teamPath = ['hiringTeam'];
  const members = parseLeniently(SrHiringTeamSchema, contentOf(team, sink, teamPath), sink, {
    prefix: teamPath,
    empty: [],
  });
  const names = new Map<string, string | null>();
  if (users !== undefined) {
    const usersPath = ['users'];
    const list = parseLeniently(SrUserNamesSchema, contentOf(users, sink, usersPath), sink, {
      prefix: usersPath,
      empty: [],
    });
    for (const user of list) names.set(user.id, fullName(user.firstName, user.lastName));
  }
  // SR lists one entry per user and role; the unified member holds all of a user's roles.
  const byUser = new Map<string, HiringTeamMember>();
  for (const member of members) {
    let entry = byUser.get(member.id);
    if (!entry) {
      entry = { user: { id: member.id, name: names.get(member.id) ?? null }, roles: [], remote_roles: [] };
      byUser.set(member.id, entry);
    }
    if (typeof member.role === 'string' && !entry.remote_roles.includes(member.role)) {
      entry.roles.push(toUnifiedHiringTeamRole(member.role));
      entry.remote_roles.push(member.role);
    }
  }
  return [...byUser.values()];
}

/**
 * Maps an SR job (`GET /jobs` item or `JobDetails`) to the unified Job. List items lack the job ad,
 * industry, function, compensation...: those map to `null` / `[]`.
 *
 * Never throws on SR data: fields that fail lenient validation become warnings and map as missing.
 */
export function toUnifiedJob<M = never>(raw: unknown, context: JobMapperContext<M> = {}): Job<M> {
  const sink = warningSink(context.warnings, rawId(raw), 'job');
  const job = parseLeniently(SrJobDetailsSchema, raw, sink);
  const compensation = job.compensation;
  const notFetched: JobModel['not_fetched'] = context.listItem ? [...LIST_ITEM_MISSING] : [];
  if (context.hiringTeam === undefined) notFetched.push('hiring_team');
  const unified: JobModel = {
    id: job.id,
    created_at: orNull(job.createdOn),
    updated_at: orNull(job.updatedOn),
    not_fetched: notFetched,
    name: orNull(job.title),
    code: orNull(job.refNumber),
    description: toDescription(job),
    status: toUnifiedJobStatus(job.status),
    remote_status: orNull(job.status),
    posting_status: toUnifiedPostingStatus(job.postingStatus),
    remote_posting_status: orNull(job.postingStatus),
    departments: job.department ? [{ id: job.department.id, name: orNull(job.department.label) }] : [],
    locations: toLocations(job.location),
    employment_type: idLabel(job.typeOfEmployment),
    experience_level: idLabel(job.experienceLevel),
    industry: idLabel(job.industry),
    function: idLabel(job.function),
    compensation: compensation
      ? {
          min: orNull(compensation.min),
          max: orNull(compensation.max),
          currency: orNull(compensation.currency),
        }
      : null,
    hiring_team:
      context.hiringTeam === undefined ? null : toHiringTeam(context.hiringTeam, context.users, sink),
    target_hiring_at: orNull(job.targetHiringDate),
    last_activity_at: orNull(job.lastActivityOn),
    web_url: orNull(job.actions?.applyOnWeb?.url),
    custom_fields: (job.properties ?? []).map((property) => ({
      id: property.id,
      label: orNull(property.label),
      // Job properties are value lists: the value is the chosen value's id (§9.3, §11).
      type: null,
      value: orNull(property.value?.id),
      value_label: orNull(property.value?.label),
    })),
  };
  return finish(unified, raw, job, context);
}

// ---- unified -> SR (writes) ----

/**
 * Body of `POST /jobs` (`JobInput`). `description` becomes the job ad's job description.
 *
 * @throws ValidationError on invalid input
 */
export function toSrJobInput(input: JobCreateInput): SrJobInput {
  const parsed = parseInput(JobCreateInputSchema, input, 'job create input');
  const location: SrJobInput['location'] = {
    countryCode: parsed.location.country_code,
    city: parsed.location.city,
  };
  if (parsed.location.region_code !== undefined) location.regionCode = parsed.location.region_code;
  if (parsed.location.address !== undefined) location.address = parsed.location.address;
  if (parsed.location.postal_code !== undefined) location.postalCode = parsed.location.postal_code;
  if (parsed.location.is_remote !== undefined) location.remote = parsed.location.is_remote;

  const body: SrJobInput = {
    title: parsed.name,
    location,
    industry: { id: parsed.industry_id },
    function: { id: parsed.function_id },
    experienceLevel: { id: parsed.experience_level_id },
  };
  if (parsed.code !== undefined) body.refNumber = parsed.code;
  if (parsed.target_hiring_at !== undefined) body.targetHiringDate = toSrDateTime(parsed.target_hiring_at);
  if (parsed.department_id !== undefined) body.department = { id: parsed.department_id };
  if (parsed.employment_type_id !== undefined) body.typeOfEmployment = { id: parsed.employment_type_id };
  if (parsed.eeo_category_id !== undefined) body.eeoCategory = { id: parsed.eeo_category_id };
  if (parsed.is_template !== undefined) body.template = parsed.is_template;
  if (parsed.compensation !== undefined) body.compensation = compensationBody(parsed.compensation);

  const ad = parsed.job_ad;
  const sections: NonNullable<NonNullable<SrJobInput['jobAd']>['sections']> = {};
  const section = (value: { title?: string | undefined; text: string }) =>
    value.title === undefined ? { text: value.text } : { title: value.title, text: value.text };
  if (ad?.company_description) sections.companyDescription = section(ad.company_description);
  if (parsed.description !== undefined) sections.jobDescription = { text: parsed.description };
  if (ad?.job_description) sections.jobDescription = section(ad.job_description);
  if (ad?.qualifications) sections.qualifications = section(ad.qualifications);
  if (ad?.additional_information) sections.additionalInformation = section(ad.additional_information);
  if (Object.keys(sections).length > 0 || ad?.language !== undefined) {
    body.jobAd = {};
    if (Object.keys(sections).length > 0) body.jobAd.sections = sections;
    if (ad?.language !== undefined) body.jobAd.language = { code: ad.language };
  }
  if (parsed.custom_fields !== undefined) {
    body.properties = parsed.custom_fields.map((field) => ({ id: field.id, value: { id: field.value } }));
  }
  return body;
}

function compensationBody(compensation: {
  min?: number | undefined;
  max?: number | undefined;
  currency?: string | undefined;
}) {
  const body: { min?: number; max?: number; currency?: string } = {};
  if (compensation.min !== undefined) body.min = compensation.min;
  if (compensation.max !== undefined) body.max = compensation.max;
  if (compensation.currency !== undefined) body.currency = compensation.currency.toUpperCase();
  return body;
}

/**
 * JSON Patch (RFC 6902) for `PATCH /jobs/{id}` (`application/json-patch+json`) from a
 * partial update: `replace` for fields every job has (`/title`, `/industry`, `/function`,
 * `/experienceLevel`, `/location/city`, `/location/countryCode`), `add` for optional ones (which
 * sets them whether present or not), `remove` for an explicit `null`. A compensation is replaced
 * whole (`/compensation`). Pass the job as SR has it now (`current`, e.g. from `GET /jobs/{id}`)
 * for a patch RFC 6902 accepts whatever is set: nothing removed that is absent, a missing
 * location added whole.
 *
 * @throws ValidationError on invalid input (including an update with no field)
 */
export function toSrJobPatch(input: JobUpdateInput, current?: unknown): SrJsonPatchOperation[] {
  const parsed = parseInput(JobUpdateInputSchema, input, 'job update input');
  const patch = new PatchBuilder(current);
  const ref = (id: string | null | undefined) => (id === undefined || id === null ? id : { id });
  patch.replace('/title', parsed.name);
  patch.set('/refNumber', parsed.code);
  patch.set(
    '/targetHiringDate',
    parsed.target_hiring_at === undefined || parsed.target_hiring_at === null
      ? parsed.target_hiring_at
      : toSrDateTime(parsed.target_hiring_at),
  );
  patch.set('/department', ref(parsed.department_id));
  if (parsed.location) {
    const location = parsed.location;
    patch.object(
      '/location',
      {
        countryCode: location.country_code,
        city: location.city,
        regionCode: location.region_code,
        address: location.address,
        postalCode: location.postal_code,
        remote: location.is_remote,
      },
      ['countryCode', 'city'],
    );
  }
  patch.replace('/industry', ref(parsed.industry_id));
  patch.replace('/function', ref(parsed.function_id));
  patch.set('/typeOfEmployment', ref(parsed.employment_type_id));
  patch.replace('/experienceLevel', ref(parsed.experience_level_id));
  patch.set('/eeoCategory', ref(parsed.eeo_category_id));
  patch.set('/template', parsed.is_template);
  patch.set(
    '/compensation',
    parsed.compensation === undefined || parsed.compensation === null
      ? parsed.compensation
      : compensationBody(parsed.compensation),
  );
  return patch.ops;
}

/** SR status a unified job status is written as, when the input does not pick one. */
export const JOB_STATUS_WRITE_DEFAULTS: Readonly<Record<'draft' | 'open' | 'on_hold', SrJobStatus>> = {
  draft: 'CREATED',
  open: 'SOURCING',
  on_hold: 'ON_HOLD',
};

/**
 * Body of `PUT /jobs/{id}/status` (`{ status }`). `draft` -> CREATED, `open` -> SOURCING,
 * `on_hold` -> ON_HOLD unless `remote_status` picks another SR value of the same unified status;
 * `closed` needs `remote_status` FILLED or CANCELLED.
 *
 * @throws ValidationError on invalid input, a `remote_status` that does not belong to `status`, or
 *   `closed` without `remote_status`
 */
export function toSrJobStatus(input: JobStatusUpdateInput): SrJobStatusInput {
  const parsed = parseInput(JobStatusUpdateInputSchema, input, 'job status update');
  if (parsed.remote_status !== undefined) {
    if (JOB_STATUS_MAP[parsed.remote_status] !== parsed.status) {
      throw new ValidationError('Invalid job status update', [
        {
          path: ['remote_status'],
          message: `${parsed.remote_status} does not belong to '${parsed.status}'; expected one of ${JOB_STATUS_FILTER_MAP[parsed.status].join(', ')}`,
          code: 'custom',
        },
      ]);
    }
    return { status: parsed.remote_status };
  }
  if (parsed.status === 'closed') {
    throw new ValidationError('Invalid job status update', [
      {
        path: ['remote_status'],
        message: "required for 'closed': FILLED (position filled) or CANCELLED",
        code: 'custom',
      },
    ]);
  }
  return { status: JOB_STATUS_WRITE_DEFAULTS[parsed.status] };
}

// ---- list parameters ----

/** SR `GET /jobs` query; arrays are sent as repeated parameters. */
export interface JobListSrQuery {
  /** Full-text search on the job title. */
  q?: string;
  /** `statuses[]` (overrides the deprecated single `status`). */
  statuses?: SrJobStatus[];
  /** Only jobs updated after this time (ISO 8601 date-time). */
  updatedAfter?: string;
  /** Only jobs active after this time (ISO 8601 date-time): edited, applied to or published. */
  lastActivityAfter?: string;
  /** Only jobs of these departments, by label. */
  department?: string[];
  /** Only jobs with this posting status. */
  postingStatus?: SrPostingStatus;
  /** Only jobs in these cities. */
  city?: string[];
  /** How many jobs per page (at most 100). */
  limit?: number;
}

/**
 * Translates `jobs.list` parameters to SR's query: unified statuses expand to SR values, posting
 * status is uppercased, dates become date-times. `cursor` and `hydrate` stay with the resource;
 * `sort=job_id`, which SR requires for `pageId` paging, is added by the client's pager.
 *
 * @throws ValidationError on invalid parameters
 */
export function toSrJobListQuery(params: JobListParams = {}): JobListSrQuery {
  const parsed = parseInput(JobListParamsSchema, params, 'job list parameters');
  const list = (value: string | readonly string[]) => (Array.isArray(value) ? [...value] : [value as string]);
  const query: JobListSrQuery = {};
  if (parsed.q !== undefined) query.q = parsed.q;
  if (parsed.status !== undefined) query.statuses = toSrJobStatusFilter(parsed.status);
  if (parsed.updated_after !== undefined) query.updatedAfter = toSrDateTime(parsed.updated_after);
  if (parsed.last_activity_after !== undefined)
    query.lastActivityAfter = toSrDateTime(parsed.last_activity_after);
  if (parsed.department !== undefined) query.department = list(parsed.department);
  if (parsed.posting_status !== undefined)
    query.postingStatus = toSrPostingStatusFilter(parsed.posting_status);
  if (parsed.city !== undefined) query.city = list(parsed.city);
  if (parsed.limit !== undefined) query.limit = parsed.limit;
  return query;
}
