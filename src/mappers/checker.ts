/**
 * A fast yes/no check of an SR record against its zod schema, for the lenient mappers: most records
 * are valid, and for them zod's parse builds a copy of the whole record (a payload and an issues
 * array per field) only for the mapper to read the same values. The check walks the schema's
 * definition once and compiles it into plain functions that allocate nothing: a record that passes
 * is used as it is. When it fails, `failures` finds the properties at fault, and zod itself
 * describes each one (so warnings read exactly as before).
 *
 * Each kind of schema is checked exactly as zod parses it (the same type tests, the same handling
 * of absent and optional keys); anything else (string formats, refinements, transforms...) is
 * handed to zod for that part of the record. `pure` says whether the schema's output always holds
 * its input's values (no check, transform, default or coercion anywhere: checks may rewrite a
 * value): only then may the input stand for the parse result.
 */
import * as z from 'zod/mini';

type Path = (string | number)[];

/** A place where a record fails its schema: the value there and the schema it fails. */
export interface Failure {
  path: Path;
  schema: z.ZodMiniType;
  value: unknown;
  /**
   * A required key that is absent, where the key's schema accepts `undefined` (`z.unknown()`):
   * zod reports it without running that schema.
   */
  absent: boolean;
  /**
   * Removing the value at `path` leaves its container valid: an array element, a record value, or
   * a key its object may lack.
   */
  removable: boolean;
  /** The issue zod reports here, when it is a plain type mismatch the check can write itself. */
  issue?: RawIssue;
}

/** A zod issue before its message is written. */
export type RawIssue = z.core.$ZodRawIssue;

/** A compiled schema. */
export interface Checker {
  /** Whether `value` passes (what `safeParse(value).success` says). */
  test(value: unknown): boolean;
  /**
   * Adds the places where `value` fails to `out`, in one walk; `path` is where `value` is (a stack
   * the walk pushes to and pops from: copied only into a failure), `removable` whether that place
   * may be removed from its container (see `Failure`).
   */
  collect(value: unknown, path: Path, out: Failure[], removable: boolean): void;
  /** The schema's output is always its input (no transform, default or coercion). */
  pure: boolean;
}

interface Internals {
  def: Record<string, unknown> & { type: string; checks?: unknown[] };
  optin?: string;
  optout?: string;
  values?: Set<unknown>;
  check?: unknown;
}

const internals = (schema: z.ZodMiniType): Internals => (schema as unknown as { _zod: Internals })._zod;

const cache = new WeakMap<object, Checker>();

/** The checker of `schema`, compiled on first use. */
export function checkerFor(schema: z.ZodMiniType): Checker {
  let checker = cache.get(schema);
  if (!checker) {
    checker = compile(schema);
    cache.set(schema, checker);
  }
  return checker;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** zod's plain-object test (what `z.record` accepts). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const ctor = value.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.hasOwn(proto, 'isPrototypeOf');
}

/**
 * A leaf: fails where it stands. `issue` writes the issue zod reports for a value that fails (a
 * type or value mismatch), sparing a zod parse for its message.
 */
function leaf(
  schema: z.ZodMiniType,
  test: (value: unknown) => boolean,
  pure = true,
  issue?: (input: unknown) => Record<string, unknown>,
): Checker {
  // A schema with its own error message: zod writes that one.
  const own = issue && internals(schema).def.error === undefined ? issue : undefined;
  return {
    test,
    collect: (value, path, out, removable) => {
      if (test(value)) return;
      const failure: Failure = { path: [...path], schema, value, absent: false, removable };
      if (own) failure.issue = own(value) as unknown as RawIssue;
      out.push(failure);
    },
    pure,
  };
}

const mismatch = (expected: string) => (input: unknown) => ({ code: 'invalid_type', expected, input });

/** Left to zod (string formats, refinements...). */
function byZod(schema: z.ZodMiniType, pure: boolean): Checker {
  return leaf(schema, (value) => z.safeParse(schema, value).success, pure);
}

