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
  /** The action's URL. */
  url?: string | null | undefined;
  /** The HTTP method to call it with. */
  method?: string | null | undefined;
  [key: string]: unknown;
}

/** The `actions` object of an SR record: action name to `{ url, method }`. */
export interface SrActions {
  [name: string]: SrAction;
}

/** SR's `{ id, label }` reference to a configured value (department, industry, reason...). */
export interface SrIdLabel {
  /** The value's id. */
  id: string;
  /** The value's label. */
  label?: string | null | undefined;
  [key: string]: unknown;
}

/** A language as SR returns it: `{ code, label, labelNative }`. */
export interface SrLanguage {
  /** Language code, e.g. `en`. */
  code?: string | null | undefined;
  /** The language's name. */
  label?: string | null | undefined;
  /** The language's name in that language. */
  labelNative?: string | null | undefined;
  [key: string]: unknown;
}

/** One JSON Patch operation as the SDK builds it: `add`, `replace` (with a value) or `remove`. */
export type SrJsonPatchOperation =
  | {
      /** The operation. */
      op: 'add' | 'replace';
      /** JSON Pointer (RFC 6901) to the field. */
      path: string;
      /** The new value. */
      value: unknown;
    }
  | {
      /** The operation. */
      op: 'remove';
      /** JSON Pointer (RFC 6901) to the field. */
      path: string;
    };
