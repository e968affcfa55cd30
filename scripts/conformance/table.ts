/**
 * The conformance table (docs/conformance/sr-api.json): SmartRecruiters' operations as facts read
 * from SR's official specifications, and the exceptions file (docs/conformance/exceptions.json).
 * `scripts/conformance/build-table.ts` writes the table; the conformance tests and
 * `npm run conformance` read both through this module.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where the table lives, relative to the root. */
export const TABLE_PATH = 'docs/conformance/sr-api.json';
/** Where the exceptions live, relative to the root. */
export const EXCEPTIONS_PATH = 'docs/conformance/exceptions.json';

/** A JSON Schema (OpenAPI 3.0 dialect: `nullable`), facts only; `$ref`s point into `schemas`. */
export type Schema = { [keyword: string]: unknown };

/** One public source the table was read from. */
export interface TableSource {
  /** `owner/name` on GitHub. */
  repository: string;
  /** Path of the file (or files) in the repository. */
  path: string;
  /** The commit it was read at. */
  commit: string;
  /** What the table takes from it. */
  provides: string;
}

/** How an array query parameter is sent. */
export type ArrayStyle = 'repeat' | 'comma' | 'space' | 'pipe' | 'deep-object';

/** A path, query or header parameter. */
export interface TableParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Schema;
  /** For arrays: how the values are sent (`repeat`: `status=A&status=B`). */
  arrayStyle?: ArrayStyle;
  deprecated?: true;
  /** Set when the parameter comes from the [IDX] tool file: newer than [KS], which lacks it. */
  from?: 'idx-tools';
}

/** One response of an operation. */
export interface TableResponse {
  /** Media type (lowercase, without parameters) to schema; `{}` when the body has no schema. */
  content?: Record<string, Schema>;
  /** Names of documented response headers (e.g. `Link`). */
  headers?: string[];
  /** Error codes SR documents for this status (`errors[].code`), sorted. */
  codes?: string[];
}

/** Where an operation's facts come from. */
export type OperationSource =
  /** One [KS] operation at this method and path. */
  | 'ks'
  /**
   * [KS] has one operation at this method and path for two registries' operations (a merge
   * artefact): its schemas are shared, its parameters are not used (see `parametersFrom`).
   */
  | 'ks-shared'
  /** No operation in [KS]: parameters from the [IDX] tool files only, no schemas. */
  | 'idx';

/** One SmartRecruiters operation. */
export interface TableOperation {
  /** `registry:operationId`, unique. */
  id: string;
  /** The official registry spec, without `.json` (e.g. `candidates-api`). */
  registry: string;
  /** The API's path prefix on `https://api.smartrecruiters.com` (`''` for none). */
  basePath: string;
  /** Served by an assessment partner on its own host, not by SmartRecruiters. */
  partnerHosted?: true;
  method: string;
  /** Path template relative to `basePath`. */
  path: string;
  /** `METHOD basePath+path`, the key the SDK's routes use. */
  key: string;
  /** The official operation id ([IDX]). */
  operationId: string;
  source: OperationSource;
  /** The [KS] operation id (renamed by the merge), when there is one. */
  ksOperationId?: string;
  /** Other operations sharing this [KS] operation (`source: 'ks-shared'`). */
  sharedWith?: string[];
  /** Where `parameters` come from. */
  parametersFrom: 'ks' | 'idx-tools';
  deprecated: boolean;
  /**
   * How the operation authenticates, when [KS] says: API key allowed, OAuth scopes of SR's
   * customer OAuth (any one), and the other OAuth schemes with their scopes (the assessment
   * partner's master credentials `oauth2_master`, its customer-level credentials `oauth2`).
   */
  security?: { apiKey: boolean; oauthScopes: string[]; otherSchemes?: Record<string, string[]> };
  parameters: TableParameter[];
  /** The request body, when the operation takes one. */
  requestBody?: { required: boolean; content: Record<string, Schema> };
  /** Whether the [IDX] tool file sends a body (for operations [KS] does not describe). */
  idxBody?: { mode: string; required: boolean };
  /** Status (or `default`) to response. */
  responses?: Record<string, TableResponse>;
}

/** The whole table. */
export interface ConformanceTable {
  description: string;
  generatedBy: string;
  sources: Record<'ks' | 'idx' | 'idxTools', TableSource>;
  counts: Record<string, number>;
  operations: TableOperation[];
  /** [KS] operations no [IDX] operation matches (old marketplace and assessment APIs). */
  ksOnly: Array<{ method: string; path: string; ksOperationId: string }>;
  /** Named component schemas, `$ref: '#/schemas/Name'`. */
  schemas: Record<string, Schema>;
}

/** One deliberate difference or known fault of the sources. */
export interface ConformanceException {
  /** What kind of check it silences. */
  kind:
    | 'route' // a typed route's method/path/parameters/body
    | 'response' // a response body the fake serves
    | 'request' // a request body the SDK sends
    | 'scope' // the fake's scopes for an operation
    | 'error' // an error status or code the fake answers
    | 'source'; // a fact of the sources themselves (merge artefact), for the record
  /** The operation (`METHOD /path` as the SDK types it), or `*` for every operation. */
  operation: string;
  /**
   * What exactly is excepted: a status (`'404'`), an error code, a parameter or property name, a
   * scope; `*` for every instance of `kind` on the operation.
   */
  detail: string;
  /** Why. */
  reason: string;
}

/** The exceptions file. */
export interface ConformanceExceptions {
  description: string;
  exceptions: ConformanceException[];
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(`${ROOT}${path}`, 'utf8')) as T;
}

let table: ConformanceTable | undefined;
let exceptions: ConformanceExceptions | undefined;

/** The checked-in table (read once). */
export function loadTable(): ConformanceTable {
  table ??= readJson<ConformanceTable>(TABLE_PATH);
  return table;
}

/** The checked-in exceptions (read once). */
export function loadExceptions(): ConformanceExceptions {
  exceptions ??= readJson<ConformanceExceptions>(EXCEPTIONS_PATH);
  return exceptions;
}

/** The table's operations by `METHOD /full/path` (one key may name two operations: see `sharedWith`). */
export function operationsByKey(source: ConformanceTable = loadTable()): Map<string, TableOperation> {
  const map = new Map<string, TableOperation>();
  for (const op of source.operations) if (!map.has(op.key)) map.set(op.key, op);
  return map;
}

/** The exception for `kind` on `operation` and `detail`, if any (`*` matches anything). */
export function findException(
  kind: ConformanceException['kind'],
  operation: string,
  detail: string,
  list: readonly ConformanceException[] = loadExceptions().exceptions,
): ConformanceException | undefined {
  return list.find(
    (e) =>
      e.kind === kind &&
      (e.operation === operation || e.operation === '*') &&
      (e.detail === detail || e.detail === '*'),
  );
}
