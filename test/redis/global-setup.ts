/** Gives the Redis tests a Redis: `REDIS_URL`, or a `redis-server` started for the run and stopped after it. */
import type { TestProject } from 'vitest/node';
import { redisForTests } from '../helpers/redis-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await redisForTests();
  project.provide('redisUrl', server.url);
  return () => server.stop();
}
