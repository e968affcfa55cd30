/**
 * `smartrecruiters-sdk/tools`: the unified resources as tools for AI agents. Each tool has a
 * name, a description, a JSON Schema of its input generated from the SDK's zod input models, and
 * a handler that validates the arguments, calls the resource and returns a result or a typed
 * error (it never throws into the agent loop).
 *
 * ```ts
 * import { createTools, CANDIDATE_PII_FIELDS } from 'smartrecruiters-sdk/tools';
 *
 * const tools = createTools(sr, {
 *   allowWrites: ['applications_create'], // reads only, unless a write is named here
 *   fields: CANDIDATE_PII_FIELDS, // what the agent may see
 *   budget: { maxItems: 20, maxBytes: 16_000 }, // per call; the rest comes with next_cursor
 *   audit: (event) => logger.info(event), // every call: tool, redacted args, outcome, duration
 * });
 * for (const tool of tools.definitions) agent.register(tool.name, tool.description, tool.inputSchema);
 * const result = await tools.call('jobs_list', { status: 'open' });
 * ```
 *
 * Runs wherever the SDK runs (no `node:` import). For an MCP server, see
 * `smartrecruiters-sdk/mcp`.
 *
 * @module smartrecruiters-sdk/tools
 */
import type { RequestOptions } from '../client.js';
import { ValidationError } from '../core/errors.js';
import { encodeCursor, getPageMeta, type PagePromise } from '../core/pagination.js';
import type { ModelName } from '../mappers/context.js';
import type { Warning } from '../schemas/unified/common.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import type { SmartRecruiters } from '../smartrecruiters.js';
import { type CallSpec, type ListSpec, TOOL_SPECS, type ToolSpec } from './definitions.js';
import { type ToolError, type ToolErrorType, toToolError } from './errors.js';
import {
  applyPolicy,
  type CompiledPolicy,
  compilePolicy,
  DEFAULT_FIELD_POLICY,
  type FieldPolicies,
} from './fields.js';
import { inputJsonSchema, type JsonSchema } from './json-schema.js';
import { MODEL_SCHEMAS } from './models.js';
import { redactArgs } from './redact.js';

export { maskEmails, type ToolError, type ToolErrorType, toToolError } from './errors.js';
export {
  CANDIDATE_PII_FIELDS,
  DEFAULT_FIELD_POLICY,
  type FieldPolicies,
  type FieldPolicy,
} from './fields.js';
export type { JsonSchema } from './json-schema.js';
export { redactArgs } from './redact.js';

/** The write tools, each enabled only when named in `allowWrites`. */
export const WRITE_TOOLS = [
  'candidates_create',
  'candidates_update',
  'candidates_add_tags',
  'applications_create',
  'applications_update_status',
] as const;
/** The name of a write tool. */
export type WriteToolName = (typeof WRITE_TOOLS)[number];

/** Default `budget.maxItems`: records per call. */
export const DEFAULT_MAX_ITEMS = 25;
/** Default `budget.maxBytes`: bytes of records (as JSON) per call. */
export const DEFAULT_MAX_BYTES = 32_768;
/** SmartRecruiters pages read at most by one call (a filtered list may need more than one). */
const MAX_PAGES_PER_CALL = 5;

/** What one tool call returns: a result, or a typed error. */
export type ToolResult = { ok: true; data: Record<string, unknown> } | { ok: false; error: ToolError };

/** What an `audit` hook receives after every call. */
export interface ToolAuditEvent {
  /** The tool called (as the agent named it, for an unknown tool). */
  tool: string;
  /**
   * The arguments with personal data redacted: ids, statuses, dates, numbers and booleans are
   * kept; any other string is `[redacted]`, a cursor `[cursor]` (it holds the list's filters).
   */
  args: unknown;
  /** Whether the tool writes. */
  write: boolean;
  /** `ok`, or `error` with its `error_type`. */
  outcome: 'ok' | 'error';
  /** The error's type, for an `error` outcome. */
  error_type?: ToolErrorType;
  /** SmartRecruiters' status, for an error it answered. */
  status?: number;
  /** Time the call took, milliseconds. */
  duration_ms: number;
  /** Records returned (lists). */
  items?: number;
  /** Bytes of the result as JSON. */
  bytes?: number;
}

