import { PaginationError, UnexpectedResponseError, ValidationError } from '../core/errors.js';

/**
 * Where the next page of an SR list is
 * (https://developers.smartrecruiters.com/reference/pagination). One shape covers every SR paging
 * style, and it is plain JSON so a cursor can carry it.
 * - `param`: the list's paging parameter and its value: `pageId` from `nextPageId` (candidates,
 *   jobs, users), or the page parameter of a `Link: <...>; rel="next"` target.
 * - `link`: a `Link rel="next"` target on a list whose paging parameter the SDK does not know,
 *   relative to the base URL. Only its path and paging parameters are followed (see
 *   `checkPageState`).
 * - `offset`: `offset`/`limit`/`totalFound` paging (sources, offers, legacy lists).
 * - `page`: page-number paging (`page` with `pageSize` or `limit`: interview templates, hiring
 *   events); `page` is the number sent as the list's page parameter.
 */
export type PageState =
  | { kind: 'param'; name: string; value: string }
  | { kind: 'link'; href: string }
  | { kind: 'offset'; offset: number }
  | { kind: 'page'; page: number };

/**
 * The largest `limit` of the webhooks API's lists (subscriptions, callbacks log): SR takes 1 to 100,
 * default 10 (SmartRecruiters Webhooks API reference). A credential holds at
 * most 20 subscriptions (https://developers.smartrecruiters.com/docs/receiving-webhook-notifications),
 * so one page of this size holds them all.
 */
export const WEBHOOKS_MAX_LIMIT = 100;

/**
 * The largest `limit` of `GET /offers`: SR's offers API takes `limit` from 1 to 100 (the generated
 * SDK's `offers.rb`; see docs/coverage.md).
 */
export const OFFERS_MAX_LIMIT = 100;

/**
 * The largest `limit` of a source type's values (`GET /configuration/sources/{type}/values`): 1 to
 * 100, default 100 (SmartRecruiters' Configuration API reference).
 */
export const SOURCE_VALUES_MAX_LIMIT = 100;

/**
 * The largest `pageSize` of the predefined locations (`GET /configuration/predefined-locations`,
 * offices). SR's index documents `pageId` and `pageSize` but no maximum: UNCONFIRMED, taken as the
 * 100 of SR's other lists (https://developers.smartrecruiters.com/reference/pagination).
 */
export const PREDEFINED_LOCATIONS_MAX_PAGE_SIZE = 100;

/**
 * The largest `pageSize` of a job property's values and of a dependent property's values
 * (`GET /configuration/job-properties/{id}/values`, `…/values/{valueId}/dependents/{dependentId}/values`):
 * 1 to 20,000 (SmartRecruiters' Configuration API reference).
 */
export const JOB_PROPERTY_VALUES_MAX_PAGE_SIZE = 20_000;

/**
 * The largest `limit` of the Posting API's list of a company's postings
 * (`GET /v1/companies/{companyIdentifier}/postings`, https://developers.smartrecruiters.com/docs/posting-api):
 * 100.
 */
export const POSTINGS_MAX_LIMIT = 100;

/**
 * The largest `limit` of the Feed API's publications (`GET /feed/publications`): 0 to 100,
 * default 100 (SmartRecruiters' Feed API reference).
 */
export const FEED_MAX_LIMIT = 100;

/**
 * The largest `limit` of the Reporting API's lists (reports, a report's files): 1 to 1,000,
 * default 10 (https://developers.smartrecruiters.com/reference/reports).
 */
export const REPORTING_MAX_LIMIT = 1000;

/**
 * The largest `limit` of the audit log (`GET /audit-api/v201910/audit-events`): 1 to 100, default
 * 10 (SmartRecruiters' Audit API reference).
 */
export const AUDIT_EVENTS_MAX_LIMIT = 100;

/**
 * The page size asked of the page-number lists of the interview templates and hiring events APIs
 * (`pageSize`, or `limit` on the older interview templates list), and the `limit` of the
 * self-schedules list (offset paging). SR's index documents the parameters but no maximum:
 * UNCONFIRMED, taken as the 100 of SR's other lists
 * (https://developers.smartrecruiters.com/reference/pagination).
 */
export const SCHEDULING_MAX_PAGE_SIZE = 100;

