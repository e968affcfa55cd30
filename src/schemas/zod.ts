/**
 * The zod/mini API the SDK's schemas are written with: the same functions and types, except that
 * the schema factories return a schema that is built on first use. Building every schema at
 * import took about a third of the SDK's import time, for schemas most programs never use; a
 * deferred schema costs a Proxy until something reads it (parses with it, extends it, reads its
 * `shape`), then behaves as the schema itself.
 *
 * Each factory carries `@__NO_SIDE_EFFECTS__`, as zod's own do, so bundlers still drop the
 * schemas a program does not use.
 *
 * Types are named `z.output<...>` (what `z.infer` is): the bundled declaration files import zod's
 * types by name, and `infer` is not a name a declaration file can use.
 */
import * as zod from 'zod/mini';

export * from 'zod/mini';

// Methods that derive a new schema: on a schema not built yet, they defer too.
const DERIVING = new Set<PropertyKey>(['check', 'with']);

/**
 * A schema built by `build` the first time anything reads it, then that schema in every respect
 * (its properties, methods, prototype and `instanceof` checks).
 */
// @__NO_SIDE_EFFECTS__
export function lazySchema<T extends object>(build: () => T): T {
  let schema: T | undefined;
  const real = (): T => {
    schema ??= build();
    return schema;
  };
  return new Proxy({} as T, {
    get(_, key) {
      if (schema === undefined && DERIVING.has(key)) {
        return (...args: unknown[]) =>
          lazySchema(() => (Reflect.get(real(), key) as (...a: unknown[]) => object).apply(real(), args));
      }
      return Reflect.get(real(), key);
    },
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    deleteProperty: (_, key) => Reflect.deleteProperty(real(), key),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor(_, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // The stand-in target has none of these properties: a proxy may only report them configurable.
      if (descriptor) descriptor.configurable = true;
      return descriptor;
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}

// The factories the SDK's schemas use. `typeof zod.x` keeps each one's generic signature.
export const string: typeof zod.string = /* @__NO_SIDE_EFFECTS__ */ (
  ...args: Parameters<typeof zod.string>
) => lazySchema(() => zod.string(...args));
export const number: typeof zod.number = /* @__NO_SIDE_EFFECTS__ */ (
  ...args: Parameters<typeof zod.number>
) => lazySchema(() => zod.number(...args));
export const int: typeof zod.int = /* @__NO_SIDE_EFFECTS__ */ (...args: Parameters<typeof zod.int>) =>
  lazySchema(() => zod.int(...args));
export const boolean: typeof zod.boolean = /* @__NO_SIDE_EFFECTS__ */ (
  ...args: Parameters<typeof zod.boolean>
) => lazySchema(() => zod.boolean(...args));
export const unknown: typeof zod.unknown = /* @__NO_SIDE_EFFECTS__ */ (
  ...args: Parameters<typeof zod.unknown>
) => lazySchema(() => zod.unknown(...args));
export const email: typeof zod.email = /* @__NO_SIDE_EFFECTS__ */ (...args: Parameters<typeof zod.email>) =>
  lazySchema(() => zod.email(...args));
export const url: typeof zod.url = /* @__NO_SIDE_EFFECTS__ */ (...args: Parameters<typeof zod.url>) =>
  lazySchema(() => zod.url(...args));
export const literal = /* @__NO_SIDE_EFFECTS__ */ ((...args: Parameters<typeof zod.literal>) =>
  lazySchema(() => zod.literal(...args))) as typeof zod.literal;
export const optional = /* @__NO_SIDE_EFFECTS__ */ ((...args: Parameters<typeof zod.optional>) =>
  lazySchema(() => zod.optional(...args))) as typeof zod.optional;
export const nullable = /* @__NO_SIDE_EFFECTS__ */ ((...args: Parameters<typeof zod.nullable>) =>
  lazySchema(() => zod.nullable(...args))) as typeof zod.nullable;
export const nullish = /* @__NO_SIDE_EFFECTS__ */ ((...args: Parameters<typeof zod.nullish>) =>
  lazySchema(() => zod.nullish(...args))) as typeof zod.nullish;
export const array = /* @__NO_SIDE_EFFECTS__ */ ((...args: Parameters<typeof zod.array>) =>
  lazySchema(() => zod.array(...args))) as typeof zod.array;
export const record = /* @__NO_SIDE_EFFECTS__ */ ((...args: Parameters<typeof zod.record>) =>
  lazySchema(() => zod.record(...args))) as typeof zod.record;
export const union = /* @__NO_SIDE_EFFECTS__ */ ((...args: Parameters<typeof zod.union>) =>
  lazySchema(() => zod.union(...args))) as typeof zod.union;
export const discriminatedUnion = /* @__NO_SIDE_EFFECTS__ */ ((
  ...args: Parameters<typeof zod.discriminatedUnion>
) => lazySchema(() => zod.discriminatedUnion(...args))) as typeof zod.discriminatedUnion;
export const object = /* @__NO_SIDE_EFFECTS__ */ ((...args: Parameters<typeof zod.object>) =>
  lazySchema(() => zod.object(...args))) as typeof zod.object;
export const looseObject = /* @__NO_SIDE_EFFECTS__ */ ((...args: Parameters<typeof zod.looseObject>) =>
  lazySchema(() => zod.looseObject(...args))) as typeof zod.looseObject;
export const strictObject = /* @__NO_SIDE_EFFECTS__ */ ((...args: Parameters<typeof zod.strictObject>) =>
  lazySchema(() => zod.strictObject(...args))) as typeof zod.strictObject;
export const extend = /* @__NO_SIDE_EFFECTS__ */ ((...args: Parameters<typeof zod.extend>) =>
  lazySchema(() => zod.extend(...args))) as typeof zod.extend;
export const custom = /* @__NO_SIDE_EFFECTS__ */ ((...args: Parameters<typeof zod.custom>) =>
  lazySchema(() => zod.custom(...args))) as typeof zod.custom;
// `enum` is a reserved word: declared under another name, exported as `z.enum`.
const enum_ = /* @__NO_SIDE_EFFECTS__ */ ((...args: Parameters<typeof zod.enum>) =>
  lazySchema(() => zod.enum(...args))) as typeof zod.enum;

export { enum_ as enum };

/** `z.iso`, its date-time and date formats deferred. */
export const iso: typeof zod.iso = {
  ...zod.iso,
  datetime: /* @__NO_SIDE_EFFECTS__ */ (...args: Parameters<typeof zod.iso.datetime>) =>
    lazySchema(() => zod.iso.datetime(...args)),
  date: /* @__NO_SIDE_EFFECTS__ */ (...args: Parameters<typeof zod.iso.date>) =>
    lazySchema(() => zod.iso.date(...args)),
};

/**
 * `z.superRefine`, its function kept on the check's definition (`fn`, as `z.refine` keeps its own)
 * so that scripts/compile-checks.ts can name it in the compiled checks.
 */
export const superRefine = /* @__NO_SIDE_EFFECTS__ */ ((...args: Parameters<typeof zod.superRefine>) => {
  const check = zod.superRefine(...args);
  (check._zod.def as { fn?: unknown }).fn = args[0];
  return check;
}) as typeof zod.superRefine;
