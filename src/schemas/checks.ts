/**
 * The compiled form of the SDK's zod schemas, zod-free: `npm run generate:checks`
 * (scripts/compile-checks.ts) walks each schema's definition and writes `src/schemas/compiled/`,
 * a module per schema module, built from the combinators here. A compiled schema says what zod's
 * `safeParse` says (`test`), reports the issues zod reports, each with the message `describeIssue`
 * writes (`issues`), and gives what zod's parse returns for a valid value (`output`), so that
 * validating caller input and SR records loads no zod at all. The schemas in `src/schemas/sr` and
 * `src/schemas/unified` stay the source of truth (and the public `smartrecruiters-sdk/schemas`);
 * test/schemas/compiled.test.ts holds both to the same answers.
 *
 * Each combinator follows zod 4's parse of that kind of schema: the same type tests, the same
 * handling of absent and optional keys, the same order of checks and when a failed one stops the
 * rest (`continue`), the same issues.
 */
import { isRecord } from '../mappers/shared.js';
import { describeIssue, type RawIssue } from './unified/parse-input.js';

/** Where in a value: keys and indexes. */
export type Path = PropertyKey[];

/** An issue as zod reports it (its code and details), with its path and message. */
export interface Issue {
  code: string;
  path: Path;
  message: string;
  /** Whether later checks of the same schema still run (zod's `continue`). */
  continue?: boolean;
  [detail: string]: unknown;
}

/** A place where a record fails its schema, and the issues zod reports there (paths from it). */
export interface Failure {
  path: Path;
  /**
   * Removing the value at `path` leaves its container valid: an array element, a record value, or
   * a key its object may lack.
   */
  removable: boolean;
  issues: Issue[];
}

/** A compiled schema; `T` is the schema's output. */
export interface Checker<T = unknown> {
  /** Whether `value` passes (what `safeParse(value).success` says), allocating nothing. */
  test(value: unknown): boolean;
  /** The issues zod reports for `value`, paths relative to it; none when it passes. */
  issues(value: unknown): Issue[];
  /**
   * Adds the places where `value` fails to `out`, in one walk; `path` is where `value` is (a stack
   * the walk pushes to and pops from: copied only into a failure), `removable` whether that place
   * may be removed from its container (see `Failure`).
   */
  collect(value: unknown, path: Path, out: Failure[], removable: boolean): void;
  /** What zod's parse returns for a `value` that passes (unknown keys of a `z.object` dropped). */
  output(value: unknown): T;
  /** The output of a passing value is the value itself, but for dropped unknown keys. */
  pure: boolean;
  /** zod's `optin`/`optout`: whether an object may lack the key (both `'optional'`). */
  optin?: 'optional' | undefined;
  optout?: 'optional' | undefined;
  /** An object's fields. */
  shape?: Readonly<Record<string, Checker>>;
}

/** A message: fixed, or written from the issue; absent, `describeIssue` writes it. */
export type Message = string | ((issue: RawIssue) => string) | undefined;

/** What a named refinement (`src/schemas/refinements.ts`) is given to report issues with. */
export interface RefinementContext {
  addIssue(issue: {
    code?: 'custom';
    message?: string;
    path?: PropertyKey[];
    input?: unknown;
    fatal?: boolean;
    continue?: boolean;
  }): void;
}

/** A check of a schema (`.check(...)`): zod's `$ZodCheck`. */
export interface Check {
  /** zod's name of the check (`min_length`...). */
  kind: string;
  /** The upper bound of a size check. */
  maximum?: number;
  /** Runs only on a value with a `length` (zod's `when`), even after an earlier failure. */
  whenLength?: boolean;
  test(value: unknown): boolean;
  /** Adds its issues to `out`; returns the value the next checks see. */
  run(value: unknown, out: Issue[]): unknown;
  /** Rewrites the value (`z.url()` trims it). */
  rewrite?: (value: string) => string;
}

/** `raw` (a new object of the caller's) completed into an issue: its path and message. */
const issue = (raw: Record<string, unknown>, message?: Message): Issue => {
  raw.path ??= [];
  raw.message ??=
    (typeof message === 'function' ? message(raw as unknown as RawIssue) : message) ??
    describeIssue(raw as unknown as RawIssue);
  return raw as Issue;
};

const prefixed = (key: PropertyKey, issues: Issue[], out: Issue[]): void => {
  for (const found of issues) out.push({ ...found, path: [key, ...found.path] });
};

