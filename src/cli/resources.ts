/**
 * The unified resources the command line lists, reads and exports: how to call each, the model of
 * its records (the CSV columns) and the columns of its table.
 */
import type { PagePromise, RequestOptions, SmartRecruiters, SyncRun } from 'smartrecruiters-sdk';
import { CliError, EXIT } from './errors.js';

type Args = Record<string, unknown>;
type Sr = SmartRecruiters;

/** One resource of the command line. */
export interface CliResource {
  /** The name on the command line (`reject-reasons`). */
  name: string;
  /** The unified model of its records. */
  model: string;
  /** The agent tool whose input schema gives its filters (`<name>_list`). */
  listTool: string;
  /** Table columns: dot paths into the record. */
  columns: string[];
  list: (sr: Sr, args: Args, request: RequestOptions) => PagePromise<unknown>;
  /** Present where SmartRecruiters' records can be synced (resumable, incremental). */
  sync?: (sr: Sr, args: Args, request: RequestOptions) => SyncRun<unknown>;
  /** Present where one record can be read by id. */
  get?: (sr: Sr, id: string, options: Args & RequestOptions) => Promise<unknown>;
  /** What `get` takes besides the id (`--include`). */
  include?: readonly string[];
}

export const RESOURCES: readonly CliResource[] = [
  {
    name: 'candidates',
    model: 'candidate',
    listTool: 'candidates_list',
    columns: ['id', 'name', 'applications', 'tags', 'updated_at'],
    list: (sr, args, request) => sr.candidates.list(args, request),
    sync: (sr, args, request) => sr.candidates.sync(args, request),
    get: (sr, id, options) => sr.candidates.get(id, options as never),
    include: ['consent'],
  },
  {
    name: 'applications',
    model: 'application',
    listTool: 'applications_list',
    columns: ['id', 'candidate.name', 'job.name', 'status', 'sub_status.name'],
    list: (sr, args, request) => sr.applications.list(args, request),
    sync: (sr, args, request) => sr.applications.sync(args, request),
    get: (sr, id, options) => sr.applications.get(id, options as never),
    include: ['status_history', 'custom_fields', 'screening_answers'],
  },
  {
    name: 'jobs',
    model: 'job',
    listTool: 'jobs_list',
    columns: ['id', 'name', 'status', 'posting_status', 'departments', 'locations.city'],
    list: (sr, args, request) => sr.jobs.list(args, request),
    sync: (sr, args, request) => sr.jobs.sync(args, request),
    get: (sr, id, options) => sr.jobs.get(id, options as never),
    include: ['hiring_team'],
  },
  {
    name: 'users',
    model: 'user',
    listTool: 'users_list',
    columns: ['id', 'name', 'status', 'roles', 'groups'],
    list: (sr, args, request) => sr.users.list(args, request),
    sync: (sr, args, request) => sr.users.sync(args, request),
    get: (sr, id, options) => sr.users.get(id, options),
  },
  {
    name: 'roles',
    model: 'role',
    listTool: 'roles_list',
    columns: ['id', 'name', 'type'],
    list: (sr, args, request) => sr.roles.list(args, request),
    sync: (sr, args, request) => sr.roles.sync(args, request),
    get: (sr, id, options) => sr.roles.get(id, options),
  },
  {
    name: 'groups',
    model: 'group',
    listTool: 'groups_list',
    columns: ['id', 'name', 'group_type'],
    list: (sr, args, request) => sr.groups.list(args, request),
    sync: (sr, args, request) => sr.groups.sync(args, request),
    get: (sr, id, options) => sr.groups.get(id, options),
  },
  {
    name: 'offers',
    model: 'offer',
    listTool: 'offers_list',
    columns: ['id', 'application.id', 'status', 'compensation', 'created_at'],
    list: (sr, args, request) => sr.offers.list(args, request),
  },
  {
    name: 'interviews',
    model: 'interview',
    listTool: 'interviews_list',
    columns: ['id', 'title', 'starts_at', 'interviewers', 'status'],
    list: (sr, args, request) => sr.interviews.list(args as never, request),
    get: (sr, id, options) => sr.interviews.get(id, options),
  },
  {
    name: 'scorecards',
    model: 'scorecard',
    listTool: 'scorecards_list',
    columns: ['id', 'application.id', 'interviewer', 'overall_recommendation', 'submitted_at'],
    list: (sr, args, request) => sr.scorecards.list(args as never, request),
    get: (sr, id, options) => sr.scorecards.get(id, options),
  },
  {
    name: 'attachments',
    model: 'attachment',
    listTool: 'attachments_list',
    columns: ['id', 'file_name', 'attachment_type', 'content_type', 'created_at'],
    list: (sr, args, request) => sr.attachments.list(args as never, request),
  },
  {
    name: 'departments',
    model: 'department',
    listTool: 'departments_list',
    columns: ['id', 'name', 'description'],
    list: (sr, args, request) => sr.departments.list(args, request),
    get: (sr, id, options) => sr.departments.get(id, options),
  },
  {
    name: 'offices',
    model: 'office',
    listTool: 'offices_list',
    columns: ['id', 'name', 'location.city', 'location.country'],
    list: (sr, args, request) => sr.offices.list(args, request),
    get: (sr, id, options) => sr.offices.get(id, options),
  },
  {
    name: 'reject-reasons',
    model: 'rejectReason',
    listTool: 'reject_reasons_list',
    columns: ['id', 'name', 'kind'],
    list: (sr, args, request) => sr.rejectReasons.list(args, request),
    get: (sr, id, options) => sr.rejectReasons.get(id, options),
  },
  {
    name: 'source-types',
    model: 'sourceType',
    listTool: 'source_types_list',
    columns: ['id', 'name', 'subtypes'],
    list: (sr, args, request) => sr.sources.types(args, request),
  },
  {
    name: 'sources',
    model: 'source',
    listTool: 'sources_list',
    columns: ['id', 'name', 'type.name', 'subtype.name'],
    list: (sr, args, request) => sr.sources.list(args as never, request),
  },
  {
    name: 'job-interview-stages',
    model: 'jobInterviewStage',
    listTool: 'job_interview_stages_list',
    columns: ['id', 'name', 'status', 'hiring_process.name'],
    list: (sr, args, request) => sr.jobInterviewStages.list(args, request),
    get: (sr, id, options) => sr.jobInterviewStages.get(id, options),
  },
];

/** The resource of that name, or a usage error listing them. */
export function resourceNamed(name: string, can?: 'get' | 'sync'): CliResource {
  const resource = RESOURCES.find((r) => r.name === name);
  const fits = RESOURCES.filter((r) => can === undefined || r[can] !== undefined).map((r) => r.name);
  if (!resource || (can !== undefined && resource[can] === undefined)) {
    throw new CliError(
      `unknown resource '${name}'${can ? ` for ${can}` : ''}: one of ${fits.join(', ')}`,
      EXIT.usage,
    );
  }
  return resource;
}
