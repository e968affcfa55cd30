/**
 * Internal helpers of the mappers: lenient validation of SR records (a wrong field becomes a
 * warning and is mapped as missing, never a throw), warning collection and the common tail of every
 * `toUnified*` (`remote_data`, `custom_mappings`).
 */
import type { Checker, Failure } from '../schemas/checks.js';
import type { SrJsonPatchOperation } from '../schemas/sr/common.js';
import type { Warning, WithCustomMappings } from '../schemas/unified/common.js';
import type { MapperContext } from './context.js';

type Path = (string | number)[];
/** Where in a record a warning points, e.g. `['location', 'city']`. */
export type WarningPath = (string | number)[];

/** Adds warnings about one SR record to the caller's collector. */
export interface WarningSink {
  /** Adds one warning: its code, a message, and where in the record it points. */
  add(code: string, message: string, path: WarningPath): void;
}

/** A sink that tags each warning with the record's id and kind. */
export function warningSink(
  warnings: Warning[] | undefined,
  recordId: string | null,
  what: string,
): WarningSink {
  return {
    add(code, message, path) {
      if (!warnings) return;
      const where = path.length > 0 ? `${path.join('.')}: ` : '';
      const record = recordId ? ` '${recordId}'` : '';
      warnings.push({
        code,
        message: `SmartRecruiters ${what}${record}: ${where}${message}`,
        path,
        record_id: recordId,
      });
    },
  };
}

/** The `id` of a raw SR record when it is a string (or a number, as a string). */
export function rawId(raw: unknown): string | null {
  if (!isRecord(raw)) return null;
  const id = raw.id;
  if (typeof id === 'string') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return null;
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

const REMOVED = Symbol('removed');

/** Whether `key` is a required field of an object schema (zod marks optional ones `optin`). */
function isRequiredKey(checker: Checker, key: string): boolean {
  const field = checker.shape?.[key];
  return field !== undefined && field.optin !== 'optional';
}

const MAX_ROUNDS = 8;

/** An issue as the lenient rounds use it: where, and zod's message. */
interface LenientIssue {
  path: Path;
  message: string;
}

/**
 * The record being cleaned: `raw` until a round changes it, then copied along the changed paths
 * only (the rest is shared with `raw`, which is never modified).
 */
class CleanCopy {
  /** The copies made so far (a handful): changed in place from then on. */
  private readonly owned: object[] = [];

  constructor(public root: unknown) {}

  own<T extends object>(value: T): T {
    if (this.owned.includes(value)) return value;
    const copy = (Array.isArray(value) ? [...value] : { ...value }) as T;
    this.owned.push(copy);
    return copy;
  }

  replaceRoot(value: unknown): void {
    this.root = structuredClone(value);
    if (typeof this.root === 'object' && this.root !== null) this.owned.push(this.root);
  }

  /** The container that holds `path`'s last key, copied (with those above it) if need be. */
  parentOf(path: Path): Record<string | number, unknown> | undefined {
    if (typeof this.root !== 'object' || this.root === null) return undefined;
    this.root = this.own(this.root);
    let node = this.root as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) {
      const child = node[key];
      if (typeof child !== 'object' || child === null) return undefined;
      const owned = this.own(child as Record<string | number, unknown>);
      node[key] = owned;
      node = owned;
    }
    return node;
  }
}

/**
 * What zod says is wrong at each place the checker found, with full paths; `settled` when removing
 * every one of those places leaves a valid record (each is a removable place, and zod's issue is
 * about that place itself, not something under it).
 */
function issuesAt(checker: Checker, data: unknown): { issues: LenientIssue[]; settled: boolean } {
  const failures: Failure[] = [];
  checker.collect(data, [], failures, false);
  return describeFailures(failures);
}

function describeFailures(failures: Failure[]): { issues: LenientIssue[]; settled: boolean } {
  const issues: LenientIssue[] = [];
  let settled = true;
  for (const failure of failures) {
    if (!failure.removable) settled = false;
    // Never silently kept: were no issue reported where the check refused, the field still goes.
    if (failure.issues.length === 0)
      issues.push({ path: failure.path.map(pathKey), message: 'does not match the expected shape' });
    for (const issue of failure.issues) {
      if (issue.path.length > 0) settled = false;
      issues.push({ path: [...failure.path, ...issue.path].map(pathKey), message: issue.message });
    }
  }
  return { issues, settled };
}

