import type { RequestOptions } from '../client.js';
import { type APIPromise, respond } from '../core/api-promise.js';
import { NotFoundError, PermissionDeniedError } from '../core/errors.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource, contentOf, expectRecord } from '../core/resource.js';
import type { SyncParams, SyncRun } from '../core/sync.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { toSrHiringTeamMember, toUnifiedHiringTeam } from '../mappers/hiring-team.js';
import { toSrJobInput, toSrJobListQuery, toSrJobPatch, toSrJobStatus, toUnifiedJob } from '../mappers/job.js';
import { isRecord, rawId } from '../mappers/shared.js';
import type { SrList } from '../routes.js';
import type { SrHiringTeamMember, SrJobDetails } from '../schemas/sr/job.js';
import type { HiringTeamMemberInput } from '../schemas/unified/hiring-team.js';
import type {
  HiringTeamMember,
  JobCreateInput,
  JobStatusUpdateInput,
  JobUpdateInput,
} from '../schemas/unified/job.js';
import type { JobListParams } from '../schemas/unified/list-params.js';
import { requireId } from './ids.js';

/** Options of `jobs.get`. */
export interface JobGetOptions extends RequestOptions {
  /** `hiring_team`: read the hiring team and name its members (more requests). Default none. */
  include?: ReadonlyArray<'hiring_team'> | undefined;
}

/** Parameters of `jobs.sync`: the list's, with `since` and `state` instead of `cursor`/`updated_after`. */
export type JobSyncParams = Omit<JobListParams, 'cursor' | 'updated_after'> & SyncParams;

