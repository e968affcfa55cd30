/**
 * Progress of a long command on stderr: on a terminal, one line redrawn a few times a second
 * (records, SmartRecruiters' total where it gives one, requests per second, rate-limit waits,
 * ETA); elsewhere (a log file, CI), a plain line every few seconds. Never on stdout.
 */
import type { RequestStats } from './client.js';

/** Where progress goes: a stream with an optional terminal width. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** What the display reads. */
export interface ProgressSource {
  /** Records done in this run, including those of an interrupted run it resumed. */
  records(): number;
  /** SmartRecruiters' count of the records, or `null`. */
  total(): number | null;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** `1h 02m`, `3m 05s`, `12s`. */
export function duration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  if (m > 0) return `${m}m ${String(s).padStart(2, '0')}s`;
  return `${s}s`;
}

/** The progress display of one command. */
export class Progress {
  private readonly started = performance.now();
  private readonly startRecords: number;
  private timer: ReturnType<typeof setInterval> | undefined;
  private frame = 0;
  private lastPlain = 0;
  /** Records per second, smoothed. */
  private rate = 0;
  private lastSample = { at: performance.now(), records: 0 };

  constructor(
    private readonly label: string,
    private readonly source: ProgressSource,
    private readonly stats: RequestStats,
    private readonly out: ProgressStream,
    private readonly options: { plainEveryMs?: number } = {},
  ) {
    this.startRecords = source.records();
    this.lastSample.records = this.startRecords;
  }

  /** Starts redrawing (terminal) or printing lines (elsewhere). */
  start(): this {
    this.timer = setInterval(() => this.tick(), this.out.isTTY ? 150 : 1000);
    this.timer.unref();
    return this;
  }

  private sample(): void {
    const now = performance.now();
    const elapsed = (now - this.lastSample.at) / 1000;
    if (elapsed < 0.5) return;
    const done = this.source.records();
    const instant = (done - this.lastSample.records) / elapsed;
    this.rate = this.rate === 0 ? instant : this.rate * 0.7 + instant * 0.3;
    this.lastSample = { at: now, records: done };
  }

  /** The status as a line of text (no newline). */
  line(): string {
    const done = this.source.records();
    const total = this.source.total();
    const parts: string[] = [];
    if (total !== null && total > 0) {
      const percent = Math.min(100, (done / total) * 100);
      parts.push(`${count(done)}/${count(total)} records (${percent.toFixed(1)}%)`);
    } else parts.push(`${count(done)} records`);
    parts.push(`${this.stats.perSecond(this.started).toFixed(1)} req/s`);
    parts.push(
      `rate-limit waits ${this.stats.rateLimitWaits}${this.stats.rateLimitWaitMs > 0 ? ` (${duration(this.stats.rateLimitWaitMs)})` : ''}`,
    );
    if (total !== null && total > done && this.rate > 0)
      parts.push(`ETA ${duration(((total - done) / this.rate) * 1000)}`);
    else if (total === null) parts.push('ETA unknown');
    parts.push(`elapsed ${duration(performance.now() - this.started)}`);
    return `${this.label}  ${parts.join(' · ')}`;
  }

  private tick(): void {
    this.sample();
    if (this.out.isTTY) {
      const frame = FRAMES[this.frame++ % FRAMES.length];
      const text = `${frame} ${this.line()}`;
      const width = this.out.columns ?? 120;
      this.out.write(`\r\x1b[2K${text.length > width - 1 ? `${text.slice(0, width - 2)}…` : text}`);
    } else {
      const every = this.options.plainEveryMs ?? 10_000;
      const now = performance.now();
      if (now - this.lastPlain >= every) {
        this.lastPlain = now;
        this.out.write(`progress: ${this.line()}\n`);
      }
    }
  }

  /** Stops the display and prints the final line. */
  finish(summary: string): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.out.isTTY) this.out.write('\r\x1b[2K');
    const records = this.source.records() - this.startRecords;
    this.out.write(
      `${summary}: ${count(records)} records in ${duration(performance.now() - this.started)}, ${count(this.stats.requests)} requests, ${this.stats.rateLimitWaits} rate-limit waits\n`,
    );
  }
}
