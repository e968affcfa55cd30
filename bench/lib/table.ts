/** One line of the summary table. */
export interface Row {
  figure: string;
  /** The same-run baseline, as measured. */
  baseline: string;
  /** The SDK's figure, median and spread (or the ratio to the baseline). */
  measured: string;
  target: string;
  /** `undefined` for a figure without a target. */
  met: boolean | undefined;
}

export function printTable(rows: readonly Row[]): void {
  const header: Row = {
    figure: 'Figure',
    baseline: 'Baseline (same run)',
    measured: 'Measured',
    target: 'Target',
    met: undefined,
  };
  const cells = (row: Row, isHeader = false) => [
    row.figure,
    row.baseline,
    row.measured,
    row.target,
    isHeader ? 'Met' : row.met === undefined ? '-' : row.met ? 'met' : 'NOT MET',
  ];
  const all = [cells(header, true), ...rows.map((row) => cells(row))];
  const widths = all[0]!.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(all[0]!));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of all.slice(1)) console.log(line(r));
  const judged = rows.filter((row) => row.met !== undefined);
  const met = judged.filter((row) => row.met).length;
  console.log(`\n${met} of ${judged.length} targets met.`);
}
