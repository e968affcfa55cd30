import type { APIResponse, RequestOptions, SmartRecruitersClient } from '../client.js';
import { mapConcurrent } from '../internal/concurrency.js';
import type { PageState } from '../internal/paging.js';
import { binaryContentType } from '../internal/response.js';
import type { Mappings, ModelName, ModelsOf } from '../mappers/context.js';
import { isRecord, rawId } from '../mappers/shared.js';
import type { Warning } from '../schemas/unified/common.js';
import type { APIPromise, WithResponse } from './api-promise.js';
import { UnexpectedResponseError, ValidationError } from './errors.js';
import {
  type CursorData,
  decodeCursor,
  encodeCursor,
  idDigest,
  itemDigest,
  MAX_SKIP,
  mergeSavedParams,
  type Page,
  PagePromise,
  setPageMeta,
} from './pagination.js';
import { SyncRun, type SyncSpec } from './sync.js';

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
  /**
   * How far before a sync run's start its watermark is set, for clock skew between you and
   * SmartRecruiters and for updates SR makes visible late: records updated in that window are
   * emitted again by the next run. Default 300 000 ms (5 minutes).
   */
  syncOverlapMs?: number | undefined;
}

/** The parameters every list takes besides its filters. */
export interface ListParamsBase {
  /** A `next_cursor` (or an item cursor) of this same list, to resume. */
  cursor?: string | undefined;
  /** Page size. */
  limit?: number | undefined;
}

/** What a list's `mapPage` receives besides SR's items. */
export interface MapPageContext<P> {
  /** Collector of the page's warnings. */
  warnings: Warning[];
  /** The list's parameters (a resumed cursor's, with the caller's `limit`), without `cursor`. */
  params: Omit<P, 'cursor'>;
  /**
   * Whether the SR record with this id was already processed (a list resumed from an item
   * cursor): leave it out before fetching anything more for it. The base class drops such items
   * from the result anyway; this only saves requests.
   */
  processed(id: string | null): boolean;
  /** Whether SR announced a page after this one. */
  hasNext: boolean;
}

/**
 * What one unified list over an SR list needs. A new list method is:
 *
 * ```ts
 * list(params: OfferListParams = {}, options?: RequestOptions): PagePromise<Offer> {
 *   return this.deferred(() =>
 *     this.paginate({
 *       list: 'offers',                       // cursor namespace
 *       path: '/offers',                      // SR path template (+ pathParams)
 *       params,                               // the caller's parameters, cursor included
 *       toQuery: toSrOfferListQuery,          // validates them and builds SR's query
 *       request: options,
 *       mapPage: async (items, { warnings, processed }) =>
 *         items.filter((raw) => !processed(rawId(raw))).map((raw) => this.toModel(...)),
 *     }),
 *   );
 * }
 * ```
 */
export interface ListSpec<T, P extends ListParamsBase> {
  /** Cursor namespace: a cursor of one list is refused by another (add the owner's id for nested lists). */
  list: string;
  /** SR path template of the list. */
  path: string;
  /** Values of the path template's placeholders. */
  pathParams?: Record<string, string> | undefined;
  /**
   * The caller's list parameters, `cursor` included. With a cursor, the cursor's parameters
   * apply; the caller may repeat them and change `limit`, any other difference is refused.
   */
  params: P;
  /**
   * Validates the list's parameters (the caller's, or a cursor's: the same checks) and builds SR's
   * query from them. Throws `ValidationError`.
   */
  toQuery: (params: Omit<P, 'cursor'>) => Record<string, unknown>;
  /** Request options of each page's request (headers, timeout, signal...). */
  request?: RequestOptions | undefined;
  /** Maps one page of SR items (may fetch details: `hydrate`). */
  mapPage: (items: unknown[], context: MapPageContext<P>) => Promise<T[]>;
  /**
   * Whether SR's `totalFound` counts the items of this list. Default `true`; `false` when the SDK
   * derives or filters the items (applications read from candidates), so `total` is `null`.
   */
  srTotal?: boolean | undefined;
}

