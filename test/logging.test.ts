/**
 * The `logger` option with real pino and winston loggers writing to memory, console, and a
 * data-first logger the SDK does not recognise: the SDK's fields arrive as fields of each line,
 * and no secret or personal data ever reaches one.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import winston from 'winston';
import { adaptLogger, type Logger, SmartRecruiters, ValidationError } from '../src/index.js';
import { detectLoggerStyle } from '../src/internal/log-style.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../src/testing/index.js';

const CLIENT_SECRET = 'oauth-client-secret-4f1c';
const EMAIL = 'ada.lovelace.logging@example.com';
const FIRST = 'Adalinde';
const LAST = 'Lovelacemore';

let fake: FakeSmartRecruiters;

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({
    seed: 11,
    oauthClients: [{ clientId: 'logging-client', clientSecret: CLIENT_SECRET }],
  });
});
afterAll(() => fake.close());

/**
 * Runs the flows whose log lines matter: an OAuth token request, a candidate created with
 * personal data, a list filtered by an email, a 429 retried, and a hook that throws.
 */
async function exercise(logger: Logger): Promise<void> {
  const sr = new SmartRecruiters({
    baseUrl: fake.url,
    oauth: { clientId: 'logging-client', clientSecret: CLIENT_SECRET },
    logger,
    logLevel: 'debug',
    clock: fake.clock,
    hooks: {
      response: () => {
        throw new Error(`hook failed for ${EMAIL}`);
      },
    },
  });
  const created = await sr.candidates.create({ first_name: FIRST, last_name: LAST, email: EMAIL });
  await sr.candidates.list({ q: EMAIL, limit: 5 });
  fake.faults.add({ route: 'GET /candidates/{id}', status: 429, times: 1 });
  await sr.candidates.get(created.id);
}

/** A stream that keeps each line written to it. */
function memoryStream(lines: string[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
}

/** The secrets and personal data of `exercise`, none of which may be logged. */
function expectNothingSensitive(text: string): void {
  for (const value of [CLIENT_SECRET, EMAIL, 'ada.lovelace', FIRST, LAST, 'access_token', 'Bearer']) {
    expect(text).not.toContain(value);
  }
  expect(text).not.toContain(encodeURIComponent(EMAIL));
}

describe('pino', () => {
  it('receives the fields as fields of the line, data first', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'debug' }, memoryStream(lines)).child({ component: 'sr' });
    await exercise(logger);
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const responses = records.filter((r) => r.msg === 'smartrecruiters: response');
    expect(responses.length).toBeGreaterThanOrEqual(4);
    for (const record of responses) {
      expect(record).toMatchObject({
        level: 20,
        component: 'sr',
        requestId: expect.stringMatching(/^req_[0-9a-f]{20}$/),
        method: expect.stringMatching(/^(GET|POST)$/),
        path: expect.stringMatching(/^\//),
        status: expect.any(Number),
        durationMs: expect.any(Number),
      });
    }
    expect(responses.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(
      expect.arrayContaining([
        'POST /identity/oauth/token 200',
        'POST /candidates 201',
        'GET /candidates 200',
        'GET /candidates/{id} 429',
        'GET /candidates/{id} 200',
      ]),
    );
    const retry = records.find((r) => r.msg === 'smartrecruiters: retrying');
    expect(retry).toMatchObject({
      requestId: expect.stringMatching(/^req_/),
      method: 'GET',
      path: '/candidates/{id}',
      status: 429,
      delayMs: expect.any(Number),
    });
    // The retried request's two answers share its id.
    const ids = responses.filter((r) => r.path === '/candidates/{id}').map((r) => r.requestId);
    expect(new Set(ids).size).toBe(1);
    const hookWarning = records.find((r) => r.msg === 'smartrecruiters: response hook threw; ignored');
    expect(hookWarning).toMatchObject({ level: 40, error: 'Error' });
    expectNothingSensitive(lines.join('\n'));
  });

  it('is recognised as data first, its children too; look-alikes are not', () => {
    const logger = pino({ enabled: false });
    expect(detectLoggerStyle(logger)).toBe('object-first');
    expect(detectLoggerStyle(logger.child({ a: 1 }).child({ b: 2 }))).toBe('object-first');
    expect(detectLoggerStyle(console)).toBe('message-first');
    expect(detectLoggerStyle(winston.createLogger())).toBe('message-first');
    // The symbol alone (a copy of pino's fields onto another object) is not enough.
    expect(detectLoggerStyle({ [Symbol.for('pino.serializers')]: {}, info: () => undefined })).toBe(
      'message-first',
    );
  });
});

