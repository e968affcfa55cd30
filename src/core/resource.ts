import type { RequestOptions, SmartRecruitersClient } from '../client.js';
import { mapConcurrent } from '../internal/concurrency.js';
import { binaryContentType } from '../internal/response.js';
import type { Mappings, ModelName, ModelsOf } from '../mappers/context.js';
import { isRecord, rawId } from '../mappers/shared.js';
import type { Warning } from '../schemas/unified/common.js';
import { UnexpectedResponseError, ValidationError } from './errors.js';
import { decodeCursor, encodeCursor, type Page, PagePromise } from './pagination.js';

/** Options shared by every unified resource. */
export interface ResourceOptions<Mp extends Mappings = Mappings> {
  /** Keep SR's record as received in each model's `remote_data`. Default `true`. */
  includeRemoteData?: boolean | undefined;
  /**
   * Mapping extensions, one function per model: `(raw, unified) => extra`; the result is the
   * model's `custom_mappings`, typed from your functions.
   */
  mappings?: Mp | undefined;
  /** Detail requests kept in flight by `hydrate: true` (the rate limiter still paces them). Default 4. */
  hydrateConcurrency?: number | undefined;
}

/** What one page of a unified list needs. */
export interface ListSpec<T> {
  /** Cursor namespace: a cursor of one list is refused by another. */
  list: string;
  /** SR path template of the list and its params. */
  path: string;
  params?: Record<string, string> | undefined;
  /** SR query built from the caller's filters (and `limit`). */
  query: Record<string, unknown>;
  /** The caller's saved `next_cursor`, to resume. */
  cursor?: string | undefined;
  /** The caller's list parameters, to check that filters given with a cursor match it. */
  listParams?: Record<string, unknown> | undefined;
  request?: RequestOptions | undefined;
  /**
   * Maps one page of SR items (may fetch details: `hydrate`). `query` is the SR query the page was
   * fetched with (the saved one when resuming from a cursor), for filters applied on the SDK side.
   */
  mapPage: (items: unknown[], warnings: Warning[], query: Record<string, unknown>) => Promise<T[]>;
  /**
   * Whether SR's `totalFound` counts the items of this list. Default `true`; `false` when the SDK
   * derives or filters the items (applications read from candidates), so `total` is `null`.
   */
  srTotal?: boolean | undefined;
}

function withoutLimit(query: Record<string, unknown>): string {
  const { limit: _limit, ...rest } = query;
  return JSON.stringify(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)));
}

const NOT_FILTERS = new Set(['cursor', 'limit', 'hydrate']);

function hasFilters(params: Record<string, unknown> | undefined): boolean {
  return Object.entries(params ?? {}).some(([key, value]) => !NOT_FILTERS.has(key) && value !== undefined);
}

/**
 * The base of the unified resources: a thin layer over `SmartRecruitersClient` that pages with
 * one opaque cursor, maps through the pure mappers and reports warnings.
 */
export abstract class APIResource<Mp extends Mappings = Mappings> {
  /** The raw client every request goes through. */
  readonly client: SmartRecruitersClient;
  protected readonly options: ResourceOptions<Mp>;

  constructor(client: SmartRecruitersClient, options: ResourceOptions<Mp> = {}) {
    this.client = client;
    this.options = options;
  }

  /**
   * Maps one SR record to the unified `model` with the resource's settings (`remote_data`, the
   * user's mapping extension) and the mapper-specific context `extra`; warnings go to `warnings`.
   */
  protected toModel<K extends ModelName>(
    model: K,
    mapper: (raw: unknown, context: never) => unknown,
    raw: unknown,
    warnings: Warning[],
    extra?: Record<string, unknown>,
  ): ModelsOf<Mp>[K] {
    const fileType = binaryContentType(raw);
    if (fileType !== undefined) {
      throw new UnexpectedResponseError(
        `SmartRecruiters answered with a file (${fileType}) where a ${model} record was expected`,
        {
          contentType: fileType,
        },
      );
    }
    const mapping = this.options.mappings?.[model];
    const context = {
      includeRemoteData: this.options.includeRemoteData ?? true,
      warnings,
      ...(mapping ? { mapping } : {}),
      ...extra,
    };
    return (mapper as (raw: unknown, context: unknown) => unknown)(raw, context) as ModelsOf<Mp>[K];
  }

  /** Runs `map` with a warning collector and reports what it collected (single-record reads). */
  protected mapOne<T>(map: (warnings: Warning[]) => T): T {
    const warnings: Warning[] = [];
    const result = map(warnings);
    this.client.emitWarnings(warnings);
    return result;
  }