/**
 * The number of the first page of SR's page-number lists when SR does not say which page it
 * answered (a `number` or `page` field). UNCONFIRMED: SR documents `page` as an integer without
 * its base; 0 is taken (a wrong guess repeats one page's items, never skips one). The first page
 * is always asked without `page`, so it is SR's own first page either way.
 */
export const FIRST_PAGE_NUMBER = 0;

/** Paging facts of one SR list route. */
interface PagingRule {
  path: RegExp;
  /**
   * The query parameter that carries the next page's id (the audit log names it `nextPageId`, as
   * its answer does).
   */
  pageParam?: 'pageId' | 'page_id' | 'page' | 'nextPageId';
  /** Page-number paging: the query parameter of the page number. */
  pageNumber?: 'page';
  /** The query parameter of the page size. Default `limit`. */
  sizeParam?: 'limit' | 'pageSize';
  /**
   * SR's largest page size (`sizeParam`): sent when the caller sets none, so a list costs as few
   * requests as it can.
   */
  maxLimit?: number;
  /** Query parameters the route needs for cursor paging. */
  defaults?: Record<string, string>;
  /** The route pages by cursor only; its `offset`/`totalFound` never mean "more by offset". */
  cursorOnly?: boolean;
  /** The envelope field holding the items, when it is not `content` (the Feed API's `jobs`). */
  items?: string;
  /**
   * SR answers the whole list at once: a next page announced on it is a `PaginationError`, never
   * followed (or silently dropped).
   */
  unpaged?: boolean;
}

/**
 * The SR list routes whose paging the SDK knows
 * (https://developers.smartrecruiters.com/reference/pagination). A new route is one line here:
 * every list over it, raw or unified, then asks for SR's largest page and follows only its own
 * paging parameter.
 */
