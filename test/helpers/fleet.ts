/**
 * Runs fleet workers (`test/fixtures/scripts/fleet-worker.ts`), each a separate Node process, and
 * collects what they print.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FleetWorkerConfig, FleetWorkerSummary } from '../fixtures/scripts/fleet-worker.js';

export type { FleetWorkerConfig, FleetWorkerSummary };

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = fileURLToPath(new URL('../fixtures/scripts/fleet-worker.ts', import.meta.url));

export interface FleetWorker {
  child: ChildProcess;
  /** Every JSON line printed so far. */
  events: Array<{ event: string } & Record<string, unknown>>;
  /** Resolves on the first line with this event. */
  waitFor(event: string): Promise<void>;
  /** The summary, or `null` when the process ended without one (killed). */
  done: Promise<FleetWorkerSummary | null>;
  /** Anything printed on stderr. */
  stderr(): string;
}

export function spawnWorker(config: FleetWorkerConfig): FleetWorker {
  const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(config)], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  const events: FleetWorker['events'] = [];
  const waiting = new Map<string, Array<() => void>>();
  let errors = '';
  let buffer = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf('\n');
      if (!line.startsWith('{')) continue;
      const event = JSON.parse(line) as FleetWorker['events'][number];
      events.push(event);
      for (const resolve of waiting.get(event.event) ?? []) resolve();
      waiting.delete(event.event);
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    events,
    stderr: () => errors,
    waitFor: (event) =>
      events.some((e) => e.event === event)
        ? Promise.resolve()
        : Promise.race([
            new Promise<void>((resolve) => waiting.set(event, [...(waiting.get(event) ?? []), resolve])),
            exited.then(() => {
              if (!events.some((e) => e.event === event)) {
                throw new Error(`worker exited before "${event}":\n${errors}`);
              }
            }),
          ]),
    done: exited.then(
      () => (events.find((e) => e.event === 'done') as FleetWorkerSummary | undefined) ?? null,
    ),
  };
}

/** Starts `n` workers, waits until all are ready, then starts them together. */
export async function runFleet(n: number, config: FleetWorkerConfig): Promise<FleetWorker[]> {
  const workers = Array.from({ length: n }, () => spawnWorker(config));
  await Promise.all(workers.map((w) => w.waitFor('ready')));
  for (const w of workers) w.child.stdin?.write('go\n');
  return workers;
}

/** Requests of `worker` to `path` sent and not answered yet (it must run with `announceRequests`). */
export function inFlight(worker: FleetWorker, path: string): number {
  let n = 0;
  for (const e of worker.events) {
    if (e.path !== path) continue;
    if (e.event === 'sent') n++;
    else if (e.event === 'answered') n--;
  }
  return n;
}

/**
 * Waits until one of `workers` has a request to `path` in flight (so it holds that place), sends
 * it `signal`, and resolves to it and when (Unix ms).
 */
export async function signalHolder(
  workers: FleetWorker[],
  path: string,
  signal: NodeJS.Signals,
): Promise<{ victim: FleetWorker; at: number }> {
  for (;;) {
    const victim = workers.find((w) => w.child.exitCode === null && inFlight(w, path) > 0);
    if (victim) {
      victim.child.kill(signal);
      return { victim, at: performance.timeOrigin + performance.now() };
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
