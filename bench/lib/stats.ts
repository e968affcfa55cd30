/**
 * Paired measurements: every round measures the baseline and the subject back to back (the order
 * alternating from round to round), so a machine that gets busier or quieter during the run skews
 * both sides of a round alike. Figures are the median over rounds, with the spread (lowest and
 * highest round) next to them.
 */

/** Median of `values` (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median, lowest and highest of a series. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
}

/** One paired comparison: the cost of each side per round (lower is better) and their ratios. */
export interface Paired {
  baseline: Spread;
  subject: Spread;
  /** subject / baseline, round by round. */
  ratio: Spread;
}

/**
 * Runs `rounds` paired rounds after `warmup` discarded ones. Each side returns its cost for the
 * round (µs per operation, ms for a run...): the ratio is taken per round, then summarised.
 */
export async function paired(options: {
  rounds: number;
  warmup?: number;
  baseline: () => number | Promise<number>;
  subject: () => number | Promise<number>;
}): Promise<Paired> {
  const baseline: number[] = [];
  const subject: number[] = [];
  const ratios: number[] = [];
  const warmup = options.warmup ?? 1;
  for (let round = 0; round < warmup + options.rounds; round++) {
    let b: number;
    let s: number;
    if (round % 2 === 0) {
      b = await options.baseline();
      s = await options.subject();
    } else {
      s = await options.subject();
      b = await options.baseline();
    }
    if (round < warmup) continue;
    baseline.push(b);
    subject.push(s);
    ratios.push(s / b);
  }
  return { baseline: spread(baseline), subject: spread(subject), ratio: spread(ratios) };
}

/** `1.12x (1.05-1.31)`: median ratio and the lowest and highest round. */
export function ratioText(s: Spread): string {
  return `${s.median.toFixed(2)}x (${s.min.toFixed(2)}-${s.max.toFixed(2)})`;
}

/** `412 µs (398-470)`, with `unit` and `digits` decimals. */
export function valueText(s: Spread, unit: string, digits = 0): string {
  const f = (v: number) =>
    v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${f(s.median)} ${unit} (${f(s.min)}-${f(s.max)})`;
}

/** Runs `fn` `n` times and returns µs per call. */
export function timeSync(n: number, fn: () => unknown): number {
  const started = performance.now();
  for (let i = 0; i < n; i++) fn();
  return ((performance.now() - started) * 1000) / n;
}

/** Runs `fn` `n` times one after another and returns µs per call. */
export async function timeSequential(n: number, fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return ((performance.now() - started) * 1000) / n;
}

/** Runs `fn` `n` times from `workers` concurrent loops and returns µs per call (wall time / n). */
export async function timeConcurrent(
  n: number,
  workers: number,
  fn: () => Promise<unknown>,
): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next++ < n) await fn();
    }),
  );
  return ((performance.now() - started) * 1000) / n;
}