const RULES: readonly PagingRule[] = [
  // "You must set job_id value for sort if you use pageId" (§3).
  { path: /^\/jobs\/?$/, pageParam: 'pageId', maxLimit: 100, defaults: { sort: 'job_id' }, cursorOnly: true },
  // Offset paging was removed from these (§3).
  { path: /^\/candidates\/?$/, pageParam: 'pageId', maxLimit: 100, cursorOnly: true },
  { path: /^\/user-api\/v\d+\/users\/?$/, pageParam: 'pageId', maxLimit: 100, cursorOnly: true },
  // The deprecated users API pages by offset, at most 100 (§3).
  { path: /^\/users\/?$/, maxLimit: 100 },
  // Bare arrays paged with snake_case page_id, the next page in a `Link rel="next"` header.
  {
    path: /^\/webhooks-api\/v\d+\/subscriptions\/?$/,
    pageParam: 'page_id',
    maxLimit: WEBHOOKS_MAX_LIMIT,
    cursorOnly: true,
  },
  {
    path: /^\/webhooks-api\/v\d+\/subscriptions\/[^/]+\/callbacks-log\/?$/,
    pageParam: 'page_id',
    maxLimit: WEBHOOKS_MAX_LIMIT,
    cursorOnly: true,
  },
  // Offset paging with totalFound (§3).
  { path: /^\/offers\/?$/, maxLimit: OFFERS_MAX_LIMIT },
  { path: /^\/configuration\/sources\/[^/]+\/values\/?$/, maxLimit: SOURCE_VALUES_MAX_LIMIT },
  // Cursor paging with `pageSize` for the page size (§3: `pageId`, `pageSize`).
  {
    path: /^\/configuration\/predefined-locations\/?$/,
    pageParam: 'pageId',
    sizeParam: 'pageSize',
    maxLimit: PREDEFINED_LOCATIONS_MAX_PAGE_SIZE,
    cursorOnly: true,
  },
  // Cursor paging with `pageId` and `pageSize`, no documented maximum: SR's default page size.
  {
    path: /^\/configuration\/(career-sites|access-groups)\/?$/,
    pageParam: 'pageId',
    sizeParam: 'pageSize',
    cursorOnly: true,
  },
  // Snake_case `page_id` in, `nextPageId` out, `pageSize` 1-20,000.
  {
    path: /^\/configuration\/job-properties\/[^/]+\/values(\/[^/]+\/dependents\/[^/]+\/values)?\/?$/,
    pageParam: 'page_id',
    sizeParam: 'pageSize',
    maxLimit: JOB_PROPERTY_VALUES_MAX_PAGE_SIZE,
    cursorOnly: true,
  },
  // The public Posting API: offset paging with totalFound, at most 100 a page.
  { path: /^\/v1\/companies\/[^/]+\/postings\/?$/, maxLimit: POSTINGS_MAX_LIMIT },
  // The Feed API: offset paging, the items in `jobs`, the counts as strings.
  { path: /^\/feed\/publications\/?$/, maxLimit: FEED_MAX_LIMIT, items: 'jobs' },
  // The Reporting API's lists: `page` from the answer's `nextPage` (also in a `Link` header).
  {
    path: /^\/reporting-api\/v\d+\/reports(\/[^/]+\/files)?\/?$/,
    pageParam: 'page',
    maxLimit: REPORTING_MAX_LIMIT,
    cursorOnly: true,
  },
  // Approvals: `pageId` in, no page size; the next page's id in the answer or its Link header.
  { path: /^\/approvals-api\/v\d+\/approvals\/?$/, pageParam: 'pageId', cursorOnly: true },
  { path: /^\/approvals-api\/v\d+\/approvals\/[^/]+\/comments\/?$/, unpaged: true },
  // The audit log: `nextPageId` in and out, `limit` 1-100.
  {
    path: /^\/audit-api\/v\d+\/audit-events\/?$/,
    pageParam: 'nextPageId',
    maxLimit: AUDIT_EVENTS_MAX_LIMIT,
    cursorOnly: true,
  },
  // Page numbers: `page` with `pageSize` (or `limit` on the older interview templates list).
  {
    path: /^\/interview-templates\/templates\/?$/,
    pageNumber: 'page',
    sizeParam: 'pageSize',
    maxLimit: SCHEDULING_MAX_PAGE_SIZE,
  },
  {
    path: /^\/interview-templates\/interview\/templates\/?$/,
    pageNumber: 'page',
    maxLimit: SCHEDULING_MAX_PAGE_SIZE,
  },
  {
    path: /^\/event-management-api\/events\/?$/,
    pageNumber: 'page',
    sizeParam: 'pageSize',
    maxLimit: SCHEDULING_MAX_PAGE_SIZE,
  },
  {
    path: /^\/event-management-api\/events\/[^/]+\/pool-applicants\/?$/,
    pageNumber: 'page',
    sizeParam: 'pageSize',
    maxLimit: SCHEDULING_MAX_PAGE_SIZE,
  },
  // Whole lists: an event's applicants, the events of an application or a candidate.
  { path: /^\/event-management-api\/events\/[^/]+\/applicants\/?$/, unpaged: true },
  { path: /^\/event-management-api\/events\/(applications|candidates)\/[^/]+\/?$/, unpaged: true },
  // Self-schedules: offset paging (`limit`, `offset`).
  { path: /^\/self-scheduling\/self-schedules\/?$/, maxLimit: SCHEDULING_MAX_PAGE_SIZE },
];

/** Paging parameters a list of an unknown route may carry in a next-page link. */
const GENERIC_PAGE_PARAMS = ['pageId', 'page_id'] as const;

function ruleFor(path: string): PagingRule | undefined {
  return RULES.find((rule) => rule.path.test(path));
}

/** SR's largest page size on `path`, when the SDK knows it. */
export function maxLimit(path: string): number | undefined {
  return ruleFor(path)?.maxLimit;
}

/** The query parameter of the page size on `path`: `limit`, or `pageSize` where SR names it so. */
function sizeParam(path: string): string {
  return ruleFor(path)?.sizeParam ?? 'limit';
}

/**
 * Query parameters a route needs for paging that the caller did not set: SR's largest page size
 * (`limit`, or the route's own size parameter) where the route is known to take one (SR's default
 * page is 10: ten times the requests), and `sort=job_id` on `/jobs`.
 */
export function pagingDefaults(
  path: string,
  query: Record<string, unknown>,
): Record<string, string | number> {
  const rule = ruleFor(path);
  const defaults: Record<string, string | number> = { ...(rule?.defaults ?? {}) };
  if (rule?.maxLimit !== undefined) defaults[rule.sizeParam ?? 'limit'] = rule.maxLimit;
  return Object.fromEntries(Object.entries(defaults).filter(([key]) => query[key] === undefined));
}