/** Some issue stops later checks (zod's `aborted`). */
const aborted = (issues: Issue[], from = 0): boolean => {
  for (let i = from; i < issues.length; i++) if (issues[i]?.continue !== true) return true;
  return false;
};

const explicitlyAborted = (issues: Issue[]): boolean => issues.some((found) => found.continue === false);

const hasLength = (value: unknown): boolean =>
  value !== null && value !== undefined && (value as { length?: unknown }).length !== undefined;

/** zod's `runChecks`: the checks after the type test, `issues` the schema's own so far. */
function runChecks(value: unknown, checks: readonly Check[], issues: Issue[]): void {
  let stop = aborted(issues);
  for (const check of checks) {
    if (check.whenLength) {
      if (explicitlyAborted(issues) || !hasLength(value)) continue;
    } else if (stop) continue;
    const before = issues.length;
    value = check.run(value, issues);
    if (!stop && issues.length !== before) stop = aborted(issues, before);
  }
}

const passes = (checks: readonly Check[], value: unknown): boolean => {
  for (const check of checks) {
    if (!check.test(value)) return false;
    if (check.rewrite) value = check.rewrite(value as string);
  }
  return true;
};

/** zod's plain-object test (what `z.record` accepts). */
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isRecord(value)) return false;
  const ctor = value.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isRecord(proto) && Object.hasOwn(proto, 'isPrototypeOf');
}

const identity = <T>(value: T): T => value;

/** A schema that fails where it stands (no part of it can be removed on its own). */
function whole(
  test: (value: unknown) => boolean,
  issues: (value: unknown) => Issue[],
  output: (value: unknown) => unknown = identity,
  pure = true,
): Checker {
  return {
    test,
    issues: (value) => (test(value) ? [] : issues(value)),
    collect(value, path, out, removable) {
      if (!test(value)) out.push({ path: [...path], removable, issues: issues(value) });
    },
    output,
    pure,
  };
}

/** A scalar schema: its type test, the issue when that fails, then its checks. */
function scalar(
  typeTest: (value: unknown) => boolean,
  typeIssue: (value: unknown) => Record<string, unknown>,
  message: Message,
  checks: readonly Check[],
): Checker {
  const rewrites = checks.filter((check) => check.rewrite);
  const test = checks.length === 0 ? typeTest : (value: unknown) => typeTest(value) && passes(checks, value);
  return whole(
    test,
    (value) => {
      const out = typeTest(value) ? [] : [issue(typeIssue(value), message)];
      runChecks(value, checks, out);
      return out;
    },
    rewrites.length === 0
      ? identity
      : (value) => rewrites.reduce((current, check) => check.rewrite?.(current as string), value),
    rewrites.length === 0,
  );
}

const mismatch =
  (expected: string) =>
  (input: unknown): Record<string, unknown> => ({ expected, code: 'invalid_type', input });

/** `z.string()` (and the string formats, their format a check). */
export const str = (message?: Message, checks: readonly Check[] = []): Checker =>
  scalar((value) => typeof value === 'string', mismatch('string'), message, checks);

/** `z.number()` (and `z.int()`, its format a check). */
export const num = (message?: Message, checks: readonly Check[] = []): Checker =>
  scalar(
    (value) => typeof value === 'number' && Number.isFinite(value),
    (input) => {
      const raw: Record<string, unknown> = { expected: 'number', code: 'invalid_type', input };
      if (typeof input === 'number') raw.received = Number.isNaN(input) ? 'NaN' : String(input);
      return raw;
    },
    message,
    checks,
  );

/** `z.boolean()`. */
export const bool = (message?: Message, checks: readonly Check[] = []): Checker =>
  scalar((value) => typeof value === 'boolean', mismatch('boolean'), message, checks);

/** `z.null()`. */
export const nul = (message?: Message, checks: readonly Check[] = []): Checker =>
  scalar((value) => value === null, mismatch('null'), message, checks);

/** `z.unknown()`, `z.any()`. */
export const unknown = (checks: readonly Check[] = []): Checker =>
  scalar(() => true, mismatch('unknown'), undefined, checks);

