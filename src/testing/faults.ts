/**
 * Fault injection: make the fake answer 429/5xx, stall, or drop the connection on chosen requests,
 * either before the request is processed or after its state change is committed (`when: 'after'`:
 * the write happened, the client sees a failure). Randomised faults (`rate`) draw from a seeded
 * generator, so a test run repeats exactly.
 */
import { Rng } from './random.js';

/** What a fault predicate sees. */
export interface FaultRequestInfo {
  /** The HTTP method, upper case. */
  method: string;
  /** The request path, without the fake's base path and the query string. */
  path: string;
  /** Route template (`/candidates/{id}`), `null` for unknown routes. */
  route: string | null;
  /** The query string's parameters. */
  query: URLSearchParams;
  /** The request's headers. */
  headers: Headers;
  /** Credential label when the request carries a valid credential. */
  credential: string | null;
}

/** A fault to inject. */
export interface FaultSpec {
  /**
   * Which requests: `'GET /candidates'` (method + template or literal path), `'/candidates'` (any
   * method), `'*'` (every request), a RegExp tested against `'METHOD /path'`, or a predicate.
   * Default `'*'`.
   */
  route?: string | RegExp | ((request: FaultRequestInfo) => boolean);
  /**
   * How often: a number fires on the first n matching requests (default: every one); an array is a
   * schedule by match index (`[false, true]` fires on the 2nd matching request only).
   */
  times?: number | readonly boolean[];
  /** Status to answer, e.g. 429, 500, 502, 503, 504. Omitted with `drop`/`delayMs` alone: no status change. */
  status?: number;
  /** `Retry-After` value: seconds or an HTTP date. Default: none. */
  retryAfter?: number | string;
  /** Destroy the connection instead of answering (node server) / network error (msw). */
  drop?: boolean;
  /** Wait this long before answering (or before processing, for `when: 'before'` without status). */
  delayMs?: number;
  /** Probability (0..1) that a matching request is hit; deterministic per fake seed. Default 1. */
  rate?: number;
  /**
   * `'before'` (default): the request is not processed. `'after'`: the request is processed and its
   * state change committed, then the answer is replaced (a 500 or a dropped connection after a write).
   */
  when?: 'before' | 'after';
  /** Response body: an object (JSON) or a string (text/plain). Default: SR's error shape. */
  body?: unknown;
  /** Extra response headers. */
  headers?: Record<string, string>;
}

/** A registered fault. */
export interface FaultHandle {
  /** The fault's id, unique within the fake. */
  readonly id: number;
  /** What the fault does and when, as given. */
  readonly spec: Readonly<FaultSpec>;
  /** Requests that matched `route` (and `when`) so far. */
  readonly matched: number;
  /** Requests the fault actually hit. */
  readonly fired: number;
  /** Removes the fault. */
  remove(): void;
}

interface Entry {
  id: number;
  spec: FaultSpec;
  matched: number;
  fired: number;
  rng: Rng;
}

function routeMatches(spec: FaultSpec, info: FaultRequestInfo): boolean {
  const route = spec.route ?? '*';
  if (typeof route === 'function') return route(info);
  const label = `${info.method} ${info.path}`;
  if (route instanceof RegExp)
    return route.test(label) || (info.route !== null && route.test(`${info.method} ${info.route}`));
  if (route === '*') return true;
  const space = route.indexOf(' ');
  const method = space > 0 ? route.slice(0, space).toUpperCase() : undefined;
  const path = (space > 0 ? route.slice(space + 1) : route).trim();
  if (method && method !== '*' && method !== info.method) return false;
  return path === '*' || path === info.route || path === info.path;
}

/** The fake's fault registry (`fake.faults`). */
export class FaultInjector {
  private readonly entries: Entry[] = [];
  private nextId = 1;
  private readonly seed: number;

  constructor(seed: number) {
    this.seed = seed;
  }

  /** Adds a fault; faults are checked in the order added and the first that fires wins. */
  add(spec: FaultSpec): FaultHandle {
    if (spec.rate !== undefined && !(spec.rate >= 0 && spec.rate <= 1))
      throw new RangeError('fault rate must be in [0, 1]');
    if (spec.status === undefined && !spec.drop && spec.delayMs === undefined) {
      throw new TypeError('a fault needs a status, drop: true or delayMs');
    }
    const entry: Entry = {
      id: this.nextId++,
      spec,
      matched: 0,
      fired: 0,
      rng: new Rng((this.seed * 31 + this.nextId) >>> 0),
    };
    this.entries.push(entry);
    const entries = this.entries;
    return {
      id: entry.id,
      spec,
      get matched() {
        return entry.matched;
      },
      get fired() {
        return entry.fired;
      },
      remove() {
        const i = entries.indexOf(entry);
        if (i >= 0) entries.splice(i, 1);
      },
    };
  }

  /** Removes every fault. */
  clear(): void {
    this.entries.length = 0;
  }

  /** Number of registered faults. */
  get size(): number {
    return this.entries.length;
  }

  /** @internal The fault to apply to a request in a phase, if any; counts matches and hits. */
  take(info: FaultRequestInfo, phase: 'before' | 'after'): { id: number; spec: FaultSpec } | undefined {
    for (const entry of this.entries) {
      if ((entry.spec.when ?? 'before') !== phase || !routeMatches(entry.spec, info)) continue;
      const index = entry.matched++;
      const times = entry.spec.times;
      let due: boolean;
      if (times === undefined) due = true;
      else if (typeof times === 'number') due = entry.fired < times;
      else due = times[index] === true;
      if (due && entry.spec.rate !== undefined) due = entry.rng.next() < entry.spec.rate;
      if (!due) continue;
      entry.fired++;
      return { id: entry.id, spec: entry.spec };
    }
    return undefined;
  }
}
