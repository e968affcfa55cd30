/**
 * Structural bounds of a JSON answer, checked on its bytes as they arrive, before it is parsed: a
 * byte cap alone does not bound memory (`[{},{},…]` costs about 60 bytes of heap per 3 bytes of
 * text: 32 MiB of it parse to some 700 MB).
 */

/** Deepest nesting of objects and arrays read. SmartRecruiters' records nest a few levels. */
export const MAX_JSON_DEPTH = 64;

/**
 * Most objects and arrays in one answer. SmartRecruiters' largest answers (a page of 100 records,
 * a whole configuration list) hold some thousands; 250 000 empty objects take about 16 MB once
 * parsed.
 */
export const MAX_JSON_CONTAINERS = 250_000;

/** Which structural bound a JSON text passed. */
export type JsonLimit = 'json_depth' | 'json_containers';

/**
 * Counts the nesting and the objects and arrays of JSON text, fed in chunks of UTF-8 bytes (a
 * multi-byte character never holds an ASCII byte, so bytes can be read one by one). Brackets in
 * strings are not counted. One pass, a few bytes of state.
 */
export class JsonShape {
  private inString = false;
  private escaped = false;
  private depth = 0;
  private containers = 0;
  /** The first bound passed, if any. */
  exceeded: JsonLimit | undefined;

  /** Reads the next bytes; returns the bound they pass, if any (reading stops there). */
  feed(bytes: Uint8Array): JsonLimit | undefined {
    if (this.exceeded) return this.exceeded;
    let { inString, escaped, depth, containers } = this;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i] as number;
      if (inString) {
        if (escaped) escaped = false;
        else if (byte === 0x5c) escaped = true;
        else if (byte === 0x22) inString = false;
      } else if (byte === 0x22) {
        inString = true;
      } else if (byte === 0x7b || byte === 0x5b) {
        depth++;
        containers++;
        if (depth > MAX_JSON_DEPTH) {
          this.exceeded = 'json_depth';
          break;
        }
        if (containers > MAX_JSON_CONTAINERS) {
          this.exceeded = 'json_containers';
          break;
        }
      } else if (byte === 0x7d || byte === 0x5d) {
        depth--;
      }
    }
    this.inString = inString;
    this.escaped = escaped;
    this.depth = depth;
    this.containers = containers;
    return this.exceeded;
  }
}

/** The bound a limit names: its number. */
export function jsonLimitCount(limit: JsonLimit): number {
  return limit === 'json_depth' ? MAX_JSON_DEPTH : MAX_JSON_CONTAINERS;
}
