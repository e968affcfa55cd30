/**
 * `npm run conformance`: holds the SDK and the fake to SmartRecruiters' own specification (the
 * conformance table, docs/conformance/sr-api.json) and prints what it finds:
 *
 * - every typed route (src/routes.ts) against the table: method, base path, path and query
 *   parameters (names, required, arrays as repeated keys), request body, deprecation, the fields
 *   its response type requires;
 * - the fake's OAuth scopes against SR's;
 * - the fake's traffic during the test suite and the demo: every response against SR's schema for
 *   the operation and status, every request body against SR's request schema, every error status
 *   and code against SR's.
 *
 * The test suite's traffic is recorded when `npm test` runs with SMARTRECRUITERS_CONFORMANCE_DIR
 * set (test/conformance/setup.ts); this script runs the demo under observation itself.
 *
 *   npm run conformance                    # reads .conformance/ (or SMARTRECRUITERS_CONFORMANCE_DIR)
 *   npm run conformance -- --record-tests  # runs the test suite under observation first
 *   npm run conformance -- --static        # the route and scope checks only
 *
 * Exits non-zero on any difference not listed in docs/conformance/exceptions.json, or on an
 * exception that no longer matches anything.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FindingKind } from './check-exchange.js';
import { type CountLine, type FindingLine, readRecords } from './record.js';
import { checkRoutes, type RouteCheck } from './route-check.js';
import { checkScopes, type ScopeCheck } from './scope-check.js';
import {
  type ConformanceException,
  type ConformanceTable,
  loadExceptions,
  loadTable,
  operationsByKey,
  ROOT,
} from './table.js';

/** The directory the recorders write to. */
export function observationsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SMARTRECRUITERS_CONFORMANCE_DIR || join(ROOT, '.conformance');
}

/** One difference, whatever checked it. */
export interface Difference {
  kind: ConformanceException['kind'];
  operation: string;
  detail: string;
  message: string;
  /** Where it was seen (a test file, the demo, the route table, the fake's routes). */
  where: string;
  count: number;
  exception?: ConformanceException;
}

/** Everything the report says. */
export interface ConformanceReport {
  table: ConformanceTable;
  routes: RouteCheck;
  scopes: ScopeCheck;
  counts: CountLine[];
  differences: Difference[];
  /** Exceptions that matched nothing. */
  unusedExceptions: ConformanceException[];
  observed: { tests: boolean; demo: boolean };
}

/** The exception kind of each runtime finding. */
export const RUNTIME_KIND: Record<FindingKind, ConformanceException['kind']> = {
  response: 'response',
  'response-field': 'response',
  request: 'request',
  query: 'request',
  status: 'error',
  error: 'error',
};

/** Builds the report from the checks and the recorded traffic. */
export function buildReport(dir: string, options: { static?: boolean } = {}): ConformanceReport {
  const table = loadTable();
  const exceptions = loadExceptions().exceptions;
  const routes = checkRoutes(table);
  const scopes = checkScopes(table);
  const records = options.static ? [] : readRecords(dir);
  const counts = records.filter((line): line is CountLine => line.type === 'count');
  const findings = records.filter((line): line is FindingLine => line.type === 'finding');
  const differences: Difference[] = [];
  for (const f of routes.findings) {
    differences.push({
      kind: 'route',
      operation: f.operation,
      detail: `${f.aspect} ${f.detail}`,
      message: f.message,
      where: 'src/routes.ts',
      count: 1,
    });
  }
  for (const f of scopes.findings) {
    differences.push({ kind: 'scope', ...f, where: 'src/testing (route scopes)', count: 1 });
  }
  const merged = new Map<string, Difference>();
  for (const f of findings) {
    const kind = RUNTIME_KIND[f.kind];
    const detail = `${f.kind} ${f.status} ${f.detail}`;
    const key = `${kind}|${f.operation}|${detail}`;
    const seen = merged.get(key);
    if (seen) {
      seen.count += f.count;
      if (!seen.where.includes(f.source)) seen.where += `, ${f.source}`;
    } else {
      merged.set(key, {
        kind,
        operation: f.operation,
        detail,
        message: f.message,
        where: f.source === 'demo' ? 'demo' : f.where || 'tests',
        count: f.count,
      });
    }
  }
  differences.push(...merged.values());
  const used = new Set<ConformanceException>();
  for (const d of differences) {
    const exception = exceptions.find((e) => matches(e, d));
    if (exception) {
      d.exception = exception;
      used.add(exception);
    }
  }
  const sources = new Set(counts.map((c) => c.source));
  return {
    table,
    routes,
    scopes,
    counts,
    differences: differences.sort(
      (a, b) =>
        a.operation.localeCompare(b.operation) ||
        a.kind.localeCompare(b.kind) ||
        a.detail.localeCompare(b.detail),
    ),
    unusedExceptions: exceptions.filter(
      (e) =>
        !used.has(e) && e.kind !== 'source' && (!options.static || e.kind === 'route' || e.kind === 'scope'),
    ),
    observed: { tests: sources.has('tests'), demo: sources.has('demo') },
  };
}

