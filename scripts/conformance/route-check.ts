/**
 * Holds the SDK's typed routes (`interface Routes` in src/routes.ts) to SmartRecruiters'
 * specification (the conformance table): for every route, read with the TypeScript compiler, that
 * the operation exists with the same method and base path, that its path parameters, query
 * parameters (names, required, arrays sent as repeated keys) and request body (properties,
 * required, types, enums) are SR's, that it is marked deprecated exactly when SR deprecates it, and
 * that the fields its response type names are fields of SR's response.
 */
import ts from 'typescript';
import {
  type ConformanceTable,
  loadTable,
  operationsByKey,
  ROOT,
  type Schema,
  type TableOperation,
} from './table.js';

/** A TypeScript type, reduced to what a JSON Schema can say. */
export type Shape =
  | { kind: 'any' }
  | { kind: 'never' }
  | { kind: 'binary' }
  | { kind: 'string'; literals?: string[] }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'null' }
  | { kind: 'date' }
  | { kind: 'array'; item: Shape }
  | { kind: 'object'; props: Map<string, { optional: boolean; shape: Shape }>; index: boolean }
  | { kind: 'union'; members: Shape[] };

/** One typed route, as the compiler reads it. */
export interface TypedRoute {
  key: string;
  method: string;
  path: string;
  deprecated: boolean;
  params: string[] | null;
  query: Shape | null;
  body: { optional: boolean; shape: Shape } | null;
  response: Shape | null;
}

/** What a route check found. */
export interface RouteFinding {
  operation: string;
  /** `route`: the operation itself; `path`, `query`, `body`, `deprecated`, `response`: that part. */
  aspect: 'route' | 'path' | 'query' | 'body' | 'deprecated' | 'response';
  /** The parameter, property (JSON pointer) or `*`. */
  detail: string;
  message: string;
}

/** The outcome of checking every typed route. */
export interface RouteCheck {
  routes: TypedRoute[];
  /** Typed routes found in the table. */
  inTable: string[];
  /** Of those, routes whose request and response schemas [KS] gives (`source` ks or ks-shared). */
  withSchemas: string[];
  findings: RouteFinding[];
}

const MAX_DEPTH = 8;

const read = new Map<string, TypedRoute[]>();

/**
 * Reads a route interface (default `interface Routes` of src/routes.ts) into shapes (once per
 * file, interface and process).
 */
export function readTypedRoutes(file = `${ROOT}src/routes.ts`, name = 'Routes'): TypedRoute[] {
  const key = `${file}#${name}`;
  let routes = read.get(key);
  if (!routes) {
    routes = compileRoutes(file, name);
    read.set(key, routes);
  }
  return routes;
}

/**
 * The endpoints an assessment partner hosts (`AssessmentPartnerAppRoutes`), served by the SDK's
 * handler kit rather than called: typed and checked like `Routes`, kept out of it.
 */
export function readPartnerHostedRoutes(): TypedRoute[] {
  return readTypedRoutes(`${ROOT}src/routes/assessment-partner-app.ts`, 'AssessmentPartnerAppRoutes');
}

