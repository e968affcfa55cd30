import { delay, HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  type BinaryResponse,
  type ClientOptions,
  ConflictError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  RequestAbortedError,
  SmartRecruitersClient,
  TimeoutError,
  UnprocessableEntityError,
  ValidationError,
} from '../src/index.js';
import { BASE, memoryLogger, uniqueKey, useMsw } from './helpers/msw.js';

const server = useMsw();

function client(options: ClientOptions = {}) {
  return new SmartRecruitersClient({ apiKey: uniqueKey(), logLevel: 'off', ...options });
}

/** Records every request that reaches the mock, with its arrival time. */
function recorder() {
  const seen: Array<{ url: URL; method: string; headers: Headers; at: number; body?: string }> = [];
  return {
    seen,
    record: async (request: Request) => {
      seen.push({
        url: new URL(request.url),
        method: request.method,
        headers: request.headers,
        at: performance.now(),
      });
    },
  };
}

describe('authentication headers', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('sends the API key as X-SmartToken, and no Authorization header', async () => {
    let headers: Headers | undefined;
    server.use(
      http.get(`${BASE}/jobs`, ({ request }) => {
        headers = request.headers;
        return HttpResponse.json({ content: [] });
      }),
    );
    await new SmartRecruitersClient({ apiKey: 'key-123', logLevel: 'off' }).get('/jobs');
    expect(headers?.get('x-smarttoken')).toBe('key-123');
    expect(headers?.get('authorization')).toBeNull();
    expect(headers?.get('accept')).toBe('application/json');
    expect(headers?.get('user-agent')).toMatch(/^smartrecruiters-sdk\/\d+\.\d+\.\d+/);
  });

  it('falls back to SMARTRECRUITERS_API_KEY and SMARTRECRUITERS_BASE_URL', async () => {
    vi.stubEnv('SMARTRECRUITERS_API_KEY', 'env-key');
    vi.stubEnv('SMARTRECRUITERS_BASE_URL', 'https://sandbox.example.test/');
    let key: string | null = null;
    server.use(
      http.get('https://sandbox.example.test/jobs', ({ request }) => {
        key = request.headers.get('x-smarttoken');
        return HttpResponse.json({ content: [] });
      }),
    );
    const c = new SmartRecruitersClient({ logLevel: 'off' });
    expect(c.baseUrl).toBe('https://sandbox.example.test');
    await c.get('/jobs');
    expect(key).toBe('env-key');
  });

  it('refuses to start without credentials, or with two kinds', () => {
    vi.stubEnv('SMARTRECRUITERS_API_KEY', '');
    expect(() => new SmartRecruitersClient()).toThrow(ValidationError);
    expect(() => new SmartRecruitersClient({ apiKey: '' })).toThrow(ValidationError);
    expect(
      () => new SmartRecruitersClient({ apiKey: 'k', oauth: { clientId: 'a', clientSecret: 'b' } }),
    ).toThrow(/either apiKey or oauth/);
    expect(() => new SmartRecruitersClient({ oauth: { clientId: 'a', clientSecret: '' } })).toThrow(
      ValidationError,
    );
  });

  it('sends no credential with anonymous: true, not even one from the environment', async () => {
    vi.stubEnv('SMARTRECRUITERS_API_KEY', 'env-key');
    let headers: Headers | undefined;
    server.use(
      http.get(`${BASE}/v1/companies/Acme/postings`, ({ request }) => {
        headers = request.headers;
        return HttpResponse.json({ offset: 0, limit: 100, totalFound: 0, content: [] });
      }),
    );
    const c = new SmartRecruitersClient({ anonymous: true, logLevel: 'off' });
    await c.get('/v1/companies/{companyIdentifier}/postings', { params: { companyIdentifier: 'Acme' } });
    expect(headers?.get('x-smarttoken')).toBeNull();
    expect(headers?.get('authorization')).toBeNull();
    expect(() => new SmartRecruitersClient({ anonymous: true, apiKey: 'k' })).toThrow(
      /takes no apiKey or oauth/,
    );
    expect(
      () => new SmartRecruitersClient({ anonymous: true, oauth: { clientId: 'a', clientSecret: 'b' } }),
    ).toThrow(ValidationError);
    expect(() => new SmartRecruitersClient({ anonymous: 'yes' as unknown as boolean })).toThrow(
      /must be a boolean/,
    );
  });

  it('merges default and per-request headers but never lets them replace the credential', async () => {
    let headers: Headers | undefined;
    server.use(
      http.get(`${BASE}/jobs`, ({ request }) => {
        headers = request.headers;
        return HttpResponse.json({});
      }),
    );
    const c = new SmartRecruitersClient({
      apiKey: 'real-key',
      logLevel: 'off',
      defaultHeaders: { 'Accept-Language': 'fr', 'X-SmartToken': 'spoofed' },
    });
    await c.get('/jobs', { headers: { 'X-Trace': 't-1' } });
    expect(headers?.get('accept-language')).toBe('fr');
    expect(headers?.get('x-trace')).toBe('t-1');
    expect(headers?.get('x-smarttoken')).toBe('real-key');
  });
});

