/**
 * `smartrecruiters-sdk/otel` with the OpenTelemetry SDK's in-memory exporter: one client span per
 * request with the HTTP client conventions' attributes, attempts and waits as events, errors
 * recorded without SmartRecruiters' message, and W3C trace context sent only when asked, only to
 * SmartRecruiters' origin.
 */
import { context, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ConnectionError,
  NotFoundError,
  SmartRecruiters,
  SmartRecruitersClient,
  type SmartRecruitersOptions,
  type Telemetry,
} from '../src/index.js';
import { openTelemetry } from '../src/otel/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../src/testing/index.js';
import { type LocalServer, serveFetchHandler } from './helpers/fake-sdk.js';
import { memoryLogger } from './helpers/msw.js';

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const tracer = provider.getTracer('test');
let fake: FakeSmartRecruiters;

beforeAll(async () => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  fake = await createFakeSmartRecruiters({
    seed: 5,
    counts: { jobs: 3, candidates: 2, users: 2 },
    oauthClients: [{ clientId: 'traced', clientSecret: 'traced-secret' }],
  });
});
afterAll(async () => {
  context.disable();
  await fake.close();
});
afterEach(() => exporter.reset());

function sdk(options: SmartRecruitersOptions = {}): SmartRecruiters {
  return new SmartRecruiters({
    apiKey: fake.apiKey,
    baseUrl: fake.url,
    logLevel: 'off',
    telemetry: openTelemetry({ tracerProvider: provider }),
    ...options,
  });
}

/** Runs `call` inside a parent span and returns the parent with the SDK's spans, in end order. */
async function traced(call: () => Promise<unknown>): Promise<{ parent: Span; spans: ReadableSpan[] }> {
  const parent = tracer.startSpan('parent');
  try {
    await context.with(trace.setSpan(context.active(), parent), call);
  } catch {
    // The spans tell.
  } finally {
    parent.end();
  }
  return { parent, spans: exporter.getFinishedSpans().filter((span) => span.name !== 'parent') };
}

const firstJobId = () => [...fake.state.jobs.keys()][0]!;