/** Options of `createTools`. */
export interface ToolsOptions {
  /**
   * Write tools to enable, by name (`WRITE_TOOLS`). Default none: every tool reads. A write not
   * named here is not listed, and calling it is refused with `write_not_allowed`.
   */
  allowWrites?: readonly WriteToolName[] | undefined;
  /**
   * Which fields of each model a result carries: `{ allow: [...] }` or `{ deny: [...] }`, dot
   * paths (`applications.job.name`), checked against the model when the tools are created.
   * Default for each model: `DEFAULT_FIELD_POLICY` (everything but `remote_data`). See
   * `CANDIDATE_PII_FIELDS`.
   */
  fields?: FieldPolicies | undefined;
  /**
   * What one call may return: at most `maxItems` records (default 25, at most 100) and about
   * `maxBytes` bytes of records as JSON (default 32 768; a single record larger than that still
   * comes alone). A list stops there and returns `next_cursor` to continue.
   */
  budget?: { maxItems?: number | undefined; maxBytes?: number | undefined } | undefined;
  /**
   * Called after every call, refused and failed ones included, with redacted arguments. Awaited:
   * a hook that throws (or rejects) withholds the result, and the call returns an `internal`
   * error, so no result leaves unaudited.
   */
  audit?: ((event: ToolAuditEvent) => void | Promise<void>) | undefined;
}

/** MCP-style hints about what a tool does. */
export interface ToolAnnotations {
  /** The tool only reads. */
  readOnlyHint: boolean;
  /** A write that changes or removes what was there. */
  destructiveHint: boolean;
  /** Calling it again with the same arguments changes nothing more. */
  idempotentHint: boolean;
  /** It works on one SmartRecruiters account, not an open world. */
  openWorldHint: boolean;
}

/** Options of one call. */
export interface ToolCallOptions {
  /** Cancels the call and its requests. */
  signal?: AbortSignal | undefined;
}

/** One tool, ready to hand to an agent. */
export interface ToolDefinition {
  /** `resource_action`, e.g. `jobs_list`; letters, digits and `_` only. */
  readonly name: string;
  /** A short human title. */
  readonly title: string;
  /** What the tool does, for the model. */
  readonly description: string;
  /** JSON Schema (draft 2020-12) of the arguments, generated from the SDK's input models. */
  readonly inputSchema: JsonSchema;
  /** Whether the tool writes. */
  readonly write: boolean;
  /** MCP tool annotations. */
  readonly annotations: ToolAnnotations;
  /** Validates `args`, runs the tool, and returns its result or a typed error. Never throws. */
  handler(args: unknown, options?: ToolCallOptions): Promise<ToolResult>;
}

/** The tools created by `createTools`. */
export interface Tools {
  /** Every enabled tool: the reads, and the writes named in `allowWrites`. */
  readonly definitions: readonly ToolDefinition[];
  /**
   * Calls a tool by name. An unknown name is `unknown_tool`, a write not enabled is
   * `write_not_allowed`; never throws.
   */
  call(name: string, args: unknown, options?: ToolCallOptions): Promise<ToolResult>;
}

const byteLength = (text: string): number => new TextEncoder().encode(text).length;

function checkBudget(value: unknown, name: string, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new ValidationError('Invalid tools options', [
      { path: ['budget', name], message: `must be an integer from 1 to ${max}` },
    ]);
  }
  return value;
}

function compilePolicies(fields: FieldPolicies | undefined): Map<ModelName, CompiledPolicy> {
  if (fields !== undefined && (fields === null || typeof fields !== 'object' || Array.isArray(fields))) {
    throw new ValidationError('Invalid tools options', [{ path: ['fields'], message: 'expected an object' }]);
  }
  const policies = new Map<ModelName, CompiledPolicy>();
  for (const key of Object.keys(fields ?? {})) {
    if (!Object.hasOwn(MODEL_SCHEMAS, key)) {
      throw new ValidationError('Invalid tools options', [
        {
          path: ['fields', key],
          message: `is not a unified model (${Object.keys(MODEL_SCHEMAS).join(', ')})`,
        },
      ]);
    }
  }
  for (const [model, schema] of Object.entries(MODEL_SCHEMAS) as Array<[ModelName, unknown]>) {
    policies.set(model, compilePolicy(model, fields?.[model] ?? DEFAULT_FIELD_POLICY, schema));
  }
  return policies;
}