/** `z.date()`: a valid `Date`. */
export const date = (message?: Message, checks: readonly Check[] = []): Checker =>
  scalar(
    (value) => value instanceof Date && !Number.isNaN(value.getTime()),
    (input) => {
      const raw: Record<string, unknown> = { expected: 'date', code: 'invalid_type', input };
      if (input instanceof Date) raw.received = 'Invalid Date';
      return raw;
    },
    message,
    checks,
  );

/** `z.enum([...])` and `z.literal(...)`: one of `values`. */
export function oneOf(values: readonly unknown[], message?: Message, checks: readonly Check[] = []): Checker {
  const set = new Set(values);
  return scalar(
    (value) => set.has(value),
    (input) => ({ code: 'invalid_value', values, input }),
    message,
    checks,
  );
}

/** `z.custom(fn)`: `fn` decides (a schema and its own first check). */
export function custom(
  fn: (value: never) => unknown,
  message?: Message,
  options: { path?: PropertyKey[]; abort?: boolean; params?: unknown } = {},
  checks: readonly Check[] = [],
): Checker {
  return scalar(() => true, mismatch('unknown'), undefined, [refine(fn, message, options), ...checks]);
}

/** `z.optional(inner)`. */
export const optional = (inner: Checker): Checker => ({
  test: (value) => value === undefined || inner.test(value),
  issues: (value) => (value === undefined ? [] : inner.issues(value)),
  collect(value, path, out, removable) {
    if (value !== undefined) inner.collect(value, path, out, removable);
  },
  output: (value) => (value === undefined ? value : inner.output(value)),
  pure: inner.pure,
  optin: 'optional',
  optout: 'optional',
});

/** `z.nullable(inner)`. */
export const nullable = (inner: Checker): Checker => ({
  test: (value) => value === null || inner.test(value),
  issues: (value) => (value === null ? [] : inner.issues(value)),
  collect(value, path, out, removable) {
    if (value !== null) inner.collect(value, path, out, removable);
  },
  output: (value) => (value === null ? value : inner.output(value)),
  pure: inner.pure,
  optin: inner.optin,
  optout: inner.optout,
});

/** zod's `sizeCaps`: the leading size checks with an upper bound. */
function sizeCaps(checks: readonly Check[]): Check[] {
  const caps: Check[] = [];
  for (const check of checks) {
    if (!/_(length|size)$|_equals$/.test(check.kind)) break;
    if (check.maximum !== undefined && check.maximum >= 0) caps.push(check);
  }
  return caps;
}

/** `z.array(element)`. */
export function array(element: Checker, message?: Message, checks: readonly Check[] = []): Checker {
  const caps = sizeCaps(checks);
  const cap = caps.length > 0 ? Math.min(...caps.map((check) => check.maximum as number)) : Infinity;
  const test = (value: unknown): boolean => {
    if (!Array.isArray(value) || value.length > cap) return false;
    for (let i = 0; i < value.length; i++) if (!element.test(value[i])) return false;
    return checks.length === 0 || passes(checks, output(value));
  };
  const issues = (value: unknown): Issue[] => {
    const out: Issue[] = [];
    if (!Array.isArray(value)) {
      out.push(issue(mismatch('array')(value), message));
    } else if (value.length > cap) {
      // An oversized array fails its first size check before any element is read.
      for (const check of caps) {
        if (value.length > (check.maximum as number)) {
          check.run(value, out);
          (out[0] as Issue).continue = false;
          return out;
        }
      }
    } else {
      for (let i = 0; i < value.length; i++) {
        const found = element.issues(value[i]);
        if (found.length > 0) prefixed(i, found, out);
      }
    }
    runChecks(Array.isArray(value) && value.length <= cap ? output(value) : value, checks, out);
    return out;
  };
  const output = (value: unknown) =>
    Array.isArray(value) ? value.map((item) => element.output(item)) : value;
  if (checks.length > 0) return whole(test, issues, output, element.pure);
  return {
    test,
    issues: (value) => (test(value) ? [] : issues(value)),
    collect(value, path, out, removable) {
      if (!Array.isArray(value)) {
        out.push({ path: [...path], removable, issues: issues(value) });
        return;
      }
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        element.collect(value[i], path, out, true);
        path.pop();
      }
    },
    output,
    pure: element.pure,
  };
}

interface Field {
  key: string;
  checker: Checker;
  /** An absent key passes: optional in and out. */
  mayBeAbsent: boolean;
  /** An absent key fails even when its schema accepts `undefined`. */
  required: boolean;
}