describe('request building', () => {
  it('percent-encodes hostile ids so they cannot change the route', async () => {
    const rec = recorder();
    server.use(
      http.get(`${BASE}/candidates/:id`, async ({ request, params }) => {
        await rec.record(request);
        return HttpResponse.json({ id: params.id });
      }),
    );
    const c = client();
    const hostile = ['../users', 'a/b?c', 'x#y', 'id&admin=1'];
    for (const id of hostile) {
      const body = await c.get<{ id: string }>('/candidates/{id}', { params: { id } });
      expect(body.id).toBe(id);
    }
    expect(rec.seen.map((r) => r.url.pathname)).toEqual([
      '/candidates/..%2Fusers',
      '/candidates/a%2Fb%3Fc',
      '/candidates/x%23y',
      '/candidates/id%26admin%3D1',
    ]);
    expect(rec.seen.every((r) => r.url.search === '')).toBe(true);
  });

  it('fails with ValidationError before any request on a bad path parameter', async () => {
    const c = client();
    await expect(c.get('/candidates/{id}', { params: { id: '..' } })).rejects.toBeInstanceOf(ValidationError);
    await expect(c.get('/candidates/{id}', { params: {} as never })).rejects.toThrow(
      /params.id: is required/,
    );
    await expect(c.get('/candidates/{id}', { params: { id: '' } })).rejects.toBeInstanceOf(ValidationError);
    // msw fails the test on any unhandled request: none was sent.
  });

  it('sends query arrays repeated', async () => {
    let search = '';
    server.use(
      http.get(`${BASE}/candidates`, ({ request }) => {
        search = new URL(request.url).search;
        return HttpResponse.json({ content: [] });
      }),
    );
    await client().get('/candidates', { query: { status: ['NEW', 'LEAD'], tag: ['a b'], limit: 5 } });
    expect(search).toBe('?status=NEW&status=LEAD&tag=a+b&limit=5');
  });

  it('sends JSON bodies and JSON Patch with its own content type', async () => {
    const bodies: Array<{ type: string | null; body: unknown }> = [];
    server.use(
      http.post(`${BASE}/candidates`, async ({ request }) => {
        bodies.push({ type: request.headers.get('content-type'), body: await request.json() });
        return HttpResponse.json({ id: 'c1' }, { status: 201 });
      }),
      http.patch(`${BASE}/jobs/:id`, async ({ request }) => {
        bodies.push({ type: request.headers.get('content-type'), body: await request.json() });
        return HttpResponse.json({ id: 'j1' });
      }),
    );
    const c = client();
    await c.request({ method: 'POST', path: '/candidates', body: { firstName: 'Ada' } });
    await c.patch('/jobs/{id}', {
      params: { id: 'j1' },
      body: [{ op: 'replace', path: '/title', value: 'Engineer' }],
      contentType: 'application/json-patch+json',
    });
    expect(bodies).toEqual([
      { type: 'application/json', body: { firstName: 'Ada' } },
      { type: 'application/json-patch+json', body: [{ op: 'replace', path: '/title', value: 'Engineer' }] },
    ]);
  });

  it('refuses a JSON Patch body that is not an array, and unserialisable bodies, before sending', async () => {
    const c = client();
    await expect(
      c.patch('/jobs/{id}', {
        params: { id: 'j' },
        body: { title: 'x' },
        contentType: 'application/json-patch+json',
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(c.request({ method: 'POST', path: '/candidates', body: cyclic })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it('uploads multipart from bytes, a Blob or { data, fileName } and re-sends the whole body on retry', async () => {
    const received: Array<{ type: string; name: string; fileType: string; text: string }> = [];
    let calls = 0;
    server.use(
      http.post(`${BASE}/candidates/:id/attachments`, async ({ request }) => {
        calls++;
        if (calls === 1)
          return HttpResponse.json(
            { message: 'slow down' },
            { status: 429, headers: { 'retry-after': '0' } },
          );
        const form = await request.formData();
        const file = form.get('file') as File;
        received.push({
          type: String(form.get('attachmentType')),
          name: file.name,
          fileType: file.type,
          text: await file.text(),
        });
        return HttpResponse.json({ id: 'a1' }, { status: 201 });
      }),
    );
    const c = client();
    await c.post('/candidates/{id}/attachments', {
      params: { id: 'c1' },
      contentType: 'multipart/form-data',
      body: {
        attachmentType: 'RESUME',
        file: {
          data: new TextEncoder().encode('%PDF-1.4 resume'),
          fileName: 'cv.pdf',
          contentType: 'application/pdf',
        },
      },
    });
    expect(calls).toBe(2);
    expect(received).toEqual([
      { type: 'RESUME', name: 'cv.pdf', fileType: 'application/pdf', text: '%PDF-1.4 resume' },
    ]);
  });

  it('downloads binaries as a stream with content type and file name', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 255]);
    server.use(
      http.get(`${BASE}/candidates/:id/attachments/:aid`, () =>
        HttpResponse.arrayBuffer(bytes.buffer, {
          headers: {
            'content-type': 'application/pdf',
            'content-disposition': `attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`,
            'content-length': String(bytes.length),
          },
        }),
      ),
    );
    const file = await client().get<BinaryResponse>('/candidates/{id}/attachments/{aid}', {
      params: { id: 'c', aid: 'a' },
      responseType: 'stream',
    });
    expect(file.contentType).toBe('application/pdf');
    expect(file.fileName).toBe('résumé.pdf');
    expect(file.contentLength).toBe(8);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
  });

  it('accepts absolute URLs on its own origin only (links from responses), never sending the key elsewhere', async () => {
    let hits = 0;
    server.use(
      http.get(`${BASE}/candidates/c1/attachments`, () => {
        hits++;
        return HttpResponse.json({ content: [] });
      }),
    );
    const c = client();
    await c.get(`${BASE}/candidates/c1/attachments`);
    expect(hits).toBe(1);
    await expect(c.get('https://evil.example.com/steal')).rejects.toBeInstanceOf(ValidationError);
  });

  it('returns undefined for 204 and text for non-JSON answers', async () => {
    server.use(
      http.delete(`${BASE}/candidates/:id`, () => new HttpResponse(null, { status: 204 })),
      http.get(`${BASE}/jobs/:id/note`, () => HttpResponse.text('plain note')),
    );
    const c = client();
    expect(await c.delete('/candidates/{id}', { params: { id: 'x' } })).toBeUndefined();
    expect(await c.get('/jobs/{id}/note', { params: { id: 'j' } })).toBe('plain note');
  });
});

describe('errors', () => {
  it.each([
    [400, BadRequestError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [500, InternalServerError],
  ])('maps status %i to %s with SR message, codes and request', async (status, Class) => {
    server.use(
      http.patch(`${BASE}/candidates/:id`, () =>
        HttpResponse.json(
          { message: `failure ${status}`, errors: [{ code: 'SOME_CODE', message: 'detail' }] },
          { status, headers: { 'x-request-id': 'sr-req-1' } },
        ),
      ),
    );
    const error = await client()
      .patch('/candidates/{id}', { params: { id: 'c1' }, body: { firstName: 'x' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Class);
    const e = error as InstanceType<typeof Class>;
    expect(e.status).toBe(status);
    expect(e.srMessage).toBe(`failure ${status}`);
    expect(e.code).toBe('SOME_CODE');
    expect(e.srRequestId).toBe('sr-req-1');
    expect(e.requestId).toMatch(/^req_[0-9a-f]{20}$/);
    expect(e.request).toEqual({ method: 'PATCH', path: '/candidates/{id}' });
  });

  it("gives responses and errors one requestId (the SDK's, as in the hooks) and SR's as srRequestId", async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/jobs/:id`, ({ params }) => {
        calls++;
        if (params.id === 'missing')
          return HttpResponse.json({ message: 'no' }, { status: 404, headers: { 'x-request-id': 'sr-404' } });
        return HttpResponse.json({ id: params.id }, { headers: { 'x-request-id': `sr-${calls}` } });
      }),
    );
    const seen: Array<{ requestId: string; srRequestId: string | undefined }> = [];
    const c = client({
      hooks: { response: ({ requestId, srRequestId }) => seen.push({ requestId, srRequestId }) },
    });
    const ok = await c.requestWithResponse({ method: 'GET', path: '/jobs/{id}', params: { id: 'j1' } });
    expect(ok.requestId).toMatch(/^req_[0-9a-f]{20}$/);
    expect(ok.srRequestId).toBe('sr-1');
    expect(seen[0]).toEqual({ requestId: ok.requestId, srRequestId: 'sr-1' });

    const error = (await c
      .get('/jobs/{id}', { params: { id: 'missing' } })
      .catch((e: unknown) => e)) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.requestId).toBe(seen[1]?.requestId);
    expect(error.requestId).not.toBe(ok.requestId);
    expect(error.srRequestId).toBe('sr-404');
    expect(error.toJSON()).toMatchObject({ requestId: error.requestId, srRequestId: 'sr-404' });
  });

  it('leaves srRequestId undefined when SmartRecruiters sent no request id', async () => {
    server.use(http.get(`${BASE}/jobs`, () => HttpResponse.json({ content: [] })));
    const response = await client().requestWithResponse({ method: 'GET', path: '/jobs' });
    expect(response.srRequestId).toBeUndefined();
    expect(response.requestId).toMatch(/^req_/);
  });

  it('maps a 401 on an API key to AuthenticationError without retrying', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/jobs`, () => {
        calls++;
        return HttpResponse.json({ message: 'Unauthorized' }, { status: 401 });
      }),
    );
    await expect(client().get('/jobs')).rejects.toBeInstanceOf(AuthenticationError);
    expect(calls).toBe(1);
  });

  it('never lets the HTTP library errors out: HTML gateway pages become InternalServerError', async () => {
    server.use(
      http.get(`${BASE}/jobs`, () => HttpResponse.html('<html>Bad gateway</html>', { status: 500 })),
    );
    const error = await client()
      .get('/jobs')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).body).toBe('<html>Bad gateway</html>');
  });

  it('keeps the API key, query values and bodies out of errors and log lines', async () => {
    const { lines, logger } = memoryLogger();
    server.use(
      http.get(`${BASE}/candidates`, () => HttpResponse.json({ message: 'boom' }, { status: 503 })),
      http.post(`${BASE}/candidates`, () => HttpResponse.json({ message: 'bad' }, { status: 400 })),
    );
    const c = new SmartRecruitersClient({
      apiKey: 'super-secret-key',
      logger,
      logLevel: 'debug',
      maxRetries: 1,
      rateLimit: false,
    });
    const errors = [
      await c.get('/candidates', { query: { q: 'ada@example.com' } }).catch((e: unknown) => e),
      await c
        .request({ method: 'POST', path: '/candidates', body: { email: 'ada@example.com' } })
        .catch((e: unknown) => e),
    ];
    expect(lines.length).toBeGreaterThan(0);
    const everything = [
      ...lines,
      ...errors.flatMap((e) => [
        String(e),
        (e as Error).message,
        JSON.stringify(e),
        (e as Error).stack ?? '',
      ]),
    ].join('\n');
    expect(everything).not.toContain('super-secret-key');
    expect(everything).not.toContain('ada@example.com');
  });
});

describe('retries', () => {
  it('retries 503 on GET and then succeeds', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/jobs`, () => {
        calls++;
        return calls < 3
          ? HttpResponse.json({ message: 'busy' }, { status: 503 })
          : HttpResponse.json({ content: [1] });
      }),
    );
    expect(await client({ rateLimit: false }).get('/jobs')).toEqual({ content: [1] });
    expect(calls).toBe(3);
  });

  it('waits the Retry-After of a 429 before retrying', async () => {
    const rec = recorder();
    server.use(
      http.get(`${BASE}/jobs`, async ({ request }) => {
        await rec.record(request);
        return rec.seen.length === 1
          ? HttpResponse.json(
              { message: 'Too many requests' },
              { status: 429, headers: { 'retry-after': '1' } },
            )
          : HttpResponse.json({ content: [] });
      }),
    );
    await client().get('/jobs');
    expect(rec.seen).toHaveLength(2);
    expect(rec.seen[1]!.at - rec.seen[0]!.at).toBeGreaterThanOrEqual(990);
  });

  it('retries a POST after 429 (not processed) but never after 500 or 503', async () => {
    const calls: number[] = [];
    server.use(
      http.post(`${BASE}/candidates`, () => {
        calls.push(429);
        return calls.length === 1
          ? HttpResponse.json({}, { status: 429, headers: { 'retry-after': '0' } })
          : HttpResponse.json({ id: 'c1' }, { status: 201 });
      }),
      http.post(`${BASE}/jobs`, () => {
        calls.push(500);
        return HttpResponse.json({ message: 'oops' }, { status: 500 });
      }),
      http.post(`${BASE}/jobs/:id/positions`, () => {
        calls.push(503);
        return HttpResponse.json({ message: 'busy' }, { status: 503 });
      }),
    );
    const c = client({ rateLimit: false });
    expect(await c.request({ method: 'POST', path: '/candidates', body: {} })).toEqual({ id: 'c1' });
    await expect(c.request({ method: 'POST', path: '/jobs', body: {} })).rejects.toBeInstanceOf(
      InternalServerError,
    );
    await expect(c.post('/jobs/{id}/positions', { params: { id: 'j' }, body: {} })).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(calls).toEqual([429, 429, 500, 503]);
  });

  it('retries a POST after 503 when the caller marks it idempotent', async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE}/jobs/:id/publication`, () => {
        calls++;
        return calls === 1 ? HttpResponse.json({}, { status: 503 }) : HttpResponse.json({ ok: true });
      }),
    );
    await client({ rateLimit: false }).post('/jobs/{id}/publication', {
      params: { id: 'j' },
      body: {},
      idempotent: true,
    });
    expect(calls).toBe(2);
  });

  it('does not retry a POST after a timeout (it may have been processed), but retries a GET', async () => {
    const calls = { post: 0, get: 0 };
    server.use(
      http.post(`${BASE}/candidates`, async () => {
        calls.post++;
        await delay(500);
        return HttpResponse.json({ id: 'late' });
      }),
      http.get(`${BASE}/candidates/:id`, async () => {
        calls.get++;
        await delay(500);
        return HttpResponse.json({ id: 'late' });
      }),
    );
    const c = client({ rateLimit: false, timeoutMs: 50, maxRetries: 2 });
    await expect(c.request({ method: 'POST', path: '/candidates', body: {} })).rejects.toBeInstanceOf(
      TimeoutError,
    );
    expect(calls.post).toBe(1);
    const error = await c.get('/candidates/{id}', { params: { id: 'x' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(calls.get).toBe(3);
  });

  it('times out through a caller fetch that reads the signal off the Request only', async () => {
    let seen: AbortSignal | undefined;
    const fetchFromRequest: typeof fetch = (input) =>
      new Promise((_, reject) => {
        seen = (input as Request).signal;
        seen.addEventListener('abort', () => reject(seen?.reason));
      });
    const error = await client({ fetch: fetchFromRequest, rateLimit: false, timeoutMs: 50, maxRetries: 0 })
      .get('/jobs')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(seen?.aborted).toBe(true);
  });

  it('times out through a caller fetch that ignores every signal', async () => {
    const fetchNever: typeof fetch = () => new Promise(() => undefined);
    const error = await client({ fetch: fetchNever, rateLimit: false, timeoutMs: 50, maxRetries: 0 })
      .get('/jobs')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('stops after maxRetries (per request) and surfaces the last error', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/jobs`, () => {
        calls++;
        return HttpResponse.json({ message: 'gateway' }, { status: 502 });
      }),
    );
    const error = await client({ rateLimit: false, maxRetries: 5 })
      .get('/jobs', { maxRetries: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(502);
    expect(calls).toBe(2);
  });

  it('gives up at once on a Retry-After longer than maxRetryDelayMs', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/jobs`, () => {
        calls++;
        return HttpResponse.json({}, { status: 429, headers: { 'retry-after': '120' } });
      }),
    );
    const error = await client()
      .get('/jobs')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect(calls).toBe(1);
  });

  it('turns network failures into ConnectionError and retries them on GET', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/jobs`, () => {
        calls++;
        return calls === 1 ? HttpResponse.error() : HttpResponse.json({ content: [] });
      }),
      http.post(`${BASE}/jobs`, () => HttpResponse.error()),
    );
    const c = client({ rateLimit: false });
    expect(await c.get('/jobs')).toEqual({ content: [] });
    expect(calls).toBe(2);
    await expect(c.request({ method: 'POST', path: '/jobs', body: {} })).rejects.toBeInstanceOf(
      ConnectionError,
    );
  });

  it('cancels the wait between retries when the signal aborts', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/jobs`, () => {
        calls++;
        return HttpResponse.json({}, { status: 429, headers: { 'retry-after': '30' } });
      }),
    );
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 100);
    const error = await client({ maxRetryDelayMs: 60_000 })
      .get('/jobs', { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(calls).toBe(1);
  });

  it('rejects at once with RequestAbortedError when the signal is already aborted', async () => {
    const error = await client()
      .get('/jobs', { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
  });
});

