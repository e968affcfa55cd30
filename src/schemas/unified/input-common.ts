/**
 * Building blocks of the write inputs and list parameters (strict): ids, limits, cursors, dates,
 * codes, source attribution. Kept apart from the model schemas so validating parameters does not
 * pull the model schemas into a bundle.
 */
import { isApplicationId } from '../../mappers/application-id.js';
import * as refinements from '../refinements.js';
import * as z from '../zod.js';

export type {
  ApplicationSourceInput,
  DateTimeInput,
} from '../../models/unified/input-common.js';

export { isApplicationId };

/** A non-empty string (ids, names). */
export const NonEmptyStringSchema = z.string().check(z.minLength(1));

/** An id: a non-empty string without surrounding whitespace. */
export const IdSchema = z
  .string()
  .check(z.minLength(1, { abort: true }), z.regex(/^\S(.*\S)?$/, 'must not have surrounding whitespace'));

/**
 * An ISO-8601 date-time with a time zone (`2026-01-01T00:00:00Z`), a date (`2026-01-01`), or a
 * `Date` (an invalid `Date` is refused). A `Date` is sent to SmartRecruiters as ISO-8601 in UTC.
 */
export const DateTimeInputSchema = z.union([z.iso.datetime({ offset: true }), z.iso.date(), z.date()], {
  error:
    'expected an ISO-8601 date-time with a time zone (2026-01-01T00:00:00Z), a date (2026-01-01) or a valid Date',
});

/**
 * An ISO-8601 date-time with a time zone, or a `Date` (an invalid `Date` is refused), sent to
 * SmartRecruiters as ISO-8601 in UTC.
 */
export const StrictDateTimeSchema = z.union([z.iso.datetime({ offset: true }), z.date()], {
  error: 'expected an ISO-8601 date-time with a time zone (2026-01-01T00:00:00Z) or a valid Date',
});

/**
 * Page size: an integer from 1 to 100 (SR's maximum,
 * https://developers.smartrecruiters.com/reference/pagination).
 */
export const LimitSchema = z.int().check(z.minimum(1), z.maximum(100));

/** An opaque cursor from a previous page's `next_cursor`. */
export const CursorSchema = z.string().check(z.minLength(1));

/** The paging fields of every list's parameters. */
export const pageShape = {
  /** Page size, 1 to 100. Default 100, SmartRecruiters' largest page. */
  limit: z.optional(LimitSchema),
  /** `next_cursor` of the previous page. */
  cursor: z.optional(CursorSchema),
};

/** One value or a non-empty array of values. */
export function oneOrMany<T extends z.ZodMiniType>(item: T, message?: string) {
  const array = z.array(item).check(z.minLength(1));
  return message ? z.union([item, array], { error: message }) : z.union([item, array]);
}

/** An ISO-3166-1 alpha-2 country code, either case. */
export const CountryCodeSchema = z
  .string()
  .check(z.regex(/^[A-Za-z]{2}$/, 'expected an ISO-3166-1 alpha-2 code'));

/** An ISO-4217 currency code, either case. */
export const CurrencyCodeSchema = z
  .string()
  .check(z.regex(/^[A-Za-z]{3}$/, 'expected an ISO-4217 currency code'));

/**
 * Source attribution: SR's `sourceDetails` in unified words. `type_id`/`sub_type_id` come from
 * `GET /configuration/sources`, `id` from `GET /configuration/sources/{type}/values`
 * (https://developers.smartrecruiters.com, Configuration API). An application's `source` is
 * accepted as it is: its `name` is SR's label of the source and is not sent, and a `null` sub-type
 * is not sent either (SR's `sourceSubTypeId` is optional).
 */
export const ApplicationSourceInputSchema = z.strictObject({
  type_id: IdSchema,
  sub_type_id: z.optional(z.nullable(IdSchema)),
  id: IdSchema,
  name: z.optional(z.nullable(z.string())),
});

/** Adds an issue when an object has no defined field (an update that would change nothing). */
export const notEmpty = z.superRefine(refinements.notEmpty);

/** Exactly one of `candidate_id` / `application_id`, the latter a composite application id. */
export const exactlyOneOwner = z.superRefine(refinements.exactlyOneOwner);