const pathKey = (key: PropertyKey): string | number => (typeof key === 'number' ? key : String(key));

/**
 * Validates `raw` with a lenient SR schema without ever throwing. Each field that fails is reported
 * to `sink` (`invalid_field`, with its path) and removed from a copy of the record, and the copy is
 * validated again; a required field that is missing or removed takes its parent object (or array
 * element) with it. A required root field (a record's `id`) gets a stand-in instead, since the root
 * cannot be dropped: a numeric id as a string, else `''`. `raw` itself is never modified.
 *
 * A valid record (nearly all of them) is checked without being copied (see `Checker.collect`) and
 * returned as it is; a record with a bad field is copied only along the paths removed.
 *
 * @param options `prefix` for warning paths (a payload nested in another); `empty`, what to
 *   validate instead when `raw` is not even the right kind of value (default `{}`)
 */
export function parseLeniently<T>(
  checker: Checker<T>,
  raw: unknown,
  sink: WarningSink,
  options: { prefix?: Path; empty?: unknown } = {},
): T {
  // A schema that rewrites values (trims a URL): its output is what the mapper reads.
  const done = (value: unknown): T => (checker.pure ? (value as T) : checker.output(value));
  // One pass finds whether the record is valid and, when it is not, where.
  const failures: Failure[] = [];
  checker.collect(raw, [], failures, false);
  if (failures.length === 0) return done(raw);
  const prefix = options.prefix ?? [];
  const data = new CleanCopy(raw);
  const reported = new Set<string>();
  let replacedRoot = false;
  // The last round removed only places whose containers stay valid without them.
  let settled = false;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (settled || (round > 0 && checker.test(data.root))) return done(data.root);
    let issues: LenientIssue[];
    ({ issues, settled } = round === 0 ? describeFailures(failures) : issuesAt(checker, data.root));
    const removals: Path[] = [];
    for (const { path, message } of issues) {
      // Issues that follow from replacing a wrong-kind record are not news.
      const report = (text: string) => {
        const key = path.join('\u0000');
        if (replacedRoot || reported.has(key)) return;
        reported.add(key);
        sink.add('invalid_field', text, [...prefix, ...path]);
      };
      if (path.length === 0) {
        sink.add('invalid_record', message, prefix);
        data.replaceRoot(options.empty ?? {});
        replacedRoot = true;
        settled = false;
        removals.length = 0;
        break;
      }
      if (path.length === 1 && isRecord(data.root) && isRequiredKey(checker, path[0] as string)) {
        // The root cannot be dropped: a required root field (the record id) gets a stand-in.
        const original = getAt(raw, path);
        const standIn = typeof original === 'number' && Number.isFinite(original) ? String(original) : '';
        report(`${message}; used ${JSON.stringify(standIn)}`);
        const root = data.parentOf(path);
        if (root) root[path[0] as string] = standIn;
        settled = false;
        continue;
      }
      report(`${message}; mapped as missing`);
      // A required field that is missing (or that an earlier round removed) drops its parent; an
      // array element goes itself, whatever it holds.
      const missing = getAt(data.root, path) === undefined && typeof path[path.length - 1] !== 'number';
      removals.push(missing ? path.slice(0, -1) : path);
      if (missing) settled = false;
    }
    removeAll(data, removals);
  }
  // Unreachable with the SDK's schemas (each round removes what failed); kept as a safe exit.
  return done(data.root);
}

function removeAll(data: CleanCopy, removals: Path[]): void {
  if (removals.length === 0) return;
  const arrays = new Set<unknown[]>();
  for (const path of removals) {
    if (path.length === 0) continue;
    const parent = data.parentOf(path);
    const last = path[path.length - 1] as string | number;
    if (Array.isArray(parent)) {
      parent[last as number] = REMOVED;
      arrays.add(parent);
    } else if (isRecord(parent)) {
      delete parent[last as string];
    }
  }
  for (const array of arrays) {
    for (let index = array.length - 1; index >= 0; index--)
      if (array[index] === REMOVED) array.splice(index, 1);
  }
}

/**
 * Reads a list SR returns either bare or in an envelope (`{ content: [...] }`, or `{}` when
 * empty). Anything else is reported and read as empty.
 */
