import type { APIResponse } from '../client.js';
import { fromBase64Url, toBase64Url } from '../internal/base64.js';
import { fingerprint } from '../internal/hash.js';
import { MAX_OFFSET, type PageState } from '../internal/paging.js';
import type { Warning } from '../schemas/unified/common.js';
import type { WithResponse } from './api-promise.js';
import { PaginationError, ValidationError } from './errors.js';

/** One page of a unified list. Data is always in `result`. */
export interface Page<T> {
  /** The page's items, as unified models. */
  result: T[];
  /** Opaque; pass it as `cursor` to resume here. `null` on the last page. */
  next_cursor: string | null;
  /** Items in this page. */
  result_count: number;
  /** SR's `totalFound` where SR gives it. */
  total: number | null;
  /** SR fields of this page's items that failed lenient validation (and were mapped as missing). */
  warnings: Warning[];
}

export { PaginationError } from './errors.js';

/** The cursor format this SDK writes. */
export const CURSOR_VERSION = 2;

/**
 * What a cursor holds (format `v: 2`): the list it belongs to, the list's parameters (filters,
 * `limit`, and every option that shapes the items, such as `hydrate` and `include`), the SR page
 * it points at, and the items of that page already processed. A list resumed from it re-validates
 * the parameters as if the caller had passed them, and the page position against the list's own
 * path and paging parameter.
 */
export interface CursorData {
  /** Cursor format version. */
  v: typeof CURSOR_VERSION;
  /** The list it belongs to (a resource name, with the owner's id for nested lists). */
  list: string;
  /** The list's parameters, in the list's own (unified) words, without `cursor`. */
  params: Record<string, unknown>;
  /** The SR page: `null` for the first one. */
  state: PageState | null;
  /**
   * Digests of the ids of that page's items already processed (an item position): they are left
   * out when the page is read again. At most one page's worth.
   */
  skip?: string[] | undefined;
}

/** Cursors longer than this are refused before being parsed. */
const MAX_CURSOR_LENGTH = 32_768;
/** Most item digests a cursor may carry (a few pages' worth: SR pages hold at most 100 items). */
export const MAX_SKIP = 1000;
const DIGEST = /^[0-9a-z]{1,16}$/;

/** Encodes a cursor. Opaque to users; stable, so it can be stored and resumed later. */
export function encodeCursor(data: Omit<CursorData, 'v'>): string {
  const { skip, ...rest } = data;
  return toBase64Url(
    JSON.stringify({ v: CURSOR_VERSION, ...rest, ...(skip && skip.length > 0 ? { skip } : {}) }),
  );
}

function invalidCursor(message: string): ValidationError {
  return new ValidationError('Invalid cursor', [{ path: ['cursor'], message }]);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Checks the shape of a page position; the list-specific checks come when it is used. */
function isPageState(value: unknown): value is PageState {
  if (!isPlainObject(value)) return false;
  if (value.kind === 'param') return typeof value.name === 'string' && typeof value.value === 'string';
  if (value.kind === 'link') return typeof value.href === 'string' && value.href.startsWith('/');
  if (value.kind === 'offset' || value.kind === 'page') {
    const at = value.kind === 'offset' ? value.offset : value.page;
    return Number.isSafeInteger(at) && (at as number) >= 0 && (at as number) <= MAX_OFFSET;
  }
  return false;
}

/** A list name that is safe to repeat in an error message (no caller data). */
function listName(value: string): string {
  const name = value.split('/')[0] ?? '';
  return /^[a-z][a-z-]{0,30}$/.test(name) ? `the ${name} list` : 'another list';
}

/**
 * Decodes a cursor made by `encodeCursor` for `list`; anything else (garbage, a tampered or
 * truncated cursor, another list's, a cursor of the `v: 1` format written before the format
 * carried the list's options) is a `ValidationError`.
 */
export function decodeCursor(cursor: string, list: string): CursorData {
  if (typeof cursor !== 'string' || cursor.length > MAX_CURSOR_LENGTH) {
    throw invalidCursor('is not a cursor from this SDK');
  }
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(cursor) ?? '');
  } catch {
    data = undefined;
  }
  if (!isPlainObject(data)) throw invalidCursor('is not a cursor from this SDK');
  if (data.v === 1) {
    // v1 cursors carried SR's query but not the options that shape items (hydrate): resuming
    // them could not give the same items. They were never part of a release.
    throw invalidCursor('was made by an earlier version of the SDK; start the list again');
  }
  if (
    data.v !== CURSOR_VERSION ||
    typeof data.list !== 'string' ||
    !isPlainObject(data.params) ||
    !(data.state === null || isPageState(data.state)) ||
    !(
      data.skip === undefined ||
      (Array.isArray(data.skip) &&
        data.skip.length <= MAX_SKIP &&
        data.skip.every((digest) => typeof digest === 'string' && DIGEST.test(digest)))
    )
  ) {
    throw invalidCursor('is not a cursor from this SDK');
  }
  if (data.list !== list) {
    throw invalidCursor(`belongs to ${listName(data.list)}, not this one`);
  }
  const { cursor: _cursor, ...params } = data.params;
  return {
    v: CURSOR_VERSION,
    list: data.list,
    params,
    state: data.state as PageState | null,
    ...(data.skip !== undefined ? { skip: data.skip as string[] } : {}),
  };
}