/**
 * Whether an exception covers a difference: same kind and operation (`*`: any), and its detail is
 * the difference's or a prefix of it ending at a word (`body /file` covers `body /file/name`;
 * `error 404` covers `error 404 NOT_FOUND`).
 */
export function matches(
  exception: ConformanceException,
  difference: Pick<Difference, 'kind' | 'operation' | 'detail'>,
): boolean {
  if (exception.kind !== difference.kind) return false;
  if (exception.operation !== '*' && exception.operation !== difference.operation) return false;
  if (exception.detail === '*' || exception.detail === difference.detail) return true;
  const next = difference.detail.charAt(exception.detail.length);
  return difference.detail.startsWith(exception.detail) && (next === ' ' || next === '/');
}

/** The report as text. */
export function renderReport(report: ConformanceReport): string {
  const { table, routes, scopes } = report;
  const lines: string[] = [];
  const pct = (n: number, of: number) => (of === 0 ? '0' : ((100 * n) / of).toFixed(1));
  const src = table.sources;
  lines.push("Conformance with SmartRecruiters' specification (docs/conformance/sr-api.json)");
  lines.push(`  [KS]  ${src.ks.repository} ${src.ks.path} @ ${src.ks.commit}`);
  lines.push(`  [IDX] ${src.idx.repository} ${src.idx.path} @ ${src.idx.commit}`);
  lines.push(
    `  table: ${table.counts.operations} operations; ${table.counts.withKsSchema} with a [KS] schema, ` +
      `${table.counts.sharedKsSchema} sharing one (merge artefact), ${table.counts.noSchemaInKs} with no schema in [KS]`,
  );
  const typed = routes.routes.length;
  const problems = new Map<string, number>();
  for (const d of report.differences) {
    if (!d.exception) problems.set(d.operation, (problems.get(d.operation) ?? 0) + 1);
  }
  const excepted = new Set(report.differences.filter((d) => d.exception).map((d) => d.operation));
  const conforming = routes.inTable.filter((key) => !problems.has(key));
  lines.push('');
  lines.push(
    `Operations checked: ${routes.inTable.length} of ${typed} typed (${pct(routes.inTable.length, typed)}%): ` +
      'method, base path, path and query parameters, body, deprecation',
  );
  lines.push(
    `  with SR's schemas, scopes and error codes as well: ${routes.withSchemas.length} (${pct(routes.withSchemas.length, typed)}%)`,
  );
  lines.push(`  conforming (no difference outside the exceptions): ${conforming.length}`);
  lines.push(`  with excepted differences: ${[...excepted].filter((key) => !problems.has(key)).length}`);
  const byKey = operationsByKey(table);
  const unchecked = routes.routes.filter((r) => !routes.withSchemas.includes(r.key));
  if (unchecked.length > 0) {
    lines.push('  unchecked against SR schemas (route facts only):');
    for (const r of unchecked) {
      const op = byKey.get(r.key);
      lines.push(
        `    ${r.key}: ${op ? `no schema in [KS] (${op.registry}; parameters from the [IDX] tool file)` : 'not in the table'}`,
      );
    }
  }
  lines.push(
    `Fake scopes: ${scopes.checked.length} routes checked; unchecked: ${scopes.unchecked.map((u) => `${u.operation} (${u.reason})`).join('; ') || 'none'}`,
  );
  const total = (filter: (c: CountLine) => boolean) =>
    report.counts.filter(filter).reduce((n, c) => n + c.count, 0);
  lines.push(
    `Observed traffic: tests ${report.observed.tests ? 'recorded' : 'NOT recorded'}, demo ${report.observed.demo ? 'recorded' : 'NOT recorded'}; ` +
      `${total(() => true)} exchanges, ${new Set(report.counts.filter((c) => c.operation).map((c) => c.operation)).size} operations; ` +
      `${total((c) => c.responseValidated)} responses and ${total((c) => c.requestValidated)} request bodies validated against SR's schemas`,
  );
  const open = report.differences.filter((d) => !d.exception);
  const withException = report.differences.filter((d) => d.exception);
  const kinds = ['route', 'scope', 'response', 'request', 'error'] as const;
  lines.push(
    `Differences outside the exceptions: ${open.length} (${kinds.map((k) => `${k} ${open.filter((d) => d.kind === k).length}`).join(', ')})`,
  );
  lines.push(`Differences covered by exceptions: ${withException.length}`);
  if (open.length > 0) {
    lines.push('');
    lines.push('DIFFERENCES');
    for (const d of open) {
      lines.push(`  [${d.kind}] ${d.operation} ${d.detail}${d.count > 1 ? ` (x${d.count})` : ''}`);
      lines.push(`      ${d.message} [${d.where}]`);
    }
  }
  const exceptions = loadExceptions().exceptions;
  lines.push('');
  lines.push(`EXCEPTIONS (${exceptions.length}, docs/conformance/exceptions.json)`);
  for (const e of exceptions) {
    const hits = report.differences.filter((d) => d.exception === e).reduce((n, d) => n + d.count, 0);
    lines.push(`  [${e.kind}] ${e.operation} ${e.detail}${e.kind === 'source' ? '' : ` (${hits} seen)`}`);
    lines.push(`      ${e.reason}`);
  }
  if (report.unusedExceptions.length > 0) {
    lines.push('');
    lines.push('STALE EXCEPTIONS (match nothing: remove them)');
    for (const e of report.unusedExceptions) lines.push(`  [${e.kind}] ${e.operation} ${e.detail}`);
  }
  return lines.join('\n');
}