/**
 * `z.object` (`'strip'`: unknown keys dropped), `z.looseObject` (`'loose'`: kept) and
 * `z.strictObject` (`'strict'`: refused).
 */
export function object(
  shape: Record<string, Checker>,
  mode: 'strip' | 'loose' | 'strict',
  message?: Message,
  checks: readonly Check[] = [],
): Checker {
  const fields: Field[] = Object.keys(shape)
    .filter((key) => key !== '__proto__')
    .map((key) => {
      const checker = shape[key] as Checker;
      return {
        key,
        checker,
        mayBeAbsent: checker.optin !== undefined && checker.optout === 'optional',
        required: checker.optin === undefined,
      };
    });
  const keys = new Set(Object.keys(shape));
  const fieldPasses = (f: Field, value: Record<PropertyKey, unknown>): boolean => {
    if (!(f.key in value)) {
      if (f.mayBeAbsent) return true;
      if (f.required) return false;
    }
    return f.checker.test(value[f.key]);
  };
  const unrecognized = (value: Record<PropertyKey, unknown>): string[] => {
    const found: string[] = [];
    for (const key in value) if (!keys.has(key)) found.push(key);
    return found;
  };
  const test = (value: unknown): boolean => {
    if (!isRecord(value)) return false;
    for (const f of fields) if (!fieldPasses(f, value)) return false;
    if (mode === 'strict' && unrecognized(value).length > 0) return false;
    return checks.length === 0 || passes(checks, output(value));
  };
  const issues = (value: unknown): Issue[] => {
    const out: Issue[] = [];
    if (!isRecord(value)) {
      out.push(issue(mismatch('object')(value), message));
    } else {
      for (const f of fields) {
        const present = f.key in value;
        if (!present && f.mayBeAbsent) continue;
        const found = f.checker.issues(value[f.key]);
        if (found.length > 0) {
          if (!present && f.checker.optin !== undefined && f.checker.optout === 'optional') continue;
          prefixed(f.key, found, out);
        } else if (!present && f.required) {
          out.push(
            issue(
              { code: 'invalid_type', expected: 'nonoptional', input: undefined, path: [f.key] },
              undefined,
            ),
          );
        }
      }
      if (mode === 'strict') {
        const extra = unrecognized(value);
        if (extra.length > 0) {
          out.push(issue({ code: 'unrecognized_keys', keys: extra, input: value, continue: true }, message));
        }
      }
    }
    runChecks(output(value), checks, out);
    return out;
  };
  const pure = fields.every((f) => f.checker.pure);
  // What zod's parse makes of `value` (also of one that fails: an object's checks read it).
  const output = (value: unknown): unknown => {
    if (!isRecord(value)) return value;
    const input = value as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    for (const f of fields) {
      const present = f.key in input;
      if (!present && f.mayBeAbsent) continue;
      const parsed = f.checker.output(input[f.key]);
      if (parsed !== undefined || present) result[f.key] = parsed;
    }
    if (mode === 'loose') {
      for (const key in input) {
        if (keys.has(key) || key === '__proto__') continue;
        result[key] = input[key];
      }
    }
    return result;
  };
  const checker: Checker =
    mode === 'strict' || checks.length > 0
      ? whole(test, issues, output, pure)
      : {
          test,
          issues: (value) => (test(value) ? [] : issues(value)),
          collect(value, path, out, removable) {
            if (!isRecord(value)) {
              out.push({ path: [...path], removable, issues: issues(value) });
              return;
            }
            for (const f of fields) {
              const present = f.key in value;
              if (!present && f.mayBeAbsent) continue;
              path.push(f.key);
              if (!present && f.required && f.checker.test(undefined)) {
                const absent = issue(
                  { code: 'invalid_type', expected: 'nonoptional', input: undefined },
                  undefined,
                );
                out.push({ path: [...path], removable: false, issues: [absent] });
              } else {
                f.checker.collect(value[f.key], path, out, f.mayBeAbsent);
              }
              path.pop();
            }
          },
          output,
          pure,
        };
  checker.shape = shape;
  return checker;
}

/** The own enumerable keys zod's `z.record` reads. */
function recordKeys(value: object): PropertyKey[] {
  return Reflect.ownKeys(value).filter(
    (key) => key !== '__proto__' && Object.prototype.propertyIsEnumerable.call(value, key),
  );
}

