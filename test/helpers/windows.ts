/** The most of `times` (ms) that fall in any window of `ms` (half-open: `[t, t + ms)`). */
export function maxInWindow(times: readonly number[], ms: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] as number) - (sorted[start] as number) >= ms) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}
