/** Building blocks of the unified write inputs, as plain interfaces. */

/**
 * Source attribution: SR's `sourceDetails` in unified words. `type_id`/`sub_type_id` come from
 * `GET /configuration/sources`, `id` from `GET /configuration/sources/{type}/values`
 * (https://developers.smartrecruiters.com, Configuration API). An application's `source` is
 * accepted as it is: its `name` is SR's label of the source and is not sent, and a `null` sub-type
 * is not sent either (SR's `sourceSubTypeId` is optional).
 */
export interface ApplicationSourceInput {
  /** SR's source type id (e.g. `AGENCIES`). */
  type_id: string;
  /** SR's source sub-type id. */
  sub_type_id?: string | null | undefined;
  /** SR's source value id. */
  id: string;
  /** SR's label of the source: not sent. */
  name?: string | null | undefined;
}

/**
 * A date-time to send: ISO-8601 with a time zone (`2026-01-01T00:00:00Z`), a date
 * (`2026-01-01`), or a `Date` (sent as ISO-8601 in UTC).
 */
export type DateTimeInput = string | Date;
