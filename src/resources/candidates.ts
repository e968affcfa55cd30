import type { RequestOptions } from '../client.js';
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
import type { CandidateCreateInput, CandidateUpdateInput } from '../schemas/unified/candidate.js';
import type { CandidateListParams } from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import * as z from '../schemas/zod.js';
import { requireId } from './ids.js';

const CandidateIncludeSchema = z.array(z.enum(['consent']));

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
  async get(id: string, options: CandidateGetOptions = {}): Promise<ModelsOf<Mp>['candidate']> {
    const { include = [], ...request } = options;
    const params = { id: requireId(id, 'id') };
    const wantsConsent = parseInput(CandidateIncludeSchema, include, 'candidate include').includes('consent');
    const [raw, consent] = await Promise.all([
      this.client.get('/candidates/{id}', { ...request, params }),
      wantsConsent ? this.client.get('/candidates/{id}/consent', { ...request, params }) : undefined,
    ]);
    return this.mapOne((warnings) =>
      this.toModel('candidate', toUnifiedCandidate, raw, warnings, consent === undefined ? {} : { consent }),
    );
  }

  /**
   * Creates a candidate: in the talent pool, or onto a job with `job_id` (an application is
   * created). `source` attributes it (SR `sourceDetails`); without it SR uses the "API" source.
   * Not retried after a timeout or a 5xx, so a candidate is never created twice.
   */
  async create(input: CandidateCreateInput, options?: RequestOptions): Promise<ModelsOf<Mp>['candidate']> {
    const body = toSrCandidateInput(input);
    const raw =
      input.job_id !== undefined
        ? await this.client.post('/jobs/{jobId}/candidates', {
            ...options,
            params: { jobId: input.job_id },
            body,
          })
        : await this.client.post('/candidates', { ...options, body });
    return this.mapOne((warnings) => this.toModel('candidate', toUnifiedCandidate, raw, warnings));
  }

  /**
   * Updates personal details (only the fields given; SR `PATCH`) and/or replaces the tags. A
   * `ConflictError` (`CANDIDATE_DATA_CONFLICT`) means another candidate has this email and last name.
   */
  async update(
    id: string,
    input: CandidateUpdateInput,
    options?: RequestOptions,
  ): Promise<ModelsOf<Mp>['candidate']> {
    requireId(id, 'id');
    const details = toSrPersonalDetails(input);
    const tags = toSrCandidateTags(input);
    let raw: unknown;
    if (Object.keys(details).length > 0) {
      raw = await this.client.patch('/candidates/{id}', { ...options, params: { id }, body: details });
    }
    if (tags) {
      await this.client.put('/candidates/{id}/tags', { ...options, params: { id }, body: tags });
      raw = undefined;
    }
    return raw === undefined
      ? this.get(id, options)
      : this.mapOne((w) => this.toModel('candidate', toUnifiedCandidate, raw, w));
  }

  /** Deletes a candidate and their applications. */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await this.client.delete('/candidates/{id}', { ...options, params: { id: requireId(id, 'id') } });
  }

  /** The candidate's tags. */
  async tags(id: string, options?: RequestOptions): Promise<string[]> {
    const body = await this.client.get('/candidates/{id}/tags', {
      ...options,
      params: { id: requireId(id, 'id') },
    });
    return body?.tags ?? [];
  }

  /** Adds tags, keeping the existing ones. Returns all tags. */
  async addTags(id: string, tags: string[], options?: RequestOptions): Promise<string[]> {
    const body = toSrCandidateTags({ tags });
    await this.client.post('/candidates/{id}/tags', {
      ...options,
      params: { id: requireId(id, 'id') },
      body: body!,
    });
    return this.tags(id, options);
  }

  /** Replaces all tags. */
  async setTags(id: string, tags: string[], options?: RequestOptions): Promise<string[]> {
    const body = toSrCandidateTags({ tags });
    await this.client.put('/candidates/{id}/tags', {
      ...options,
      params: { id: requireId(id, 'id') },
      body: body!,
    });
    return this.tags(id, options);
  }

  /** Removes every tag. */
  async clearTags(id: string, options?: RequestOptions): Promise<void> {
    await this.client.delete('/candidates/{id}/tags', { ...options, params: { id: requireId(id, 'id') } });
  }
}