function compile(schema: z.ZodMiniType): Checker {
  const zod = internals(schema);
  const { def } = zod;
  const plain = !def.checks?.length && zod.check === undefined && !def.coerce;
  switch (def.type) {
    case 'string':
      return plain && def.format === undefined
        ? leaf(schema, (v) => typeof v === 'string')
        : byZod(schema, false);
    case 'number':
      return plain && def.format === undefined
        ? leaf(schema, (v) => typeof v === 'number' && Number.isFinite(v), true, mismatch('number'))
        : byZod(schema, false);
    case 'boolean':
      return plain
        ? leaf(schema, (v) => typeof v === 'boolean', true, mismatch('boolean'))
        : byZod(schema, false);
    case 'unknown':
    case 'any':
      return plain ? leaf(schema, () => true) : byZod(schema, false);
    case 'null':
      return plain ? leaf(schema, (v) => v === null, true, mismatch('null')) : byZod(schema, false);
    case 'enum':
    case 'literal': {
      const values = zod.values as Set<unknown>;
      const listed = def.type === 'literal' ? (def.values as unknown[]) : [...values];
      return plain
        ? leaf(
            schema,
            (v) => values.has(v),
            true,
            (input) => ({ code: 'invalid_value', values: listed, input }),
          )
        : byZod(schema, false);
    }
    case 'custom': {
      // `z.custom(fn)`: the schema is its own check, `fn` (a synchronous one decides).
      const fn = def.fn as (value: unknown) => unknown;
      if (def.checks?.length) return byZod(schema, false);
      return leaf(schema, (v) => {
        const result = fn(v);
        return result instanceof Promise ? z.safeParse(schema, v).success : Boolean(result);
      });
    }
    case 'optional':
    case 'nullable':
      return plain ? wrapper(schema, def.type) : byZod(schema, false);
    case 'array':
      return plain ? array(schema) : byZod(schema, false);
    case 'object':
      return plain ? object(schema) : byZod(schema, false);
    case 'record':
      return plain ? record(schema) : byZod(schema, false);
    case 'union':
      // A discriminated union picks its option by the discriminator: zod's business.
      return plain && def.inclusive !== false && def.discriminator === undefined
        ? union(schema)
        : byZod(schema, false);
    default:
      // Transforms, defaults, pipes, intersections...: zod parses them, and its output may differ.
      return byZod(schema, false);
  }
}

function wrapper(schema: z.ZodMiniType, type: 'optional' | 'nullable'): Checker {
  const innerSchema = internals(schema).def.innerType as z.ZodMiniType;
  const inner = checkerFor(innerSchema);
  // A default inside an optional changes what `undefined` becomes: zod's business.
  if (type === 'optional' && internals(innerSchema).optin === 'defaulted') return byZod(schema, false);
  const skip = type === 'optional' ? undefined : null;
  return {
    test: (value) => value === skip || inner.test(value),
    collect: (value, path, out, removable) => {
      if (value !== skip) inner.collect(value, path, out, removable);
    },
    pure: inner.pure,
  };
}

function array(schema: z.ZodMiniType): Checker {
  const element = checkerFor(internals(schema).def.element as z.ZodMiniType);
  const test = (value: unknown) => {
    if (!Array.isArray(value)) return false;
    for (let i = 0; i < value.length; i++) if (!element.test(value[i])) return false;
    return true;
  };
  return {
    test,
    collect: (value, path, out, removable) => {
      if (!Array.isArray(value)) {
        out.push({ path: [...path], schema, value, absent: false, removable });
        return;
      }
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        element.collect(value[i], path, out, true);
        path.pop();
      }
    },
    pure: element.pure,
  };
}

interface Field {
  key: string;
  schema: z.ZodMiniType;
  checker: Checker;
  /** An absent key passes (zod skips an absent key whose schema is optional in and out). */
  mayBeAbsent: boolean;
  /** An absent key fails even when its schema accepts `undefined`. */
  required: boolean;
}

