import { fromBase64Url, toBase64Url } from '../internal/base64.js';
import { DateTimeInputSchema } from '../schemas/compiled/unified/input-common.js';
import { ValidationError } from './errors.js';
import {
  type CursorData,
  decodeCursor,
  encodeCursor,
  getPageMeta,
  MAX_SKIP,
  mergeSavedParams,
  type PagePromise,
} from './pagination.js';

/** Parameters of every `sync()`, besides the list's own. */
export interface SyncParams {
  /**
   * Only records updated after this ISO-8601 date-time (or date, or `Date`) on a first run.
   * Ignored data is never assumed: without `since` and `state` the run is a full sync. Not with
   * `state`.
   */
  since?: string | Date | undefined;
  /**
   * A `state` from an earlier run (the last record's, or `run.state`): a run in progress continues
   * after the last record processed; a finished run's state starts the next incremental run.
   */
  state?: string | undefined;
}

/** One record of a sync run with the state that resumes the sync right after it. */
export interface SyncItem<T> {
  /** The record, in the same shape as the list gives it (same `hydrate`, `include`). */
  record: T;
  /**
   * Opaque, versioned, serialisable. Store it once the record is processed; pass it back as
   * `state` to continue after this record. After the run's last record it holds the watermark of
   * the next run.
   */
  state: string;
}

/** @internal What a resource gives the sync engine. */
export interface SyncSpec<T> {
  /** The list (and cursor namespace) the sync walks. */
  list: string;
  /** The caller's parameters: the list's, with `since` and `state`. */
  params: object;
  /**
   * The list parameter SR filters by update time (`updated_after`), or `null` for lists SR cannot
   * filter so (every run is a full snapshot).
   */
  updatedAfter: 'updated_after' | null;
  /** Validates the list's parameters. Throws `ValidationError`. */
  validate: (params: Record<string, unknown>) => void;
  /** Opens the list with these parameters (or a cursor of it). */
  open: (params: Record<string, unknown>) => PagePromise<T>;
  /** The client's clock, Unix ms. Default `Date.now`. */
  now?: (() => number) | undefined;
}

const SYNC_STATE_VERSION = 1;
const MAX_STATE_LENGTH = 65_536;
/** Default safety overlap of a watermark: 5 minutes. */
export const DEFAULT_SYNC_OVERLAP_MS = 300_000;

/** What a sync state holds. */
interface SyncStateData {
  v: typeof SYNC_STATE_VERSION;
  /** The list synced. */
  sync: string;
  /** The list's parameters (filters, limit, hydrate, include), without `updated_after`. */
  params: Record<string, unknown>;
  /** `updated_after` of the run (`null`: every record). */
  since: string | null;
  /** Set while a run is in progress: the watermark the next run starts from. */
  next?: string | null;
  /** Set while a run is in progress: the SR page and its items already processed. */
  page?: { state: CursorData['state']; skip?: string[] | undefined };
}

/**
 * How far past the client's clock a state's watermark may be (clock skew between the host that
 * saved it and the one resuming it); beyond it the state is refused. 5 minutes, or the overlap
 * when larger.
 */
export const SYNC_FUTURE_TOLERANCE_MS = 300_000;

/**
 * A watermark later than now cannot come from a run of this SDK (it takes the earlier of the
 * client's and SmartRecruiters' clocks, minus the overlap): resumed, it would list nothing and then
 * move the watermark back to now, skipping every record updated since the real watermark. Such a
 * state is refused, never clamped: clamping could not bring back the watermark it replaced.
 */
function checkNotFuture(
  data: SyncStateData,
  now: number,
  toleranceMs: number,
  from: 'since' | 'state',
): void {
  const latest = Math.max(
    ...[data.since, data.next].map((value) => (typeof value === 'string' ? Date.parse(value) : 0)),
  );
  if (latest <= now + toleranceMs) return;
  throw new ValidationError('Invalid sync parameters', [
    from === 'since'
      ? { path: ['since'], message: 'is later than now: a run from it would list nothing' }
      : {
          path: ['state'],
          message:
            'has a watermark later than now: it was not saved by a sync of this SDK, or on a host whose clock was far ahead; start again with since',
        },
  ]);
}