describe('hooks', () => {
  it('reports request, response, retry with redacted data only, and survives a throwing hook', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/candidates/:id`, () => {
        calls++;
        return calls === 1
          ? HttpResponse.json({}, { status: 503 })
          : HttpResponse.json(
              { id: 'c1', email: 'ada@example.com' },
              { headers: { 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '7' } },
            );
      }),
    );
    const events: Array<[string, Record<string, unknown>]> = [];
    const c = client({
      rateLimit: false,
      hooks: {
        request: (i) => {
          events.push(['request', { ...i }]);
          throw new Error('hook bug');
        },
        response: (i) => events.push(['response', { ...i }]),
        retry: (i) => events.push(['retry', { ...i }]),
      },
    });
    await c.get('/candidates/{id}', {
      params: { id: 'secret-candidate-id' },
      query: { q: 'ada@example.com' },
    });
    expect(events.map(([name]) => name)).toEqual(['request', 'response', 'retry', 'request', 'response']);
    const last = events[4]![1];
    expect(last).toMatchObject({ method: 'GET', path: '/candidates/{id}', status: 200, attempt: 2 });
    expect(last.rateLimit).toEqual({
      limit: 10,
      remaining: 7,
      concurrentLimit: null,
      concurrentRemaining: null,
    });
    expect(events[2]![1]).toMatchObject({ status: 503, reason: 'status', attempt: 1 });
    const requestIds = new Set(events.map(([, i]) => i.requestId));
    expect(requestIds.size).toBe(1);
    const dump = JSON.stringify(events);
    expect(dump).not.toContain('secret-candidate-id');
    expect(dump).not.toContain('ada@example.com');
  });
});

describe('paginate', () => {
  it('follows pageId/nextPageId across pages, keeping the filters', async () => {
    const queries: string[] = [];
    server.use(
      http.get(`${BASE}/candidates`, ({ request }) => {
        const url = new URL(request.url);
        queries.push(url.search);
        const page = url.searchParams.get('pageId');
        if (!page) return HttpResponse.json({ totalFound: 5, offset: 0, content: [1, 2], nextPageId: 'p2' });
        if (page === 'p2')
          return HttpResponse.json({ totalFound: 5, offset: 0, content: [3, 4], nextPageId: 'p3' });
        return HttpResponse.json({ totalFound: 5, offset: 0, content: [5] });
      }),
    );
    const items: unknown[] = [];
    for await (const item of client().paginate('/candidates', {
      query: { status: ['NEW', 'LEAD'], limit: 2 },
    })) {
      items.push(item);
    }
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(queries).toEqual([
      '?status=NEW&status=LEAD&limit=2',
      '?status=NEW&status=LEAD&limit=2&pageId=p2',
      '?status=NEW&status=LEAD&limit=2&pageId=p3',
    ]);
  });

  it("asks for SR's largest page unless the caller sets limit, where SR documents it", async () => {
    const queries: string[] = [];
    server.use(
      http.get(`${BASE}/candidates`, ({ request }) => {
        queries.push(new URL(request.url).search);
        return HttpResponse.json({ content: [1] });
      }),
      http.get(`${BASE}/offers`, ({ request }) => {
        queries.push(new URL(request.url).search);
        return HttpResponse.json({ totalFound: 1, offset: 0, content: [1] });
      }),
      http.get(`${BASE}/messages`, ({ request }) => {
        queries.push(new URL(request.url).search);
        return HttpResponse.json({ content: [1] });
      }),
    );
    for await (const _ of client().paginate('/candidates', { query: { status: 'NEW' } })) {
      // drain
    }
    await client().fetchPage('/candidates', { query: { limit: 7 } });
    await client().fetchPage('/offers');
    // A list whose paging the SDK does not know keeps SR's own default.
    await client().fetchPage('/messages');
    expect(queries).toEqual(['?limit=100&status=NEW', '?limit=7', '?limit=100', '']);
  });

  it('adds sort=job_id on /jobs, which SR requires for pageId paging', async () => {
    const queries: string[] = [];
    server.use(
      http.get(`${BASE}/jobs`, ({ request }) => {
        queries.push(new URL(request.url).search);
        return new URL(request.url).searchParams.get('pageId')
          ? HttpResponse.json({ content: ['b'] })
          : HttpResponse.json({ content: ['a'], nextPageId: 'n' });
      }),
    );
    const items: unknown[] = [];
    for await (const item of client().paginate('/jobs')) items.push(item);
    expect(items).toEqual(['a', 'b']);
    expect(queries).toEqual(['?sort=job_id&limit=100', '?sort=job_id&limit=100&pageId=n']);
  });

  it('follows Link rel="next", and pages bare arrays by page_id (webhooks)', async () => {
    server.use(
      http.get(`${BASE}/webhooks-api/v201907/subscriptions`, ({ request }) => {
        const page = new URL(request.url).searchParams.get('page_id');
        if (!page) {
          return HttpResponse.json([{ id: 's1' }, { id: 's2' }], {
            headers: { link: `<${BASE}/webhooks-api/v201907/subscriptions?limit=2&page_id=x>; rel="next"` },
          });
        }
        return HttpResponse.json([{ id: 's3' }]);
      }),
    );
    const ids: string[] = [];
    for await (const s of client().paginate<{ id: string }>('/webhooks-api/v201907/subscriptions', {
      query: { limit: 2 },
    })) {
      ids.push(s.id);
    }
    expect(ids).toEqual(['s1', 's2', 's3']);
  });

  it('pages offset/limit/totalFound lists (sources, offers)', async () => {
    const offsets: Array<string | null> = [];
    server.use(
      http.get(`${BASE}/offers`, ({ request }) => {
        const offset = Number(new URL(request.url).searchParams.get('offset') ?? 0);
        offsets.push(new URL(request.url).searchParams.get('offset'));
        const all = [1, 2, 3, 4, 5];
        return HttpResponse.json({ totalFound: 5, offset, limit: 2, content: all.slice(offset, offset + 2) });
      }),
    );
    const items: unknown[] = [];
    for await (const item of client().paginate('/offers', { query: { limit: 2 } })) items.push(item);
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(offsets).toEqual([null, '2', '4']);
  });

  it('fails loudly on a repeated cursor instead of looping', async () => {
    server.use(http.get(`${BASE}/candidates`, () => HttpResponse.json({ content: [1], nextPageId: 'same' })));
    const items: unknown[] = [];
    const run = async () => {
      for await (const item of client().paginate('/candidates')) items.push(item);
    };
    await expect(run()).rejects.toBeInstanceOf(PaginationError);
    expect(items).toEqual([1, 1]);
  });

  it('fails loudly on an empty page that claims more follow', async () => {
    server.use(http.get(`${BASE}/candidates`, () => HttpResponse.json({ content: [], nextPageId: 'more' })));
    const run = async () => {
      for await (const _ of client().paginate('/candidates')) {
        // drain
      }
    };
    await expect(run()).rejects.toBeInstanceOf(PaginationError);
  });

  it('refuses a next link to another host', async () => {
    server.use(
      http.get(`${BASE}/candidates`, () =>
        HttpResponse.json(
          { content: [1] },
          { headers: { link: '<https://evil.example.com/candidates?pageId=2>; rel="next"' } },
        ),
      ),
    );
    const run = async () => {
      for await (const _ of client().paginate('/candidates')) {
        // drain
      }
    };
    await expect(run()).rejects.toThrow(/another host/);
  });
});

describe('redirects', () => {
  it('follows a same-origin redirect with the credentials, and a cross-origin one without them', async () => {
    const seen: Array<{ host: string; key: string | null; method: string }> = [];
    server.use(
      http.get(`${BASE}/candidates/:id/attachments/:aid`, ({ request }) => {
        seen.push({
          host: new URL(request.url).host,
          key: request.headers.get('x-smarttoken'),
          method: request.method,
        });
        return new HttpResponse(null, { status: 302, headers: { location: `${BASE}/files/moved` } });
      }),
      http.get(`${BASE}/files/moved`, ({ request }) => {
        seen.push({
          host: new URL(request.url).host,
          key: request.headers.get('x-smarttoken'),
          method: request.method,
        });
        return new HttpResponse(null, {
          status: 307,
          headers: { location: 'https://files.example-cdn.test/blob/1' },
        });
      }),
      http.get('https://files.example-cdn.test/blob/1', ({ request }) => {
        seen.push({
          host: new URL(request.url).host,
          key: request.headers.get('x-smarttoken') ?? request.headers.get('authorization'),
          method: request.method,
        });
        return HttpResponse.arrayBuffer(new TextEncoder().encode('%PDF').buffer, {
          headers: { 'content-type': 'application/pdf' },
        });
      }),
    );
    const c = new SmartRecruitersClient({ apiKey: 'redirect-secret', logLevel: 'off', rateLimit: false });
    const file = await c.get<BinaryResponse>('/candidates/{id}/attachments/{aid}', {
      params: { id: 'c', aid: 'a' },
    });
    expect(new TextDecoder().decode(await file.arrayBuffer())).toBe('%PDF');
    expect(seen).toEqual([
      { host: 'api.smartrecruiters.com', key: 'redirect-secret', method: 'GET' },
      { host: 'api.smartrecruiters.com', key: 'redirect-secret', method: 'GET' },
      { host: 'files.example-cdn.test', key: null, method: 'GET' },
    ]);
  });

  it('turns a POST answered 303 into a GET, and stops after 5 redirects', async () => {
    const methods: string[] = [];
    server.use(
      http.post(
        `${BASE}/candidates`,
        () => new HttpResponse(null, { status: 303, headers: { location: '/candidates/c9' } }),
      ),
      http.get(`${BASE}/candidates/c9`, ({ request }) => {
        methods.push(request.method);
        return HttpResponse.json({ id: 'c9' });
      }),
      http.get(`${BASE}/loop`, () => new HttpResponse(null, { status: 302, headers: { location: '/loop' } })),
    );
    const c = client({ rateLimit: false });
    expect(await c.request({ method: 'POST', path: '/candidates', body: { a: 1 } })).toEqual({ id: 'c9' });
    expect(methods).toEqual(['GET']);
    await expect(c.get('/loop', { maxRetries: 0 })).rejects.toThrow(/More than 5 redirects/);
  });
});

describe('timeouts and aborts cover every wait', () => {
  it('times out a body that stalls after the headers', async () => {
    server.use(
      http.get(`${BASE}/jobs`, () => {
        const stream = new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"content": ['));
            // never closes
          },
        });
        return new HttpResponse(stream, { headers: { 'content-type': 'application/json' } });
      }),
    );
    const started = performance.now();
    const error = await client({ timeoutMs: 150, maxRetries: 0 })
      .get('/jobs')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('abandons a request waiting in the limiter as soon as its signal aborts', async () => {
    server.use(
      http.get(`${BASE}/candidates`, async () => {
        await delay(800);
        return HttpResponse.json({ content: [] });
      }),
    );
    const c = client();
    const first = c.get('/candidates');
    const controller = new AbortController();
    // GET /candidates runs one at a time: this one waits behind the first.
    const queued = c.get('/candidates', { signal: controller.signal });
    await delay(50);
    const started = performance.now();
    controller.abort();
    await expect(queued).rejects.toBeInstanceOf(RequestAbortedError);
    expect(performance.now() - started).toBeLessThan(200);
    await first;
  });
});

describe('input checked before any request', () => {
  it('rejects (never throws) on an unparsable URL, and refuses a timeout setTimeout cannot hold', async () => {
    const c = client();
    const pending = c.get('https://[bad');
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toBeInstanceOf(ValidationError);
    await expect(c.get('/jobs', { timeoutMs: 2 ** 31 })).rejects.toBeInstanceOf(ValidationError);
    expect(() => client({ timeoutMs: 2 ** 31 })).toThrow(ValidationError);
  });
});