function compileRoutes(file: string, name: string): TypedRoute[] {
  const program = ts.createProgram([file], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const routes = source?.statements.find(
    (node): node is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(node) && node.name.text === name,
  );
  if (!routes) throw new Error(`${file} declares no ${name} interface`);
  const routesType = checker.getTypeAtLocation(routes.name);
  const out: TypedRoute[] = [];
  for (const property of routesType.getProperties()) {
    const key = property.getName();
    const space = key.indexOf(' ');
    const entry = checker.getTypeOfSymbol(property);
    const member = (name: string) => {
      const symbol = entry.getProperty(name);
      if (!symbol) return null;
      return {
        optional: (symbol.flags & ts.SymbolFlags.Optional) !== 0,
        type: checker.getTypeOfSymbol(symbol),
      };
    };
    const params = member('params');
    const query = member('query');
    const body = member('body');
    const response = member('response');
    const shape = (type: ts.Type) => toShape(checker, type, 0, new Set());
    out.push({
      key,
      method: key.slice(0, space),
      path: key.slice(space + 1),
      deprecated: isDeprecated(property),
      params: params
        ? params.type
            .getProperties()
            .map((p) => p.getName())
            .sort()
        : null,
      query: query ? shape(query.type) : null,
      body: body ? { optional: body.optional, shape: shape(body.type) } : null,
      response: response ? shape(response.type) : null,
    });
  }
  return out;
}

/** Whether a route's declaration carries `@deprecated` (through the prefixing mapped types too). */
function isDeprecated(symbol: ts.Symbol): boolean {
  const tags = symbol.getJsDocTags();
  if (tags.some((tag) => tag.name === 'deprecated')) return true;
  // A prefixed route (`Prefixed<...>`) is a mapped property: its declaration is the original's.
  const target = (symbol as ts.Symbol & { links?: { syntheticOrigin?: ts.Symbol } }).links?.syntheticOrigin;
  if (target?.getJsDocTags().some((tag) => tag.name === 'deprecated')) return true;
  for (const declaration of symbol.declarations ?? []) {
    if (ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'deprecated')) return true;
  }
  return false;
}

