/**
 * Generates src/schemas/compiled/: the SDK's zod schemas (src/schemas/sr, src/schemas/unified,
 * src/schemas/scheduling.ts) compiled ahead of time into zod-free checks built from the
 * combinators of src/schemas/checks.ts, one module per schema module, exporting each schema under
 * its own name. The SDK validates with these, so an app that uses it loads no zod; the zod schemas
 * stay the source of truth (and `smartrecruiters-sdk/schemas`).
 *
 *   npm run generate:checks     (writes src/schemas/compiled/)
 *
 * Each schema's definition (`_zod.def`) is read as zod parses it. A refinement, super-refinement,
 * custom check or message function is emitted as an import of its named function in
 * src/schemas/refinements.ts: a closure the script cannot name stops it with an error, and so does
 * any kind of schema or check it does not compile (transforms, defaults, pipes...). test/schemas/
 * compiled.test.ts fails when the files are not what this script generates, and holds each compiled
 * check to zod's answers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..');
const SCHEMAS = join(ROOT, 'src', 'schemas');
export const COMPILED = join(SCHEMAS, 'compiled');

/** The schema modules of `schemas` (src/schemas), relative to it, without extension. */
export function schemaModules(schemas = SCHEMAS): string[] {
  const inDir = (dir: string) =>
    existsSync(join(schemas, dir))
      ? readdirSync(join(schemas, dir))
          .filter((file) => file.endsWith('.ts') && file !== 'parse-input.ts')
          .map((file) => `${dir}/${file.slice(0, -3)}`)
      : [];
  const scheduling = existsSync(join(schemas, 'scheduling.ts')) ? ['scheduling'] : [];
  return [...inDir('sr'), ...inDir('unified'), ...scheduling].sort();
}

// biome-ignore lint/suspicious/noExplicitAny: zod's internals are read as they are.
type Zod = any;

const isSchema = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  '_zod' in value &&
  (value as Zod)._zod.traits?.has('$ZodType') === true;

/** Builtins a refinement may be. */
const BUILTINS = new Map<unknown, string>([
  [Number.isFinite, 'Number.isFinite'],
  [Number.isInteger, 'Number.isInteger'],
  [Number.isSafeInteger, 'Number.isSafeInteger'],
]);

interface Owner {
  module: string;
  name: string;
}

/** A JavaScript literal of a value zod compares with (enum and literal values). */
function literal(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null)
    return JSON.stringify(value);
  throw new Error(`cannot write ${String(value)} as a literal`);
}

const regexLiteral = (regex: RegExp): string => `/${regex.source}/${regex.flags}`;

/** The options of a `refine`/`custom` combinator from a custom check's definition; none, undefined. */
function customOptions(def: Zod): string | undefined {
  const options = [
    def.path ? `path: ${JSON.stringify(def.path)}` : undefined,
    def.abort ? 'abort: true' : undefined,
    def.params ? `params: ${JSON.stringify(def.params)}` : undefined,
  ].filter(Boolean);
  return options.length ? `{ ${options.join(', ')} }` : undefined;
}

/**
 * The generated modules, by path relative to src/schemas/compiled; `schemas` is the folder of the
 * schema modules and their refinements (src/schemas).
 */
