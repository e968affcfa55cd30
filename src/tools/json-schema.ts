/**
 * JSON Schema of a tool's input, generated from the SDK's zod input models (`z.toJSONSchema`), so
 * a tool's schema never drifts from what the SDK validates. Trimmed for a model's context: no
 * `$schema`, no regular expression where a `format` says the same, and no `Date` alternative
 * (JSON has none: dates are ISO-8601 strings).
 */
import { toJSONSchema, type ZodMiniType } from '../schemas/zod.js';

/** A JSON Schema object (draft 2020-12). */
export type JsonSchema = { [key: string]: unknown };

function isEmptySchema(value: unknown): boolean {
  return value !== null && typeof value === 'object' && Object.keys(value).length === 0;
}

function clean(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(clean);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema') continue;
    if (key === 'pattern' && typeof (node as JsonSchema).format === 'string') continue;
    out[key] = clean(value);
  }
  // `z.date()` has no JSON form and comes out as `{}` (anything): drop that alternative.
  if (Array.isArray(out.anyOf)) {
    const options = (out.anyOf as unknown[]).filter((option) => !isEmptySchema(option));
    if (options.length === 1) {
      delete out.anyOf;
      Object.assign(out, options[0]);
    } else out.anyOf = options;
  }
  return out;
}

/**
 * The JSON Schema of what `schema` accepts as input, with a description for each top-level
 * property named in `descriptions`.
 */
export function inputJsonSchema(schema: ZodMiniType, descriptions: Record<string, string> = {}): JsonSchema {
  const json = clean(toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })) as JsonSchema;
  const properties = json.properties as Record<string, JsonSchema> | undefined;
  for (const [name, description] of Object.entries(descriptions)) {
    const property = properties?.[name];
    if (!property) throw new Error(`No input property ${name} to describe`);
    property.description = description;
  }
  return json;
}
