/**
 * Records what the conformance checker finds in the fake's traffic, as JSON lines in a directory
 * (`SMARTRECRUITERS_CONFORMANCE_DIR`): the vitest setup file (test/conformance/setup.ts) and the
 * demo runner (scripts/conformance/demo.ts) write there, `npm run conformance` reads it. Each
 * process appends to its own file; counts and findings are aggregated before they are written.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FakeExchange } from '../../src/testing/observe.js';
import type { ExchangeChecker, ExchangeResult, Finding } from './check-exchange.js';

/** Where the traffic came from. */
export type ObservationSource = 'tests' | 'demo';

/** How many exchanges of one kind were seen. */
export interface CountLine {
  type: 'count';
  source: ObservationSource;
  /** The table's operation key, or the fake's route when the table has none. */
  operation: string | null;
  route: string | null;
  status: number;
  answeredBy: FakeExchange['answeredBy'];
  responseValidated: boolean;
  requestValidated: boolean;
  count: number;
}

/** One finding, with how often it was seen and where first. */
export interface FindingLine extends Finding {
  type: 'finding';
  source: ObservationSource;
  count: number;
  /** The test file (or script) that first produced it. */
  where: string;
}

export type RecordLine = CountLine | FindingLine;

/** Aggregates check results and appends them to `dir`. */
export class Recorder {
  private readonly counts = new Map<string, CountLine>();
  private readonly findings = new Map<string, FindingLine>();
  private readonly pending = new Set<Promise<void>>();
  private readonly checker: ExchangeChecker;
  private readonly dir: string;
  private readonly source: ObservationSource;
  /** The test file or script running now (named in findings). */
  where = '';

  constructor(checker: ExchangeChecker, dir: string, source: ObservationSource) {
    this.checker = checker;
    this.dir = dir;
    this.source = source;
  }

  /** Checks an exchange (asynchronously: multipart bodies are parsed). */
  observe(exchange: FakeExchange): void {
    const where = this.where;
    const task = this.checker
      .check(exchange)
      .then((result) => this.add(exchange, result, where))
      .finally(() => this.pending.delete(task));
    this.pending.add(task);
  }

  private add(exchange: FakeExchange, result: ExchangeResult, where: string): void {
    const countKey = [
      result.operation,
      exchange.route,
      result.status,
      result.answeredBy,
      result.responseValidated,
      result.requestValidated,
    ].join('|');
    const count = this.counts.get(countKey);
    if (count) count.count++;
    else {
      this.counts.set(countKey, {
        type: 'count',
        source: this.source,
        operation: result.operation,
        route: exchange.route,
        status: result.status,
        answeredBy: result.answeredBy,
        responseValidated: result.responseValidated,
        requestValidated: result.requestValidated,
        count: 1,
      });
    }
    for (const finding of result.findings) {
      const key = [finding.kind, finding.operation, finding.status, finding.detail].join('|');
      const seen = this.findings.get(key);
      if (seen) seen.count++;
      else this.findings.set(key, { type: 'finding', source: this.source, ...finding, count: 1, where });
    }
  }

  /** Waits for pending checks and appends everything recorded so far to the directory. */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
    const lines = [...this.counts.values(), ...this.findings.values()].map((line) => JSON.stringify(line));
    this.counts.clear();
    this.findings.clear();
    if (lines.length === 0) return;
    mkdirSync(this.dir, { recursive: true });
    appendFileSync(join(this.dir, `${this.source}-${process.pid}.jsonl`), `${lines.join('\n')}\n`);
  }
}

/** Every line recorded in `dir` (none when it does not exist). */
export function readRecords(dir: string): RecordLine[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.jsonl'));
  } catch {
    return [];
  }
  const lines: RecordLine[] = [];
  for (const name of files.sort()) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (line.trim()) lines.push(JSON.parse(line) as RecordLine);
    }
  }
  return lines;
}
