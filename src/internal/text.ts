/**
 * Linear text helpers for what a regular expression would do in quadratic time on hostile input
 * (`/\/+$/` and `/[\s.]+$/` backtrack at every position of a long run): each reads every
 * character once.
 */

/** `text` without the run of `char` (one UTF-16 unit) at its end. */
export function trimEndChar(text: string, char: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without the characters `drop` matches at its start and its end. */
export function trimWhere(
  text: string,
  drop: (char: string) => boolean,
  ends: { start?: boolean; end?: boolean } = {},
): string {
  let start = 0;
  let end = text.length;
  if (ends.start !== false) while (start < end && drop(text[start] as string)) start++;
  if (ends.end !== false) while (end > start && drop(text[end - 1] as string)) end--;
  return text.slice(start, end);
}

/** White space as `\s` matches it (ECMAScript WhiteSpace and LineTerminator). */
export function isSpace(char: string): boolean {
  return char.trim() === '';
}