/** A unified list over an SR list that SR returns whole, paged by the SDK. */
export interface WholeListSpec<T, P extends ListParamsBase> {
  /** Cursor namespace. */
  list: string;
  /** The caller's list parameters, `cursor` included (see `ListSpec.params`). */
  params: P;
  /** Validates the list's parameters (the caller's or a cursor's). Throws `ValidationError`. */
  validate: (params: Omit<P, 'cursor'>) => void;
  /**
   * Reads the whole list (warnings found on the way go to `warnings`), with the response it was
   * read from (what the page's `withResponse()` gives): see `listContent`.
   */
  load: (
    warnings: Warning[],
    params: Omit<P, 'cursor'>,
  ) => Promise<WithResponse<readonly unknown[], unknown> | unknown[]>;
  /** Maps one SR item, its warnings going to `warnings`. */
  map: (item: unknown, warnings: Warning[]) => T;
}

function withoutCursor<P extends ListParamsBase>(params: P): Omit<P, 'cursor'> {
  const { cursor: _cursor, ...rest } = params;
  return rest;
}

/** Most detail requests `hydrate` keeps in flight. */
const MAX_HYDRATE_CONCURRENCY = 64;

function invalidOption(path: string, message: string): ValidationError {
  return new ValidationError('Invalid options', [{ path: [path], message }]);
}

/** Checks the resource options once, when the resource is made: a bad one never fails mid-list. */
function checkResourceOptions<Mp extends Mappings>(options: ResourceOptions<Mp>): ResourceOptions<Mp> {
  if (!isRecord(options)) throw invalidOption('options', 'must be an object');
  const { includeRemoteData, mappings, hydrateConcurrency, syncOverlapMs } = options;
  if (includeRemoteData !== undefined && typeof includeRemoteData !== 'boolean') {
    throw invalidOption('includeRemoteData', 'must be a boolean');
  }
  if (mappings !== undefined && !isRecord(mappings)) {
    throw invalidOption('mappings', 'must be an object of functions');
  }
  for (const [model, mapping] of Object.entries(mappings ?? {})) {
    if (mapping !== undefined && typeof mapping !== 'function') {
      throw new ValidationError('Invalid options', [
        { path: ['mappings', model], message: 'must be a function' },
      ]);
    }
  }
  if (
    hydrateConcurrency !== undefined &&
    !(
      typeof hydrateConcurrency === 'number' &&
      Number.isInteger(hydrateConcurrency) &&
      hydrateConcurrency >= 1 &&
      hydrateConcurrency <= MAX_HYDRATE_CONCURRENCY
    )
  ) {
    throw invalidOption('hydrateConcurrency', `must be an integer from 1 to ${MAX_HYDRATE_CONCURRENCY}`);
  }
  if (
    syncOverlapMs !== undefined &&
    (typeof syncOverlapMs !== 'number' || !Number.isFinite(syncOverlapMs) || syncOverlapMs < 0)
  ) {
    throw invalidOption('syncOverlapMs', 'must be a non-negative number of milliseconds');
  }
  return options;
}