function invalidState(message: string): ValidationError {
  return new ValidationError('Invalid sync state', [{ path: ['state'], message }]);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && DateTimeInputSchema.test(value);
}

function encodeState(data: SyncStateData): string {
  return toBase64Url(JSON.stringify(data));
}

function decodeState(text: unknown, list: string): SyncStateData {
  if (typeof text !== 'string' || text.length > MAX_STATE_LENGTH)
    throw invalidState('is not a sync state from this SDK');
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(text) ?? '');
  } catch {
    data = undefined;
  }
  if (
    !isPlainObject(data) ||
    data.v !== SYNC_STATE_VERSION ||
    typeof data.sync !== 'string' ||
    !isPlainObject(data.params) ||
    !(data.since === null || isTimestamp(data.since)) ||
    !(data.next === undefined || data.next === null || isTimestamp(data.next)) ||
    (data.page !== undefined && (!isPlainObject(data.page) || data.next === undefined))
  ) {
    throw invalidState('is not a sync state from this SDK');
  }
  if (data.sync !== list) throw invalidState('belongs to the sync of another list');
  const out: SyncStateData = {
    v: SYNC_STATE_VERSION,
    sync: data.sync,
    params: data.params,
    since: data.since as string | null,
  };
  if (data.page !== undefined) {
    const page = data.page as Record<string, unknown>;
    // The page position is checked like a cursor's: through the cursor codec, against the list.
    const cursor = decodeCursor(
      encodeCursor({
        list,
        params: {},
        state: (page.state ?? null) as CursorData['state'],
        skip: Array.isArray(page.skip)
          ? (page.skip as string[]).slice(0, MAX_SKIP + 1)
          : (page.skip as undefined),
      }),
      list,
    );
    out.next = data.next as string | null;
    out.page = { state: cursor.state, ...(cursor.skip ? { skip: cursor.skip } : {}) };
  }
  return out;
}

/**
 * A sync run: an async iterable of `{ record, state }`, one per record, and the current `state`.
 *
 * ```ts
 * const run = sr.candidates.sync({ state: await load() });
 * for await (const { record, state } of run) {
 *   await upsert(record);
 *   await save(state);
 * }
 * await save(run.state); // the watermark of the next run, also when nothing changed
 * ```
 *
 * Guarantees: within a run (resumed runs included) every record the list holds when the run
 * starts and that is not changed meanwhile is emitted once; a record changed while the run goes
 * is emitted in this run or the next, never lost. Each run after the first lists only what SR
 * reports as updated since the watermark: the client's clock (or SR's `Date`, if earlier) when
 * the run started, minus the safety overlap (`syncOverlapMs`). Lists SR cannot filter by update
 * time (roles, groups) are full snapshots: every run emits every record. Deletions are not
 * reported (SR lists no deleted records): use the `*.deleted` webhooks, or compare snapshots.
 */
export class SyncRun<T> implements AsyncIterable<SyncItem<T>> {
  private data: SyncStateData;
  private readonly spec: SyncSpec<T>;
  private readonly overlapMs: number;
  private srTotal: number | null = null;