/**
 * The tools for the unified resources of `sr`, with their policies. Checks the options first: an
 * unknown write name, a field the model does not have or a budget out of range is a
 * `ValidationError`.
 */
// biome-ignore lint/suspicious/noExplicitAny: tools serve a SmartRecruiters of any mappings.
export function createTools(sr: SmartRecruiters<any>, options: ToolsOptions = {}): Tools {
  const allowWrites = options.allowWrites ?? [];
  if (!Array.isArray(allowWrites)) {
    throw new ValidationError('Invalid tools options', [
      { path: ['allowWrites'], message: 'expected an array' },
    ]);
  }
  allowWrites.forEach((name, index) => {
    if (!(WRITE_TOOLS as readonly string[]).includes(name)) {
      throw new ValidationError('Invalid tools options', [
        { path: ['allowWrites', index], message: `is not a write tool (${WRITE_TOOLS.join(', ')})` },
      ]);
    }
  });
  const maxItems = checkBudget(options.budget?.maxItems, 'maxItems', 100, DEFAULT_MAX_ITEMS);
  const maxBytes = checkBudget(options.budget?.maxBytes, 'maxBytes', 16 * 1024 * 1024, DEFAULT_MAX_BYTES);
  const policies = compilePolicies(options.fields);
  const audit = options.audit;
  const filter = (model: ModelName | null, record: unknown): unknown => {
    const policy = model === null ? undefined : policies.get(model);
    return policy ? applyPolicy(record, policy) : record;
  };

  async function runList(spec: ListSpec, args: Record<string, unknown>, request: RequestOptions) {
    const limit = Math.min(typeof args.limit === 'number' ? args.limit : maxItems, maxItems);
    // A list SmartRecruiters returns whole (a candidate's attachments) takes no page size or cursor.
    const pageable = inputFields(spec).includes('cursor');
    const list: PagePromise<unknown> = spec.list(sr, pageable ? { ...args, limit } : args, request);
    const items: unknown[] = [];
    const warnings: Warning[] = [];
    let bytes = 0;
    let total: number | null = null;
    let next: string | null = null;
    let here = typeof args.cursor === 'string' ? args.cursor : null;
    let pages = 0;
    read: for await (const page of list.pages()) {
      pages++;
      total = page.total;
      warnings.push(...page.warnings);
      const meta = getPageMeta(page);
      for (let index = 0; index < page.result.length; index++) {
        const record = filter(spec.model, page.result[index]);
        const size = byteLength(JSON.stringify(record)) + 1;
        if (items.length > 0 && bytes + size > maxBytes) {
          // Over budget: stop before this record; the cursor resumes right at it.
          next = index === 0 ? here : meta ? encodeCursor(meta.position(index - 1)) : here;
          break read;
        }
        items.push(record);
        bytes += size;
        if (items.length >= limit) {
          const endOfList = index === page.result.length - 1 && page.next_cursor === null;
          next = endOfList ? null : meta ? encodeCursor(meta.position(index)) : page.next_cursor;
          break read;
        }
      }
      next = page.next_cursor;
      here = page.next_cursor;
      if (next === null || pages >= MAX_PAGES_PER_CALL) break;
    }
    return {
      items,
      ...(pageable ? { next_cursor: next } : next !== null ? { truncated: true } : {}),
      total,
      ...(warnings.length > 0 ? { warnings } : {}),
    };
  }

  async function invoke(spec: ToolSpec, rawArgs: unknown, request: RequestOptions) {
    const args = parseInput(spec.input(), rawArgs ?? {}, `${spec.name} arguments`) as Record<string, unknown>;
    if (spec.kind === 'list') return runList(spec, args, request);
    const result = await (spec as CallSpec).run(sr, args, request);
    return filter(spec.model, result) as Record<string, unknown>;
  }

  const byName = new Map<string, ToolSpec>(TOOL_SPECS.map((spec) => [spec.name, spec]));
  const enabled = TOOL_SPECS.filter(
    (spec) => spec.kind !== 'write' || (allowWrites as readonly string[]).includes(spec.name),
  );

  async function call(name: string, args: unknown, callOptions: ToolCallOptions = {}): Promise<ToolResult> {
    const started = Date.now();
    const spec = typeof name === 'string' ? byName.get(name) : undefined;
    const write = spec?.kind === 'write';
    let result: ToolResult;
    let items: number | undefined;
    if (!spec) {
      result = {
        ok: false,
        error: { type: 'unknown_tool', message: 'No tool of that name', retryable: false },
      };
    } else if (write && !(allowWrites as readonly string[]).includes(spec.name)) {
      result = {
        ok: false,
        error: {
          type: 'write_not_allowed',
          message: `${spec.name} writes to SmartRecruiters and is not enabled for this agent`,
          retryable: false,
        },
      };
    } else {
      try {
        const data = await invoke(spec, args, callOptions.signal ? { signal: callOptions.signal } : {});
        if (Array.isArray((data as { items?: unknown }).items))
          items = (data as { items: unknown[] }).items.length;
        result = { ok: true, data };
      } catch (error) {
        result = { ok: false, error: toToolError(error) };
      }
    }
    if (audit) {
      const bytes = byteLength(JSON.stringify(result.ok ? result.data : result.error));
      const event: ToolAuditEvent = {
        tool: typeof name === 'string' ? name : String(name),
        args: redactArgs(args),
        write,
        outcome: result.ok ? 'ok' : 'error',
        ...(result.ok ? {} : { error_type: result.error.type }),
        ...(!result.ok && result.error.status !== undefined ? { status: result.error.status } : {}),
        duration_ms: Date.now() - started,
        ...(items !== undefined ? { items } : {}),
        bytes,
      };
      try {
        await audit(event);
      } catch {
        return {
          ok: false,
          error: {
            type: 'internal',
            message: 'The audit hook failed: the result was withheld',
            retryable: false,
          },
        };
      }
    }
    return result;
  }

  const definitions = enabled.map((spec): ToolDefinition => {
    let schema: JsonSchema | undefined;
    const write = spec.kind === 'write';
    return {
      name: spec.name,
      title: spec.title,
      description: spec.description,
      get inputSchema() {
        schema ??= toolSchema(spec, maxItems);
        return schema;
      },
      write,
      annotations: {
        readOnlyHint: !write,
        destructiveHint: write && (spec as CallSpec).destructive === true,
        idempotentHint: !write || (spec as CallSpec).idempotent === true,
        openWorldHint: false,
      },
      handler: (args, callOptions) => call(spec.name, args, callOptions),
    };
  });

  return { definitions, call };
}

