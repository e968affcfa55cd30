import type { RequestOptions } from '../client.js';
import { type APIPromise, respond } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { SyncParams, SyncRun } from '../core/sync.js';
import {
  toSrCandidateInput,
  toSrCandidateListQuery,
  toSrCandidateTags,
  toSrPersonalDetails,
  toUnifiedCandidate,
} from '../mappers/candidate.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { rawId } from '../mappers/shared.js';
import { CandidateIncludeSchema } from '../schemas/compiled/unified/list-params.js';
import type { SrCandidateDetails, SrCandidateTags } from '../schemas/sr/candidate.js';
import type { CandidateCreateInput, CandidateUpdateInput } from '../schemas/unified/candidate.js';
import type { CandidateListParams } from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';

/** Extra reads of `candidates.get`. */
export type CandidateInclude = 'consent';

/** Options of `candidates.get`. */
export interface CandidateGetOptions extends RequestOptions {
  /**
   * `consent`: the candidate's consent status, one more request (`GET /candidates/{id}/consent`;
   * SmartRecruiters' candidate details carry none). Default none.
   */
  include?: readonly CandidateInclude[] | undefined;
}

/**
 * Parameters of `candidates.sync`: the list's, with `since` and `state` instead of
 * `cursor`/`updated_after`.
 */
export type CandidateSyncParams = Omit<CandidateListParams, 'cursor' | 'updated_after'> & SyncParams;

/**
 * Candidates (SR `/candidates`). `list` respects SR's limit of one
 * concurrent `GET /candidates` per credential (the client's limiter enforces it).
 */