describe('spans', () => {
  it('a retried request (429, then 200) is one client span, its attempts and the retry as events', async () => {
    const jobId = firstJobId();
    fake.faults.add({ route: 'GET /jobs/{jobId}', status: 429, times: 1 });
    let requestId = '';
    const { parent, spans } = await traced(async () => {
      const { response } = await sdk().jobs.get(jobId).withResponse();
      requestId = response.requestId;
    });
    expect(spans).toHaveLength(1);
    const [span] = spans as [ReadableSpan];
    expect(span.name).toBe('GET /jobs/{jobId}');
    expect(span.kind).toBe(SpanKind.CLIENT);
    expect(span.instrumentationScope.name).toBe('smartrecruiters-sdk');
    expect(span.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
    expect(span.spanContext().traceId).toBe(parent.spanContext().traceId);
    expect(span.attributes).toEqual({
      'http.request.method': 'GET',
      'server.address': '127.0.0.1',
      'server.port': fake.port,
      'url.full': `${fake.url}/jobs/${jobId}`,
      'url.template': '/jobs/{jobId}',
      'http.response.status_code': 200,
      'http.request.resend_count': 1,
      'smartrecruiters.request_id': requestId,
    });
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    // An attempt may wait for its place in the rate limiter (the 429 holds the credential in it
    // as long as the retry waits; a busy event loop delays any attempt): each wait, when there is
    // one, is reported just before the attempt it delayed.
    const events = span.events.filter((event) => event.name !== 'smartrecruiters.rate_limit_wait');
    expect(events.map((event) => event.name)).toEqual([
      'smartrecruiters.attempt',
      'smartrecruiters.response',
      'smartrecruiters.retry',
      'smartrecruiters.attempt',
      'smartrecruiters.response',
    ]);
    span.events.forEach((event, index) => {
      if (event.name !== 'smartrecruiters.rate_limit_wait') return;
      const next = span.events[index + 1];
      expect(next?.name).toBe('smartrecruiters.attempt');
      expect(event.attributes?.['smartrecruiters.attempt']).toBe(
        next?.attributes?.['smartrecruiters.attempt'],
      );
    });
    const [first, rejected, retry, second, accepted] = events;
    expect(first?.attributes).toEqual({ 'smartrecruiters.attempt': 1 });
    expect(rejected?.attributes).toMatchObject({
      'smartrecruiters.attempt': 1,
      'http.response.status_code': 429,
    });
    expect(retry?.attributes).toEqual({
      'smartrecruiters.attempt': 1,
      'smartrecruiters.retry.delay_ms': expect.any(Number),
      'smartrecruiters.retry.reason': 'status',
      'http.response.status_code': 429,
    });
    expect(second?.attributes).toEqual({ 'smartrecruiters.attempt': 2 });
    expect(accepted?.attributes).toMatchObject({
      'smartrecruiters.attempt': 2,
      'http.response.status_code': 200,
      'smartrecruiters.duration_ms': expect.any(Number),
    });
    // The retry's delay passed between the two attempts.
    const delayMs = retry?.attributes?.['smartrecruiters.retry.delay_ms'] as number;
    const gapMs = (second!.time[0] - retry!.time[0]) * 1000 + (second!.time[1] - retry!.time[1]) / 1e6;
    expect(gapMs).toBeGreaterThanOrEqual(delayMs - 5);
  });

  it('a failed request: status ERROR, error.type, the exception without SmartRecruiters’ message', async () => {
    let error: NotFoundError | undefined;
    const { spans } = await traced(() =>
      sdk()
        .jobs.get('no-such-job')
        .catch((e: unknown) => {
          error = e as NotFoundError;
        }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    const [span] = spans as [ReadableSpan];
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'NotFoundError' });
    expect(span.attributes).toMatchObject({
      'http.response.status_code': 404,
      'error.type': '404',
      'smartrecruiters.request_id': error!.requestId,
    });
    const exception = span.events.find((event) => event.name === 'exception');
    expect(exception?.attributes).toMatchObject({
      'exception.type': 'NotFoundError',
      'exception.message': expect.stringMatching(/^404 .*\(GET \/jobs\/\{jobId\}\)$/),
    });
    expect(error!.srMessage).toBeTruthy();
    expect(String(exception?.attributes?.['exception.message'])).not.toContain(error!.srMessage);
  });

  it('a connection failure: error.type is the error, no status code', async () => {
    const closed = await serveFetchHandler(async () => new Response(null));
    const baseUrl = new URL(closed.url).origin;
    await closed.close();
    const client = new SmartRecruitersClient({
      apiKey: 'k',
      baseUrl,
      logLevel: 'off',
      maxRetries: 0,
      rateLimit: false,
      telemetry: openTelemetry({ tracerProvider: provider }),
    });
    await expect(client.get('/jobs')).rejects.toBeInstanceOf(ConnectionError);
    const [span] = exporter.getFinishedSpans();
    expect(span?.attributes['error.type']).toBe('ConnectionError');
    expect(span?.attributes['http.response.status_code']).toBeUndefined();
    expect(span?.status.code).toBe(SpanStatusCode.ERROR);
  });

  it('query values are redacted in url.full', async () => {
    await sdk().candidates.list({ q: 'jane.doe@example.com', limit: 1 });
    const [span] = exporter.getFinishedSpans();
    expect(span?.attributes['url.full']).toBe(`${fake.url}/candidates?q=REDACTED&limit=REDACTED`);
    const recorded = exporter
      .getFinishedSpans()
      .map(({ name, attributes, events }) => ({ name, attributes, events }));
    expect(JSON.stringify(recorded)).not.toContain('jane.doe');
  });

  it('token and rate-limiter waits are events', async () => {
    const sr = sdk({
      apiKey: undefined,
      oauth: { clientId: 'traced', clientSecret: 'traced-secret' },
      rateLimit: { requestsPerSecond: 2 },
    });
    await Promise.all([sr.jobs.get(firstJobId()), sr.jobs.get(firstJobId()), sr.jobs.get(firstJobId())]);
    const spans = exporter.getFinishedSpans();
    const token = spans.filter((span) => span.name === 'POST /identity/oauth/token');
    expect(token).toHaveLength(1);
    const jobs = spans.filter((span) => span.name === 'GET /jobs/{jobId}');
    expect(jobs).toHaveLength(3);
    for (const span of jobs) {
      expect(span.events[0]).toMatchObject({
        name: 'smartrecruiters.credential_wait',
        attributes: { 'smartrecruiters.attempt': 1, 'smartrecruiters.wait_ms': expect.any(Number) },
      });
    }
    // 2 per second: the third request waited for the limiter.
    const waits = jobs.flatMap((span) =>
      span.events.filter((e) => e.name === 'smartrecruiters.rate_limit_wait'),
    );
    expect(waits.length).toBeGreaterThanOrEqual(1);
    expect(
      Math.max(...waits.map((e) => e.attributes?.['smartrecruiters.wait_ms'] as number)),
    ).toBeGreaterThan(100);
  });

  it('uses the global tracer provider by default', async () => {
    trace.setGlobalTracerProvider(provider);
    try {
      await new SmartRecruitersClient({
        apiKey: fake.apiKey,
        baseUrl: fake.url,
        logLevel: 'off',
        telemetry: openTelemetry(),
      }).get('/jobs');
    } finally {
      trace.disable();
    }
    expect(exporter.getFinishedSpans().map((span) => span.name)).toEqual(['GET /jobs']);
  });

  it('a telemetry that throws never changes the outcome', async () => {
    const { lines, logger } = memoryLogger();
    const throwing = (where: 'start' | 'attempt' | 'end'): Telemetry => ({
      start: () => {
        if (where === 'start') throw new Error('start');
        return {
          attempt: () => {
            if (where === 'attempt') throw new Error('attempt');
          },
          end: () => {
            if (where === 'end') throw new Error('end');
          },
        };
      },
    });
    for (const where of ['start', 'attempt', 'end'] as const) {
      const client = new SmartRecruitersClient({
        apiKey: fake.apiKey,
        baseUrl: fake.url,
        logger,
        telemetry: throwing(where),
      });
      await expect(client.get('/jobs', { query: { limit: 1 } })).resolves.toMatchObject({
        content: [expect.anything()],
      });
    }
    expect(lines.filter((line) => line.includes('smartrecruiters: telemetry threw; ignored'))).toHaveLength(
      3,
    );
  });
});

describe('trace context propagation', () => {
  let api: LocalServer;
  let elsewhere: LocalServer;
  const seen: Array<{ origin: string; path: string; traceparent: string | null }> = [];

  beforeAll(async () => {
    elsewhere = await serveFetchHandler(async (request) => {
      seen.push({
        origin: 'elsewhere',
        path: new URL(request.url).pathname,
        traceparent: request.headers.get('traceparent'),
      });
      return Response.json({ content: [] });
    });
    api = await serveFetchHandler(async (request) => {
      const { pathname } = new URL(request.url);
      seen.push({ origin: 'api', path: pathname, traceparent: request.headers.get('traceparent') });
      if (pathname === '/identity/oauth/token') {
        return Response.json({ access_token: 'token-1', token_type: 'bearer', expires_in: 3600 });
      }
      if (pathname === '/moved') {
        return new Response(null, {
          status: 302,
          headers: { location: `${new URL(elsewhere.url).origin}/jobs` },
        });
      }
      return Response.json({ content: [] });
    });
  });
  afterAll(async () => {
    await api.close();
    await elsewhere.close();
  });
  afterEach(() => {
    seen.length = 0;
  });

  function client(propagateContext: boolean | undefined, extra: SmartRecruitersOptions = {}) {
    return new SmartRecruitersClient({
      apiKey: 'k',
      baseUrl: new URL(api.url).origin,
      logLevel: 'off',
      rateLimit: false,
      telemetry: openTelemetry({ tracerProvider: provider, propagateContext }),
      ...extra,
    });
  }

  it('is off by default', async () => {
    await traced(() => client(undefined).get('/jobs'));
    expect(seen).toEqual([{ origin: 'api', path: '/jobs', traceparent: null }]);
  });

  it("sends the client span's traceparent when asked", async () => {
    const { spans } = await traced(() => client(true).get('/jobs'));
    const { traceId, spanId } = spans[0]!.spanContext();
    expect(seen).toEqual([{ origin: 'api', path: '/jobs', traceparent: `00-${traceId}-${spanId}-01` }]);
  });

  it('never to another origin after a redirect', async () => {
    await traced(() => client(true).get('/moved'));
    expect(seen).toEqual([
      {
        origin: 'api',
        path: '/moved',
        traceparent: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/),
      },
      { origin: 'elsewhere', path: '/jobs', traceparent: null },
    ]);
  });

  it('never to the OAuth token endpoint', async () => {
    await traced(() =>
      client(true, { apiKey: undefined, oauth: { clientId: 'c', clientSecret: 's' } }).get('/jobs'),
    );
    expect(seen).toEqual([
      { origin: 'api', path: '/identity/oauth/token', traceparent: null },
      { origin: 'api', path: '/jobs', traceparent: expect.stringMatching(/^00-/) },
    ]);
  });

  it('a caller’s own traceparent wins', async () => {
    await traced(() => client(true).get('/jobs', { headers: { traceparent: '00-mine' } }));
    expect(seen[0]?.traceparent).toBe('00-mine');
  });

  it('nothing without a registered tracer (no valid span context to send)', async () => {
    await new SmartRecruitersClient({
      apiKey: 'k',
      baseUrl: new URL(api.url).origin,
      logLevel: 'off',
      rateLimit: false,
      telemetry: openTelemetry({ propagateContext: true }),
    }).get('/jobs');
    expect(seen).toEqual([{ origin: 'api', path: '/jobs', traceparent: null }]);
  });
});