describe('winston', () => {
  it('receives the fields as fields of the info object, message first', async () => {
    const written: string[] = [];
    const logger = winston.createLogger({
      level: 'debug',
      format: winston.format.json(),
      transports: [new winston.transports.Stream({ stream: memoryStream(written) })],
    });
    await exercise(logger);
    const infos = written.map((line) => JSON.parse(line) as Record<string, unknown>);
    const responses = infos.filter((i) => i.message === 'smartrecruiters: response');
    expect(responses.length).toBeGreaterThanOrEqual(4);
    for (const info of responses) {
      expect(info).toMatchObject({
        level: 'debug',
        requestId: expect.stringMatching(/^req_/),
        method: expect.any(String),
        path: expect.stringMatching(/^\//),
        status: expect.any(Number),
        durationMs: expect.any(Number),
      });
    }
    expect(infos.find((i) => i.message === 'smartrecruiters: retrying')).toMatchObject({
      level: 'debug',
      path: '/candidates/{id}',
      status: 429,
      delayMs: expect.any(Number),
    });
    expect(infos.find((i) => i.message === 'smartrecruiters: response hook threw; ignored')).toMatchObject({
      level: 'warn',
      error: 'Error',
    });
    expectNothingSensitive(written.join('\n'));
  });
});

describe('console and other loggers', () => {
  it('console gets the message, then the fields', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await exercise(console);
    const response = debug.mock.calls.find((call) => call[0] === 'smartrecruiters: response');
    expect(response?.[1]).toMatchObject({
      requestId: expect.stringMatching(/^req_/),
      method: expect.any(String),
      path: expect.any(String),
      status: expect.any(Number),
      durationMs: expect.any(Number),
    });
    expectNothingSensitive(JSON.stringify(debug.mock.calls));
  });

  it('adaptLogger states the style of a data-first logger the SDK cannot recognise', async () => {
    const calls: unknown[][] = [];
    const record =
      (level: string) =>
      (...args: unknown[]) =>
        calls.push([level, ...args]);
    // bunyan's shape: (fields, message).
    const bunyanLike = {
      debug: record('debug'),
      info: record('info'),
      warn: record('warn'),
      error: record('error'),
    };
    const adapted = adaptLogger(bunyanLike, 'object-first');
    adapted.warn('no data');
    adapted.info('with data', { requestId: 'req_1', status: 200 });
    expect(calls).toEqual([
      ['warn', 'no data'],
      ['info', { requestId: 'req_1', status: 200 }, 'with data'],
    ]);
    // Message-first loggers are used as they are; a wrapped logger is not wrapped again.
    expect(adaptLogger(console)).toBe(console);
    expect(adaptLogger(adapted)).toBe(adapted);
    expect(() => adaptLogger(console, 'pino' as never)).toThrow(ValidationError);
  });

  it('a data-first logger with only some levels keeps only those', () => {
    const warned: unknown[][] = [];
    const adapted = adaptLogger({ warn: (...args: unknown[]) => warned.push(args) }, 'object-first');
    adapted.warn('redis down', { error: 'ECONNREFUSED' });
    expect(warned).toEqual([[{ error: 'ECONNREFUSED' }, 'redis down']]);
    expect(Object.keys(adapted)).toEqual(['warn']);
  });
});
