/**
 * Building blocks of the SmartRecruiters wire schemas. SR schemas are lenient on purpose: objects
 * keep unknown keys (`z.looseObject`), optional fields accept `null` as well as absence, and enum
 * fields accept any string (an unknown value maps to `'other'` in the unified layer, it is not an
 * error). Only what SR always sends (record ids) is required.
 */
import type { SrActions } from '../../models/sr/common.js';
import * as refinements from '../refinements.js';
import * as z from '../zod.js';

export type {
  Open,
  SrAction,
  SrActions,
  SrCoordinate,
  SrIdLabel,
  SrJsonPatchOperation,
  SrLanguage,
} from '../../models/sr/common.js';

/**
 * A string enum SR documents but may extend at any time: the type offers the known values for
 * autocompletion and still accepts any string.
 */
export function srEnum<const T extends readonly string[]>(_values: T) {
  return z.custom<T[number] | (string & {})>(refinements.isString, { error: refinements.notAStringMessage });
}

/** A coordinate: numeric on candidates, a string on jobs and users. */
export const SrCoordinateSchema = z.union([z.number(), z.string()]);

/** HATEOAS link: `{ url, method }`. */
export const SrActionSchema = z.looseObject({
  url: z.nullish(z.string()),
  method: z.nullish(z.string()),
});

/** The `actions` object: action name -> `{ url, method }`. */
export const SrActionsSchema = z.record(z.string(), SrActionSchema);

/**
 * A record's `actions` field, typed as `SrActions`. Only the links named in `read` (the ones the
 * SDK follows) are validated, like any field the mappers read; the others stay as SR sent them,
 * unchecked, in the record and its `remote_data` (checking every link of every record cost a
 * third of mapping it).
 */
// @__NO_SIDE_EFFECTS__
export function srActions(
  ...read: string[]
): z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniType<SrActions, SrActions>>> {
  const links: Record<string, z.ZodMiniType> = {};
  for (const name of read) links[name] = z.nullish(SrActionSchema);
  return z.nullish(z.looseObject(links)) as unknown as z.ZodMiniOptional<
    z.ZodMiniNullable<z.ZodMiniType<SrActions, SrActions>>
  >;
}

/** `{ id, label }`, SR's reference to a configured value (department, industry, reason...). */
export const SrIdLabelSchema = z.looseObject({
  id: z.string(),
  label: z.nullish(z.string()),
});

/** `{ code, label, labelNative }` language of a job or job ad. */
export const SrLanguageSchema = z.looseObject({
  code: z.nullish(z.string()),
  label: z.nullish(z.string()),
  labelNative: z.nullish(z.string()),
});

/** One RFC 6902 JSON Patch operation (SR's `PATCH /jobs/{id}` and `PATCH /users/{id}`). */
export const SrJsonPatchOperationSchema = z.looseObject({
  op: z.enum(['add', 'remove', 'replace', 'move', 'copy', 'test']),
  path: z.string(),
  value: z.optional(z.unknown()),
  from: z.optional(z.string()),
});