/** Jobs (SR `/jobs`). */
export class Jobs<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /**
   * Lists jobs. Filters: `q`, `status` (`open` is SR's SOURCING, INTERVIEW and OFFER; SR values
   * work too), `updated_after`, `last_activity_after`, `department` (label), `posting_status`,
   * `city`; `limit` 1-100 (default 100, SmartRecruiters' largest page); `cursor`; `hydrate: true`
   * for details, one request per job (compensation, job ad, custom fields are only in the
   * details: see each record's `not_fetched`).
   */
  list(params: JobListParams = {}, options?: RequestOptions): PagePromise<ModelsOf<Mp>['job']> {
    return this.deferred(() =>
      this.paginate({
        list: 'jobs',
        path: '/jobs',
        params,
        toQuery: (p) => ({ ...toSrJobListQuery(p) }),
        request: options,
        mapPage: async (items, { warnings, params: p, processed }) => {
          const todo = items.filter((item) => !processed(rawId(item)));
          const raws = await this.withDetails(todo, p.hydrate, (id) =>
            this.client.get('/jobs/{jobId}', { ...options, params: { jobId: id } }),
          );
          return raws.map((raw) =>
            this.toModel('job', toUnifiedJob, raw, warnings, { listItem: !p.hydrate }),
          );
        },
      }),
    );
  }

  /**
   * Syncs jobs: every job once per run, each with a resumable `state`; later runs list only jobs
   * SmartRecruiters reports as updated since the previous run started (`updatedAfter`: the job's
   * own fields; new applications move `last_activity_at`, not `updated_at`). Takes the `list`
   * filters and options. See `SyncRun` for the guarantees.
   */
  sync(params: JobSyncParams = {}, options?: RequestOptions): SyncRun<ModelsOf<Mp>['job']> {
    return this.syncList({
      list: 'jobs',
      params,
      updatedAfter: 'updated_after',
      validate: (p) => toSrJobListQuery(p as JobListParams),
      open: (p) => this.list(p as JobListParams, options),
    });
  }

  /**
   * One job with its details; `include: ['hiring_team']` adds the hiring team
   * (`withResponse()`: the response of `GET /jobs/{jobId}`).
   */
  get(id: string, options: JobGetOptions = {}): APIPromise<ModelsOf<Mp>['job'], SrJobDetails> {
    return respond(() => {
      const { include = [], ...request } = options;
      const params = { jobId: requireId(id, 'id') };
      const team = async () => {
        const hiringTeam = await this.client.get('/jobs/{jobId}/hiring-team', { ...request, params });
        return { hiringTeam, users: await this.teamUsers(contentOf(hiringTeam, 'hiring team'), request) };
      };
      return this.one(
        'job',
        toUnifiedJob,
        this.client.get('/jobs/{jobId}', { ...request, params }),
        include.includes('hiring_team') ? team() : undefined,
      );
    });
  }

  /**
   * The users of a hiring team, for their names. A member that is gone or hidden from this
   * credential keeps its id only; any other failure is the caller's to see.
   */
  private async teamUsers(members: unknown[], request: RequestOptions): Promise<unknown[]> {
    const ids = [...new Set(members.flatMap((m) => (isRecord(m) && typeof m.id === 'string' ? [m.id] : [])))];
    const users = await this.hydrate(ids, (id) =>
      this.client
        .get('/user-api/v201804/users/{id}', { ...request, params: { id } })
        .catch((error: unknown) => {
          if (error instanceof NotFoundError || error instanceof PermissionDeniedError) return undefined;
          throw error;
        }),
    );
    return users.filter((user) => user !== undefined);
  }

  /** Creates a job (SR `JobInput`). */
  create(input: JobCreateInput, options?: RequestOptions): APIPromise<ModelsOf<Mp>['job'], SrJobDetails> {
    return respond(() =>
      this.one('job', toUnifiedJob, this.client.post('/jobs', { ...options, body: toSrJobInput(input) })),
    );
  }

  /**
   * Updates the given fields; the SDK builds the JSON Patch SR requires, from the job as it is
   * now (one read first), so the patch is valid whatever the job has set.
   */
  update(
    id: string,
    input: JobUpdateInput,
    options?: RequestOptions,
  ): APIPromise<ModelsOf<Mp>['job'], SrJobDetails> {
    return respond(async () => {
      toSrJobPatch(input); // input errors before any request
      const params = { jobId: requireId(id, 'id') };
      // The patch is computed from this read: one that is not the job record fails here.
      const current = expectRecord(await this.client.get('/jobs/{jobId}', { ...options, params }), 'job');
      const body = toSrJobPatch(input, current);
      return this.one('job', toUnifiedJob, this.client.patch('/jobs/{jobId}', { ...options, params, body }));
    });
  }

  /** The hiring team of a job: each user once, with every role they hold, named. */
  hiringTeam(
    jobId: string,
    options: RequestOptions = {},
  ): APIPromise<HiringTeamMember[], SrList<SrHiringTeamMember>> {
    return respond(async () => {
      const { data: team, response } = await this.client
        .get('/jobs/{jobId}/hiring-team', { ...options, params: { jobId: requireId(jobId, 'jobId') } })
        .withResponse();
      const users = await this.teamUsers(contentOf(team, 'hiring team'), options);
      return {
        data: this.mapOne((warnings) => toUnifiedHiringTeam(team, { users, jobId, warnings })),
        response,
      };
    });
  }

  /** Adds a user to a job's hiring team with a role (`hiring_manager`, `recruiter`...). */
  addHiringTeamMember(
    jobId: string,
    input: HiringTeamMemberInput,
    options?: RequestOptions,
  ): APIPromise<void, SrHiringTeamMember> {
    return respond(() => {
      const body = toSrHiringTeamMember(input);
      return this.noResult(
        this.client.post('/jobs/{jobId}/hiring-team', {
          // SR keeps one membership per user and role: adding it again changes nothing.
          idempotent: true,
          ...options,
          params: { jobId: requireId(jobId, 'jobId') },
          body,
        }),
      );
    });
  }

  /** Removes a user from a job's hiring team (every role they hold on it). */
  removeHiringTeamMember(
    jobId: string,
    userId: string,
    options?: RequestOptions,
  ): APIPromise<void, undefined> {
    return respond(() =>
      this.noResult(
        this.client.delete('/jobs/{jobId}/hiring-team/{userId}', {
          ...options,
          params: { jobId: requireId(jobId, 'jobId'), userId: requireId(userId, 'userId') },
        }),
      ),
    );
  }

  /**
   * Changes the status: `draft`, `open`, `on_hold`, or `closed` with `remote_status` FILLED or
   * CANCELLED (or any SR status as `remote_status`). Returns the job as it now is
   * (`withResponse()`: the response of that read).
   */
  updateStatus(
    id: string,
    input: JobStatusUpdateInput,
    options?: RequestOptions,
  ): APIPromise<ModelsOf<Mp>['job'], SrJobDetails> {
    return respond(async () => {
      const body = toSrJobStatus(input);
      await this.client.put('/jobs/{jobId}/status', {
        ...options,
        params: { jobId: requireId(id, 'id') },
        body,
      });
      return this.get(id, options).withResponse();
    });
  }
}