/** The paging parameters a state of a list on `path` may name. */
function pageParams(path: string): readonly string[] {
  const rule = ruleFor(path);
  return rule ? (rule.pageParam ? [rule.pageParam] : []) : GENERIC_PAGE_PARAMS;
}

/** Longest page id or link the SDK follows: SR's ids are far shorter. */
const MAX_TOKEN_LENGTH = 2048;
/** Largest offset accepted from a cursor (SR counts in 32-bit integers). */
export const MAX_OFFSET = 2_147_483_647;

function invalidState(message: string): ValidationError {
  return new ValidationError('Invalid cursor', [{ path: ['cursor'], message }]);
}

/**
 * Control characters, spaces, and the characters that would change a URL's structure: a page id
 * or link holding one is not SR's.
 */
function unsafe(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x23 || code === 0x5c) return true;
  }
  return false;
}

/** The query of a link as `[name, value]` pairs; `undefined` when it cannot be parsed. */
function linkParts(href: string): { path: string; query: Array<[string, string]> } | undefined {
  const at = href.indexOf('?');
  const path = at < 0 ? href : href.slice(0, at);
  try {
    return { path, query: [...new URLSearchParams(at < 0 ? '' : href.slice(at + 1))] };
  } catch {
    return undefined;
  }
}

/**
 * Checks that `state` (from a cursor or a caller) continues the list at `path` (the filled path)
 * with `query` (the query the list sends), before any request:
 * - `param` names the list's own paging parameter, with a bounded printable value;
 * - `offset` is a non-negative integer up to `MAX_OFFSET`, on a route that pages by offset;
 * - `link` has exactly the list's path (compared as sent: no dot segment, encoded slash or other
 *   spelling of another path can pass) and only the list's own query parameters plus its paging
 *   parameter.
 *
 * @throws ValidationError otherwise
 */
export function checkPageState(state: unknown, list: { path: string; query: Record<string, unknown> }): void {
  if (state === null || state === undefined) return;
  if (typeof state !== 'object' || Array.isArray(state)) throw invalidState('has an invalid page position');
  const s = state as Record<string, unknown>;
  const rule = ruleFor(list.path);
  const params = pageParams(list.path);
  if (s.kind === 'param') {
    if (typeof s.name !== 'string' || !params.includes(s.name)) {
      throw invalidState("names a query parameter that is not this list's paging parameter");
    }
    if (typeof s.value !== 'string' || s.value === '' || s.value.length > MAX_TOKEN_LENGTH) {
      throw invalidState('has an invalid page id');
    }
    if (unsafe(s.value)) throw invalidState('has an invalid page id');
    return;
  }
  if (s.kind === 'offset') {
    if (rule?.cursorOnly || rule?.pageNumber || rule?.unpaged) {
      throw invalidState('pages by offset, which this list does not');
    }
    if (!Number.isSafeInteger(s.offset) || (s.offset as number) < 0 || (s.offset as number) > MAX_OFFSET) {
      throw invalidState(`has an offset that is not an integer from 0 to ${MAX_OFFSET}`);
    }
    return;
  }
  if (s.kind === 'page') {
    if (!rule?.pageNumber) throw invalidState('pages by page number, which this list does not');
    if (!Number.isSafeInteger(s.page) || (s.page as number) < 0 || (s.page as number) > MAX_OFFSET) {
      throw invalidState(`has a page number that is not an integer from 0 to ${MAX_OFFSET}`);
    }
    return;
  }
  if (s.kind === 'link') {
    const href = s.href;
    if (typeof href !== 'string' || href.length > MAX_TOKEN_LENGTH || unsafe(href)) {
      throw invalidState('has an invalid next-page link');
    }
    const parts = linkParts(href);
    if (!parts || parts.path !== list.path) {
      throw invalidState('points to another path than its list');
    }
    const allowed = new Set([...Object.keys(list.query), ...params, sizeParam(list.path)]);
    for (const [name] of parts.query) {
      if (!allowed.has(name)) throw invalidState("carries a query parameter that is not this list's");
    }
    return;
  }
  throw invalidState('has an invalid page position');
}