  /**
   * Builds a list. Invalid parameters (or a cursor of another list) reject the returned
   * `PagePromise` instead of throwing synchronously, so `.catch()` and `for await` see them alike;
   * no request is sent either way.
   */
  protected deferred<T>(build: () => PagePromise<T>): PagePromise<T> {
    try {
      return build();
    } catch (error) {
      return new PagePromise<T>(() => Promise.reject(error));
    }
  }

  /** Runs `fetch` for each item with bounded concurrency (`hydrateConcurrency`). */
  protected hydrate<T, R>(items: readonly T[], fetch: (item: T) => Promise<R>): Promise<R[]> {
    return mapConcurrent(items, this.options.hydrateConcurrency ?? 4, fetch);
  }

  /**
   * With `hydrate`, replaces each SR list item (partial) by its details, read by id; fields only
   * the list item carries are kept. Without it, the items as they are.
   */
  protected withDetails(
    items: unknown[],
    hydrate: boolean | undefined,
    details: (id: string) => Promise<unknown>,
  ): Promise<unknown[]> {
    if (!hydrate) return Promise.resolve(items);
    return this.hydrate(items, async (item) => {
      const id = rawId(item);
      if (!id) return item;
      const detail = await details(id);
      return isRecord(item) && isRecord(detail) ? { ...item, ...detail } : detail;
    });
  }

  /**
   * A unified list over any SR list: SR's paging becomes one opaque cursor that carries the SR
   * query, so a saved cursor resumes the same list with the same filters.
   */
  protected paginate<T>(spec: ListSpec<T>): PagePromise<T> {
    if (spec.cursor !== undefined) {
      const saved = decodeCursor(spec.cursor, spec.list);
      if (hasFilters(spec.listParams) && withoutLimit(spec.query) !== withoutLimit(saved.query)) {
        throw new ValidationError('Invalid list parameters', [
          {
            path: ['cursor'],
            message: 'was created with other filters; pass the cursor alone (or with limit)',
          },
        ]);
      }
    }
    const fetchPage = async (cursor: string | null): Promise<Page<T>> => {
      const saved = cursor === null ? undefined : decodeCursor(cursor, spec.list);
      const query =
        saved === undefined
          ? spec.query
          : { ...saved.query, ...(spec.query.limit !== undefined ? { limit: spec.query.limit } : {}) };
      const page = await this.client.fetchPage(spec.path, {
        ...spec.request,
        params: spec.params,
        query: query as never,
        state: saved?.state ?? null,
      });
      const warnings: Warning[] = [];
      const result = await spec.mapPage(page.items, warnings, query);
      this.client.emitWarnings(warnings);
      return {
        result,
        next_cursor: page.next ? encodeCursor({ list: spec.list, query, state: page.next }) : null,
        result_count: result.length,
        total: spec.srTotal === false ? null : page.total,
        warnings,
      };
    };
    return new PagePromise(fetchPage, spec.cursor ?? null);
  }

  /**
   * A unified list over an SR list that SR returns whole (system roles, access groups,
   * attachments): the SDK pages it itself with the same cursor, by position. The cursor keeps the
   * page size, so resuming without `limit` pages as the first list did.
   */
  protected paginateWhole<T>(spec: {
    list: string;
    limit?: number | undefined;
    cursor?: string | undefined;
    /** Reads the whole list (warnings found on the way go to `warnings`). */
    load: (warnings: Warning[]) => Promise<unknown[]>;
    map: (item: unknown, warnings: Warning[]) => T;
  }): PagePromise<T> {
    const fetchPage = async (cursor: string | null): Promise<Page<T>> => {
      const saved = cursor === null ? undefined : decodeCursor(cursor, spec.list);
      const offset = saved?.state.kind === 'offset' ? saved.state.offset : 0;
      const savedLimit = saved?.query.limit;
      const limit = spec.limit ?? (typeof savedLimit === 'number' ? savedLimit : undefined);
      const warnings: Warning[] = [];
      const all = await spec.load(warnings);
      const size = limit ?? all.length;
      const slice = all.slice(offset, offset + Math.max(size, 1));
      const result = slice.map((item) => spec.map(item, warnings));
      this.client.emitWarnings(warnings);
      const next = offset + slice.length;
      return {
        result,
        next_cursor:
          next < all.length
            ? encodeCursor({
                list: spec.list,
                query: limit !== undefined ? { limit } : {},
                state: { kind: 'offset', offset: next },
              })
            : null,
        result_count: result.length,
        total: all.length,
        warnings,
      };
    };
    return new PagePromise(fetchPage, spec.cursor ?? null);
  }
}