/** The top-level fields of a tool's input. */
function inputFields(spec: ToolSpec): string[] {
  const shape = (spec.input() as unknown as { _zod: { def: { shape?: Record<string, unknown> } } })._zod.def
    .shape;
  return Object.keys(shape ?? {});
}

/** The JSON Schema of a tool's input; a list's `limit` says the call's budget. */
function toolSchema(spec: ToolSpec, maxItems: number): JsonSchema {
  const schema = inputJsonSchema(spec.input(), spec.describe);
  const limit = (schema.properties as Record<string, JsonSchema> | undefined)?.limit;
  if (spec.kind === 'list' && limit) {
    limit.maximum = maxItems;
    limit.description = `Most records to return in this call, 1 to ${maxItems} (default ${maxItems}).`;
  }
  return schema;
}

/** Every tool's name, reads and writes (whatever is enabled). */
export const TOOL_NAMES: readonly string[] = TOOL_SPECS.map((spec) => spec.name);

/**
 * The JSON Schema of a tool's input without creating the tools (to register them ahead of time,
 * or to build a form); `undefined` for an unknown name. `maxItems` is the budget a list's `limit`
 * is capped at (default 25).
 */
export function toolInputSchema(
  name: string,
  options: { maxItems?: number | undefined } = {},
): JsonSchema | undefined {
  const spec = TOOL_SPECS.find((candidate) => candidate.name === name);
  return spec
    ? toolSchema(spec, checkBudget(options.maxItems, 'maxItems', 100, DEFAULT_MAX_ITEMS))
    : undefined;
}