/**
 * The query parameters to send for `state`, on top of the list's own query: the paging parameter
 * of a `param` or `link` state (a link's copies of the list's filters are ignored: the list sends
 * its own), or the offset. Call `checkPageState` first.
 */
export function stateQuery(
  state: PageState | null,
  list: { path: string; query: Record<string, unknown> },
): Record<string, string | number> {
  if (!state) return {};
  if (state.kind === 'param') return { [state.name]: state.value };
  if (state.kind === 'offset') return { offset: state.offset };
  if (state.kind === 'page') return { [ruleFor(list.path)?.pageNumber ?? 'page']: state.page };
  const params = pageParams(list.path);
  const out: Record<string, string> = {};
  for (const [name, value] of linkParts(state.href)?.query ?? []) {
    if (params.includes(name) && list.query[name] === undefined) out[name] = value;
  }
  return out;
}

/**
 * The items of an SR list answer at `path`: a bare array (webhooks), `{ content: [...] }`,
 * `{ contents: [...] }` (the interview templates list), or the route's own items field (the Feed
 * API's `{ jobs: [...] }`).
 */
export function listItems(body: unknown, path = ''): unknown[] {
  if (Array.isArray(body)) return body;
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    const field = ruleFor(path)?.items;
    if (field !== undefined && Array.isArray(record[field])) return record[field] as unknown[];
    if (Array.isArray(record.content)) return record.content;
    if (record.content === undefined && Array.isArray(record.contents)) return record.contents;
  }
  if (body === undefined || (body && typeof body === 'object' && Object.keys(body).length === 0)) return [];
  throw new UnexpectedResponseError(
    'The response is not a SmartRecruiters list (no array and no `content`)',
    typeof body === 'string' ? { contentType: 'text' } : {},
  );
}

/**
 * A count SR sends: a non-negative integer, or a string of digits (the Feed API sends its
 * `totalFound` and `offset` as strings). `null` for anything else.
 */
function count(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  return null;
}

/** SR's `totalFound` (`totalElements` on the page-number lists), when the list has one. */
export function listTotal(body: unknown): number | null {
  const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  return count(record.totalFound) ?? count(record.totalElements);
}

