import { SmartRecruitersError } from '../core/errors.js';

/**
 * Where the next page of an SR list is (smartrecruiters-api.md §3). One shape covers every SR
 * paging style, and it is plain JSON so a cursor can carry it.
 * - `param`: the `pageId` query parameter from `nextPageId` (candidates, jobs, users).
 * - `link`: the `Link: <...>; rel="next"` URL, relative to the base URL (it keeps SR's filters);
 *   the webhooks API's bare-array lists page this way, with its `page_id`.
 * - `offset`: `offset`/`limit`/`totalFound` paging (sources, offers, legacy lists).
 */
export type PageState =
  | { kind: 'param'; name: string; value: string }
  | { kind: 'link'; href: string }
  | { kind: 'offset'; offset: number };

/** Paging quirks of known SR list routes. */
interface PagingRule {
  path: RegExp;
  /** Query parameters the route needs for cursor paging. */
  defaults?: Record<string, string>;
  /** The route pages by cursor only; its `offset`/`totalFound` never mean "more by offset". */
  cursorOnly?: boolean;
}

const RULES: readonly PagingRule[] = [
  // "You must set job_id value for sort if you use pageId" (§3).
  { path: /^\/jobs\/?$/, defaults: { sort: 'job_id' }, cursorOnly: true },
  // Offset paging was removed from these (§3).
  { path: /^\/candidates\/?$/, cursorOnly: true },
  { path: /^\/user-api\/v\d+\/users\/?$/, cursorOnly: true },
];

function ruleFor(path: string): PagingRule | undefined {
  return RULES.find((rule) => rule.path.test(path));
}

/** Query parameters a route needs for paging that the caller did not set (e.g. `sort=job_id` on `/jobs`). */
export function pagingDefaults(path: string, query: Record<string, unknown>): Record<string, string> {
  const defaults = ruleFor(path)?.defaults ?? {};
  return Object.fromEntries(Object.entries(defaults).filter(([key]) => query[key] === undefined));
}

/** The query parameters to send for `state` (a link carries its own query). */
export function stateQuery(state: PageState | null): Record<string, string | number> {
  if (!state) return {};
  if (state.kind === 'param') return { [state.name]: state.value };
  if (state.kind === 'offset') return { offset: state.offset };
  return {};
}

/** The items of an SR list answer: a bare array (webhooks) or `{ content: [...] }`. */
export function listItems(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  if (body && typeof body === 'object' && Array.isArray((body as { content?: unknown }).content)) {
    return (body as { content: unknown[] }).content;
  }
  if (body === undefined || (body && typeof body === 'object' && Object.keys(body).length === 0)) return [];
  throw new SmartRecruitersError('The response is not a SmartRecruiters list (no array and no `content`)');
}

/** SR's `totalFound`, when the list has one. */
export function listTotal(body: unknown): number | null {
  const total = (body as { totalFound?: unknown } | null)?.totalFound;
  return typeof total === 'number' && Number.isFinite(total) ? total : null;
}

/** The `rel="next"` target of a `Link` header (RFC 8288), or `null`. */
export function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match) continue;
    const rels =
      /;\s*rel\s*=\s*"?([^";]+)"?/i
        .exec(match[2] ?? '')?.[1]
        ?.toLowerCase()
        .split(/\s+/) ?? [];
    if (rels.includes('next')) return match[1] ?? null;
  }
  return null;
}

/**
 * Works out where the next page is from an SR list answer. Once a list has paged by cursor
 * (`nextPageId`, `page_id` or `Link`), it never falls back to offsets: SR's cursor envelopes also
 * carry `offset` and `totalFound`, which do not describe the next page.
 */
export function nextPageState(input: {
  path: string;
  body: unknown;
  headers: Headers;
  itemCount: number;
  previous: PageState | null;
  /** The base URL's origin and path, to make `Link` targets relative. */
  origin: string;
  basePath: string;
}): PageState | null {
  const { body, previous } = input;
  const record = (body && typeof body === 'object' && !Array.isArray(body) ? body : {}) as Record<
    string,
    unknown
  >;
  const rule = ruleFor(input.path);
  if (typeof record.nextPageId === 'string' && record.nextPageId !== '') {
    return { kind: 'param', name: 'pageId', value: record.nextPageId };
  }
  const link = nextLink(input.headers.get('link'));
  if (link) {
    const url = new URL(link, input.origin);
    if (url.origin !== input.origin) {
      throw new SmartRecruitersError(
        `The next-page link points to another host (${url.origin}); not followed`,
      );
    }
    const path = url.pathname.startsWith(input.basePath)
      ? url.pathname.slice(input.basePath.length)
      : url.pathname;
    return { kind: 'link', href: `${path}${url.search}` };
  }
  if (rule?.cursorOnly || (previous && previous.kind !== 'offset')) return null;
  const total = listTotal(body);
  const offset = typeof record.offset === 'number' ? record.offset : (previous?.offset ?? 0);
  if (total !== null && input.itemCount > 0 && offset + input.itemCount < total) {
    return { kind: 'offset', offset: offset + input.itemCount };
  }
  return null;
}

/** A stable text form of a state, to detect a list that repeats itself. */
export function stateKey(state: PageState): string {
  return JSON.stringify(state);
}
