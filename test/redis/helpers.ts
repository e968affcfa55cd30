/**
 * Helpers of the Redis tests: the run's Redis (see global-setup.ts), clients closed after each
 * test, a key prefix per test, and a TCP proxy on 127.0.0.1 that can cut or stall the way to Redis.
 */
import { connect, createServer, type Socket } from 'node:net';
import { Redis, type RedisOptions } from 'ioredis';
import { afterEach, inject } from 'vitest';
import { freePort } from '../helpers/redis-server.js';

const cleanups: Array<() => Promise<unknown> | unknown> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Runs `fn` after the current test (last registered, first run). */
export function onCleanup(fn: () => Promise<unknown> | unknown): void {
  cleanups.push(fn);
}

/** The Redis of this run. */
export function redisUrl(): string {
  return inject('redisUrl');
}

/** An ioredis client of `url` (default: the run's Redis), closed after the test. */
export function newRedis(url = redisUrl(), options: RedisOptions = {}): Redis {
  const redis = new Redis(url, options);
  redis.on('error', () => undefined);
  onCleanup(() => redis.disconnect());
  return redis;
}

/** A key prefix of its own for each test: tests never see each other's keys. */
export function uniquePrefix(): string {
  return `test:${Math.random().toString(36).slice(2, 10)}:`;
}

/** Keys under `prefix`. */
export async function keysOf(redis: Redis, prefix: string): Promise<string[]> {
  return (await redis.keys(`${prefix}*`)).sort();
}

/**
 * Reads the start logs under `prefix` (the times, on Redis' clock, at which the limiter let
 * requests start) every 100 ms until `stop()`, which gives each credential-wide log's start times
 * and each route's (keys ending `:r:<route>:starts`). A start stays in its log at least one window,
 * so none is missed unless this process stalls that long.
 */
export function recordStarts(redis: Redis, prefix: string): { stop(): Promise<Map<string, number[]>> } {
  const seen = new Map<string, Map<string, number>>();
  const read = async () => {
    for (const key of await redis.keys(`${prefix}*:starts`)) {
      const entries = await redis.zrange(key, 0, -1, 'WITHSCORES');
      const log = seen.get(key) ?? new Map<string, number>();
      for (let i = 0; i + 1 < entries.length; i += 2) log.set(entries[i] as string, Number(entries[i + 1]));
      seen.set(key, log);
    }
  };
  let reading = read();
  const timer = setInterval(() => {
    reading = reading.then(read);
  }, 100);
  return {
    async stop() {
      clearInterval(timer);
      await reading;
      await read();
      return new Map([...seen].map(([key, log]) => [key, [...log.values()]]));
    },
  };
}

/** Blocks this process's event loop for `ms`, as a paused process (SIGSTOP, a long GC) would. */
export function freeze(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // nothing runs meanwhile: no timer, no I/O
  }
}

/** A URL where nothing listens: connections are refused. */
export async function deadRedisUrl(): Promise<string> {
  return `redis://127.0.0.1:${await freePort()}`;
}

export interface RedisProxy {
  /** `redis://127.0.0.1:<port>`, forwarding to the run's Redis. */
  url: string;
  /** Drops every connection and refuses new ones (Redis unreachable). */
  cut(): void;
  /** Keeps connections open but forwards nothing (Redis hangs). */
  stall(): void;
  /** Forwards again (new connections; stalled ones are dropped first). */
  restore(): void;
}

/** A TCP proxy on 127.0.0.1 in front of the run's Redis, closed after the test. */
export async function redisProxy(): Promise<RedisProxy> {
  const target = new URL(redisUrl());
  let mode: 'open' | 'refuse' | 'stall' = 'open';
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    if (mode === 'refuse') {
      client.destroy();
      return;
    }
    const upstream = connect(Number(target.port || 6379), target.hostname);
    sockets.add(client);
    sockets.add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('data', (data) => mode === 'open' && upstream.write(data));
    upstream.on('data', (data) => mode === 'open' && client.write(data));
    for (const socket of [client, upstream]) {
      socket.on('close', close);
      socket.on('error', close);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const dropAll = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };
  onCleanup(
    () =>
      new Promise<void>((resolve) => {
        dropAll();
        server.close(() => resolve());
      }),
  );
  return {
    url: `redis://127.0.0.1:${port}`,
    cut: () => {
      mode = 'refuse';
      dropAll();
    },
    stall: () => {
      mode = 'stall';
    },
    restore: () => {
      if (mode === 'stall') dropAll();
      mode = 'open';
    },
  };
}