/** A value as compared between a cursor and the caller: `false` and absent are the same. */
function canonical(value: unknown): string | undefined {
  if (value === undefined || value === false) return undefined;
  try {
    return JSON.stringify(value);
  } catch {
    // Not JSON (a BigInt, a cycle): it cannot be what a cursor holds.
    return '\u0000';
  }
}

/**
 * The list parameters that apply: the caller's, or those a cursor (or sync state) was made with.
 * With saved parameters, the caller may repeat them and change `limit`; any other difference
 * is a `ValidationError` naming the parameters, so an app that scopes a list by a filter keeps
 * that scope whatever cursor it is handed.
 */
export function mergeSavedParams(
  caller: Record<string, unknown>,
  saved: Record<string, unknown>,
  ignore: readonly string[] = ['cursor', 'limit'],
): Record<string, unknown> {
  const conflicts = Object.keys(caller).filter(
    (key) =>
      !ignore.includes(key) && caller[key] !== undefined && canonical(caller[key]) !== canonical(saved[key]),
  );
  if (conflicts.length > 0) {
    throw new ValidationError('Invalid list parameters', [
      {
        path: ['cursor'],
        message: `was created with other filters or options (${conflicts.join(', ')}); pass the cursor alone (or with limit)`,
      },
    ]);
  }
  return { ...saved, ...(caller.limit !== undefined ? { limit: caller.limit } : {}) };
}

/**
 * The digest that marks an item as processed in a cursor: of its `id`, or of the whole item when
 * it has none (a callbacks-log entry).
 */
export function itemDigest(item: unknown): string {
  const id = (item as { id?: unknown } | null)?.id;
  return fingerprint(typeof id === 'string' ? `id:${id}` : `item:${JSON.stringify(item)}`);
}

/** The digest of an SR record's id, to leave out already processed items before mapping them. */
export function idDigest(id: string): string {
  return fingerprint(`id:${id}`);
}

/** What the SDK knows about a page beyond its envelope. */
export interface PageMeta {
  /** The position after the item at `index`, as cursor data. */
  position(index: number): CursorData;
  /** SmartRecruiters' clock when it answered (its `Date` header), Unix ms; `null` when unknown. */
  serverTime: number | null;
  /** The response of SR's list request the page was read from, when known. */
  response?: APIResponse<unknown> | undefined;
}

const pageMeta = new WeakMap<object, PageMeta>();

/** @internal Attaches positions and the server time to a page built by the SDK. */
export function setPageMeta<T>(page: Page<T>, meta: PageMeta): Page<T> {
  pageMeta.set(page, meta);
  return page;
}

/** @internal The meta of a page built by the SDK. */
export function getPageMeta(page: Page<unknown>): PageMeta | undefined {
  return pageMeta.get(page);
}

function withPageResponse<T>(page: Page<T>): WithResponse<Page<T>, unknown> {
  const response = getPageMeta(page)?.response;
  if (!response) throw new PaginationError('This list does not expose its responses');
  return { data: page, response };
}

/** An item of a list with the cursor that resumes the list right after it. */
export interface ItemWithCursor<T> {
  /** The item. */
  item: T;
  /**
   * Pass it as `cursor` to continue after this item: the rest of its page, then the next pages.
   * After the last item of the last page it is a watermark: the list resumed from it yields only
   * items SR adds at its end later.
   */
  cursor: string;
}