/** What a value that is not a record is, for an error message (never the value itself). */
function kindOf(value: unknown): string {
  const fileType = binaryContentType(value);
  if (fileType !== undefined) return `a file (${fileType})`;
  if (value === undefined) return 'an empty body';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

/**
 * `raw` when it is a JSON object, as every SmartRecruiters record is; anything else (a file, text,
 * an array, an empty body) is an `UnexpectedResponseError`, never a blank record, and never the
 * base of a write (a JSON Patch computed from it would replace what it did not see).
 */
export function expectRecord(raw: unknown, what: string): Record<string, unknown> {
  if (isRecord(raw) && binaryContentType(raw) === undefined) return raw;
  throw new UnexpectedResponseError(
    `SmartRecruiters answered with ${kindOf(raw)} where a ${what} record was expected`,
    { contentType: binaryContentType(raw) },
  );
}

/**
 * The `content` array of a SmartRecruiters list answer (`[]` when it has none); an answer that is
 * not an object, or whose `content` is not an array, is an `UnexpectedResponseError`.
 */
export function contentOf<T>(raw: { content?: T[] | undefined } | undefined, what: string): T[] {
  return arrayFieldOf<T>(raw, 'content', what);
}

/**
 * The array `field` of a SmartRecruiters answer (`[]` when it has none); an answer that is not an
 * object, or whose `field` is not an array, is an `UnexpectedResponseError`.
 */
export function arrayFieldOf<T>(raw: unknown, field: string, what: string): T[] {
  const value = expectRecord(raw, what)[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new UnexpectedResponseError(
      `SmartRecruiters answered with a ${what} list whose ${field} is ${kindOf(value)}, not an array`,
    );
  }
  return value as T[];
}

/**
 * The items of an SR list answered whole (its `content`, checked as `contentOf` does), with the
 * response: what a `WholeListSpec.load` returns.
 */
export async function listContent<
  W extends {
    /** The list's items. */
    content?: readonly unknown[] | undefined;
  },
>(request: APIPromise<W>, what: string): Promise<WithResponse<readonly unknown[], W>> {
  const { data, response } = await request.withResponse();
  return { data: contentOf(data as { content?: unknown[] | undefined }, what), response };
}

/** Unix ms of an HTTP `Date` header, `null` when absent or unreadable. */
function httpDate(value: string | null): number | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
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
    this.options = checkResourceOptions(options);
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
    expectRecord(raw, model);
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

  /** What a method without a result returns: nothing, with the response of `request`. */
  protected async noResult<W>(request: APIPromise<W>): Promise<WithResponse<void, W>> {
    const { response } = await request.withResponse();
    return { data: undefined, response };
  }

  /**
   * The SR record `request` resolves to, mapped to the unified `model` (see `toModel`; `extra`,
   * awaited alongside the request, is the mapper's context), with the response it was read from.
   */
  protected async one<K extends ModelName, W>(
    model: K,
    mapper: (raw: unknown, context: never) => unknown,
    request: APIPromise<W>,
    extra?: object | Promise<object>,
  ): Promise<WithResponse<ModelsOf<Mp>[K], W>> {
    const [{ data, response }, context] = await Promise.all([request.withResponse(), extra]);
    return {
      data: this.mapOne((warnings) => this.toModel(model, mapper, data, warnings, { ...context })),
      response,
    };
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
   * The parameters a list runs with: the caller's, or, with a `cursor`, the cursor's (checked
   * against what the caller repeats; see `mergeSavedParams`). Returns them without `cursor`, with
   * the decoded cursor.
   */
  protected resume<P extends ListParamsBase>(
    list: string,
    params: P,
  ): { params: Omit<P, 'cursor'>; cursor: CursorData | undefined } {
    if (!isRecord(params)) {
      throw new ValidationError('Invalid list parameters', [{ path: [], message: 'expected an object' }]);
    }
    if (params.cursor === undefined) return { params: withoutCursor(params), cursor: undefined };
    if (typeof params.cursor !== 'string') {
      throw new ValidationError('Invalid cursor', [{ path: ['cursor'], message: 'expected a string' }]);
    }
    const cursor = decodeCursor(params.cursor, list);
    const merged = mergeSavedParams(params, cursor.params) as Omit<P, 'cursor'>;
    return { params: merged, cursor };
  }

  /**
   * A unified list over any SR list: SR's paging becomes one opaque cursor that carries the list's
   * parameters and SR's page position, so a saved cursor resumes the same list with the same
   * filters and options (`hydrate`, `include`), and items come back in the same shape.
   */
  protected paginate<T, P extends ListParamsBase>(spec: ListSpec<T, P>): PagePromise<T> {
    const { params, cursor } = this.resume(spec.list, spec.params);
    const query = spec.toQuery(params);
    return this.pages(spec.list, spec.params.cursor, params, cursor, async (here, warnings, skipped) => {
      const page = await this.client.fetchPage(spec.path, {
        ...spec.request,
        params: spec.pathParams,
        query: query as never,
        state: here.state,
      });
      return {
        mapped: await spec.mapPage(page.items, {
          warnings,
          params,
          processed: (id) => id !== null && skipped.has(idDigest(id)),
          hasNext: page.next !== null,
        }),
        state: page.next,
        total: spec.srTotal === false ? null : page.total,
        serverTime: httpDate(page.headers.get('date')),
        response: page.response,
      };
    });
  }

  /**
   * A unified list over an SR list that SR returns whole (system roles, access groups,
   * attachments): the SDK pages it itself with the same cursor, by position. The cursor keeps the
   * page size, so resuming without `limit` pages as the first list did.
   */
  protected paginateWhole<T, P extends ListParamsBase>(spec: WholeListSpec<T, P>): PagePromise<T> {
    const { params, cursor } = this.resume(spec.list, spec.params);
    spec.validate(params);
    if (cursor?.state && cursor.state.kind !== 'offset') {
      throw new ValidationError('Invalid cursor', [
        { path: ['cursor'], message: 'has an invalid page position' },
      ]);
    }
    // Without a page size the list is one page: no cursor of the SDK points past its start.
    if (cursor?.state?.kind === 'offset' && cursor.state.offset > 0 && cursor.params.limit === undefined) {
      throw new ValidationError('Invalid cursor', [
        { path: ['cursor'], message: 'has a page position this list never gives (it was altered)' },
      ]);
    }
    const limit = params.limit;
    return this.pages(spec.list, spec.params.cursor, params, cursor, async (here, warnings) => {
      const offset = here.state?.kind === 'offset' ? here.state.offset : 0;
      const loaded = await spec.load(warnings, params);
      const { data: all, response } = Array.isArray(loaded) ? { data: loaded, response: undefined } : loaded;
      const size = limit ?? all.length;
      const slice = all.slice(offset, offset + Math.max(size, 1));
      const end = offset + slice.length;
      return {
        mapped: slice.map((item) => spec.map(item, warnings)),
        state: end < all.length ? { kind: 'offset', offset: end } : null,
        total: all.length,
        serverTime: null,
        response,
      };
    });
  }

  /**
   * The pages of a unified list (`paginate`, `paginateWhole`): each page read by `read` at its
   * position `here` (`first`, the caller's cursor, is the list's start), items already processed
   * at `here` left out, warnings reported, the next page's cursor made from the `state` `read`
   * gives. Each page carries its items' positions: after an item, the same page with the items so
   * far marked processed (by id, so items SR adds or removes meanwhile do not shift it); after the
   * page's last item, the next page.
   */
  private pages<T>(
    list: string,
    first: string | undefined,
    params: CursorData['params'],
    cursor: CursorData | undefined,
    read: (
      here: CursorData,
      warnings: Warning[],
      skipped: ReadonlySet<string>,
    ) => Promise<{
      mapped: T[];
      state: PageState | null;
      total: number | null;
      serverTime: number | null;
      response: APIResponse<unknown> | undefined;
    }>,
  ): PagePromise<T> {
    const start: CursorData = { v: 2, list, params, state: cursor?.state ?? null, skip: cursor?.skip };
    const fetchPage = async (at: string | null): Promise<Page<T>> => {
      const here = at === null || at === first ? start : decodeCursor(at, list);
      const skipped = new Set(here.skip ?? []);
      const warnings: Warning[] = [];
      const { mapped, state, total, serverTime, response } = await read(here, warnings, skipped);
      const result = skipped.size > 0 ? mapped.filter((item) => !skipped.has(itemDigest(item))) : mapped;
      this.client.emitWarnings(warnings);
      const next: CursorData | null = state ? { v: 2, list, params, state } : null;
      const page: Page<T> = {
        result,
        next_cursor: next ? encodeCursor(next) : null,
        result_count: result.length,
        total,
        warnings,
      };
      let digests: string[] | undefined;
      return setPageMeta(page, {
        serverTime,
        response,
        position: (index) => {
          if (next && index >= result.length - 1) return next;
          digests ??= result.map(itemDigest);
          // Bounded: a page holds at most 100 items; past MAX_SKIP (a page SR keeps refilling),
          // the oldest marks go and those items may come again rather than the cursor grow.
          const skip = [...(here.skip ?? []), ...digests.slice(0, index + 1)];
          return { ...here, skip: skip.slice(-MAX_SKIP) };
        },
      });
    };
    return new PagePromise(fetchPage, first ?? null);
  }

  /**
   * A sync over one of this resource's lists: every record once per run, each with a resumable
   * `state`; see `SyncRun`.
   */
  protected syncList<T>(spec: SyncSpec<T>): SyncRun<T> {
    return new SyncRun({ ...spec, now: spec.now ?? this.client.clock.now }, this.options.syncOverlapMs);
  }
}