export function contentOf(value: unknown, sink: WarningSink, path: Path): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  if (isRecord(value)) {
    if (Array.isArray(value.content)) return value.content;
    if (value.content === undefined) return [];
  }
  sink.add('invalid_field', 'expected an array or { content: [...] }; mapped as empty', path);
  return [];
}

/** `first last`, or `null` when both are empty. */
export function fullName(first: string | null | undefined, last: string | null | undefined): string | null {
  const name = [first, last]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .join(' ');
  return name === '' ? null : name;
}

/** `value ?? null`, for SR's optional-or-null fields. */
export function orNull<T>(value: T | null | undefined): T | null {
  return value ?? null;
}

/** Looks `value` up in an enum map (own keys only), else `fallback`. */
export function lookup<V, F>(map: Readonly<Record<string, V>>, value: unknown, fallback: F): V | F {
  return typeof value === 'string' && Object.hasOwn(map, value) ? (map[value] as V) : fallback;
}

/**
 * The common tail of every `toUnified*`: adds `remote_data` (the SR object as received, unless
 * `includeRemoteData: false`) and `custom_mappings` (when a mapping is configured) to `unified`,
 * the mapper's own new object (completed in place, not copied).
 */
export function finish<T extends object, M, Raw>(
  unified: T,
  raw: unknown,
  parsed: Raw,
  context: MapperContext<M, Raw, T>,
): WithCustomMappings<T, M> {
  const model = unified as Record<string, unknown>;
  if (context.includeRemoteData !== false) model.remote_data = raw;
  if (context.mapping) model.custom_mappings = context.mapping(parsed, model as T);
  return model as WithCustomMappings<T, M>;
}

/**
 * A date-time input as SmartRecruiters takes it: a `Date` as ISO-8601 in UTC, a date-only string
 * as the start of that day in UTC (SR filters want a date-time), any other string as it is.
 */
export function toSrDateTime(value: string | Date): string {
  if (value instanceof Date) return value.toISOString();
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : value;
}

/** A date input as given (a date-only string stays one), or a `Date` as ISO-8601 in UTC. */
export function toSrDateInput(value: string | Date): string {
  return value instanceof Date ? value.toISOString() : value;
}

/**
 * Builds RFC 6902 JSON Patch ops for SR's PATCH routes (jobs, users). Given the record as SR
 * stores it now (`current`), it only emits ops RFC 6902 allows on it: no `remove` of an absent
 * member, and a missing parent object is added whole instead of member by member. Without
 * `current` it assumes every member exists.
 */
export class PatchBuilder {
  readonly ops: SrJsonPatchOperation[] = [];

  constructor(private readonly current?: unknown) {}

  private has(path: string): boolean {
    if (this.current === undefined) return true;
    return getAt(this.current, path.split('/').slice(1)) !== undefined;
  }

  /** A member every record has (title, name, email...): `replace`. */
  replace(path: string, value: unknown): void {
    if (value !== undefined) this.ops.push({ op: 'replace', path, value });
  }

  /**
   * An optional member: `add` sets it whether or not it exists (RFC 6902 §4.1: `add` on an existing
   * member replaces it, while `replace` on a missing one fails); `null` removes it when present.
   */
  set(path: string, value: unknown): void {
    if (value === undefined) return;
    if (value !== null) this.ops.push({ op: 'add', path, value });
    else if (this.has(path)) this.ops.push({ op: 'remove', path });
  }

  /**
   * Members of a nested object (`/location`), one op each; when the object is absent it is added
   * whole with the given members (`null` members left out), since RFC 6902 cannot add into a
   * missing parent. `required` members use `replace` when the object exists.
   */
  object(path: string, members: Record<string, unknown>, required: readonly string[] = []): void {
    const given = Object.entries(members).filter(([, value]) => value !== undefined);
    if (given.length === 0) return;
    if (!this.has(path)) {
      const whole = Object.fromEntries(given.filter(([, value]) => value !== null));
      if (Object.keys(whole).length > 0) this.ops.push({ op: 'add', path, value: whole });
      return;
    }
    for (const [key, value] of given) {
      if (required.includes(key)) this.replace(`${path}/${key}`, value);
      else this.set(`${path}/${key}`, value);
    }
  }
}
