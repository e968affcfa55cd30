/**
 * Writes the conformance table (docs/conformance/sr-api.json) from local copies of SmartRecruiters'
 * official specifications:
 *
 *   npx tsx scripts/conformance/build-table.ts \
 *     --ks <openapi.yaml> --idx <smartrecruiters-openapi-manifest.json> --idx-tools <tools.json>
 *
 * - `--ks`: konfig-sdks/openapi-examples `smartrecruiters/openapi.yaml` at `KS.commit`: SR's
 *   official registry specs merged into one OpenAPI 3 file (schemas, parameters, status and error
 *   codes, scopes). The merge dropped every API's path prefix and let same-named items overwrite
 *   each other.
 * - `--idx`: OpenCompanyApp/integrations `packages/smartrecruiters/smartrecruiters-openapi-manifest.json`
 *   at `IDX.commit`: the 31 official registries' 312 operations with their base URLs (hence the
 *   prefixes), methods, paths and operation ids. The table has one row per operation here.
 * - `--idx-tools`: the query parameters of the same repository's per-operation tool files
 *   (`packages/smartrecruiters/src/Tools/<class>.php`, same commit), used only where [KS] lacks an
 *   operation's parameters (the whole operation, or parameters the registry gained since), as JSON: `{ "<class>": { "query": [[name, type, required, itemType?,
 *   enum?], ...], "bodyMode": "json" | "multipart" | "form", "bodyRequired": boolean, "body"?: true } }`
 *   (a tool's `QUERY_PARAMS` keys with the types of its `PARAMETERS`).
 *
 * Only facts are copied: names, types, formats, required, enums, bounds, defaults, nullable,
 * additionalProperties, status codes, error codes, scopes, deprecation. No description, summary,
 * example or other prose. The output is deterministic (sorted keys, stable order).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import {
  type ArrayStyle,
  type ConformanceTable,
  ROOT,
  type Schema,
  TABLE_PATH,
  type TableOperation,
  type TableParameter,
  type TableResponse,
  type TableSource,
} from './table.js';

/** The sources, pinned. */
export const KS: TableSource = {
  repository: 'konfig-sdks/openapi-examples',
  path: 'smartrecruiters/openapi.yaml',
  commit: '2d2b1f35dea9f56a07e6fa1f70697171b2676bb5',
  provides: 'schemas, parameters, request bodies, responses, error codes, scopes, deprecation',
};
export const IDX: TableSource = {
  repository: 'OpenCompanyApp/integrations',
  path: 'packages/smartrecruiters/smartrecruiters-openapi-manifest.json',
  commit: 'c985435e6d4f21b83cf5df28414f12584f164711',
  provides: 'the operations: registry, base path, method, path, operation id',
};
export const IDX_TOOLS: TableSource = {
  repository: 'OpenCompanyApp/integrations',
  path: 'packages/smartrecruiters/src/Tools/*.php',
  commit: 'c985435e6d4f21b83cf5df28414f12584f164711',
  provides: 'query parameters of operations whose parameters [KS] lacks',
};

const HOST = 'https://api.smartrecruiters.com';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface IdxOperation {
  operation_id: string;
  method: string;
  base_url: string;
  path: string;
  class: string;
  source: string;
  body_mode: string;
}

interface IdxManifest {
  operations: IdxOperation[];
}

type ToolParam = [string, string, boolean, (string | null)?, string[]?];
interface IdxTool {
  query: ToolParam[];
  bodyMode: string;
  bodyRequired: boolean;
  body?: boolean;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Schema keywords kept (facts). Everything else (description, title, example, x-*) is dropped. */
const SCHEMA_KEYWORDS = new Set([
  'type',
  'format',
  'enum',
  'const',
  'default',
  'required',
  'nullable',
  'readOnly',
  'writeOnly',
  'deprecated',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
]);
const SCHEMA_CHILDREN = new Set(['items', 'additionalProperties', 'not', 'propertyNames']);
const SCHEMA_LISTS = new Set(['allOf', 'oneOf', 'anyOf']);

/** Sorts an object's keys, recursively (stable, reviewable JSON). */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
  return out;
}

