import { fromBase64Url, toBase64Url } from '../internal/base64.js';
import type { PageState } from '../internal/paging.js';
import type { Warning } from '../schemas/unified/common.js';
import { SmartRecruitersError, ValidationError } from './errors.js';

/** One page of a unified list. Data is always in `result`. */
export interface Page<T> {
  result: T[];
  /** Opaque; pass it as `cursor` to resume here. `null` on the last page. */
  next_cursor: string | null;
  /** Items in this page. */
  result_count: number;
  /** SR's `totalFound` where SR gives it. */
  total: number | null;
  warnings: Warning[];
}

/** A list went wrong: a repeated cursor or an empty page that claims more follow. */
export class PaginationError extends SmartRecruitersError {
  override name = 'PaginationError';
  protected static override readonly errorKind: string = 'PaginationError';
}

/** What a cursor holds: the route, SR's query (filters and limit) and where the next page is. */
export interface CursorData {
  /** Cursor format version. */
  v: 1;
  /** The list it belongs to (a resource name or an SR path). */
  list: string;
  query: Record<string, unknown>;
  state: PageState;
}

/** Encodes a cursor. Opaque to users; stable, so it can be stored and resumed later. */
export function encodeCursor(data: Omit<CursorData, 'v'>): string {
  return toBase64Url(JSON.stringify({ v: 1, ...data }));
}

function isPageState(value: unknown): value is PageState {
  if (!value || typeof value !== 'object') return false;
  const s = value as Record<string, unknown>;
  if (s.kind === 'param') return typeof s.name === 'string' && typeof s.value === 'string';
  if (s.kind === 'link') return typeof s.href === 'string' && s.href.startsWith('/');
  if (s.kind === 'offset') return Number.isInteger(s.offset) && (s.offset as number) >= 0;
  return false;
}

/** Decodes a cursor made by `encodeCursor` for `list`; anything else is a `ValidationError`. */
export function decodeCursor(cursor: string, list: string): CursorData {
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(cursor) ?? '');
  } catch {
    data = undefined;
  }
  const d = data as Partial<CursorData> | undefined;
  if (
    d?.v !== 1 ||
    typeof d.list !== 'string' ||
    !d.query ||
    typeof d.query !== 'object' ||
    !isPageState(d.state)
  ) {
    throw new ValidationError('Invalid cursor', [
      { path: ['cursor'], message: 'is not a cursor from this SDK' },
    ]);
  }
  if (d.list !== list) {
    throw new ValidationError('Invalid cursor', [
      { path: ['cursor'], message: `belongs to the ${d.list} list, not ${list}` },
    ]);
  }
  return d as CursorData;
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

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<T> | R> {
    return this.firstPage().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<Page<T>> {
    return this.firstPage().finally(onfinally);
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

  /** Collects every item into an array (mind the memory on large lists). */
  async toArray(): Promise<T[]> {
    const out: T[] = [];
    for await (const item of this) out.push(item);
    return out;
  }
}