const NUMERIC = /^-?\d+(?:\.\d+)?$/;

/** `z.record(keyType, valueType)`, keys checked one by one (not an enum's keys). */
export function record(
  keyType: Checker,
  valueType: Checker,
  message?: Message,
  checks: readonly Check[] = [],
  /** The keys are plain strings: a record of values, whose values may be removed one by one. */
  plainKeys = false,
): Checker {
  const keyPasses = (key: PropertyKey) =>
    keyType.test(key) || (typeof key === 'string' && NUMERIC.test(key) && keyType.test(Number(key)));
  const test = (value: unknown): boolean => {
    if (!isPlainObject(value)) return false;
    for (const key of recordKeys(value)) {
      if (!keyPasses(key) || !valueType.test(value[key])) return false;
    }
    return checks.length === 0 || passes(checks, output(value));
  };
  const issues = (value: unknown): Issue[] => {
    const out: Issue[] = [];
    if (!isPlainObject(value)) {
      out.push(issue(mismatch('record')(value), message));
    } else {
      for (const key of recordKeys(value)) {
        if (!keyPasses(key)) {
          out.push(
            issue(
              { code: 'invalid_key', origin: 'record', issues: keyType.issues(key), input: key, path: [key] },
              message,
            ),
          );
          continue;
        }
        const found = valueType.issues(value[key]);
        if (found.length > 0) prefixed(key, found, out);
      }
    }
    runChecks(output(value), checks, out);
    return out;
  };
  const output = (value: unknown): unknown => {
    if (!isPlainObject(value)) return value;
    const input = value as Record<PropertyKey, unknown>;
    const result: Record<PropertyKey, unknown> = {};
    for (const key of recordKeys(input)) result[key] = valueType.output(input[key]);
    return result;
  };
  if (!plainKeys || checks.length > 0) return whole(test, issues, output, valueType.pure);
  return {
    test,
    issues: (value) => (test(value) ? [] : issues(value)),
    collect(value, path, out, removable) {
      if (!isPlainObject(value) || recordKeys(value).some((key) => typeof key !== 'string')) {
        if (!test(value)) out.push({ path: [...path], removable, issues: issues(value) });
        return;
      }
      for (const key of recordKeys(value) as string[]) {
        path.push(key);
        valueType.collect(value[key], path, out, true);
        path.pop();
      }
    },
    output,
    pure: valueType.pure,
  };
}

/** `z.union(options)` (two options or more). */
export function union(
  options: readonly Checker[],
  message?: Message,
  flags: { optin?: 'optional'; optout?: 'optional' } = {},
): Checker {
  const checker = whole(
    (value) => options.some((option) => option.test(value)),
    (value) => {
      const results: Issue[][] = [];
      for (const option of options) {
        const found = option.issues(value);
        if (found.length === 0) return [];
        results.push(found);
      }
      // One option failing only with issues that let checks go on: its issues are the union's.
      const going = results.filter((found) => !aborted(found));
      if (going.length === 1) return going[0] as Issue[];
      const errors = results.map((found) =>
        found.map(({ continue: _, input: __, ...rest }) => rest as unknown as Issue),
      );
      return [issue({ code: 'invalid_union', input: value, errors }, message)];
    },
    (value) => {
      // The option that passes, else (a value that fails) the one option whose issues go on.
      const option =
        options.find((candidate) => candidate.test(value)) ??
        options.find((candidate) => !aborted(candidate.issues(value)));
      return option ? option.output(value) : value;
    },
    options.every((option) => option.pure),
  );
  if (flags.optin) checker.optin = flags.optin;
  if (flags.optout) checker.optout = flags.optout;
  return checker;
}

/** `z.discriminatedUnion(key, options)`: `values` maps each value of `key` to its option. */
export function discriminated(
  key: string,
  values: ReadonlyArray<readonly [unknown, number]>,
  options: readonly Checker[],
  message?: Message,
): Checker {
  const byValue = new Map(values.map(([value, index]) => [value, options[index] as Checker]));
  const pick = (value: Record<PropertyKey, unknown>) => byValue.get(value[key]);
  return whole(
    (value) => isRecord(value) && (pick(value)?.test(value) ?? false),
    (value) => {
      if (!isRecord(value)) return [issue(mismatch('object')(value), message)];
      const option = pick(value);
      if (option) return option.issues(value);
      return [
        issue(
          {
            code: 'invalid_union',
            errors: [],
            note: 'No matching discriminator',
            discriminator: key,
            options: [...byValue.keys()],
            input: value,
            path: [key],
          },
          message,
        ),
      ];
    },
    (value) => (isRecord(value) ? (pick(value)?.output(value) ?? value) : value),
    options.every((option) => option.pure),
  );
}