export async function generateChecks(schemas = SCHEMAS): Promise<Map<string, string>> {
  const compiledDir = join(schemas, 'compiled');
  const refinements = (await import(pathToFileURL(join(schemas, 'refinements.ts')).href)) as Record<
    string,
    unknown
  >;
  const named = new Map<unknown, string>();
  for (const [name, value] of Object.entries(refinements)) {
    if (typeof value === 'function') named.set(value, name);
  }

  const modules = schemaModules(schemas);
  const namespaces = new Map<string, Record<string, unknown>>();
  const owners = new Map<object, Owner>();
  const aliases: Array<{ module: string; name: string; value: object }> = [];
  for (const module of modules) {
    const ns = (await import(pathToFileURL(join(schemas, `${module}.ts`)).href)) as Record<string, unknown>;
    namespaces.set(module, ns);
    const source = readFileSync(join(schemas, `${module}.ts`), 'utf8');
    for (const match of source.matchAll(/^export const (\w+)/gm)) {
      const name = match[1] as string;
      const value = ns[name];
      if (!isSchema(value) && !isSchemaTable(value)) continue;
      const owner = owners.get(value as object);
      // `export const B = A`: B is emitted as A.
      if (owner) aliases.push({ module, name, value: value as object });
      else owners.set(value as object, { module, name });
    }
  }

  function isSchemaTable(value: unknown): boolean {
    return (
      typeof value === 'object' &&
      value !== null &&
      !isSchema(value) &&
      Object.keys(value).length > 0 &&
      Object.values(value).every(isSchema)
    );
  }

  const out = new Map<string, string>();
  for (const module of modules) {
    const ns = namespaces.get(module) as Record<string, unknown>;
    const own = [...owners.entries()].filter(([, owner]) => owner.module === module);
    const aliased = new Set(aliases.filter((alias) => alias.module === module).map((alias) => alias.name));
    const reexported = Object.entries(ns).filter(
      ([name, value]) =>
        (isSchema(value) || isSchemaTable(value)) &&
        owners.get(value as object)?.module !== module &&
        !aliased.has(name),
    );
    if (own.length === 0 && reexported.length === 0) continue;
    out.set(`${module}.ts`, compileModule(module, own, reexported));
  }
  return out;

  function compileModule(module: string, own: Array<[object, Owner]>, reexported: Array<[string, unknown]>) {
    const here = dirname(join(compiledDir, module));
    const importPath = (target: string) => {
      const path = relative(here, target).replaceAll('\\', '/');
      return `${path.startsWith('.') ? path : `./${path}`}.js`;
    };
    const runtime = new Set<string>();
    const refinementImports = new Set<string>();
    const imports = new Map<string, Set<string>>();
    const lines: string[] = [];
    const emitted = new Map<object, string>();
    const emitting = new Set<object>();

    // Each expression built once per module (the combinators are pure: equal texts, equal checks).
    const hoisted = new Map<string, string>();
    let locals = 0;

    const use = (name: string) => {
      runtime.add(name);
      return name;
    };
    const where = (path: string[]) => `${module}: ${path.join('.')}`;

    function messageOf(error: unknown, path: string[]): string | undefined {
      if (error === undefined) return undefined;
      if (typeof error !== 'function') throw new Error(`${where(path)}: an error that is not a function`);
      const name = named.get(error);
      if (name) {
        refinementImports.add(name);
        return name;
      }
      // A fixed message (`'text'` or `{ message: 'text' }`): the same whatever the issue.
      const samples = [
        { code: 'custom', input: null, path: [] },
        { code: 'invalid_type', expected: 'string', input: 1, path: [] },
        { code: 'too_small', minimum: 1, origin: 'array', input: [], path: [] },
      ];
      const texts = samples.map((sample) => {
        const text = error(sample);
        return typeof text === 'string' ? text : text?.message;
      });
      if (typeof texts[0] === 'string' && texts.every((text) => text === texts[0]))
        return JSON.stringify(texts[0]);
      throw new Error(
        `${where(path)}: a message function the compiler cannot name: declare it in src/schemas/refinements.ts`,
      );
    }

    function fnName(fn: unknown, path: string[]): string {
      const builtin = BUILTINS.get(fn);
      if (builtin) return builtin;
      const name = named.get(fn);
      if (!name) {
        throw new Error(
          `${where(path)}: a refinement the compiler cannot name (a closure): declare it in src/schemas/refinements.ts`,
        );
      }
      refinementImports.add(name);
      return name;
    }

    const args = (...values: Array<string | undefined>) => {
      while (values.length > 0 && values[values.length - 1] === undefined) values.pop();
      return values.map((value) => value ?? 'undefined').join(', ');
    };

    function check(ch: Zod, owner: Zod, path: string[]): string {
      const def = ch._zod.def;
      const message =
        messageOf(def.error, path) ?? (ch === owner ? undefined : messageOf(owner._zod.def.error, path));
      const abort = def.abort ? 'true' : undefined;
      switch (def.check) {
        case 'min_length':
          return `/* @__PURE__ */ ${use('minLength')}(${args(String(def.minimum), message, abort)})`;
        case 'max_length':
          return `/* @__PURE__ */ ${use('maxLength')}(${args(String(def.maximum), message, abort)})`;
        case 'greater_than':
          return `/* @__PURE__ */ ${use('greaterThan')}(${args(literal(def.value), String(Boolean(def.inclusive)), message, abort)})`;
        case 'less_than':
          return `/* @__PURE__ */ ${use('lessThan')}(${args(literal(def.value), String(Boolean(def.inclusive)), message, abort)})`;
        case 'number_format':
          if (def.format !== 'safeint') throw new Error(`${where(path)}: number format ${def.format}`);
          return `/* @__PURE__ */ ${use('safeInt')}(${args(message, abort)})`;
        case 'string_format': {
          if (def.format === 'url') {
            if (def.normalize) throw new Error(`${where(path)}: a normalized URL`);
            const options = [
              def.protocol ? `protocol: ${regexLiteral(def.protocol)}` : undefined,
              def.hostname ? `hostname: ${regexLiteral(def.hostname)}` : undefined,
            ].filter(Boolean);
            return `/* @__PURE__ */ ${use('url')}(${args(`{ ${options.join(', ')} }`, message, abort)})`;
          }
          if (!(def.pattern instanceof RegExp))
            throw new Error(`${where(path)}: string format ${def.format}`);
          return `/* @__PURE__ */ ${use('pattern')}(${args(JSON.stringify(def.format), regexLiteral(def.pattern), message, abort)})`;
        }
        case 'custom': {
          if (def.when) throw new Error(`${where(path)}: a check with its own \`when\``);
          if (def.type === 'custom') {
            return `/* @__PURE__ */ ${use('refine')}(${args(fnName(def.fn, path), message ?? 'undefined', customOptions(def))})`;
          }
          if (typeof def.fn !== 'function') {
            throw new Error(
              `${where(path)}: a check without its function (use z.superRefine from src/schemas/zod.ts)`,
            );
          }
          return `/* @__PURE__ */ ${use('superRefine')}(${args(fnName(def.fn, path), message)})`;
        }
        default:
          throw new Error(`${where(path)}: a check the compiler does not know: ${def.check}`);
      }
    }

    const checksOf = (schema: Zod, path: string[], own: Zod[] = []) => {
      const list = [...own, ...(schema._zod.def.checks ?? [])];
      return list.length === 0 ? undefined : `[${list.map((ch) => check(ch, schema, path)).join(', ')}]`;
    };

    /** The expression of `schema`: a name (exported or local) or the combinators building it. */
    function ref(schema: Zod, path: string[]): string {
      const owner = owners.get(schema);
      if (owner && owner.module !== module) {
        const names = imports.get(owner.module) ?? new Set<string>();
        names.add(owner.name);
        imports.set(owner.module, names);
        return owner.name;
      }
      if (owner) return emit(schema, path);
      const text = compile(schema, path);
      if (text.length < 24) return text;
      let name = hoisted.get(text);
      if (!name) {
        name = `_${++locals}`;
        hoisted.set(text, name);
        lines.push(`const ${name} = ${text};`);
      }
      return name;
    }

    function emit(schema: Zod, path: string[]): string {
      const done = emitted.get(schema);
      if (done) return done;
      if (emitting.has(schema)) throw new Error(`${where(path)}: a schema that contains itself`);
      emitting.add(schema);
      const owner = owners.get(schema);
      if (!owner) throw new Error(`${where(path)}: only exported schemas are emitted by name`);
      const name = owner.name;
      const expression = isSchemaTable(schema)
        ? `{ ${Object.entries(schema)
            .map(([key, value]) => `${JSON.stringify(key)}: ${ref(value, [...path, key])}`)
            .join(', ')} }`
        : compile(schema, path);
      if (isSchemaTable(schema)) {
        lines.push(
          `export const ${name}: Readonly<Record<keyof typeof source.${name}, Checker>> = ${expression};`,
        );
      } else {
        lines.push(`export const ${name} = ${expression} as Checker<z.output<typeof source.${name}>>;`);
      }
      emitting.delete(schema);
      emitted.set(schema, name);
      return name;
    }

    function compile(schema: Zod, path: string[]): string {
      const zod = schema._zod;
      const def = zod.def;
      const self = zod.traits.has('$ZodCheck') ? [schema] : [];
      const message = messageOf(def.error, path);
      const pure = '/* @__PURE__ */ ';
      if (def.coerce) throw new Error(`${where(path)}: coercion`);
      switch (def.type) {
        case 'string':
          return `${pure}${use('str')}(${args(message, checksOf(schema, path, self))})`;
        case 'number':
          return `${pure}${use('num')}(${args(message, checksOf(schema, path, self))})`;
        case 'boolean':
          return `${pure}${use('bool')}(${args(message, checksOf(schema, path))})`;
        case 'null':
          return `${pure}${use('nul')}(${args(message, checksOf(schema, path))})`;
        case 'date':
          return `${pure}${use('date')}(${args(message, checksOf(schema, path))})`;
        case 'unknown':
        case 'any':
          return `${pure}${use('unknown')}(${args(checksOf(schema, path))})`;
        case 'enum':
        case 'literal': {
          const values: unknown[] = def.type === 'enum' ? [...zod.values] : def.values;
          return `${pure}${use('oneOf')}(${args(`[${values.map(literal).join(', ')}]`, message, checksOf(schema, path))})`;
        }
        case 'custom':
          return `${pure}${use('custom')}(${args(fnName(def.fn, path), message ?? 'undefined', customOptions(def) ?? '{}', checksOf(schema, path))})`;
        case 'optional':
        case 'nullable': {
          if (def.checks?.length) throw new Error(`${where(path)}: checks on an ${def.type} schema`);
          if (def.innerType._zod.optin === 'defaulted') throw new Error(`${where(path)}: a default`);
          return `${pure}${use(def.type)}(${ref(def.innerType, path)})`;
        }
        case 'array':
          return `${pure}${use('array')}(${args(ref(def.element, [...path, '[]']), message, checksOf(schema, path))})`;
        case 'object': {
          const shape = def.shape;
          if (Object.getOwnPropertySymbols(shape).length > 0) throw new Error(`${where(path)}: symbol keys`);
          const catchall = def.catchall?._zod.def.type;
          const mode =
            catchall === undefined
              ? 'strip'
              : catchall === 'unknown'
                ? 'loose'
                : catchall === 'never'
                  ? 'strict'
                  : '';
          if (!mode) throw new Error(`${where(path)}: an object with a catchall of ${catchall}`);
          const fields = Object.keys(shape).map(
            (key) => `${JSON.stringify(key)}: ${ref(shape[key], [...path, key])}`,
          );
          return `${pure}${use('object')}(${args(`{ ${fields.join(', ')} }`, `'${mode}'`, message, checksOf(schema, path))})`;
        }
        case 'record': {
          const key = def.keyType;
          if (def.mode === 'loose' || (key._zod.values && !def.partial)) {
            throw new Error(`${where(path)}: a record of enumerated or loose keys`);
          }
          const plain =
            key._zod.def.type === 'string' &&
            !key._zod.def.checks?.length &&
            !key._zod.traits.has('$ZodCheck');
          return `${pure}${use('record')}(${args(ref(key, [...path, '{key}']), ref(def.valueType, [...path, '{}']), message, checksOf(schema, path) ?? (plain ? '[]' : undefined), plain ? 'true' : undefined)})`;
        }
        case 'union': {
          if (def.checks?.length) throw new Error(`${where(path)}: checks on a union`);
          const options: Zod[] = def.options;
          if (def.discriminator !== undefined) {
            if (def.unionFallback) throw new Error(`${where(path)}: a discriminated union with a fallback`);
            const map = new Map<unknown, number | null>();
            options.forEach((option, index) => {
              for (const value of option._zod.propValues?.[def.discriminator] ?? []) {
                if (map.has(value)) {
                  if (value !== undefined)
                    throw new Error(`${where(path)}: duplicate discriminator ${String(value)}`);
                  map.set(value, null);
                } else map.set(value, index);
              }
            });
            const entries = [...map.entries()]
              .filter(([, index]) => index !== null)
              .map(([value, index]) => `[${literal(value)}, ${index}]`);
            return `${pure}${use('discriminated')}(${args(
              JSON.stringify(def.discriminator),
              `[${entries.join(', ')}]`,
              `[${options.map((option, i) => ref(option, [...path, `|${i}`])).join(', ')}]`,
              message,
            )})`;
          }
          if (def.inclusive === false) throw new Error(`${where(path)}: an exclusive union`);
          // zod runs a one-option union as that option.
          if (options.length === 1) return ref(options[0], path);
          const flags = [
            zod.optin ? `optin: '${zod.optin}'` : undefined,
            zod.optout ? `optout: '${zod.optout}'` : undefined,
          ].filter(Boolean);
          return `${pure}${use('union')}(${args(
            `[${options.map((option, i) => ref(option, [...path, `|${i}`])).join(', ')}]`,
            message,
            flags.length ? `{ ${flags.join(', ')} }` : undefined,
          )})`;
        }
        default:
          throw new Error(`${where(path)}: a ${def.type} schema, which the compiler does not compile`);
      }
    }

    for (const [value, owner] of own) emit(value, [owner.name]);
    for (const alias of aliases.filter((entry) => entry.module === module)) {
      lines.push(`export const ${alias.name} = ${ref(alias.value, [alias.name])};`);
    }

    const head = [
      `// Generated by scripts/compile-checks.ts from src/schemas/${module}.ts (npm run generate:checks): do not edit.`,
      `import type * as z from 'zod/mini';`,
      `import { ${[...runtime].sort().join(', ')}, type Checker } from '${importPath(join(SCHEMAS, 'checks'))}';`,
    ];
    if (own.length === 0) head.splice(1, 2);
    if (refinementImports.size > 0) {
      head.push(
        `import { ${[...refinementImports].sort().join(', ')} } from '${importPath(join(schemas, 'refinements'))}';`,
      );
    }
    for (const [target, names] of [...imports.entries()].sort()) {
      head.push(
        `import { ${[...names].sort().join(', ')} } from '${importPath(join(compiledDir, target))}';`,
      );
    }
    if (own.length > 0) {
      head.push(`import type * as source from '${importPath(join(schemas, module))}';`);
    }
    const tail: string[] = [];
    const byModule = new Map<string, string[]>();
    for (const [name, value] of reexported) {
      const owner = owners.get(value as object);
      if (!owner) continue;
      const names = byModule.get(owner.module) ?? [];
      names.push(owner.name === name ? name : `${owner.name} as ${name}`);
      byModule.set(owner.module, names);
    }
    for (const [target, names] of [...byModule.entries()].sort()) {
      tail.push(`export { ${names.sort().join(', ')} } from '${importPath(join(compiledDir, target))}';`);
    }
    const text = [...head, '', ...lines, ...(tail.length ? ['', ...tail] : []), ''].join('\n');
    return execFileSync(
      join(ROOT, 'node_modules', '.bin', 'biome'),
      ['check', '--write', `--stdin-file-path=${join(compiledDir, `${module}.ts`)}`],
      { cwd: ROOT, input: text, encoding: 'utf8' },
    );
  }
}

if (process.argv[1] === import.meta.filename) {
  const { mkdirSync, rmSync, writeFileSync } = await import('node:fs');
  const files = await generateChecks();
  rmSync(COMPILED, { recursive: true, force: true });
  for (const [file, text] of files) {
    mkdirSync(dirname(join(COMPILED, file)), { recursive: true });
    writeFileSync(join(COMPILED, file), text);
  }
  console.log(`wrote ${files.size} modules to ${relative(ROOT, COMPILED)}`);
}
