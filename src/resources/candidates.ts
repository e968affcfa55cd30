import type { RequestOptions } from '../client.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import {
  toSrCandidateInput,
  toSrCandidateListQuery,
  toSrCandidateTags,
  toSrPersonalDetails,
  toUnifiedCandidate,
} from '../mappers/candidate.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import type { CandidateCreateInput, CandidateUpdateInput } from '../schemas/unified/candidate.js';
import type { CandidateListParams } from '../schemas/unified/list-params.js';
import { requireId } from './ids.js';

/**
 * Candidates (SR `/candidates`, smartrecruiters-api.md §6). `list` respects SR's limit of one
 * concurrent `GET /candidates` per credential (the client's limiter enforces it).
 */
export class Candidates<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /**
   * Lists candidates, page by page (`await`) or item by item (`for await`). Filters: `q`,
   * `job_id`, `status` (unified or SR values), `tag`, `updated_after`; `limit` 1-100; `cursor`
   * resumes a saved position; `hydrate: true` fetches each candidate's details (list items lack
   * phone, links, education and experience).
   */
  list(params: CandidateListParams = {}, options?: RequestOptions): PagePromise<ModelsOf<Mp>['candidate']> {
    return this.deferred(() => {
      const query = toSrCandidateListQuery(params);
      return this.paginate({
        list: 'candidates',
        path: '/candidates',
        query: { ...query },
        cursor: params.cursor,
        listParams: params,
        request: options,
        mapPage: async (items, warnings) => {
          // CandidateDetails carries no `consent` (§6.2): withDetails keeps the list item's.
          const raws = await this.withDetails(items, params.hydrate, (id) =>
            this.client.get('/candidates/{id}', { ...options, params: { id } }),
          );
          return raws.map((raw) => this.toModel('candidate', toUnifiedCandidate, raw, warnings));
        },
      });
    });
  }

  /** One candidate with its details. */
  async get(id: string, options?: RequestOptions): Promise<ModelsOf<Mp>['candidate']> {
    const raw = await this.client.get('/candidates/{id}', {
      ...options,
      params: { id: requireId(id, 'id') },
    });
    return this.mapOne((warnings) => this.toModel('candidate', toUnifiedCandidate, raw, warnings));
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