export class Candidates<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /**
   * Lists candidates, page by page (`await`) or item by item (`for await`). Filters: `q`,
   * `job_id`, `status` (unified or SR values), `tag`, `updated_after`; `limit` 1-100 (default
   * 100, SmartRecruiters' largest page); `cursor` resumes a saved position with the options it was
   * made with; `hydrate: true` fetches each candidate's details (list items lack phone, links,
   * education and experience: see each record's `not_fetched`), one request per candidate.
   */
  list(params: CandidateListParams = {}, options?: RequestOptions): PagePromise<ModelsOf<Mp>['candidate']> {
    return this.deferred(() =>
      this.paginate({
        list: 'candidates',
        path: '/candidates',
        params,
        toQuery: (p) => ({ ...toSrCandidateListQuery(p) }),
        request: options,
        mapPage: async (items, { warnings, params: p, processed }) => {
          const todo = items.filter((item) => !processed(rawId(item)));
          // CandidateDetails carries no `consent` (§6.2): withDetails keeps the list item's.
          const raws = await this.withDetails(todo, p.hydrate, (id) =>
            this.client.get('/candidates/{id}', { ...options, params: { id } }),
          );
          return raws.map((raw) =>
            this.toModel('candidate', toUnifiedCandidate, raw, warnings, { listItem: !p.hydrate }),
          );
        },
      }),
    );
  }

  /**
   * Syncs candidates: every candidate once per run, each with a resumable `state`; later runs
   * (from the last `state`) list only candidates SmartRecruiters reports as updated since the
   * previous run started (`updatedAfter`). Takes the `list` filters and options (`hydrate`
   * included) and keeps them in the state. See `SyncRun` for the guarantees.
   *
   * ```ts
   * const run = sr.candidates.sync({ state: saved ?? undefined, hydrate: true });
   * for await (const { record, state } of run) { await upsert(record); await save(state); }
   * await save(run.state);
   * ```
   */
  sync(params: CandidateSyncParams = {}, options?: RequestOptions): SyncRun<ModelsOf<Mp>['candidate']> {
    return this.syncList({
      list: 'candidates',
      params,
      updatedAfter: 'updated_after',
      validate: (p) => toSrCandidateListQuery(p as CandidateListParams),
      open: (p) => this.list(p as CandidateListParams, options),
    });
  }

  /**
   * One candidate with its details (one request); `include: ['consent']` adds the consent status
   * (one more).
   */
  get(
    id: string,
    options: CandidateGetOptions = {},
  ): APIPromise<ModelsOf<Mp>['candidate'], SrCandidateDetails> {
    return respond(() => {
      const { include = [], ...request } = options;
      const params = { id: requireId(id, 'id') };
      const wantsConsent = parseInput(CandidateIncludeSchema, include, 'candidate include').includes(
        'consent',
      );
      return this.one(
        'candidate',
        toUnifiedCandidate,
        this.client.get('/candidates/{id}', { ...request, params }),
        wantsConsent
          ? this.client
              .get('/candidates/{id}/consent', { ...request, params })
              .then((consent) => (consent === undefined ? {} : { consent }))
          : undefined,
      );
    });
  }

  /**
   * Creates a candidate: in the talent pool, or onto a job with `job_id` (an application is
   * created). `source` attributes it (SR `sourceDetails`); without it SR uses the "API" source.
   * Not retried after a timeout or a 5xx, so a candidate is never created twice.
   */
  create(
    input: CandidateCreateInput,
    options?: RequestOptions,
  ): APIPromise<ModelsOf<Mp>['candidate'], SrCandidateDetails> {
    return respond(() => {
      const body = toSrCandidateInput(input);
      return this.one(
        'candidate',
        toUnifiedCandidate,
        input.job_id !== undefined
          ? this.client.post('/jobs/{jobId}/candidates', {
              ...options,
              params: { jobId: input.job_id },
              body,
            })
          : this.client.post('/candidates', { ...options, body }),
      );
    });
  }

  /**
   * Updates personal details (only the fields given; SR `PATCH`) and/or replaces the tags. A
   * `ConflictError` (`CANDIDATE_DATA_CONFLICT`) means another candidate has this email and last name.
   */
  update(
    id: string,
    input: CandidateUpdateInput,
    options?: RequestOptions,
  ): APIPromise<ModelsOf<Mp>['candidate'], SrCandidateDetails> {
    return respond(async () => {
      requireId(id, 'id');
      const details = toSrPersonalDetails(input);
      const tags = toSrCandidateTags(input);
      const patch =
        Object.keys(details).length > 0
          ? this.client.patch('/candidates/{id}', { ...options, params: { id }, body: details })
          : undefined;
      if (!tags && patch) return this.one('candidate', toUnifiedCandidate, patch);
      await patch;
      if (tags) await this.client.put('/candidates/{id}/tags', { ...options, params: { id }, body: tags });
      // The tags are not in PATCH's answer: read the candidate as it now is.
      return this.get(id, options).withResponse();
    });
  }

  /** Deletes a candidate and their applications. */
  delete(id: string, options?: RequestOptions): APIPromise<void, undefined> {
    return respond(() =>
      this.noResult(
        this.client.delete('/candidates/{id}', { ...options, params: { id: requireId(id, 'id') } }),
      ),
    );
  }

  /** The candidate's tags. */
  tags(id: string, options?: RequestOptions): APIPromise<string[], SrCandidateTags> {
    return respond(async () => {
      const { data: body, response } = await this.client
        .get('/candidates/{id}/tags', { ...options, params: { id: requireId(id, 'id') } })
        .withResponse();
      return { data: body?.tags ?? [], response };
    });
  }

  /** Adds tags, keeping the existing ones. Returns all tags (`withResponse()`: of their read). */
  addTags(id: string, tags: string[], options?: RequestOptions): APIPromise<string[], SrCandidateTags> {
    return respond(async () => {
      const body = toSrCandidateTags({ tags });
      await this.client.post('/candidates/{id}/tags', {
        ...options,
        params: { id: requireId(id, 'id') },
        body: body!,
      });
      return this.tags(id, options).withResponse();
    });
  }

  /** Replaces all tags. Returns all tags (`withResponse()`: of their read). */
  setTags(id: string, tags: string[], options?: RequestOptions): APIPromise<string[], SrCandidateTags> {
    return respond(async () => {
      const body = toSrCandidateTags({ tags });
      await this.client.put('/candidates/{id}/tags', {
        ...options,
        params: { id: requireId(id, 'id') },
        body: body!,
      });
      return this.tags(id, options).withResponse();
    });
  }

  /** Removes every tag. */
  clearTags(id: string, options?: RequestOptions): APIPromise<void, undefined> {
    return respond(() =>
      this.noResult(
        this.client.delete('/candidates/{id}/tags', { ...options, params: { id: requireId(id, 'id') } }),
      ),
    );
  }
}