function toShape(checker: ts.TypeChecker, type: ts.Type, depth: number, seen: Set<ts.Type>): Shape {
  if (depth > MAX_DEPTH) return { kind: 'any' };
  const flags = type.flags;
  if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return { kind: 'any' };
  if (flags & ts.TypeFlags.Never) return { kind: 'never' };
  if (flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return { kind: 'never' };
  if (flags & ts.TypeFlags.Null) return { kind: 'null' };
  if (flags & ts.TypeFlags.StringLiteral)
    return { kind: 'string', literals: [(type as ts.StringLiteralType).value] };
  if (flags & ts.TypeFlags.String) return { kind: 'string' };
  if (flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) return { kind: 'number' };
  if (flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return { kind: 'boolean' };
  if (type.isUnion()) {
    const members = type.types
      .map((t) => toShape(checker, t, depth + 1, seen))
      .filter((shape) => shape.kind !== 'never');
    return simplifyUnion(members);
  }
  if (type.isIntersection()) {
    // `string & {}` (the open end of `Open<T>`) is a string.
    if (type.types.some((t) => t.flags & ts.TypeFlags.String)) return { kind: 'string' };
    return objectShape(checker, type, depth, seen);
  }
  const symbolName = type.getSymbol()?.getName();
  if (symbolName === 'Date') return { kind: 'date' };
  if (
    symbolName &&
    ['Blob', 'Uint8Array', 'ArrayBuffer', 'File', 'FormData', 'ReadableStream'].includes(symbolName)
  ) {
    return { kind: 'binary' };
  }
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    const [item] = checker.getTypeArguments(type as ts.TypeReference);
    return { kind: 'array', item: item ? toShape(checker, item, depth + 1, seen) : { kind: 'any' } };
  }
  if (flags & ts.TypeFlags.Object) return objectShape(checker, type, depth, seen);
  return { kind: 'any' };
}

function objectShape(checker: ts.TypeChecker, type: ts.Type, depth: number, seen: Set<ts.Type>): Shape {
  if (seen.has(type)) return { kind: 'any' };
  // `{ data, fileName, contentType? }`: a file with its name, sent as one multipart file part.
  const data = type.getProperty('data');
  if (data && type.getProperty('fileName')) {
    const dataShape = toShape(checker, checker.getTypeOfSymbol(data), depth + 1, seen);
    const members = dataShape.kind === 'union' ? dataShape.members : [dataShape];
    if (members.every((m) => m.kind === 'binary')) return { kind: 'binary' };
  }
  const next = new Set(seen).add(type);
  const props = new Map<string, { optional: boolean; shape: Shape }>();
  for (const symbol of checker.getPropertiesOfType(type)) {
    const propType = checker.getTypeOfSymbol(symbol);
    props.set(symbol.getName(), {
      optional: (symbol.flags & ts.SymbolFlags.Optional) !== 0,
      shape: toShape(checker, propType, depth + 1, next),
    });
  }
  const index = Boolean(checker.getIndexInfoOfType(type, ts.IndexKind.String));
  return { kind: 'object', props, index };
}

function simplifyUnion(members: Shape[]): Shape {
  const strings = members.filter((m) => m.kind === 'string');
  const others = members.filter((m) => m.kind !== 'string');
  const out: Shape[] = [...others];
  if (strings.length > 0) {
    // `'A' | 'B' | (string & {})` is an open string; `'A' | 'B'` a closed set.
    const open = strings.some((s) => s.kind === 'string' && !s.literals);
    const literals = strings.flatMap((s) => (s.kind === 'string' ? (s.literals ?? []) : []));
    out.push(open ? { kind: 'string' } : { kind: 'string', literals });
  }
  const booleans = out.filter((m) => m.kind === 'boolean');
  const deduped = [...out.filter((m) => m.kind !== 'boolean'), ...booleans.slice(0, 1)];
  if (deduped.length === 1 && deduped[0]) return deduped[0];
  return { kind: 'union', members: deduped };
}

/** A schema with its `$ref`s followed and its `allOf` merged. */
interface Resolved {
  types: Set<string>;
  enum?: unknown[];
  format?: string;
  properties: Map<string, Schema>;
  required: Set<string>;
  /** `additionalProperties` allowed (or a schema for them). */
  open: boolean | Schema;
  items?: Schema;
  alternatives?: Schema[];
  nullable: boolean;
}

function resolveSchema(schema: Schema, table: ConformanceTable, depth = 0): Resolved {
  const out: Resolved = {
    types: new Set(),
    properties: new Map(),
    required: new Set(),
    open: true,
    nullable: false,
  };
  const visit = (s: Schema, d: number) => {
    if (d > 12) return;
    if (typeof s.$ref === 'string') {
      const target = table.schemas[s.$ref.slice('#/schemas/'.length)];
      if (target) visit(target, d + 1);
      return;
    }
    if (typeof s.type === 'string') out.types.add(s.type);
    if (Array.isArray(s.enum)) out.enum = s.enum;
    if (typeof s.format === 'string') out.format = s.format;
    if (s.nullable === true) out.nullable = true;
    if (s.properties && typeof s.properties === 'object') {
      for (const [name, prop] of Object.entries(s.properties as Record<string, Schema>)) {
        if (!out.properties.has(name)) out.properties.set(name, prop);
      }
    }
    if (Array.isArray(s.required)) for (const name of s.required) out.required.add(String(name));
    if (s.additionalProperties === false) out.open = false;
    else if (typeof s.additionalProperties === 'object') out.open = s.additionalProperties as Schema;
    if (s.items && typeof s.items === 'object') out.items = s.items as Schema;
    if (Array.isArray(s.allOf)) for (const member of s.allOf as Schema[]) visit(member, d + 1);
    for (const key of ['oneOf', 'anyOf'] as const) {
      if (Array.isArray(s[key])) out.alternatives = [...(out.alternatives ?? []), ...(s[key] as Schema[])];
    }
  };
  visit(schema, depth);
  if (out.properties.size > 0 && out.types.size === 0) out.types.add('object');
  return out;
}

/** A schema's own facts (types, properties, required; `allOf` merged) without its alternatives. */
function schemaWithout(schema: Schema, table: ConformanceTable): Schema {
  const resolved = resolveSchema(schema, table);
  const out: Schema = {};
  const [type] = resolved.types;
  if (type) out.type = type;
  if (resolved.enum) out.enum = resolved.enum;
  if (resolved.format) out.format = resolved.format;
  if (resolved.nullable) out.nullable = true;
  if (resolved.properties.size > 0) out.properties = Object.fromEntries(resolved.properties);
  if (resolved.required.size > 0) out.required = [...resolved.required];
  if (resolved.items) out.items = resolved.items;
  if (resolved.open === false) out.additionalProperties = false;
  return out;
}

/** Compares a TypeScript shape with SR's schema. */
function compare(
  shape: Shape,
  schema: Schema,
  table: ConformanceTable,
  pointer: string,
  direction: 'request' | 'response',
  report: (pointer: string, message: string) => void,
  depth = 0,
): void {
  if (depth > MAX_DEPTH) return;
  const sr = resolveSchema(schema, table);
  if (shape.kind === 'any' || shape.kind === 'never') return;
  if (sr.alternatives) {
    // oneOf/anyOf: each member of the shape must fit one alternative (with the schema's own
    // properties); when none fits, the closest alternative's differences are reported.
    const base: Schema = { ...schemaWithout(schema, table) };
    const members = shape.kind === 'union' ? shape.members : [shape];
    for (const member of members) {
      let best: Array<[string, string]> | undefined;
      for (const alt of sr.alternatives) {
        const found: Array<[string, string]> = [];
        compare(
          member,
          { allOf: [base, alt] },
          table,
          pointer,
          direction,
          (p, m) => found.push([p, m]),
          depth + 1,
        );
        if (!best || found.length < best.length) best = found;
        if (found.length === 0) break;
      }
      for (const [p, m] of best ?? []) report(p, m);
    }
    return;
  }
  if (shape.kind === 'union') {
    for (const member of shape.members) compare(member, schema, table, pointer, direction, report, depth + 1);
    return;
  }
  const srType = [...sr.types][0];
  if (!srType) return;
  const fmt = sr.format;
  switch (shape.kind) {
    case 'binary':
      if (!(srType === 'string' && (fmt === 'binary' || fmt === 'byte'))) {
        report(pointer || '/', `a file here; SR's schema has ${srType}${fmt ? ` (${fmt})` : ''}`);
      }
      return;
    case 'date':
      if (srType !== 'string') report(pointer || '/', `a date here; SR's schema has ${srType}`);
      return;
    case 'null':
      if (!sr.nullable) report(pointer || '/', 'null here; SR does not allow null');
      return;
    case 'string':
      if (srType !== 'string') {
        report(pointer || '/', `string here; SR's schema has ${srType}`);
        return;
      }
      if (sr.enum && shape.literals) {
        const allowed = new Set(sr.enum.map(String));
        const extra = shape.literals.filter((v) => !allowed.has(v));
        if (extra.length > 0)
          report(pointer || '/', `values ${extra.join(', ')} are not SR's (${[...allowed].join(', ')})`);
        if (direction === 'response') {
          const missing = [...allowed].filter((v) => !shape.literals?.includes(v));
          if (missing.length > 0) {
            report(pointer || '/', `SR's values ${missing.join(', ')} are missing from a closed set`);
          }
        }
      }
      return;
    case 'number':
      if (srType !== 'integer' && srType !== 'number')
        report(pointer || '/', `number here; SR's schema has ${srType}`);
      return;
    case 'boolean':
      if (srType !== 'boolean') report(pointer || '/', `boolean here; SR's schema has ${srType}`);
      return;
    case 'array':
      if (srType !== 'array') {
        report(pointer || '/', `array here; SR's schema has ${srType}`);
        return;
      }
      if (sr.items) compare(shape.item, sr.items, table, `${pointer}/*`, direction, report, depth + 1);
      return;
    case 'object': {
      if (srType !== 'object') {
        report(pointer || '/', `object here; SR's schema has ${srType}`);
        return;
      }
      const closed = sr.open === false;
      for (const [name, prop] of shape.props) {
        const srProp = sr.properties.get(name);
        if (!srProp) {
          if (sr.properties.size > 0 || closed) {
            report(
              `${pointer}/${name}`,
              `not a field of SR's schema (${[...sr.properties.keys()].join(', ')})`,
            );
          } else if (typeof sr.open === 'object') {
            compare(prop.shape, sr.open, table, `${pointer}/${name}`, direction, report, depth + 1);
          }
          continue;
        }
        if (direction === 'request') {
          if (!prop.optional && !sr.required.has(name)) {
            report(`${pointer}/${name}`, 'required by the SDK; optional in SR');
          }
        }
        compare(prop.shape, srProp, table, `${pointer}/${name}`, direction, report, depth + 1);
      }
      if (direction === 'request') {
        for (const name of sr.required) {
          const prop = shape.props.get(name);
          // A read-only property is SR's answer, never sent.
          if (sr.properties.get(name)?.readOnly === true) continue;
          if (!prop) {
            if (!shape.index) report(`${pointer}/${name}`, 'required by SR; not in the SDK type');
          } else if (prop.optional) report(`${pointer}/${name}`, 'required by SR; optional in the SDK type');
        }
      }
      return;
    }
  }
}

/** Whether a shape accepts several values (an array, or a union with one). */
function acceptsArray(shape: Shape): boolean {
  if (shape.kind === 'array') return true;
  if (shape.kind === 'union') return shape.members.some(acceptsArray);
  return false;
}

/** The scalar part of a query shape (`OneOrMany<T>` -> `T`). */
function scalarOf(shape: Shape): Shape {
  if (shape.kind === 'array') return shape.item;
  if (shape.kind === 'union') {
    const members = shape.members.filter((m) => m.kind !== 'array');
    const arrays = shape.members.filter((m): m is Extract<Shape, { kind: 'array' }> => m.kind === 'array');
    return simplifyUnion([...members, ...arrays.map((a) => a.item)]);
  }
  return shape;
}

/** Checks every typed route against the table. */
export function checkRoutes(
  table: ConformanceTable = loadTable(),
  routes: TypedRoute[] = [...readTypedRoutes(), ...readPartnerHostedRoutes()],
): RouteCheck {
  const byKey = operationsByKey(table);
  const findings: RouteFinding[] = [];
  const inTable: string[] = [];
  const withSchemas: string[] = [];
  for (const route of routes) {
    const op = byKey.get(route.key);
    const add = (aspect: RouteFinding['aspect'], detail: string, message: string) =>
      findings.push({ operation: route.key, aspect, detail, message });
    if (!op) {
      add('route', '*', 'no SmartRecruiters operation has this method and path');
      continue;
    }
    inTable.push(route.key);
    if (op.source !== 'idx') withSchemas.push(route.key);
    checkPath(route, op, add);
    checkQuery(route, op, table, add);
    checkBody(route, op, table, add);
    if (route.deprecated !== op.deprecated) {
      add(
        'deprecated',
        '*',
        op.deprecated
          ? 'SR deprecates this operation; the route is not marked @deprecated'
          : 'marked @deprecated; SR does not deprecate it',
      );
    }
    checkResponse(route, op, table, add);
  }
  return { routes, inTable, withSchemas, findings };
}

type Add = (aspect: RouteFinding['aspect'], detail: string, message: string) => void;

function checkPath(route: TypedRoute, op: TableOperation, add: Add): void {
  const template = [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '').sort();
  const sr = op.parameters
    .filter((p) => p.in === 'path')
    .map((p) => p.name)
    .sort();
  if (template.join() !== sr.join()) {
    add('path', '*', `path parameters ${template.join(', ')}; SR's are ${sr.join(', ')}`);
  }
  if ((route.params ?? []).join() !== template.join()) {
    add(
      'path',
      '*',
      `params type names ${(route.params ?? []).join(', ') || 'nothing'}; the template has ${template.join(', ') || 'none'}`,
    );
  }
}

function checkQuery(route: TypedRoute, op: TableOperation, table: ConformanceTable, add: Add): void {
  const params = new Map(op.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
  if (!route.query) {
    for (const p of params.values()) {
      if (p.required) add('query', p.name, 'required by SR; the route types no query');
    }
    return;
  }
  if (route.query.kind !== 'object') return;
  for (const [name, prop] of route.query.props) {
    const param = params.get(name);
    if (!param) {
      add('query', name, `not a query parameter of SR's (${[...params.keys()].join(', ') || 'none'})`);
      continue;
    }
    const sr = resolveSchema(param.schema, table);
    const srArray = sr.types.has('array');
    if (acceptsArray(prop.shape) && !srArray) add('query', name, 'takes several values; SR takes one');
    if (srArray && param.arrayStyle && param.arrayStyle !== 'repeat') {
      add('query', name, `SR sends this array as ${param.arrayStyle}; the SDK repeats the key`);
    }
    if (!prop.optional && !param.required) add('query', name, 'required by the SDK; optional in SR');
    if (prop.optional && param.required) add('query', name, 'required by SR; optional in the SDK');
    const itemSchema = srArray ? (sr.items ?? {}) : param.schema;
    compare(scalarOf(prop.shape), itemSchema, table, '', 'request', (pointer, message) =>
      add('query', `${name}${pointer === '/' ? '' : pointer}`, message),
    );
  }
  for (const p of params.values()) {
    if (p.required && !route.query.props.has(p.name))
      add('query', p.name, 'required by SR; not in the route type');
  }
}

function checkBody(route: TypedRoute, op: TableOperation, table: ConformanceTable, add: Add): void {
  if (op.source === 'idx') {
    if (route.body && !op.idxBody) add('body', '*', 'the route takes a body; SR takes none');
    if (!route.body && op.idxBody?.required) add('body', '*', 'SR takes a body; the route types none');
    return;
  }
  const body = op.requestBody;
  if (!body) {
    if (route.body) add('body', '*', 'the route takes a body; SR takes none');
    return;
  }
  if (!route.body) {
    if (body.required) add('body', '*', 'SR requires a body; the route types none');
    return;
  }
  if (body.required && route.body.optional) add('body', '*', 'SR requires a body; optional in the route');
  const schema =
    body.content['application/json'] ?? body.content['multipart/form-data'] ?? Object.values(body.content)[0];
  if (!schema) return;
  compare(route.body.shape, schema, table, '', 'request', (pointer, message) =>
    add('body', pointer, message),
  );
}

function checkResponse(route: TypedRoute, op: TableOperation, table: ConformanceTable, add: Add): void {
  if (!route.response || !op.responses) return;
  const success = Object.keys(op.responses)
    .filter((status) => status.startsWith('2'))
    .sort();
  const schemas = success
    .map((status) => op.responses?.[status]?.content)
    .flatMap((content) => (content ? Object.values(content) : []))
    .filter((schema) => Object.keys(schema).length > 0);
  const [schema] = schemas;
  if (!schema || schemas.length > 1) return;
  // Only the field names the response type reads: SR may add fields, types are checked at run time.
  const names = (shape: Shape, sr: Schema, pointer: string, depth: number): void => {
    if (depth > 3) return;
    const resolved = resolveSchema(sr, table);
    if (shape.kind === 'union') {
      for (const member of shape.members) names(member, sr, pointer, depth);
      return;
    }
    if (shape.kind === 'array' && resolved.items) {
      names(shape.item, resolved.items, `${pointer}/*`, depth + 1);
      return;
    }
    if (shape.kind !== 'object' || resolved.properties.size === 0) return;
    for (const [name, prop] of shape.props) {
      const srProp = resolved.properties.get(name);
      // An optional field SR does not send is never read; a required one always fails.
      if (!srProp && prop.optional) continue;
      if (!srProp) {
        add(
          'response',
          `${pointer}/${name}`,
          `required by the SDK; not a field of SR's response (${[...resolved.properties.keys()].join(', ')})`,
        );
        continue;
      }
      names(prop.shape, srProp, `${pointer}/${name}`, depth + 1);
    }
  };
  names(route.response, schema, '', 0);
}