class Builder {
  private readonly doc: JsonObject;
  private readonly components: JsonObject;
  /** Component schemas referenced so far (transitively). */
  private readonly used = new Map<string, Schema>();

  constructor(doc: JsonObject) {
    this.doc = doc;
    this.components = isObject(doc.components) ? doc.components : {};
  }

  private component(kind: string, ref: string): Json {
    const prefix = `#/components/${kind}/`;
    if (!ref.startsWith(prefix)) throw new Error(`unexpected $ref ${ref}`);
    const section = this.components[kind];
    const value = isObject(section) ? section[ref.slice(prefix.length)] : undefined;
    if (value === undefined) throw new Error(`dangling $ref ${ref}`);
    return value;
  }

  /** Follows `$ref`s to a non-schema component (parameter, request body, response). */
  private deref(value: Json, kind: string): Json {
    let current = value;
    for (let i = 0; i < 10 && isObject(current) && typeof current.$ref === 'string'; i++) {
      current = this.component(kind, current.$ref.trim());
    }
    return current;
  }

  /** A schema with facts only; component references become `#/schemas/Name`. */
  schema(value: Json | undefined): Schema {
    if (!isObject(value)) return {};
    if (typeof value.$ref === 'string') {
      const ref = value.$ref.trim();
      const name = ref.slice('#/components/schemas/'.length);
      this.useSchema(name, ref);
      return { $ref: `#/schemas/${name}` };
    }
    const out: Schema = {};
    for (const [key, child] of Object.entries(value)) {
      if (SCHEMA_KEYWORDS.has(key)) out[key] = child;
      else if (key === 'properties' && isObject(child)) {
        const props: Record<string, Schema> = {};
        for (const [name, prop] of Object.entries(child)) props[name] = this.schema(prop);
        out.properties = props;
      } else if (SCHEMA_CHILDREN.has(key)) {
        out[key] = typeof child === 'boolean' ? child : this.schema(child);
      } else if (SCHEMA_LISTS.has(key) && Array.isArray(child)) {
        out[key] = child.map((item) => this.schema(item));
      } else if (key === 'discriminator' && isObject(child)) {
        const mapping: Record<string, string> = {};
        if (isObject(child.mapping)) {
          for (const [tag, ref] of Object.entries(child.mapping)) {
            if (typeof ref !== 'string') continue;
            const name = ref.trim().slice('#/components/schemas/'.length);
            this.useSchema(name, ref.trim());
            mapping[tag] = `#/schemas/${name}`;
          }
        }
        out.discriminator = {
          propertyName: child.propertyName ?? null,
          ...(Object.keys(mapping).length > 0 ? { mapping } : {}),
        };
      }
    }
    return out;
  }

  private useSchema(name: string, ref: string): void {
    if (this.used.has(name)) return;
    this.used.set(name, {});
    this.used.set(name, this.schema(this.component('schemas', ref)));
  }

