/**
 * The progress display as a person sees it: an export run in a real terminal (a tmux pane), the
 * pane captured while it runs and after it ends. `.ci/run` installs tmux where it is missing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built, CLI } from './helpers.js';

const session = `sr-progress-${process.pid}`;
let dir: string;

const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
/** What the pane shows now, one string per line, trailing blanks dropped. */
const screen = () =>
  tmux('capture-pane', '-p', '-t', session)
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '');

beforeAll(async () => {
  await built();
  dir = mkdtempSync(join(tmpdir(), 'sr-tmux-'));
  try {
    tmux('-V');
  } catch {
    throw new Error('tmux is needed for this test (apt-get install tmux; .ci/run installs it)');
  }
}, 300_000);
afterAll(() => {
  try {
    tmux('kill-session', '-t', session);
  } catch {
    // Already gone.
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('the progress display in a terminal', () => {
  it('redraws one line with records, total, requests per second, rate-limit waits and ETA, then a summary', async () => {
    const output = join(dir, 'candidates.ndjson');
    // The embedded fake enforces SmartRecruiters' 10 requests a second: 60 hydrated candidates
    // take about 7 s, long enough to watch.
    const command = `${process.execPath} ${CLI} --fake --fake-candidates 60 export candidates --hydrate --page-size 10 -o ${output}; echo EXIT:$?; sleep 60`;
    tmux('new-session', '-d', '-s', session, '-x', '150', '-y', '12', '-e', 'NODE_NO_WARNINGS=1', command);

    let running: string | undefined;
    for (let i = 0; i < 200 && !running; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      running = screen().find((line) => /ETA \d/.test(line) && /\d+\/60 records/.test(line));
    }
    expect(running, screen().join('\n')).toBeDefined();
    // One line, redrawn in place: a spinner, where it writes, the count of SR's total, the rates.
    expect(running).toMatch(
      /^[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] candidates → .*candidates\.ndjson {2}\d+\/60 records \(\d+\.\d%\) · \d+\.\d req\/s · rate-limit waits \d+.* · ETA (\d+m )?\d+s · elapsed \d+s$/,
    );
    expect(screen().filter((line) => line.includes('records (')).length).toBe(1);

    let finished: string[] = [];
    for (let i = 0; i < 300 && !finished.some((line) => line.startsWith('EXIT:')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      finished = screen();
    }
    // The progress line is gone, replaced by the summary.
    expect(finished.filter((line) => line.includes('ETA'))).toEqual([]);
    expect(finished).toContainEqual(
      expect.stringMatching(/^candidates: done: 60 records in \d+s, \d+ requests, \d+ rate-limit waits$/),
    );
    expect(finished).toContain('EXIT:0');
  }, 60_000);
});