// Checks.

function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

const lengthOf = (value: unknown): number => {
  const units = (value as { length: number }).length;
  return typeof value === 'string' ? codePointLength(value) : units;
};

const lengthOrigin = (value: unknown) =>
  Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';

/** `z.minLength(n)`. */
export function minLength(minimum: number, message?: Message, abort = false): Check {
  const test = (value: unknown) => lengthOf(value) >= minimum;
  return {
    kind: 'min_length',
    whenLength: true,
    test,
    run(value, out) {
      if (!test(value)) {
        out.push(
          issue(
            {
              origin: lengthOrigin(value),
              code: 'too_small',
              minimum,
              inclusive: true,
              input: value,
              continue: !abort,
            },
            message,
          ),
        );
      }
      return value;
    },
  };
}

/** `z.maxLength(n)`. */
export function maxLength(maximum: number, message?: Message, abort = false): Check {
  const test = (value: unknown) => lengthOf(value) <= maximum;
  return {
    kind: 'max_length',
    maximum,
    whenLength: true,
    test,
    run(value, out) {
      if (!test(value)) {
        out.push(
          issue(
            {
              origin: lengthOrigin(value),
              code: 'too_big',
              maximum,
              inclusive: true,
              input: value,
              continue: !abort,
            },
            message,
          ),
        );
      }
      return value;
    },
  };
}

/** `z.minimum(n)` / `z.gte`, `z.gt` (`inclusive` false), `z.nonnegative()`. */
export function greaterThan(limit: number, inclusive: boolean, message?: Message, abort = false): Check {
  const test = (value: unknown) => (inclusive ? (value as number) >= limit : (value as number) > limit);
  return {
    kind: 'greater_than',
    test,
    run(value, out) {
      if (!test(value)) {
        const origin = typeof value === 'bigint' ? 'bigint' : 'number';
        out.push(
          issue(
            { origin, code: 'too_small', minimum: limit, input: value, inclusive, continue: !abort },
            message,
          ),
        );
      }
      return value;
    },
  };
}

/** `z.maximum(n)` / `z.lte`, `z.lt` (`inclusive` false). */
export function lessThan(limit: number, inclusive: boolean, message?: Message, abort = false): Check {
  const test = (value: unknown) => (inclusive ? (value as number) <= limit : (value as number) < limit);
  return {
    kind: 'less_than',
    test,
    run(value, out) {
      if (!test(value)) {
        const origin = typeof value === 'bigint' ? 'bigint' : 'number';
        out.push(
          issue(
            { origin, code: 'too_big', maximum: limit, input: value, inclusive, continue: !abort },
            message,
          ),
        );
      }
      return value;
    },
  };
}

/** `z.int()`'s format: a safe integer. */
export function safeInt(message?: Message, abort = false): Check {
  return {
    kind: 'number_format',
    test: (value) => Number.isSafeInteger(value),
    run(value, out) {
      const input = value as number;
      if (!Number.isInteger(input)) {
        out.push(
          issue(
            { expected: 'int', format: 'safeint', code: 'invalid_type', continue: false, input },
            message,
          ),
        );
      } else if (!Number.isSafeInteger(input)) {
        const big = input > 0;
        out.push(
          issue(
            {
              input,
              code: big ? 'too_big' : 'too_small',
              [big ? 'maximum' : 'minimum']: big ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER,
              note: 'Integers must be within the safe integer range.',
              origin: 'int',
              inclusive: true,
              continue: !abort,
            },
            message,
          ),
        );
      }
      return value;
    },
  };
}

/** A string format or `z.regex(pattern)`: `format` is `'regex'` for the latter. */
export function pattern(format: string, regex: RegExp, message?: Message, abort = false): Check {
  const test = (value: unknown) => {
    regex.lastIndex = 0;
    return regex.test(value as string);
  };
  return {
    kind: 'string_format',
    test,
    run(value, out) {
      if (!test(value)) {
        out.push(
          issue(
            {
              origin: 'string',
              code: 'invalid_format',
              format,
              input: value,
              pattern: regex.toString(),
              continue: !abort,
            },
            message,
          ),
        );
      }
      return value;
    },
  };
}

