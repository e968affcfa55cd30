/**
 * Building blocks of SmartRecruiters' wire shapes, as plain interfaces. SR records are read
 * leniently: objects keep unknown keys (an index signature), optional fields may be absent or
 * `null`, and enum fields accept any string (`Open<...>`). Only what SR always sends (record ids)
 * is required. The zod schemas in `smartrecruiters-sdk/schemas` validate the same shapes.
 */

/** An SR value that may gain new members: the known ones are suggested, any string is accepted. */
export type Open<T extends string> = T | (string & {});

/** A coordinate: numeric on candidates, a string on jobs and users. */
export type SrCoordinate = number | string;

/** One HATEOAS action of an SR record: `{ url, method }`. */
export interface SrAction {
  url?: string | null | undefined;
  method?: string | null | undefined;
  [key: string]: unknown;
}

/** The `actions` object of an SR record: action name to `{ url, method }`. */
export interface SrActions {
  [name: string]: SrAction;
}

/** SR's `{ id, label }` reference to a configured value (department, industry, reason...). */
export interface SrIdLabel {
  id: string;
  label?: string | null | undefined;
  [key: string]: unknown;
}

/** A language as SR returns it: `{ code, label, labelNative }`. */
export interface SrLanguage {
  /** Language code, e.g. `en`. */
  code?: string | null | undefined;
  label?: string | null | undefined;
  labelNative?: string | null | undefined;
  [key: string]: unknown;
}

/** One JSON Patch operation as the SDK builds it: `add`, `replace` (with a value) or `remove`. */
export type SrJsonPatchOperation =
  | { op: 'add' | 'replace'; path: string; value: unknown }
  | { op: 'remove'; path: string };