/** A finite number field of a list answer, or `null`. */
function numberField(body: unknown, name: string): number | null {
  const value = body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Longest `Link` header read: SR's carry one or two links of a few hundred characters. */
const MAX_LINK_HEADER_LENGTH = 8192;

/**
 * The `rel="next"` target of a `Link` header (RFC 8288), or `null`.
 *
 * @throws PaginationError for a header longer than 8 192 characters (never read further)
 */
export function nextLink(header: string | null): string | null {
  if (!header) return null;
  if (header.length > MAX_LINK_HEADER_LENGTH) {
    throw new PaginationError(
      `The Link header is longer than ${MAX_LINK_HEADER_LENGTH} characters; its next page is not followed`,
    );
  }
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
 * carry `offset` and `totalFound`, which do not describe the next page. A `Link` target is reduced
 * to what the SDK follows of it: the list's paging parameter (a `param` state), or, on a route
 * whose paging parameter is unknown, its path and paging parameters (a `link` state); a link to
 * another host or another path is not followed.
 */
export function nextPageState(input: {
  /** The list's filled path (relative to the base URL). */
  path: string;
  /** The query the page was fetched with. */
  query?: Record<string, unknown>;
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
  const link = nextLink(input.headers.get('link'));
  if (rule?.unpaged && ((typeof record.nextPageId === 'string' && record.nextPageId !== '') || link)) {
    // Stopping would drop the rest without a word; guessing its paging could repeat or skip items.
    throw new PaginationError(
      'SmartRecruiters announced a next page on a list it answers whole; the SDK does not follow it',
    );
  }
  if (typeof record.nextPageId === 'string' && record.nextPageId !== '') {
    // The id goes back in the route's own paging parameter (`page_id` on job property values).
    return { kind: 'param', name: rule?.pageParam ?? 'pageId', value: record.nextPageId };
  }
  // The Reporting API names the next page `nextPage`, its parameter `page`.
  if (rule?.pageParam === 'page' && typeof record.nextPage === 'string' && record.nextPage !== '') {
    return { kind: 'param', name: 'page', value: record.nextPage };
  }
  if (link) {
    let url: URL;
    try {
      url = new URL(link, input.origin);
    } catch {
      throw new PaginationError('The next-page link (Link header) is not a valid URL; not followed');
    }
    if (url.origin !== input.origin) {
      throw new PaginationError('The next-page link points to another host; not followed');
    }
    const path = url.pathname.startsWith(input.basePath)
      ? url.pathname.slice(input.basePath.length)
      : url.pathname;
    if (path !== input.path) {
      throw new PaginationError('The next-page link points to another path than its list; not followed');
    }
    if (rule?.pageNumber) {
      const page = url.searchParams.getAll(rule.pageNumber);
      if (page.length === 1 && /^\d{1,10}$/.test(page[0] ?? '') && Number(page[0]) <= MAX_OFFSET) {
        return { kind: 'page', page: Number(page[0]) };
      }
      throw new PaginationError('The next-page link has no page number the SDK follows; not followed');
    }
    const params = pageParams(input.path);
    const paging = [...url.searchParams].filter(([name]) => params.includes(name));
    const [first] = paging;
    if (paging.length === 1 && first) return { kind: 'param', name: first[0], value: first[1] };
    const offset = url.searchParams.get('offset');
    if (paging.length === 0 && !rule?.cursorOnly && offset !== null && /^\d+$/.test(offset)) {
      return { kind: 'offset', offset: Number(offset) };
    }
    if (paging.length === 0) {
      // Stopping here would end the list early without a word: fail loudly instead.
      throw new PaginationError('The next-page link has no paging parameter the SDK follows; not followed');
    }
    const kept = new URLSearchParams(
      [...url.searchParams].filter(([name]) => params.includes(name) || name === sizeParam(input.path)),
    );
    return { kind: 'link', href: `${path}?${kept.toString()}` };
  }
  if (rule?.pageNumber) return nextPageNumber(input, record, rule);
  if (rule?.cursorOnly || rule?.unpaged || (previous && previous.kind !== 'offset')) return null;
  const total = listTotal(body);
  const offset = count(record.offset) ?? previous?.offset ?? 0;
  if (input.itemCount === 0) return null;
  const next: PageState = { kind: 'offset', offset: offset + input.itemCount };
  if (total !== null) return offset + input.itemCount < total ? next : null;
  // A known offset list answered without its total: a full page may have more after it.
  const size = Number(input.query?.[rule?.sizeParam ?? 'limit']);
  return rule && Number.isFinite(size) && input.itemCount >= size ? next : null;
}

/**
 * The next page of a page-number list. SR's answer decides when it says: `last` (a boolean),
 * `totalPages`, or the total (`totalFound`, `totalElements`) against the items read so far; with
 * none of them, a page as long as the page size asked means there may be more, a shorter one is
 * the last. Pages read so far are counted as if SR numbered its pages from 1 whatever
 * `FIRST_PAGE_NUMBER` says, so a wrong guess of its base costs one request (an empty last page),
 * never the last page's items.
 */
function nextPageNumber(
  input: { query?: Record<string, unknown> | undefined; itemCount: number; previous: PageState | null },
  record: Record<string, unknown>,
  rule: PagingRule,
): PageState | null {
  if (input.itemCount === 0) return null;
  const current = input.previous?.kind === 'page' ? input.previous.page : FIRST_PAGE_NUMBER;
  if (current >= MAX_OFFSET) return null;
  const next: PageState = { kind: 'page', page: current + 1 };
  if (typeof record.last === 'boolean') return record.last ? null : next;
  const read = Math.max(1, current - FIRST_PAGE_NUMBER);
  const pages = numberField(record, 'totalPages');
  if (pages !== null) return read < pages ? next : null;
  const total = listTotal(record);
  if (total !== null) return read * input.itemCount < total ? next : null;
  const size = Number(input.query?.[rule.sizeParam ?? 'limit']);
  return !Number.isFinite(size) || input.itemCount >= size ? next : null;
}

/** A stable text form of a state, to detect a list that repeats itself. */
export function stateKey(state: PageState): string {
  return JSON.stringify(state);
}