function object(schema: z.ZodMiniType): Checker {
  const def = internals(schema).def;
  const shape = def.shape as Record<PropertyKey, z.ZodMiniType>;
  const catchall = def.catchall as z.ZodMiniType | undefined;
  const catchallType = catchall ? internals(catchall).def.type : undefined;
  // Unknown keys are kept (`looseObject`) or dropped (`object`); refusing them is zod's business.
  if (Object.getOwnPropertySymbols(shape).length > 0 || (catchall && catchallType !== 'unknown')) {
    return byZod(schema, false);
  }
  const fields: Field[] = Object.keys(shape)
    .filter((key) => key !== '__proto__')
    .map((key) => {
      const field = shape[key] as z.ZodMiniType;
      const { optin, optout } = internals(field);
      return {
        key,
        schema: field,
        checker: checkerFor(field),
        mayBeAbsent: optin !== undefined && optout === 'optional',
        required: optin === undefined,
      };
    });
  const fieldPasses = (f: Field, value: Record<string, unknown>) => {
    if (!(f.key in value)) {
      if (f.mayBeAbsent) return true;
      if (f.required) return false;
    }
    return f.checker.test(value[f.key]);
  };
  return {
    test: (value) => {
      if (!isObject(value)) return false;
      for (const f of fields) if (!fieldPasses(f, value)) return false;
      return true;
    },
    collect: (value, path, out, removable) => {
      if (!isObject(value)) {
        out.push({ path: [...path], schema, value, absent: false, removable });
        return;
      }
      for (const f of fields) {
        const present = f.key in value;
        if (!present && f.mayBeAbsent) continue;
        path.push(f.key);
        if (!present && f.required && f.checker.test(undefined)) {
          out.push({ path: [...path], schema: f.schema, value: undefined, absent: true, removable: false });
        } else {
          f.checker.collect(value[f.key], path, out, f.mayBeAbsent);
        }
        path.pop();
      }
    },
    // A `z.object` drops unknown keys: its output is not its input, but holds every field read.
    pure: fields.every((f) => f.checker.pure),
  };
}

function record(schema: z.ZodMiniType): Checker {
  const def = internals(schema).def;
  const keyType = def.keyType as z.ZodMiniType;
  const key = internals(keyType);
  // Keys from an enum, or keys with a format: zod's business.
  if (key.def.type !== 'string' || key.def.checks?.length || key.check !== undefined || key.values) {
    return byZod(schema, false);
  }
  const valueChecker = checkerFor(def.valueType as z.ZodMiniType);
  // zod reads the own enumerable keys (`__proto__` aside); an own enumerable symbol key is
  // checked against the key schema, which refuses it: zod decides those records.
  const hasSymbolKey = (value: object) =>
    Object.getOwnPropertySymbols(value).some((key) => Object.prototype.propertyIsEnumerable.call(value, key));
  const test = (value: unknown): boolean => {
    if (!isPlainObject(value)) return false;
    if (hasSymbolKey(value)) return z.safeParse(schema, value).success;
    for (const key in value) {
      if (key === '__proto__' || !Object.hasOwn(value, key)) continue;
      if (!valueChecker.test(value[key])) return false;
    }
    return true;
  };
  return {
    test,
    collect: (value, path, out, removable) => {
      if (!isPlainObject(value) || hasSymbolKey(value)) {
        if (!test(value)) out.push({ path: [...path], schema, value, absent: false, removable });
        return;
      }
      for (const key in value) {
        if (key === '__proto__' || !Object.hasOwn(value, key)) continue;
        path.push(key);
        valueChecker.collect(value[key], path, out, true);
        path.pop();
      }
    },
    pure: valueChecker.pure,
  };
}

function union(schema: z.ZodMiniType): Checker {
  const options = (internals(schema).def.options as z.ZodMiniType[]).map(checkerFor);
  // zod runs a one-option union as that option.
  if (options.length === 1) return options[0] as Checker;
  return {
    test: (value) => options.some((option) => option.test(value)),
    // zod reports a union that fails as one issue where it stands.
    collect: (value, path, out, removable) => {
      if (!options.some((option) => option.test(value))) {
        out.push({ path: [...path], schema, value, absent: false, removable });
      }
    },
    pure: options.every((option) => option.pure),
  };
}
