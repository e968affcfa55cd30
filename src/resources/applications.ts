import type { RequestOptions } from '../client.js';
import { type APIPromise, respond, type WithResponse } from '../core/api-promise.js';
import { ValidationError } from '../core/errors.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource, contentOf } from '../core/resource.js';
import type { SyncParams, SyncRun } from '../core/sync.js';
import { raceSignal } from '../internal/abort.js';
import {
  toSrApplicationListQuery,
  toSrCandidatePropertyValues,
  toSrCandidateStatus,
  toSrSourceDetails,
  toUnifiedApplication,
  toUnifiedApplicationsFromCandidate,
  toUnifiedScreeningAnswers,
} from '../mappers/application.js';
import {
  type ApplicationKeys,
  type ApplicationRef,
  applicationId,
  parseApplicationId,
} from '../mappers/application-id.js';
import { toSrApplicationInput, toUnifiedCandidate } from '../mappers/candidate.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { isRecord, rawId, warningSink } from '../mappers/shared.js';
import type { SrList } from '../routes.js';
import { ApplicationIncludeSchema } from '../schemas/compiled/unified/list-params.js';
import type { SrApplication, SrScreeningAnswer } from '../schemas/sr/application.js';
import type { SrCandidateDetails } from '../schemas/sr/candidate.js';
import type {
  ApplicationCreateInput,
  ApplicationStatusUpdateInput,
  CustomFieldValueInput,
  ScreeningAnswer,
} from '../schemas/unified/application.js';
import type { Warning } from '../schemas/unified/common.js';
import type { ApplicationSourceInput } from '../schemas/unified/input-common.js';
import type { ApplicationInclude, ApplicationListParams } from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';

/** Options of `applications.get`. */
export interface ApplicationGetOptions extends RequestOptions {
  /**
   * What to read besides the application, one request each: `status_history` (fills
   * `created_at`, `updated_at`, `applied_at`, `hired_at`, `rejected_at`; SmartRecruiters keeps no
   * other dates for an application), `custom_fields` (candidate properties), `screening_answers`.
   * Default `['status_history']`: two requests in all. `[]` reads the application alone.
   */
  include?: readonly ApplicationInclude[] | undefined;
}

const DEFAULT_INCLUDE: readonly ApplicationInclude[] = ['status_history'];

/**
 * Parameters of `applications.sync`: the list's, with `since` and `state` instead of
 * `cursor`/`updated_after`.
 */
export type ApplicationSyncParams = Omit<ApplicationListParams, 'cursor' | 'updated_after' | 'candidate_id'> &
  SyncParams;

/**
 * Applications. SR has no applications collection: an application is a candidate on a job
 * (`/candidates/{id}/jobs/{jobId}`), and its id here is the composite
 * `${candidateId}:${jobId}` (`applicationId()` builds it, `parseApplicationId()` splits it). Every
 * method that takes an application also takes the `{ candidate_id, job_id }` of a webhook payload.
 */
