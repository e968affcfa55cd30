/**
 * A resource's filters as command-line options, generated from the JSON Schema of its list
 * parameters (the agent tools' input schema, itself generated from the SDK's zod models): a new
 * filter in the SDK is a new option here, with nothing to keep in step. `--job-id x` is `job_id`;
 * a filter that takes one or several values is repeatable (`--status hired --status offered`).
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { JsonSchema } from 'smartrecruiters-sdk/tools';

interface Filter {
  key: string;
  attribute: string;
  repeatable: boolean;
}

function isArrayish(schema: JsonSchema): boolean {
  if (schema.type === 'array') return true;
  return (
    Array.isArray(schema.anyOf) && (schema.anyOf as JsonSchema[]).some((option) => option.type === 'array')
  );
}

function kind(schema: JsonSchema): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  const first = Array.isArray(schema.anyOf) ? (schema.anyOf as JsonSchema[])[0] : undefined;
  return typeof first?.type === 'string' ? first.type : undefined;
}

function enumOf(schema: JsonSchema): string[] | undefined {
  const own = schema.enum ?? (schema.items as JsonSchema | undefined)?.enum;
  if (Array.isArray(own)) return own as string[];
  for (const option of (schema.anyOf as JsonSchema[] | undefined) ?? []) {
    const values = enumOf(option);
    if (values) return values;
  }
  return undefined;
}

/** Collects the values of a repeatable option. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Parses a whole number option. */
export function integer(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

/**
 * Adds an option per property of `schema` (but those in `skip`) to `command`, and returns how to
 * read them back as list parameters.
 */
export function addFilterOptions(
  command: Command,
  schema: JsonSchema,
  skip: readonly string[],
): (opts: Record<string, unknown>) => Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const filters: Filter[] = [];
  for (const [key, property] of Object.entries(properties)) {
    if (skip.includes(key)) continue;
    const type = kind(property);
    if (type === 'object') continue;
    const flag = `--${key.replace(/_/g, '-')}`;
    const repeatable = isArrayish(property);
    const values = enumOf(property);
    const description = [
      property.description as string | undefined,
      values ? `one of: ${values.filter((value) => value === value.toLowerCase()).join(', ')}` : undefined,
      repeatable ? 'repeat for several' : undefined,
      required.has(key) ? 'required' : undefined,
    ]
      .filter(Boolean)
      .join('; ');
    const option =
      type === 'boolean'
        ? new Option(flag, description)
        : new Option(`${flag} <${type === 'integer' ? 'n' : 'value'}>`, description);
    if (type === 'integer') option.argParser(integer);
    else if (repeatable) option.argParser(collect);
    if (required.has(key)) option.makeOptionMandatory();
    command.addOption(option);
    filters.push({ key, attribute: option.attributeName(), repeatable });
  }
  return (opts) => {
    const out: Record<string, unknown> = {};
    for (const filter of filters) {
      const value = opts[filter.attribute];
      if (value !== undefined) out[filter.key] = value;
    }
    return out;
  };
}