/**
 * Remembers the page positions a list has visited: a position seen twice is a
 * `PaginationError`, never an endless loop.
 */
export class VisitedPages {
  private readonly seen = new Set<string>();

  /** Records `key` (a cursor or a page state); throws when it was visited before. */
  visit(key: string): void {
    if (this.seen.has(key)) {
      throw new PaginationError('SmartRecruiters returned a next-page position already visited');
    }
    this.seen.add(key);
  }
}

/**
 * The result of a unified `list()`: a promise of the first page that is also an async iterable
 * over every item of every page.
 *
 * ```ts
 * const page = await sr.jobs.list({ status: 'open' });          // first page
 * for await (const job of sr.jobs.list({ status: 'open' })) {}  // every job
 * for await (const page of sr.jobs.list().pages()) {}           // page by page
 * for await (const { item, cursor } of sr.jobs.list().withCursors()) {} // with a resumable position
 * ```
 */
export class PagePromise<T> implements PromiseLike<Page<T>>, AsyncIterable<T> {
  private first: Promise<Page<T>> | undefined;

  /**
   * @param fetchPage Fetches the page at `cursor` (`null`: the first page).
   * @param startCursor Where the first page is (a saved cursor), or `null`.
   */
  constructor(
    private readonly fetchPage: (cursor: string | null) => Promise<Page<T>>,
    private readonly startCursor: string | null = null,
  ) {}

  private firstPage(): Promise<Page<T>> {
    this.first ??= this.fetchPage(this.startCursor);
    return this.first;
  }

  // biome-ignore lint/suspicious/noThenProperty: a PagePromise is deliberately awaitable.
  then<R1 = Page<T>, R2 = never>(
    onfulfilled?: ((value: Page<T>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.firstPage().then(onfulfilled, onrejected);
  }

  /** As `Promise.catch`, on the first page. */
  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<T> | R> {
    return this.firstPage().catch(onrejected);
  }

  /** As `Promise.finally`, on the first page. */
  finally(onfinally?: (() => void) | null): Promise<Page<T>> {
    return this.firstPage().finally(onfinally);
  }

  /**
   * The first page with the response of SmartRecruiters' list request it was read from (status,
   * headers, `requestId`, `srRequestId`, rate-limit state, SR's list body as `response.data`).
   * For a list SmartRecruiters answers whole (departments, roles...), the response of that
   * request.
   *
   * @throws PaginationError on a `PagePromise` not built by the SDK's lists (no response known)
   */
  withResponse(): Promise<WithResponse<Page<T>, unknown>> {
    return this.firstPage().then(withPageResponse);
  }

  /** Every page, first to last, each with its response (see `withResponse`). */
  async *pagesWithResponse(): AsyncGenerator<WithResponse<Page<T>, unknown>, void, undefined> {
    for await (const page of this.pages()) yield withPageResponse(page);
  }

  /** Every page, first to last. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    const visited = new VisitedPages();
    if (this.startCursor) visited.visit(this.startCursor);
    let page = await this.firstPage();
    yield page;
    while (page.next_cursor !== null) {
      visited.visit(page.next_cursor);
      page = await this.fetchPage(page.next_cursor);
      yield page;
    }
  }

  /** Every item of every page. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.result;
  }

  /**
   * Every item with the cursor that resumes the list right after it: store the cursor once the
   * item is processed, and a crash costs at most that one item, not the page or the list.
   *
   * ```ts
   * for await (const { item, cursor } of sr.candidates.list({ hydrate: true }).withCursors()) {
   *   await save(item);
   *   await checkpoint(cursor);
   * }
   * ```
   *
   * @throws PaginationError on a `PagePromise` not built by the SDK's lists (no positions known)
   */
  async *withCursors(): AsyncGenerator<ItemWithCursor<T>, void, undefined> {
    for await (const page of this.pages()) {
      const meta = getPageMeta(page);
      if (!meta) throw new PaginationError('This list does not expose item positions');
      for (let index = 0; index < page.result.length; index++) {
        yield { item: page.result[index] as T, cursor: encodeCursor(meta.position(index)) };
      }
    }
  }

  /** Collects every item into an array (mind the memory on large lists). */
  async toArray(): Promise<T[]> {
    const out: T[] = [];
    for await (const item of this) out.push(item);
    return out;
  }
}
