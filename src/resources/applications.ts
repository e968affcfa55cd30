import type { RequestOptions } from '../client.js';
import { ValidationError } from '../core/errors.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import { raceSignal } from '../internal/abort.js';
import {
  type ApplicationListSrQuery,
  toSrApplicationListQuery,
  toSrCandidatePropertyValues,
  toSrCandidateStatus,
  toSrSourceDetails,
  toUnifiedApplication,
  toUnifiedApplicationsFromCandidate,
  toUnifiedScreeningAnswers,
} from '../mappers/application.js';
import { applicationId, parseApplicationId } from '../mappers/application-id.js';
import { toSrApplicationInput } from '../mappers/candidate.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { isRecord, rawId, warningSink } from '../mappers/shared.js';
import type {
  ApplicationCreateInput,
  ApplicationStatusUpdateInput,
  CustomFieldValueInput,
  ScreeningAnswer,
} from '../schemas/unified/application.js';
import type { Warning } from '../schemas/unified/common.js';
import type { ApplicationSourceInput } from '../schemas/unified/input-common.js';
import type { ApplicationListParams } from '../schemas/unified/list-params.js';

/** Extra reads of `applications.get`. */
export type ApplicationInclude = 'custom_fields' | 'status_history' | 'screening_answers';

/** Options of `applications.get`. */
export interface ApplicationGetOptions extends RequestOptions {
  /**
   * What to read besides the application, each one more request: `custom_fields` (candidate
   * properties), `status_history` (fills `applied_at`, `hired_at`, `rejected_at`),
   * `screening_answers`. Default `['custom_fields', 'status_history']`.
   */
  include?: readonly ApplicationInclude[] | undefined;
}

const DEFAULT_INCLUDE: readonly ApplicationInclude[] = ['custom_fields', 'status_history'];

/**
 * Applications. SR has no applications collection: an application is a candidate on a job
 * (`/candidates/{id}/jobs/{jobId}`, smartrecruiters-api.md §7), and its id here is the composite
 * `${candidateId}:${jobId}` (`applicationId()` builds it, `parseApplicationId()` splits it).
 */
