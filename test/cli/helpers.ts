/**
 * Runs the built command line (`dist/cli/index.js`, what `npx smartrecruiters-sdk` runs) as a
 * subprocess: to completion, or in the background reading its output as it comes.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilt } from '../../scripts/ensure-build.mjs';

export const root = join(import.meta.dirname, '..', '..');
export const CLI = join(root, 'dist', 'cli', 'index.js');

/** Builds the package once if `dist/` is missing or stale. */
export const built = (): Promise<void> => ensureBuilt(root);

/** An environment without the caller's SmartRecruiters settings. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_NO_WARNINGS: '1' };
  for (const name of Object.keys(env)) if (name.startsWith('SMARTRECRUITERS_')) delete env[name];
  return { ...env, ...extra };
}

/** What a finished command printed and its exit code. */
export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the command line to its end (killed after `timeoutMs`). */
export function runCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number; input?: string } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: options.env ?? cleanEnv(),
      cwd: options.cwd ?? root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** A command running in the background. */
export interface Background {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first stdout text that `match` accepts (within `timeoutMs`). */
  waitFor(match: (stdout: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Resolves when it exits. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the command line in the background. */
export function startCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Background {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: options.env ?? cleanEnv(),
    cwd: options.cwd ?? root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters = new Set<() => void>();
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const check of waiters) check();
  });
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor: (match, timeoutMs = 20_000) =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out; stdout: ${out}\nstderr: ${err}`));
        }, timeoutMs);
        const check = () => {
          if (match(out)) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve(out);
          }
        };
        waiters.add(check);
        void exited.then(() => {
          if (waiters.has(check)) {
            clearTimeout(timer);
            waiters.delete(check);
            reject(new Error(`exited; stdout: ${out}\nstderr: ${err}`));
          }
        });
        check();
      }),
  };
}

/** The fake started by `smartrecruiters-sdk fake --json`. */
export interface FakeInfo {
  url: string;
  apiKey: string;
  oauth: { clientId: string; clientSecret: string; tokenUrl: string };
}

/** Starts `smartrecruiters-sdk fake --json ...args` and reads what it printed. */
export async function startFakeCli(args: string[] = []): Promise<{ fake: Background; info: FakeInfo }> {
  const fake = startCli(['fake', '--json', ...args]);
  const out = await fake.waitFor((text) => text.includes('\n'));
  return { fake, info: JSON.parse(out.split('\n')[0] as string) as FakeInfo };
}

/** Stops a background command with SIGTERM and waits for its exit. */
export async function stop(
  background: Background,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (background.child.exitCode === null && background.child.signalCode === null)
    background.child.kill('SIGTERM');
  return background.exited;
}
