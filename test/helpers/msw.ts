import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const BASE = 'https://api.smartrecruiters.com';

/** One msw server for the calling test file; unhandled requests fail the test. */
export function useMsw() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

let counter = 0;
/** A fresh API key per test, so the per-credential limiter registry never links two tests. */
export function uniqueKey(): string {
  counter += 1;
  return `test-key-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** Collects everything a logger receives. */
export function memoryLogger() {
  const lines: string[] = [];
  const log = (level: string) => (message: string, data?: Record<string, unknown>) => {
    lines.push(`${level} ${message} ${data ? JSON.stringify(data) : ''}`);
  };
  return {
    lines,
    logger: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
  };
}