  /** @internal Use a resource's `sync()`. Validates everything before any request. */
  constructor(spec: SyncSpec<T>, overlapMs = DEFAULT_SYNC_OVERLAP_MS) {
    if (!Number.isFinite(overlapMs) || overlapMs < 0) {
      throw new ValidationError('Invalid options', [
        { path: ['syncOverlapMs'], message: 'must be a non-negative number of milliseconds' },
      ]);
    }
    this.spec = spec;
    this.overlapMs = overlapMs;
    if (!isPlainObject(spec.params)) {
      throw new ValidationError('Invalid sync parameters', [{ path: [], message: 'expected an object' }]);
    }
    const { since, state, ...listParams } = spec.params as Record<string, unknown>;
    for (const key of ['cursor', 'updated_after']) {
      if (listParams[key] !== undefined) {
        throw new ValidationError('Invalid sync parameters', [
          { path: [key], message: `is not a sync parameter (use ${key === 'cursor' ? 'state' : 'since'})` },
        ]);
      }
    }
    if (since !== undefined && state !== undefined) {
      throw new ValidationError('Invalid sync parameters', [
        { path: ['since'], message: 'cannot be combined with state (the state holds where to start)' },
      ]);
    }
    if (since !== undefined) {
      if (spec.updatedAfter === null) {
        throw new ValidationError('Invalid sync parameters', [
          {
            path: ['since'],
            message: 'SmartRecruiters cannot list these records by update time: every run is a full snapshot',
          },
        ]);
      }
      if (!DateTimeInputSchema.test(since)) {
        throw new ValidationError('Invalid sync parameters', [
          {
            path: ['since'],
            message:
              'expected an ISO-8601 date-time with a time zone (2026-01-01T00:00:00Z), a date (2026-01-01) or a valid Date',
          },
        ]);
      }
    }
    if (state !== undefined) {
      const saved = decodeState(state, spec.list);
      checkNotFuture(saved, (spec.now ?? Date.now)(), Math.max(overlapMs, SYNC_FUTURE_TOLERANCE_MS), 'state');
      const params = mergeSavedParams(listParams, saved.params, ['limit']);
      spec.validate(params);
      this.data = { ...saved, params };
    } else {
      spec.validate(listParams);
      this.data = {
        v: SYNC_STATE_VERSION,
        sync: spec.list,
        params: listParams,
        since: since instanceof Date ? since.toISOString() : ((since as string | undefined) ?? null),
      };
      checkNotFuture(
        this.data,
        (spec.now ?? Date.now)(),
        Math.max(overlapMs, SYNC_FUTURE_TOLERANCE_MS),
        'since',
      );
    }
  }

  /**
   * The state after the last record processed: before iterating, the state the run starts from;
   * after the run's last record, the watermark of the next run. Store it when the run ends (a run
   * that found nothing changed yields no record, but moves the watermark).
   */
  get state(): string {
    return encodeState(this.data);
  }

  /**
   * SmartRecruiters' count of the records this run walks (its `totalFound`, as the latest page
   * read said), for progress displays; `null` before the first page and for lists SR gives no
   * count of (applications, read through candidates). On a resumed run it counts the records
   * processed before the resume too.
   */
  get total(): number | null {
    return this.srTotal;
  }

  /** Emits the run's records, each with the run's state after it. */
  async *[Symbol.asyncIterator](): AsyncGenerator<SyncItem<T>, void, undefined> {
    const { spec } = this;
    const current = this.data;
    const listParams: Record<string, unknown> = {
      ...current.params,
      ...(spec.updatedAfter !== null && current.since !== null ? { [spec.updatedAfter]: current.since } : {}),
    };
    const startedAt = (spec.now ?? Date.now)();
    let next: string | null | undefined = current.page ? (current.next ?? null) : undefined;
    const list = current.page
      ? spec.open({
          cursor: encodeCursor({
            list: spec.list,
            params: listParams,
            state: current.page.state,
            skip: current.page.skip,
          }),
        })
      : spec.open(listParams);
    const idle = (since: string | null): SyncStateData => ({
      v: SYNC_STATE_VERSION,
      sync: spec.list,
      params: current.params,
      since,
    });
    for await (const page of list.pages()) {
      this.srTotal = page.total;
      const meta = getPageMeta(page);
      if (next === undefined) {
        next = spec.updatedAfter === null ? null : this.watermark(startedAt, meta?.serverTime ?? null);
      }
      for (let index = 0; index < page.result.length; index++) {
        const last = page.next_cursor === null && index === page.result.length - 1;
        if (last) this.data = idle(next);
        else {
          const position = meta?.position(index);
          this.data = {
            ...idle(current.since),
            next,
            page: { state: position?.state ?? null, ...(position?.skip ? { skip: position.skip } : {}) },
          };
        }
        yield { record: page.result[index] as T, state: encodeState(this.data) };
      }
    }
    this.data = idle(next ?? null);
  }

  /**
   * Where the next run starts: the earlier of the client's clock and SR's when the run started,
   * minus the overlap. Never the largest `updated_at` seen: a record SR makes visible late, or
   * stamps with an earlier time than its neighbours, would be skipped.
   */
  private watermark(startedAt: number, serverTime: number | null): string {
    const base = serverTime === null ? startedAt : Math.min(startedAt, serverTime);
    return new Date(base - this.overlapMs).toISOString();
  }
}
