/**
 * How records are written: a readable table for people, CSV cells (RFC 4180) for spreadsheets.
 */

/** The value at a dot path; through arrays, the values of each element. */
export function valueAt(record: unknown, path: string): unknown {
  let current: unknown = record;
  for (const key of path.split('.')) {
    if (Array.isArray(current)) current = current.map((item) => valueAt(item, key));
    else if (current !== null && typeof current === 'object')
      current = (current as Record<string, unknown>)[key];
    else return undefined;
  }
  return current;
}

/** A value as a short text for a table cell: a reference by its name, an array joined. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value))
    return value
      .map(cellText)
      .filter((text) => text !== '')
      .join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.name === 'string') return record.name;
    if (typeof record.email === 'string') return record.email;
    if (typeof record.amount === 'number') return `${record.amount} ${String(record.currency ?? '')}`.trim();
    if (typeof record.id === 'string') return record.id;
    return JSON.stringify(value);
  }
  return String(value);
}

/** Control characters (a terminal would act on them) shown as spaces. */
function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what is removed.
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/** A table of `records` with `columns`, each cell at most `maxWidth` characters. */
export function table(records: readonly unknown[], columns: readonly string[], maxWidth = 40): string {
  const rows = records.map((record) =>
    columns.map((column) => {
      const text = printable(cellText(valueAt(record, column)));
      return text.length > maxWidth ? `${text.slice(0, maxWidth - 1)}…` : text;
    }),
  );
  const header = columns.map((column) => column.toUpperCase());
  const widths = header.map((title, index) =>
    Math.max(title.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => (index === cells.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/**
 * One CSV cell (RFC 4180): nested values as JSON, quoted when needed (double quotes doubled).
 * A text starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`, so a
 * spreadsheet shows it instead of running it as a formula (CSV injection); numbers are left as
 * they are.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record line, CRLF-terminated as RFC 4180 says. */
export function csvLine(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
