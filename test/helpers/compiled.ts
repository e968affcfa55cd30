/**
 * Each schema of src/schemas (zod, the source of truth) with its compiled check of the same name in
 * src/schemas/compiled, for the tests that hold one to the other.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type * as z from 'zod/mini';
import type { Checker } from '../../src/schemas/checks.js';

const SCHEMAS = join(import.meta.dirname, '..', '..', 'src', 'schemas');

/** A schema and its compiled check. */
export interface CompiledPair {
  /** `module.Name`, e.g. `sr/candidate.SrCandidateDetailsSchema`. */
  name: string;
  schema: z.ZodMiniType;
  checker: Checker;
}

const modules = readdirSync(join(SCHEMAS, 'compiled'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3).replaceAll('\\', '/'))
  .sort();

const isChecker = (value: unknown): value is Checker =>
  typeof value === 'object' && value !== null && typeof (value as Checker).issues === 'function';

/** Every compiled check, with its schema (tables such as `CUSTOM_FIELD_VALUE_SCHEMAS` entry by entry). */
export const compiledPairs: CompiledPair[] = [];
for (const module of modules) {
  const compiled = (await import(join(SCHEMAS, 'compiled', `${module}.ts`))) as Record<string, unknown>;
  const source = (await import(join(SCHEMAS, `${module}.ts`))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(compiled)) {
    if (isChecker(value)) {
      compiledPairs.push({
        name: `${module}.${name}`,
        schema: source[name] as z.ZodMiniType,
        checker: value,
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, entry] of Object.entries(value)) {
        if (!isChecker(entry)) continue;
        const table = source[name] as Record<string, z.ZodMiniType>;
        compiledPairs.push({
          name: `${module}.${name}.${key}`,
          schema: table[key] as z.ZodMiniType,
          checker: entry,
        });
      }
    }
  }
}

/** The compiled check of `schema`. */
export function compiledOf(schema: z.ZodMiniType): Checker {
  const pair = compiledPairs.find((candidate) => candidate.schema === schema);
  if (!pair) throw new Error('no compiled check for this schema');
  return pair.checker;
}
