/**
 * A Redis for the tests and benchmarks that need one: `REDIS_URL` when set (CI starts one on
 * loopback), else a `redis-server` started on 127.0.0.1 on a free port, without persistence, and
 * stopped afterwards. Without either, a clear error says how to get one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

export interface RedisServer {
  /** `redis://127.0.0.1:<port>` (or `REDIS_URL`). */
  url: string;
  /** Stops the server this helper started (nothing for `REDIS_URL`). */
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export const NO_REDIS_MESSAGE =
  'These tests need Redis: set REDIS_URL (e.g. redis://127.0.0.1:6379), or install redis-server ' +
  '(Debian/Ubuntu: apt-get install redis-server) so they can start their own on 127.0.0.1. ' +
  'The rest of the suite runs without it: npx vitest run --project core';

function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Starts `redis-server` on 127.0.0.1 and a free port; resolves once it accepts connections. */
export async function startRedisServer(): Promise<RedisServer & { port: number }> {
  if (!hasRedisServer()) throw new Error(NO_REDIS_MESSAGE);
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  // Through a shell that stops the server when its stdin closes: when this process ends, however
  // it ends (a test run killed by a timeout included), no redis-server is left behind.
  const child = spawn(
    'sh',
    ['-c', 'redis-server "$@" & pid=$!; read -r _; kill "$pid"; wait "$pid"', 'sh', ...args],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}):\n${output}`));
    });
  });
  child.stdout?.removeAllListeners('data');
  child.stderr?.removeAllListeners('data');
  child.stdout?.resume();
  child.stderr?.resume();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin?.end();
      }),
  };
}

/** `REDIS_URL`, or a server started for the caller (stop it when done). */
export async function redisForTests(): Promise<RedisServer> {
  const url = process.env.REDIS_URL;
  if (url) return { url, stop: async () => undefined };
  return startRedisServer();
}