const TAB_OR_NEWLINE = /[\t\n\r]/g;

/**
 * `z.url({ protocol, hostname })` (not normalized): a URL the platform parses, its protocol and
 * host matching; the value is trimmed (and tabs and newlines removed) as zod does.
 */
export function url(
  options: { protocol?: RegExp; hostname?: RegExp },
  message?: Message,
  abort = false,
): Check {
  const httpOnly = options.protocol?.source === '^https?$';
  const parse = (trimmed: string): URL | true | 1 | 2 => {
    const plain = !options.protocol && !options.hostname;
    if (plain) {
      try {
        if (typeof URL.canParse === 'function') return URL.canParse(trimmed) ? true : 2;
        new URL(trimmed);
        return true;
      } catch {
        return 2;
      }
    }
    if (httpOnly && !/^https?:\/\//i.test(trimmed)) return 1;
    try {
      const parsed = typeof URL.parse === 'function' ? URL.parse(trimmed) : new URL(trimmed);
      return parsed ?? 2;
    } catch {
      return 2;
    }
  };
  const raw = (value: unknown, extra: Record<string, unknown> = {}) => ({
    code: 'invalid_format',
    format: 'url',
    ...extra,
    input: value,
    continue: !abort,
  });
  const problems = (value: unknown): Record<string, unknown>[] => {
    if (typeof value !== 'string') return [raw(value)];
    const parsed = parse(value.trim());
    if (parsed === 1) return [raw(value, { note: 'Invalid URL format' })];
    if (parsed === 2) return [raw(value)];
    if (parsed === true) return [];
    const found: Record<string, unknown>[] = [];
    if (options.hostname) {
      options.hostname.lastIndex = 0;
      if (!options.hostname.test(parsed.hostname))
        found.push(raw(value, { note: 'Invalid hostname', pattern: options.hostname.source }));
    }
    if (options.protocol) {
      options.protocol.lastIndex = 0;
      const protocol = parsed.protocol.endsWith(':') ? parsed.protocol.slice(0, -1) : parsed.protocol;
      if (!options.protocol.test(protocol))
        found.push(raw(value, { note: 'Invalid protocol', pattern: options.protocol.source }));
    }
    return found;
  };
  // zod keeps the trimmed value once the platform parsed it (protocol or host wrong or not).
  const rewrite = (value: string): string => {
    if (typeof value !== 'string') return value;
    const parsed = parse(value.trim());
    return parsed === 1 || parsed === 2 ? value : value.trim().replace(TAB_OR_NEWLINE, '');
  };
  return {
    kind: 'string_format',
    test: (value) => problems(value).length === 0,
    run(value, out) {
      for (const problem of problems(value)) out.push(issue(problem, message));
      return rewrite(value as string);
    },
    rewrite,
  };
}

/** `z.refine(fn)` (and `z.custom(fn)`'s own check): `fn` returns whether the value passes. */
export function refine(
  fn: (value: never) => unknown,
  message?: Message,
  options: { path?: PropertyKey[]; abort?: boolean; params?: unknown } = {},
): Check {
  const test = (value: unknown) => Boolean(fn(value as never));
  return {
    kind: 'custom',
    test,
    run(value, out) {
      if (!test(value)) {
        const raw: Record<string, unknown> = {
          code: 'custom',
          input: value,
          path: [...(options.path ?? [])],
          continue: !options.abort,
        };
        if (options.params) raw.params = options.params;
        out.push(issue(raw, message));
      }
      return value;
    },
  };
}

/** `z.superRefine(fn)`: `fn` adds the issues it finds. */
export function superRefine(fn: (value: never, ctx: RefinementContext) => void, message?: Message): Check {
  const run = (value: unknown, out: Issue[]) => {
    fn(value as never, {
      addIssue(found) {
        const raw: Record<string, unknown> = { ...found };
        if (raw.fatal) raw.continue = false;
        raw.code ??= 'custom';
        if (!('input' in raw)) raw.input = value;
        raw.continue ??= true;
        out.push(issue(raw, message));
      },
    });
    return value;
  };
  return {
    kind: 'custom',
    test: (value) => {
      const out: Issue[] = [];
      run(value, out);
      return out.length === 0;
    },
    run,
  };
}
