/**
 * Field policies: which fields of a unified model a tool result may carry. A policy is an
 * allow-list or a deny-list of dot paths (`name`, `applications.job.name`); a path through an
 * array applies to each of its elements. Paths are checked against the model's schema when the
 * tools are created, so a misspelt field is an error, never a field silently let through.
 */
import { ValidationError } from '../core/errors.js';
import type { ModelName } from '../mappers/context.js';

/** Which fields of a model a tool result carries: only `allow`, or all but `deny`. */
export type FieldPolicy =
  | {
      /** The only fields kept. */
      readonly allow: readonly string[];
    }
  | {
      /** The fields left out. */
      readonly deny: readonly string[];
    };

/** A field policy per unified model; a model without one gets `DEFAULT_FIELD_POLICY`. */
export type FieldPolicies = Partial<Record<ModelName, FieldPolicy>>;

/**
 * The policy of a model the options name none for: every field but `remote_data` (SmartRecruiters'
 * record as received: it repeats every field, so a deny-list on the unified fields would not
 * cover it, and it is large).
 */
export const DEFAULT_FIELD_POLICY: FieldPolicy = { deny: ['remote_data'] };

/**
 * A deny-list policy per model that keeps candidates' personal data out of tool results: names,
 * contact details, locations, education and experience, custom fields and free text about them
 * (screening answers, review comments, attachment file names, which often carry the name), and
 * `remote_data` everywhere. Ids, statuses, jobs, tags and dates stay. Users (your colleagues)
 * are not covered: add a `user` policy if they must not be seen either.
 *
 * ```ts
 * createTools(sr, { fields: CANDIDATE_PII_FIELDS });
 * ```
 */
export const CANDIDATE_PII_FIELDS: FieldPolicies = Object.freeze({
  candidate: {
    deny: [
      'first_name',
      'last_name',
      'name',
      'emails',
      'phones',
      'urls',
      'locations',
      'education',
      'experience',
      'custom_fields',
      'remote_data',
    ],
  },
  application: { deny: ['candidate.name', 'custom_fields', 'screening_answers', 'remote_data'] },
  attachment: { deny: ['file_name', 'remote_data'] },
  offer: { deny: ['custom_fields', 'remote_data'] },
  interview: { deny: ['remote_data'] },
  scorecard: { deny: ['comment', 'remote_data'] },
});

/** A compiled policy: a tree of paths, each node either whole (`true`) or its children. */
interface PathTree {
  [key: string]: PathTree | true;
}

/** A policy ready to apply. */
export interface CompiledPolicy {
  mode: 'allow' | 'deny';
  tree: PathTree;
}

/** What a schema says about a value's fields, as far as it can tell (zod's definitions). */
function shapeOf(schema: unknown): Record<string, unknown> | undefined {
  let current = schema as { _zod?: { def?: Record<string, unknown> } } | undefined;
  for (let depth = 0; depth < 10 && current; depth++) {
    const def = current._zod?.def;
    if (!def) return undefined;
    if (def.type === 'object') return def.shape as Record<string, unknown>;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') {
      current = def.innerType as typeof current;
    } else if (def.type === 'array') {
      current = def.element as typeof current;
    } else {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Compiles a policy for a model whose schema is `schema`: every path must name a field the model
 * has (nested fields are checked as deep as the schema describes them).
 */
export function compilePolicy(model: string, policy: FieldPolicy, schema: unknown): CompiledPolicy {
  const isAllow = 'allow' in policy;
  const paths = isAllow ? policy.allow : (policy as { deny: readonly string[] }).deny;
  if (!Array.isArray(paths)) {
    throw new ValidationError('Invalid field policy', [
      { path: ['fields', model], message: 'expected { allow: string[] } or { deny: string[] }' },
    ]);
  }
  const tree: PathTree = {};
  paths.forEach((path, index) => {
    const segments = typeof path === 'string' ? path.split('.') : [];
    if (segments.length === 0 || segments.some((segment) => segment === '')) {
      throw new ValidationError('Invalid field policy', [
        { path: ['fields', model, index], message: 'expected a dot path of field names' },
      ]);
    }
    let shape = shapeOf(schema);
    let node = tree;
    segments.forEach((segment, depth) => {
      if (shape && !Object.hasOwn(shape, segment)) {
        throw new ValidationError('Invalid field policy', [
          {
            path: ['fields', model, index],
            message: `the ${model} model has no field ${segments.slice(0, depth + 1).join('.')}`,
          },
        ]);
      }
      const last = depth === segments.length - 1;
      if (last) node[segment] = true;
      else {
        const child = node[segment];
        if (child === true) return; // a parent already covers it
        node[segment] = child ?? {};
        node = node[segment] as PathTree;
      }
      shape = shape ? shapeOf(shape[segment]) : undefined;
    });
  });
  return { mode: isAllow ? 'allow' : 'deny', tree };
}

function applyTree(value: unknown, tree: PathTree, mode: 'allow' | 'deny'): unknown {
  if (Array.isArray(value)) return value.map((item) => applyTree(item, tree, mode));
  if (value === null || typeof value !== 'object') return mode === 'allow' ? undefined : value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const node = tree[key];
    if (mode === 'allow') {
      if (node === true) out[key] = field;
      else if (node !== undefined) {
        const kept = field === null ? null : applyTree(field, node, mode);
        if (kept !== undefined) out[key] = kept;
      }
    } else if (node === undefined) out[key] = field;
    else if (node !== true) out[key] = field === null ? null : applyTree(field, node, mode);
  }
  return out;
}

/** The record with only the fields the policy lets through. */
export function applyPolicy<T>(record: T, policy: CompiledPolicy): Partial<T> {
  return applyTree(record, policy.tree, policy.mode) as Partial<T>;
}