export class Applications<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  private propertyTypes: Promise<Array<{ id: string; type: string | null }>> | undefined;

  /**
   * Lists applications: of one candidate (`candidate_id`), of one job (`job_id`), or all, read
   * from SR's candidates and their assignments. Filters `status` and `updated_after` (the
   * candidate's). Applications whose status the candidate list does not carry are fetched.
   * `hydrate: true` fetches every application with its custom fields and status history.
   */
  list(
    params: ApplicationListParams = {},
    options?: RequestOptions,
  ): PagePromise<ModelsOf<Mp>['application']> {
    return this.deferred(() => {
      const query = toSrApplicationListQuery(params);
      // The filters come from the query each page was fetched with: a list resumed from a saved
      // cursor alone keeps filtering by the job and status it was started with.
      const fromCandidates = async (
        candidates: unknown[],
        warnings: Warning[],
        pageQuery: ApplicationListSrQuery,
      ) => {
        const jobId = pageQuery.jobId?.[0];
        const statuses = pageQuery.status === undefined ? undefined : new Set<string>(pageQuery.status);
        const apps = candidates
          .flatMap(
            (candidate) =>
              this.toModel(
                'application',
                toUnifiedApplicationsFromCandidate,
                candidate,
                warnings,
              ) as unknown as Array<ModelsOf<Mp>['application']>,
          )
          .filter((app) => jobId === undefined || app.job.id === jobId);
        // One pool for the page: the applications the candidate records carry no status for (or
        // all of them, with hydrate) are read, a few at a time.
        const complete = await this.hydrate(apps, (app) =>
          params.hydrate || app.remote_status === null
            ? this.read(app.id, params.hydrate ? DEFAULT_INCLUDE : [], warnings, options, app)
            : Promise.resolve(app),
        );
        return complete.filter(
          (app) => statuses === undefined || (app.remote_status !== null && statuses.has(app.remote_status)),
        );
      };
      if (params.candidate_id !== undefined) {
        if (params.updated_after !== undefined) {
          throw new ValidationError('Invalid application list parameters', [
            {
              path: ['updated_after'],
              message: 'filters candidates: it cannot be combined with candidate_id',
            },
          ]);
        }
        const candidateId = params.candidate_id;
        return this.paginateWhole({
          list: `applications/${candidateId}`,
          limit: params.limit,
          cursor: params.cursor,
          load: async (warnings) => {
            const raw = await this.client.get('/candidates/{id}', {
              ...options,
              params: { id: candidateId },
            });
            return fromCandidates([raw], warnings, query);
          },
          map: (app) => app as ModelsOf<Mp>['application'],
        });
      }
      return this.paginate({
        list: 'applications',
        path: '/candidates',
        query: { ...query },
        cursor: params.cursor,
        listParams: params,
        request: options,
        // SR's totalFound counts candidates, not their applications.
        srTotal: false,
        mapPage: (items, warnings, pageQuery) =>
          fromCandidates(items, warnings, pageQuery as ApplicationListSrQuery),
      });
    });
  }

  /** One application, with what `include` asks for. */
  async get(id: string, options: ApplicationGetOptions = {}): Promise<ModelsOf<Mp>['application']> {
    const warnings: Warning[] = [];
    const app = await this.read(id, options.include ?? DEFAULT_INCLUDE, warnings, options);
    this.client.emitWarnings(warnings);
    return app;
  }

  private async read(
    id: string,
    include: readonly ApplicationInclude[],
    warnings: Warning[],
    options: RequestOptions = {},
    known?: { candidate: { name?: string | null | undefined }; job: { name?: string | null | undefined } },
  ): Promise<ModelsOf<Mp>['application']> {
    const { candidateId, jobId } = parseApplicationId(id);
    const request = { ...requestOnly(options), params: { id: candidateId, jobId } };
    const [raw, statusHistory, properties, screeningAnswers] = await Promise.all([
      this.client.get('/candidates/{id}/jobs/{jobId}', request),
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
    return this.toModel('application', toUnifiedApplication, raw, warnings, {
      candidateId,
      jobId,
      candidateName: known?.candidate.name ?? null,
      jobName: known?.job.name ?? null,
      ...(statusHistory !== undefined ? { statusHistory } : {}),
      ...(properties !== undefined ? { properties } : {}),
      ...(screeningAnswers !== undefined ? { screeningAnswers } : {}),
    });
  }

  /**
   * Creates an application: a new candidate onto a job, attributed to `source` (SR
   * `POST /jobs/{jobId}/candidates`). Never retried after a timeout or a 5xx.
   */
  async create(
    input: ApplicationCreateInput,
    options?: RequestOptions,
  ): Promise<ModelsOf<Mp>['application']> {
    const { jobId, body } = toSrApplicationInput(input);
    const raw = await this.client.post('/jobs/{jobId}/candidates', { ...options, params: { jobId }, body });
    // The write succeeded: from here on nothing throws, or a retry by the caller would create the
    // candidate twice. What cannot be read back comes as a warning and a status of 'other'.
    const warnings: Warning[] = [];
    const candidateId = rawId(raw) ?? '';
    const created = (
      this.toModel('application', toUnifiedApplicationsFromCandidate, raw, warnings) as unknown as Array<
        ModelsOf<Mp>['application']
      >
    ).find((app) => app.job.id === jobId);
    let application = created;
    // SR may merge into an existing candidate whose record lists the application elsewhere.
    if (candidateId !== '' && (!created || created.remote_status === null)) {
      application = await this.read(applicationId(candidateId, jobId), [], warnings, options, created).catch(
        () => created,
      );
    }
    if (!application || application.remote_status === null) {
      warnings.push({
        code: 'read_after_write_failed',
        message: 'The application was created, but SmartRecruiters did not return its status',
        path: [],
        record_id: candidateId || null,
      });
    }
    this.client.emitWarnings(warnings);
    return (
      application ??
      (this.toModel('application', toUnifiedApplication, {}, [], {
        candidateId,
        jobId,
      }) as ModelsOf<Mp>['application'])
    );
  }

  /**
   * Moves an application: to a stage (`in_review`, `interview`, `offered`, with an optional
   * `sub_status` of the job's hiring process), `rejected` / `withdrawn` with a `reason_id`, or
   * `hired` with a `starts_at`. Returns the application as it now is.
   */
  async updateStatus(
    id: string,
    input: ApplicationStatusUpdateInput,
    options?: ApplicationGetOptions,
  ): Promise<ModelsOf<Mp>['application']> {
    const { candidateId, jobId } = parseApplicationId(id);
    const body = toSrCandidateStatus(input);
    await this.client.put('/candidates/{id}/jobs/{jobId}/status', {
      ...requestOnly(options),
      params: { id: candidateId, jobId },
      body,
    });
    return this.get(id, options);
  }

  /** Changes the source the application is attributed to. Returns the application as it now is. */
  async updateSource(
    id: string,
    source: ApplicationSourceInput,
    options?: ApplicationGetOptions,
  ): Promise<ModelsOf<Mp>['application']> {
    const { candidateId, jobId } = parseApplicationId(id);
    const body = toSrSourceDetails(source);
    await this.client.put('/candidates/{id}/jobs/{jobId}/source', {
      ...requestOnly(options),
      params: { id: candidateId, jobId },
      body,
    });
    return this.get(id, options);
  }

  /**
   * Writes custom fields (SR candidate properties) by id. Values are checked against the
   * property types (read once from `/configuration/candidate-properties`) before anything is
   * written; `null` resets a property. Returns the application as it now is.
   */
  async updateCustomFields(
    id: string,
    values: readonly CustomFieldValueInput[],
    options?: ApplicationGetOptions,
  ): Promise<ModelsOf<Mp>['application']> {
    const { candidateId, jobId } = parseApplicationId(id);
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
    return this.get(id, options);
  }

  private candidatePropertyTypes(options?: RequestOptions) {
    // Shared by every caller: read without any caller's signal, which each caller races instead.
    const { signal, ...request } = requestOnly(options);
    this.propertyTypes ??= this.client
      .get<{ content?: unknown[] }>('/configuration/candidate-properties', request)
      .then((body) =>
        (body?.content ?? []).flatMap((item) =>
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
  async screeningAnswers(id: string, options?: RequestOptions): Promise<ScreeningAnswer[]> {
    const { candidateId, jobId } = parseApplicationId(id);
    const raw = await this.client.get('/candidates/{id}/jobs/{jobId}/screening-answers', {
      ...options,
      params: { id: candidateId, jobId },
    });
    return this.mapOne((warnings) =>
      toUnifiedScreeningAnswers(raw, warningSink(warnings, id, 'application')),
    );
  }

  /** Deletes the application (the candidate stays). */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    const { candidateId, jobId } = parseApplicationId(id);
    await this.client.delete('/candidates/{id}/jobs/{jobId}', {
      ...options,
      params: { id: candidateId, jobId },
    });
  }
}

/** The request options of an options object that also carries resource options. */
function requestOnly(options: ApplicationGetOptions | RequestOptions = {}): RequestOptions {
  const { include: _include, ...request } = options as ApplicationGetOptions;
  return request;
}