  /** The component schemas referenced, by name. */
  schemas(): Record<string, Schema> {
    return Object.fromEntries([...this.used.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** The [KS] operations by `METHOD /path`, with their path-level parameters. */
  operations(): Map<string, { op: JsonObject; pathParams: Json[] }> {
    const map = new Map<string, { op: JsonObject; pathParams: Json[] }>();
    const paths = isObject(this.doc.paths) ? this.doc.paths : {};
    for (const [path, item] of Object.entries(paths)) {
      if (!isObject(item)) continue;
      const pathParams = Array.isArray(item.parameters) ? item.parameters : [];
      for (const method of METHODS) {
        const op = item[method];
        if (isObject(op)) map.set(`${method.toUpperCase()} ${path}`, { op, pathParams });
      }
    }
    return map;
  }

  parameters(pathParams: Json[], op: JsonObject): TableParameter[] {
    const byKey = new Map<string, TableParameter>();
    const own = Array.isArray(op.parameters) ? op.parameters : [];
    for (const raw of [...pathParams, ...own]) {
      const p = this.deref(raw, 'parameters');
      if (!isObject(p) || typeof p.name !== 'string' || typeof p.in !== 'string') continue;
      const schema = this.schema(p.schema);
      const param: TableParameter = {
        name: p.name,
        in: p.in as TableParameter['in'],
        required: p.required === true || p.in === 'path',
        schema,
      };
      const style = arrayStyle(p, this.resolvedType(schema));
      if (style) param.arrayStyle = style;
      if (p.deprecated === true) param.deprecated = true;
      byKey.set(`${p.in} ${p.name}`, param);
    }
    return [...byKey.values()];
  }

  /** The `type` of a schema, following a component reference. */
  private resolvedType(schema: Schema): unknown {
    if (typeof schema.$ref === 'string') {
      return this.used.get(schema.$ref.slice('#/schemas/'.length))?.type;
    }
    return schema.type;
  }

  requestBody(op: JsonObject): TableOperation['requestBody'] {
    if (op.requestBody === undefined) return undefined;
    const body = this.deref(op.requestBody, 'requestBodies');
    if (!isObject(body)) return undefined;
    return { required: body.required === true, content: this.content(body.content) };
  }

  private content(value: Json | undefined): Record<string, Schema> {
    const out: Record<string, Schema> = {};
    if (!isObject(value)) return out;
    for (const [type, media] of Object.entries(value)) {
      const base = mediaType(type);
      const schema = isObject(media) ? this.schema(media.schema) : {};
      // `application/json;charset=UTF-8` and `application/json` are one media type.
      if (!(base in out) || Object.keys(out[base] ?? {}).length === 0) out[base] = schema;
    }
    return out;
  }

  responses(op: JsonObject): Record<string, TableResponse> {
    const out: Record<string, TableResponse> = {};
    const responses = isObject(op.responses) ? op.responses : {};
    for (const status of Object.keys(responses).sort()) {
      const raw = responses[status];
      if (raw === undefined) continue;
      const response = this.deref(raw, 'responses');
      if (!isObject(response)) continue;
      const entry: TableResponse = {};
      const content = this.content(response.content);
      if (Object.keys(content).length > 0) entry.content = content;
      if (isObject(response.headers)) entry.headers = Object.keys(response.headers).sort();
      const codes = errorCodes(typeof response.description === 'string' ? response.description : '');
      if (codes.length > 0) entry.codes = codes;
      out[status] = entry;
    }
    return out;
  }
}

/** `application/json;charset=UTF-8` -> `application/json`. */
export function mediaType(type: string): string {
  return (type.split(';')[0] ?? '').trim().toLowerCase();
}

/** How an array query parameter is serialized (OpenAPI 3: `form` + `explode` by default). */
function arrayStyle(p: JsonObject, type: unknown): ArrayStyle | undefined {
  if (type !== 'array') return undefined;
  const style = typeof p.style === 'string' ? p.style : p.in === 'query' ? 'form' : 'simple';
  const explode = typeof p.explode === 'boolean' ? p.explode : style === 'form';
  if (style === 'form') return explode ? 'repeat' : 'comma';
  if (style === 'spaceDelimited') return 'space';
  if (style === 'pipeDelimited') return 'pipe';
  if (style === 'deepObject') return 'deep-object';
  return 'comma';
}

const CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/**
 * The error codes named in a response description. SR writes them as `**CODE**`, `*CODE*`,
 * `'CODE'` or after the word "code(s)"; other upper-case words (enum values in the prose) are not
 * codes.
 */
export function errorCodes(description: string): string[] {
  const codes = new Set<string>();
  for (const match of description.matchAll(/\*{1,2}\s*'?([A-Z][A-Z0-9_]+)'?\s*\*{1,2}/g)) {
    if (match[1] && CODE.test(match[1])) codes.add(match[1]);
  }
  for (const match of description.matchAll(/'([A-Z][A-Z0-9_]+)'/g)) {
    if (match[1] && CODE.test(match[1])) codes.add(match[1]);
  }
  for (const match of description.matchAll(/\bcodes?:?\s+([A-Z][A-Z0-9_]+)/g)) {
    if (match[1] && CODE.test(match[1])) codes.add(match[1]);
  }
  return [...codes].sort();
}

function security(op: JsonObject): TableOperation['security'] {
  if (!Array.isArray(op.security)) return undefined;
  let apiKey = false;
  const scopes = new Set<string>();
  const other = new Map<string, Set<string>>();
  for (const requirement of op.security) {
    if (!isObject(requirement)) continue;
    for (const [scheme, list] of Object.entries(requirement)) {
      if (scheme === 'key') apiKey = true;
      else if (scheme === 'oauth' && Array.isArray(list)) {
        for (const scope of list) if (typeof scope === 'string') scopes.add(scope);
      } else {
        const schemeScopes = other.get(scheme) ?? new Set<string>();
        if (Array.isArray(list))
          for (const scope of list) if (typeof scope === 'string') schemeScopes.add(scope);
        other.set(scheme, schemeScopes);
      }
    }
  }
  return {
    apiKey,
    oauthScopes: [...scopes].sort(),
    ...(other.size > 0
      ? {
          otherSchemes: Object.fromEntries(
            [...other.keys()].sort().map((scheme) => [scheme, [...(other.get(scheme) ?? [])].sort()]),
          ),
        }
      : {}),
  };
}

/** Parameters of an operation [KS] does not describe, from its [IDX] tool file. */
function toolParameters(path: string, tool: IdxTool | undefined): TableParameter[] {
  const params: TableParameter[] = [];
  for (const match of path.matchAll(/\{([^}]+)\}/g)) {
    if (match[1]) params.push({ name: match[1], in: 'path', required: true, schema: { type: 'string' } });
  }
  for (const [name, type, required, itemType, values] of tool?.query ?? []) {
    const schema: Schema = { type };
    if (type === 'array') {
      const items: Schema = { type: itemType ?? 'string' };
      if (values) items.enum = values;
      schema.items = items;
    } else if (values) schema.enum = values;
    const param: TableParameter = { name, in: 'query', required, schema };
    // SmartRecruiters sends array query parameters as repeated keys.
    if (type === 'array') param.arrayStyle = 'repeat';
    params.push(param);
  }
  return params;
}

/** Builds the table from the parsed sources. */
export function buildTable(
  ksDoc: JsonObject,
  manifest: IdxManifest,
  tools: Record<string, IdxTool>,
): ConformanceTable {
  const builder = new Builder(ksDoc);
  const ksOps = builder.operations();
  const idxOps = [...manifest.operations].sort(
    (a, b) =>
      a.source.localeCompare(b.source) ||
      a.path.localeCompare(b.path) ||
      METHODS.indexOf(a.method.toLowerCase() as (typeof METHODS)[number]) -
        METHODS.indexOf(b.method.toLowerCase() as (typeof METHODS)[number]) ||
      a.operation_id.localeCompare(b.operation_id),
  );
  // [IDX] operations per [KS] key: two operations under one key (two registries' APIs with
  // different prefixes) share the one [KS] operation the merge kept.
  const byKsKey = new Map<string, IdxOperation[]>();
  for (const op of idxOps) {
    const key = `${op.method} ${op.path}`;
    byKsKey.set(key, [...(byKsKey.get(key) ?? []), op]);
  }
  const idOf = (op: IdxOperation) => `${op.source.replace(/\.json$/, '')}:${op.operation_id}`;
  const operations: TableOperation[] = [];
  for (const idx of idxOps) {
    if (!idx.base_url.startsWith(HOST) && idx.base_url !== 'https://your.domain.com') {
      throw new Error(`unexpected base URL ${idx.base_url}`);
    }
    const basePath = idx.base_url.startsWith(HOST) ? idx.base_url.slice(HOST.length) : '';
    const ksKey = `${idx.method} ${idx.path}`;
    const ks = ksOps.get(ksKey);
    const siblings = (byKsKey.get(ksKey) ?? []).filter((other) => other !== idx);
    const tool = tools[idx.class];
    const registry = idx.source.replace(/\.json$/, '');
    const row: TableOperation = {
      id: idOf(idx),
      registry,
      basePath,
      method: idx.method,
      path: idx.path,
      key: `${idx.method} ${basePath}${idx.path}`,
      operationId: idx.operation_id,
      ...(idx.base_url.startsWith(HOST) ? {} : { partnerHosted: true as const }),
      source: ks ? (siblings.length > 0 ? 'ks-shared' : 'ks') : 'idx',
      parametersFrom: ks && siblings.length === 0 ? 'ks' : 'idx-tools',
      deprecated: false,
      parameters: [],
    };
    if (ks) {
      row.ksOperationId = String(ks.op.operationId ?? '');
      if (siblings.length > 0) row.sharedWith = siblings.map(idOf).sort();
      const sec = security(ks.op);
      if (sec) row.security = sec;
      // A shared operation's `deprecated` is one registry's: the registry's own name says which.
      row.deprecated = siblings.length > 0 ? registry.endsWith('-deprecated') : ks.op.deprecated === true;
      const body = builder.requestBody(ks.op);
      if (body) row.requestBody = body;
      row.responses = builder.responses(ks.op);
    }
    if (row.parametersFrom === 'ks' && ks) {
      row.parameters = builder.parameters(ks.pathParams, ks.op);
      // The registry may have gained query parameters since [KS] was merged: the tool file has them.
      const known = new Set(row.parameters.map((p) => `${p.in} ${p.name}`));
      for (const param of toolParameters('', tool)) {
        if (!known.has(`${param.in} ${param.name}`)) row.parameters.push({ ...param, from: 'idx-tools' });
      }
    } else {
      if (!tool) throw new Error(`no [IDX] tool parameters for ${idx.class} (${row.key})`);
      row.parameters = toolParameters(idx.path, tool);
    }
    if (!ks && tool?.body) row.idxBody = { mode: tool.bodyMode, required: tool.bodyRequired };
    operations.push(row);
  }
  const matched = new Set(idxOps.map((op) => `${op.method} ${op.path}`));
  const ksOnly = [...ksOps.entries()]
    .filter(([key]) => !matched.has(key))
    .map(([key, { op }]) => {
      const space = key.indexOf(' ');
      return {
        method: key.slice(0, space),
        path: key.slice(space + 1),
        ksOperationId: String(op.operationId),
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  const count = (source: TableOperation['source']) => operations.filter((op) => op.source === source).length;
  return sortKeys({
    description:
      "SmartRecruiters' operations as facts read from SR's official specifications (no prose). " +
      'Regenerate with scripts/conformance/build-table.ts; deliberate differences and known faults ' +
      'of the sources are in exceptions.json.',
    generatedBy: 'scripts/conformance/build-table.ts',
    sources: { ks: KS, idx: IDX, idxTools: IDX_TOOLS },
    counts: {
      operations: operations.length,
      withKsSchema: count('ks'),
      sharedKsSchema: count('ks-shared'),
      noSchemaInKs: count('idx'),
      ksOnly: ksOnly.length,
    },
    operations,
    ksOnly,
    schemas: builder.schemas(),
  }) as ConformanceTable;
}

function arg(name: string): string {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  if (!value) {
    throw new Error(
      `missing ${name}; usage: tsx scripts/conformance/build-table.ts --ks <openapi.yaml> ` +
        '--idx <manifest.json> --idx-tools <tools.json> [--out <table.json>]',
    );
  }
  return value;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ksDoc = parseYaml(readFileSync(arg('--ks'), 'utf8'), { maxAliasCount: -1 }) as JsonObject;
  const manifest = JSON.parse(readFileSync(arg('--idx'), 'utf8')) as IdxManifest;
  const tools = JSON.parse(readFileSync(arg('--idx-tools'), 'utf8')) as Record<string, IdxTool>;
  const out = process.argv.includes('--out') ? arg('--out') : `${ROOT}${TABLE_PATH}`;
  const table = buildTable(ksDoc, manifest, tools);
  writeFileSync(out, `${JSON.stringify(table, null, 2)}\n`);
  console.log(`${out}: ${JSON.stringify(table.counts)}`);
}