/** Runs the demo under observation, into `dir`. */
function recordDemo(dir: string): void {
  for (const name of safeList(dir)) if (name.startsWith('demo-')) rmSync(join(dir, name));
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/conformance/demo.ts')], {
    cwd: ROOT,
    env: { ...process.env, SMARTRECRUITERS_CONFORMANCE_DIR: dir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`the demo failed under observation (exit ${run.status})`);
}

/** Runs the test suite under observation, into `dir`. */
function recordTests(dir: string): void {
  for (const name of safeList(dir)) if (name.startsWith('tests-')) rmSync(join(dir, name));
  const run = spawnSync('npx', ['vitest', 'run'], {
    cwd: ROOT,
    env: { ...process.env, SMARTRECRUITERS_CONFORMANCE_DIR: dir },
    stdio: 'inherit',
  });
  if (run.status !== 0)
    console.error('conformance: the test suite failed; its recorded traffic is reported anyway');
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = observationsDir();
  const isStatic = process.argv.includes('--static');
  if (!isStatic) {
    if (process.argv.includes('--record-tests')) recordTests(dir);
    recordDemo(dir);
  }
  const report = buildReport(dir, { static: isStatic });
  console.log(renderReport(report));
  const open = report.differences.filter((d) => !d.exception).length;
  const missing = !isStatic && !report.observed.tests;
  if (missing) {
    console.log(
      `\nNo test-suite traffic in ${dir}: run \`SMARTRECRUITERS_CONFORMANCE_DIR=${dir} npm test\` ` +
        'or `npm run conformance -- --record-tests` first.',
    );
  }
  process.exitCode = open > 0 || report.unusedExceptions.length > 0 || missing ? 1 : 0;
}