export class Applications<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  private propertyTypes: Promise<Array<{ id: string; type: string | null }>> | undefined;

  /**
   * Lists applications: of one candidate (`candidate_id`), of one job (`job_id`), or all, read
   * from SR's candidates and their assignments (100 candidates per request by default). Filters
   * `status` and `updated_after` (the candidate's). The candidate list gives each application's
   * job and, for the candidate's latest application only, its status: the others are read, one
   * request each. `hydrate: true` reads every application with `include` (default
   * `['status_history']`, the timestamps): 1 + `include.length` requests per application.
   */
  list(
    params: ApplicationListParams = {},
    options?: RequestOptions,
  ): PagePromise<ModelsOf<Mp>['application']> {
    return this.deferred(() => {
      // The filters come from the parameters each page was fetched with: a list resumed from a
      // saved cursor alone keeps filtering by the job and status it was started with.
      const fromCandidates = async (
        candidates: unknown[],
        warnings: Warning[],
        p: Omit<ApplicationListParams, 'cursor'>,
        processed: (id: string | null) => boolean,
        listItems: boolean,
      ) => {
        const query = toSrApplicationListQuery(p);
        const jobId = query.jobId?.[0];
        const statuses = query.status === undefined ? undefined : new Set<string>(query.status);
        const include = p.hydrate ? (p.include ?? DEFAULT_INCLUDE) : [];
        const apps = candidates
          .flatMap(
            (candidate) =>
              this.toModel('application', toUnifiedApplicationsFromCandidate, candidate, warnings, {
                listItem: listItems,
              }) as unknown as Array<ModelsOf<Mp>['application']>,
          )
          .filter((app) => (jobId === undefined || app.job.id === jobId) && !processed(app.id));
        // One pool for the page: the applications the candidate records carry no status for (or
        // all of them, with hydrate) are read, a few at a time.
        const complete = await this.hydrate(apps, (app) =>
          p.hydrate || app.remote_status === null
            ? this.read(parseApplicationId(app.id), include, warnings, options, {
                candidateName: app.candidate.name,
                jobName: app.job.name,
              }).then((read) => read.data)
            : Promise.resolve(app),
        );
        return complete.filter(
          (app) => statuses === undefined || (app.remote_status !== null && statuses.has(app.remote_status)),
        );
      };
      const { params: effective } = this.resume('applications', params);
      if (effective.candidate_id !== undefined) {
        const candidateId = effective.candidate_id;
        return this.paginateWhole({
          list: 'applications',
          params,
          validate: (p) => toSrApplicationListQuery(p),
          load: async (warnings, p) => {
            const { data: raw, response } = await this.client
              .get('/candidates/{id}', { ...options, params: { id: candidateId } })
              .withResponse();
            // The candidate's details: full assignments, every status known.
            return { data: await fromCandidates([raw], warnings, p, () => false, false), response };
          },
          map: (app) => app as ModelsOf<Mp>['application'],
        });
      }
      return this.paginate({
        list: 'applications',
        path: '/candidates',
        params,
        toQuery: (p) => {
          const { jobId, status, updatedAfter, limit } = toSrApplicationListQuery(p);
          return {
            ...(jobId ? { jobId } : {}),
            ...(status ? { status } : {}),
            ...(updatedAfter ? { updatedAfter } : {}),
            ...(limit !== undefined ? { limit } : {}),
          };
        },
        request: options,
        // SR's totalFound counts candidates, not their applications.
        srTotal: false,
        mapPage: (items, { warnings, params: p, processed }) =>
          fromCandidates(items, warnings, p, processed, true),
      });
    });
  }

  /**
   * Syncs applications, read through SR's candidates (SR has no applications list): every
   * application once per run, each with a resumable `state`; later runs read only the candidates
   * SmartRecruiters reports as updated since the previous run started (`updatedAfter`), with all
   * their applications. That an application's change updates its candidate is what SR's
   * candidate list shows; SR does not document it. Takes the `list` filters and options
   * (`hydrate`, `include`). See `SyncRun` for the guarantees.
   */
  sync(params: ApplicationSyncParams = {}, options?: RequestOptions): SyncRun<ModelsOf<Mp>['application']> {
    return this.syncList({
      list: 'applications',
      params,
      updatedAfter: 'updated_after',
      validate: (p) => {
        if (p.candidate_id !== undefined) {
          throw new ValidationError('Invalid sync parameters', [
            { path: ['candidate_id'], message: 'is not a sync parameter: sync one candidate with list()' },
          ]);
        }
        toSrApplicationListQuery(p as ApplicationListParams);
      },
      open: (p) => this.list(p as ApplicationListParams, options),
    });
  }

  /**
   * One application: by id, or by the `{ candidate_id, job_id }` of a webhook payload. Reads the
   * application and what `include` asks for (default `['status_history']`: 2 requests).
   */
  get(
    application: ApplicationRef,
    options: ApplicationGetOptions = {},
  ): APIPromise<ModelsOf<Mp>['application'], SrApplication> {
    return respond(async () => {
      const keys = parseApplicationId(application);
      const include = parseInput(
        ApplicationIncludeSchema,
        options.include ?? DEFAULT_INCLUDE,
        'application include',
      );
      const warnings: Warning[] = [];
      const app = await this.read(keys, include, warnings, options);
      this.client.emitWarnings(warnings);
      return app;
    });
  }

  private async read(
    keys: ApplicationKeys,
    include: readonly ApplicationInclude[],
    warnings: Warning[],
    options: RequestOptions = {},
    known: { candidateName?: string | null | undefined; jobName?: string | null | undefined } = {},
  ): Promise<WithResponse<ModelsOf<Mp>['application'], SrApplication>> {
    const { candidateId, jobId } = keys;
    const request = { ...requestOnly(options), params: { id: candidateId, jobId } };
    const [{ data: raw, response }, statusHistory, properties, screeningAnswers] = await Promise.all([
      this.client.get('/candidates/{id}/jobs/{jobId}', request).withResponse(),
      include.includes('status_history')
        ? this.client.get('/candidates/{id}/jobs/{jobId}/status/history', request)
        : undefined,
      include.includes('custom_fields')
        ? this.client.get('/candidates/{id}/jobs/{jobId}/properties', request)
        : undefined,
      include.includes('screening_answers')
        ? this.client.get('/candidates/{id}/jobs/{jobId}/screening-answers', request)
        : undefined,
    ]);
    const data = this.toModel('application', toUnifiedApplication, raw, warnings, {
      candidateId,
      jobId,
      // SR's Application names neither: known names are kept, unknown ones listed in not_fetched.
      ...(known.candidateName !== undefined ? { candidateName: known.candidateName } : {}),
      ...(known.jobName !== undefined ? { jobName: known.jobName } : {}),
      ...(statusHistory !== undefined ? { statusHistory } : {}),
      ...(properties !== undefined ? { properties } : {}),
      ...(screeningAnswers !== undefined ? { screeningAnswers } : {}),
    });
    return { data, response };
  }

  /**
   * Creates an application: a new candidate onto a job, attributed to `source` (SR
   * `POST /jobs/{jobId}/candidates`), then reads it back with its status history (2 requests, in
   * parallel), so the result is whole: its dates, `job_application_id` and `web_url` filled, as
   * `get()` gives them. Never retried after a timeout or a 5xx. Never throws once SmartRecruiters
   * created the candidate: when the read back fails, what SR's answer gave is returned (dates
   * `null`, listed in `not_fetched`) with a `read_after_write_failed` warning. `withResponse()`
   * gives the response of the `POST`.
   */
  create(
    input: ApplicationCreateInput,
    options?: RequestOptions,
  ): APIPromise<ModelsOf<Mp>['application'], SrCandidateDetails> {
    return respond(() => this.createApplication(input, options));
  }

  private async createApplication(
    input: ApplicationCreateInput,
    options?: RequestOptions,
  ): Promise<WithResponse<ModelsOf<Mp>['application'], SrCandidateDetails>> {
    const { jobId, body } = toSrApplicationInput(input);
    const { data: raw, response } = await this.client
      .post('/jobs/{jobId}/candidates', { ...options, params: { jobId }, body })
      .withResponse();
    // The write succeeded: from here on nothing throws, or a retry by the caller would create the
    // candidate twice. What cannot be read back comes as a warning and a status of 'other'.
    const warnings: Warning[] = [];
    const candidateId = rawId(raw) ?? '';
    // SR may merge into an existing candidate whose record lists the application elsewhere.
    const created = (
      this.toModel('application', toUnifiedApplicationsFromCandidate, raw, warnings) as unknown as Array<
        ModelsOf<Mp>['application']
      >
    ).find((app) => app.job.id === jobId);
    let application = created;
    let readBack = false;
    if (candidateId !== '') {
      // SR's answer is the candidate: the application's dates are in its status history only.
      const names = {
        candidateName: created?.candidate.name ?? toUnifiedCandidate(raw).name,
        jobName: created?.job.name,
      };
      application = await this.read({ candidateId, jobId }, DEFAULT_INCLUDE, warnings, options, names).then(
        (read) => {
          readBack = true;
          return read.data;
        },
        () => created,
      );
    }
    if (!readBack) {
      warnings.push({
        code: 'read_after_write_failed',
        message:
          application && application.remote_status !== null
            ? 'The application was created, but reading it back failed: its dates are not filled'
            : 'The application was created, but SmartRecruiters did not return its status',
        path: [],
        record_id: candidateId || null,
      });
    }
    this.client.emitWarnings(warnings);
    const data =
      application ??
      (this.toModel('application', toUnifiedApplication, {}, [], {
        candidateId,
        jobId,
      }) as ModelsOf<Mp>['application']);
    return { data, response };
  }

  /**
   * Moves an application: to a stage (`in_review`, `interview`, `offered`, with an optional
   * `sub_status` of the job's hiring process), `rejected` / `withdrawn` with a `reason_id`, or
   * `hired` with a `starts_at`. Returns the application as it now is (`withResponse()`: the
   * response of that read).
   */
  updateStatus(
    application: ApplicationRef,
    input: ApplicationStatusUpdateInput,
    options?: ApplicationGetOptions,
  ): APIPromise<ModelsOf<Mp>['application'], SrApplication> {
    return respond(async () => {
      const { candidateId, jobId } = parseApplicationId(application);
      const body = toSrCandidateStatus(input);
      await this.client.put('/candidates/{id}/jobs/{jobId}/status', {
        ...requestOnly(options),
        params: { id: candidateId, jobId },
        body,
      });
      return this.get(application, options).withResponse();
    });
  }

  /**
   * Changes the source the application is attributed to. Returns the application as it now is
   * (`withResponse()`: the response of that read).
   */
  updateSource(
    application: ApplicationRef,
    source: ApplicationSourceInput,
    options?: ApplicationGetOptions,
  ): APIPromise<ModelsOf<Mp>['application'], SrApplication> {
    return respond(async () => {
      const { candidateId, jobId } = parseApplicationId(application);
      const body = toSrSourceDetails(source);
      await this.client.put('/candidates/{id}/jobs/{jobId}/source', {
        ...requestOnly(options),
        params: { id: candidateId, jobId },
        body,
      });
      return this.get(application, options).withResponse();
    });
  }

  /**
   * Writes custom fields (SR candidate properties) by id. Values are checked against the
   * property types (read once from `/configuration/candidate-properties`) before anything is
   * written; `null` resets a property. Returns the application as it now is, with its custom
   * fields (default `include`: `['status_history', 'custom_fields']`; `withResponse()`: the
   * response of that read).
   */
  updateCustomFields(
    application: ApplicationRef,
    values: readonly CustomFieldValueInput[],
    options?: ApplicationGetOptions,
  ): APIPromise<ModelsOf<Mp>['application'], SrApplication> {
    return respond(async () => {
      const { candidateId, jobId } = parseApplicationId(application);
      // Values whose type the caller gives are checked before any request; the others once the
      // property types are known (read once, then cached), still before anything is written.
      toSrCandidatePropertyValues(values);
      const types = await this.candidatePropertyTypes(options);
      const body = toSrCandidatePropertyValues(values, { types });
      await this.client.put('/candidates/{id}/jobs/{jobId}/properties', {
        ...requestOnly(options),
        params: { id: candidateId, jobId },
        body,
      });
      return this.get(application, {
        ...options,
        include: options?.include ?? [...DEFAULT_INCLUDE, 'custom_fields'],
      }).withResponse();
    });
  }

  private candidatePropertyTypes(options?: RequestOptions) {
    // Shared by every caller: read without any caller's signal, which each caller races instead.
    const { signal, ...request } = requestOnly(options);
    this.propertyTypes ??= this.client
      .get<{ content?: unknown[] }>('/configuration/candidate-properties', request)
      .then((body) =>
        contentOf(body, 'candidate property').flatMap((item) =>
          isRecord(item) && typeof item.id === 'string'
            ? [{ id: item.id, type: typeof item.type === 'string' ? item.type : null }]
            : [],
        ),
      )
      .catch((error: unknown) => {
        this.propertyTypes = undefined;
        throw error;
      });
    return raceSignal(this.propertyTypes, signal);
  }

  /** The candidate's answers to the job's screening questions. */
  screeningAnswers(
    application: ApplicationRef,
    options?: RequestOptions,
  ): APIPromise<ScreeningAnswer[], SrList<SrScreeningAnswer>> {
    return respond(async () => {
      const { candidateId, jobId } = parseApplicationId(application);
      const { data: raw, response } = await this.client
        .get('/candidates/{id}/jobs/{jobId}/screening-answers', {
          ...options,
          params: { id: candidateId, jobId },
        })
        .withResponse();
      const data = this.mapOne((warnings) =>
        toUnifiedScreeningAnswers(
          raw,
          warningSink(warnings, applicationId(candidateId, jobId), 'application'),
        ),
      );
      return { data, response };
    });
  }

  /** Deletes the application (the candidate stays). */
  delete(application: ApplicationRef, options?: RequestOptions): APIPromise<void, undefined> {
    return respond(() => {
      const { candidateId, jobId } = parseApplicationId(application);
      return this.noResult(
        this.client.delete('/candidates/{id}/jobs/{jobId}', {
          ...options,
          params: { id: candidateId, jobId },
        }),
      );
    });
  }
}

/** The request options of an options object that also carries resource options. */
function requestOnly(options: ApplicationGetOptions | RequestOptions = {}): RequestOptions {
  const { include: _include, ...request } = options as ApplicationGetOptions;
  return request;
}
