/**
 * The three paging styles SR uses (https://developers.smartrecruiters.com/reference/pagination):
 * cursor (`pageId` in, `nextPageId` + `Link rel="next"` out), offset
 * (`offset`/`limit`/`totalFound`) and the webhooks API's snake_case `page_id` over bare arrays.
 * Cursors are keyset cursors over a stable sort, so items created or deleted while a client pages
 * never cause duplicates or gaps among the others.
 */
import { badRequest } from './errors.js';
import { fromBase64Url, toBase64Url } from './http.js';

/** Encodes a keyset position as an opaque page id. */
export function encodeCursor(key: string): string {
  return toBase64Url(JSON.stringify({ k: key }));
}

/** Decodes a page id; 400 when it is not one of ours. */
export function decodeCursor(pageId: string, paramName = 'pageId'): string {
  const text = fromBase64Url(pageId);
  if (text !== undefined) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object' && typeof (parsed as { k?: unknown }).k === 'string') {
        return (parsed as { k: string }).k;
      }
    } catch {
      // fall through to the 400
    }
  }
  throw badRequest(`Invalid ${paramName}`, 'INVALID_PAGE_ID');
}

/** One page of a keyset-paginated list. */
export interface KeysetPage<T> {
  items: T[];
  /** Items before this page (for SR's `offset` field). */
  offset: number;
  /** Page id of the next page, when there is one. */
  nextPageId: string | undefined;
  totalFound: number;
}

/**
 * Pages `items` (already sorted by `key` in list order) after the cursor `pageId`. Keys must be
 * unique and their order must match the list order (`compare`).
 */
export function keysetPage<T>(
  items: readonly T[],
  options: {
    key: (item: T) => string;
    compare: (a: string, b: string) => number;
    limit: number;
    pageId: string | undefined;
    paramName?: string;
  },
): KeysetPage<T> {
  let start = 0;
  if (options.pageId !== undefined) {
    const after = decodeCursor(options.pageId, options.paramName);
    start = items.findIndex((item) => options.compare(options.key(item), after) > 0);
    if (start < 0) start = items.length;
  }
  const pageItems = items.slice(start, start + options.limit);
  const last = pageItems[pageItems.length - 1];
  const hasMore = start + options.limit < items.length;
  return {
    items: pageItems,
    offset: start,
    nextPageId: hasMore && last !== undefined ? encodeCursor(options.key(last)) : undefined,
    totalFound: items.length,
  };
}

/**
 * `keysetPage` over a list already sorted by its keys, largest first (`keys[i]` is `items[i]`'s):
 * the cursor's place is found by binary search, not by a scan of the list.
 */
export function keysetPageNewestFirst<T>(
  items: readonly T[],
  keys: readonly string[],
  limit: number,
  pageId: string | undefined,
): KeysetPage<T> {
  let start = 0;
  if (pageId !== undefined) {
    const after = decodeCursor(pageId);
    // The first item whose key sorts below the cursor's.
    let high = keys.length;
    while (start < high) {
      const mid = (start + high) >>> 1;
      if ((keys[mid] as string) < after) high = mid;
      else start = mid + 1;
    }
  }
  const pageItems = items.slice(start, start + limit);
  const hasMore = start + limit < items.length;
  return {
    items: pageItems,
    offset: start,
    nextPageId:
      hasMore && pageItems.length > 0
        ? encodeCursor(keys[start + pageItems.length - 1] as string)
        : undefined,
    totalFound: items.length,
  };
}

/** Plain string comparison (code-unit order). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Builds a `Link: <path?query>; rel="next"` header that keeps every filter of the current request
 * and replaces the page parameter, as SR's candidates list does
 * (https://developers.smartrecruiters.com/reference/pagination). The URL is relative to the API
 * host, like SR's example.
 */
export function nextLink(
  path: string,
  query: URLSearchParams,
  pageParam: string,
  nextPageId: string,
): string {
  const next = new URLSearchParams();
  for (const [name, value] of query) {
    if (name !== pageParam && name !== 'offset') next.append(name, value);
  }
  next.set(pageParam, nextPageId);
  return `<${path}?${next.toString()}>; rel="next"`;
}
