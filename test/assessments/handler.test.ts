/**
 * The assessment partner kit on its own (Fetch `Request` in, `Response` out): SmartRecruiters'
 * token, the token check before anything else, request validation with typed errors and
 * SmartRecruiters' error shape, body limits and deadlines, callback failures and timeouts.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  type AssessmentPartnerHandlerOptions,
  AssessmentRequestError,
  assessmentPartnerConfiguration,
  createAssessmentPartnerHandler,
  generateClientCredentials,
  type PackageListRequest,
  type ReceivedInlineOrder,
  type SrAssessmentPackage,
  ValidationError,
} from '../../src/index.js';

const BASE = 'https://assess.example.com/sr';
const SECRET = 'kit-test-signing-key-of-at-least-32-bytes';
const COMPANY = '5f1e0c2a9b3d4e5f6a7b8c9d';
const SR = { clientId: 'sr_client', clientSecret: 'sr-secret-0123456789' };
const PACKAGE: SrAssessmentPackage = {
  id: 'pkg-1',
  name: 'Skills',
  description: 'A skills test',
  type: 'SKILL_TEST',
  assessments: [{ id: 'a-1', description: 'Part one', type: 'SKILL_TEST' }],
};
const ORDER_ID = '0b6f4f44-8a1f-4c6e-9d7e-1c2b3a4d5e6f';

function order(overrides: Record<string, unknown> = {}) {
  return {
    assessmentPackageId: 'pkg-1',
    companyId: COMPANY,
    candidate: { id: 'cand-1', firstName: 'Ada', lastName: 'Nowak', email: 'ada@example.com' },
    job: { id: 'job-1', title: 'Engineer' },
    jobId: 'job-1',
    resultCallbackURL: `https://api.smartrecruiters.com/assessment-api/v202010/orders/${ORDER_ID}/results`,
    requester: { email: 'recruiter@example.com', userId: 'u-1' },
    ...overrides,
  };
}

function kit(options: Partial<AssessmentPartnerHandlerOptions> = {}) {
  let now = Date.parse('2026-03-01T00:00:00Z');
  const clients = new Map([[SR.clientId, { clientSecret: SR.clientSecret, companyId: COMPANY }]]);
  const callbacks = {
    packages: vi.fn(() => [PACKAGE]),
    onOrder: vi.fn(),
    onRejected: vi.fn(),
  };
  const handler = createAssessmentPartnerHandler({
    clients: (id) => clients.get(id),
    tokenSecret: SECRET,
    basePath: '/sr',
    now: () => now,
    ...callbacks,
    ...options,
  });
  const tokenFor = async (credentials = SR) => {
    const answer = await handler(
      new Request(`${BASE}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: credentials.clientId,
          client_secret: credentials.clientSecret,
        }),
      }),
    );
    return ((await answer.json()) as { access_token: string }).access_token;
  };
  const call = async (path: string, init: RequestInit & { token?: string | null } = {}) => {
    const { token, ...rest } = init;
    const headers = new Headers(rest.headers);
    const bearer = token === undefined ? await tokenFor() : token;
    if (bearer !== null) headers.set('authorization', `Bearer ${bearer}`);
    return handler(new Request(`${BASE}${path}`, { ...rest, headers }));
  };
  const post = (path: string, body: unknown, init: RequestInit & { token?: string | null } = {}) =>
    call(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      ...init,
    });
  return { handler, clients, callbacks, tokenFor, call, post, advance: (ms: number) => (now += ms) };
}

/** A body that records whether anything read it. */
function watchedBody(bytes: Uint8Array): { body: ReadableStream<Uint8Array>; pulled: () => boolean } {
  let pulled = false;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        pulled = true;
        controller.enqueue(bytes);
        controller.close();
      },
    },
    // Nothing is pulled before a reader asks.
    { highWaterMark: 0 },
  );
  return { body, pulled: () => pulled };
}

describe('the token endpoint', () => {
  it('exchanges the credentials it gave SmartRecruiters for a bearer token (form or HTTP Basic), never cached', async () => {
    const { handler } = kit();
    const form = await handler(
      new Request(`${BASE}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `grant_type=client_credentials&client_id=${SR.clientId}&client_secret=${SR.clientSecret}`,
      }),
    );
    expect(form.status).toBe(200);
    expect(form.headers.get('cache-control')).toBe('no-store');
    const body = (await form.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect(body.access_token).toMatch(/^sra1\./);
    const basic = await handler(
      new Request(`${BASE}/oauth/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${btoa(`${SR.clientId}:${SR.clientSecret}`)}`,
        },
        body: 'grant_type=client_credentials',
      }),
    );
    expect(basic.status).toBe(200);
  });

  it("refuses a wrong secret, an unknown client, another grant, both methods at once: OAuth's errors", async () => {
    const { handler, callbacks } = kit();
    const token = (body: string, headers: Record<string, string> = {}) =>
      handler(
        new Request(`${BASE}/oauth/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
          body,
        }),
      );
    const cases: Array<[Promise<Response>, number, string]> = [
      [
        token(`grant_type=client_credentials&client_id=${SR.clientId}&client_secret=wrong`),
        400,
        'invalid_client',
      ],
      [
        token(`grant_type=client_credentials&client_id=nobody&client_secret=${SR.clientSecret}`),
        400,
        'invalid_client',
      ],
      [
        token('grant_type=client_credentials', { authorization: `Basic ${btoa(`${SR.clientId}:wrong`)}` }),
        401,
        'invalid_client',
      ],
      [
        token(`grant_type=password&client_id=${SR.clientId}&client_secret=${SR.clientSecret}`),
        400,
        'unsupported_grant_type',
      ],
      [token(`client_id=${SR.clientId}&client_secret=${SR.clientSecret}`), 400, 'invalid_request'],
      [
        token(`grant_type=client_credentials&client_secret=${SR.clientSecret}`, {
          authorization: `Basic ${btoa(`${SR.clientId}:${SR.clientSecret}`)}`,
        }),
        400,
        'invalid_request',
      ],
    ];
    for (const [answer, status, error] of cases) {
      const response = await answer;
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ error });
    }
    const basicRefused = await token('grant_type=client_credentials', {
      authorization: `Basic ${btoa(`${SR.clientId}:wrong`)}`,
    });
    expect(basicRefused.headers.get('www-authenticate')).toMatch(/^Basic /);
    const json = await handler(
      new Request(`${BASE}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'client_credentials', ...SR }),
      }),
    );
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ error: 'invalid_request' });
    expect(callbacks.onRejected).toHaveBeenCalled();
    // What onRejected is given never holds the secret.
    for (const [error] of callbacks.onRejected.mock.calls) {
      expect(JSON.stringify(error)).not.toContain(SR.clientSecret);
      expect((error as Error).message).not.toContain(SR.clientSecret);
    }
  });
});

describe('bad authentication is refused before any callback runs or any body is read', () => {
  it('no token, a forged one, an expired one, one of removed credentials: 401, nothing called', async () => {
    const { call, post, callbacks, clients, tokenFor, advance } = kit({ tokenTtlSeconds: 60 });
    const good = await tokenFor();
    const forged = `${good.slice(0, -4)}AAAA`;
    const foreign = (await createAssessmentPartnerHandler({
      clients: () => ({ clientSecret: SR.clientSecret, companyId: COMPANY }),
      tokenSecret: 'another-partner-signing-key-of-32-bytes!!',
      basePath: '/sr',
      packages: () => [],
      onOrder: () => undefined,
    })(
      new Request(`${BASE}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `grant_type=client_credentials&client_id=${SR.clientId}&client_secret=${SR.clientSecret}`,
      }),
    ).then((r) => r.json())) as { access_token: string };
    expect(foreign.access_token).toMatch(/^sra1\./);
    for (const token of [null, 'not-a-token', forged, foreign.access_token]) {
      const watched = watchedBody(new TextEncoder().encode(JSON.stringify(order())));
      const answer = await call('/packages/orders', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: watched.body,
        duplex: 'half',
        token,
      } as RequestInit & { token: string | null });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer /);
      expect(await answer.json()).toMatchObject({ errors: [{ code: 'UNAUTHORIZED' }] });
      expect(watched.pulled()).toBe(false);
      expect((await call('/packages', { token })).status).toBe(401);
    }
    advance(61_000);
    expect((await post('/packages/orders', order(), { token: good })).status).toBe(401);
    clients.clear();
    expect((await call('/packages', { token: good })).status).toBe(401);
    expect(callbacks.packages).not.toHaveBeenCalled();
    expect(callbacks.onOrder).not.toHaveBeenCalled();
    expect(callbacks.onRejected.mock.calls.map(([e]) => (e as AssessmentRequestError).reason)).toContain(
      'unauthorized',
    );
  });

  it("a token of one company never acts for another: 403 for another company's order or integration", async () => {
    const { post, call, callbacks } = kit({ onIntegrationRemoved: vi.fn() });
    const other = await post('/packages/orders', order({ companyId: 'another-company' }));
    expect(other.status).toBe(403);
    expect(await other.json()).toMatchObject({ errors: [{ code: 'FORBIDDEN' }] });
    expect((await call('/integrations/companies/another-company', { method: 'DELETE' })).status).toBe(403);
    expect(callbacks.onOrder).not.toHaveBeenCalled();
  });
});

describe('request validation', () => {
  it('malformed bodies: a typed 400 in SmartRecruiters’ shape, listing each problem by path', async () => {
    const { post, callbacks } = kit();
    const notJson = await post('/packages/orders', '{"assessmentPackageId": ');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({
      message: 'The order is not valid JSON',
      errors: [{ code: 'INVALID_REQUEST', message: 'The order is not valid JSON' }],
    });
    const incomplete = await post(
      '/packages/orders',
      order({ candidate: { firstName: 'Ada' }, resultCallbackURL: 'nope' }),
    );
    expect(incomplete.status).toBe(400);
    const body = (await incomplete.json()) as { errors: Array<{ code: string; message: string }> };
    expect(body.errors.map((e) => e.message.split(':')[0])).toEqual(['candidate.id', 'resultCallbackURL']);
    expect(body.errors.every((e) => e.code === 'INVALID_REQUEST')).toBe(true);
    // The values sent are not echoed (a candidate's data).
    expect(JSON.stringify(body)).not.toContain('Ada');
    const wrongType = await post('/packages/orders', JSON.stringify(order()), {
      headers: { 'content-type': 'text/plain' },
    });
    expect(wrongType.status).toBe(415);
    expect(callbacks.onOrder).not.toHaveBeenCalled();
    const reasons = callbacks.onRejected.mock.calls.map(([e]) => e as AssessmentRequestError);
    expect(reasons.every((e) => e instanceof AssessmentRequestError)).toBe(true);
    expect(reasons.map((e) => [e.reason, e.status])).toEqual([
      ['invalid_request', 400],
      ['invalid_request', 400],
      ['unsupported_media_type', 415],
    ]);
  });

  it('an order SmartRecruiters sends with fields it added, or nulls, is taken as received', async () => {
    const { post, callbacks } = kit();
    const answer = await post(
      '/packages/orders',
      order({ candidate: { id: 'cand-1', email: null, newField: { x: 1 } }, jobId: null, extra: true }),
    );
    expect(answer.status).toBe(202);
    const received = callbacks.onOrder.mock.calls[0]?.[0];
    expect(received).toMatchObject({
      orderId: ORDER_ID,
      companyId: COMPANY,
      clientId: SR.clientId,
      package: PACKAGE,
      order: { extra: true, candidate: { id: 'cand-1', newField: { x: 1 } } },
    });
  });

  it('an oversize body is refused 413 unread past the limit (declared or streamed); a slow one 408', async () => {
    const { post, call, callbacks } = kit({ maxBodyBytes: 1024, bodyTimeoutMs: 50 });
    const big = JSON.stringify(order({ padding: 'x'.repeat(4096) }));
    expect((await post('/packages/orders', big)).status).toBe(413);
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 512;
        controller.enqueue(new Uint8Array(512));
      },
    });
    const streamed = await call('/packages/orders', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: endless,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThanOrEqual(2048);
    const stalled = await call('/packages/orders', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) }),
      duplex: 'half',
    } as RequestInit);
    expect(stalled.status).toBe(408);
    expect(callbacks.onOrder).not.toHaveBeenCalled();
  });

  it("an unknown package is SmartRecruiters' documented 404, for an order and for a read", async () => {
    const { post, call, callbacks } = kit();
    const ordered = await post('/packages/orders', order({ assessmentPackageId: 'nope' }));
    expect(ordered.status).toBe(404);
    expect(await ordered.json()).toMatchObject({ errors: [{ code: 'PACKAGE_NOT_FOUND' }] });
    const read = await call('/packages/nope');
    expect(read.status).toBe(404);
    expect(await read.json()).toMatchObject({ errors: [{ code: 'PACKAGE_NOT_FOUND' }] });
    expect((await call('/packages/pkg-1')).status).toBe(200);
    expect(callbacks.onOrder).not.toHaveBeenCalled();
  });

  it('routes: 404 outside the endpoints (or below another base path), 405 with Allow for another method', async () => {
    const { call, handler } = kit();
    expect((await call('/nope')).status).toBe(404);
    expect((await handler(new Request('https://assess.example.com/packages'))).status).toBe(404);
    const put = await call('/packages', { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET');
    expect((await call('/packages/orders', { method: 'GET' })).status).toBe(404);
  });
});

describe('packages', () => {
  it('passes the requester and the job’s location and fields; 204 when there are none', async () => {
    const packages = vi.fn((_request: PackageListRequest) => [PACKAGE]);
    const { call } = kit({ packages });
    const answer = await call('/packages?country-code=pl&city=Krakow&remote=true&brand=silo&__proto__=x', {
      headers: { requester: '{"email":"recruiter@example.com"}' },
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual([PACKAGE]);
    const request = packages.mock.calls[0]?.[0] as unknown as Record<string, unknown>;
    expect(request).toMatchObject({
      requester: { email: 'recruiter@example.com' },
      filters: {
        countryCode: 'pl',
        city: 'Krakow',
        remote: true,
        fields: { brand: 'silo', ['__proto__']: 'x' },
      },
    });
    expect(Object.getPrototypeOf((request.filters as { fields: object }).fields)).toBe(Object.prototype);
    expect((await call('/packages', { headers: { requester: 'email,r@example.com' } })).status).toBe(200);
    expect((await call('/packages', { headers: { requester: '{"email":3}' } })).status).toBe(400);
    expect((await call('/packages?remote=maybe')).status).toBe(400);
    packages.mockReturnValue([]);
    const none = await call('/packages');
    expect(none.status).toBe(204);
    expect(await none.text()).toBe('');
  });

  it('a package not in SmartRecruiters’ shape is never sent: 500, the problem told to onRejected', async () => {
    const { call, callbacks } = kit({
      packages: () => [{ ...PACKAGE, type: 'QUIZ' } as unknown as SrAssessmentPackage],
    });
    const answer = await call('/packages');
    expect(answer.status).toBe(500);
    expect(await answer.json()).toMatchObject({ errors: [{ code: 'INTERNAL_ERROR' }] });
    const error = callbacks.onRejected.mock.calls.at(-1)?.[0] as AssessmentRequestError;
    expect(error.reason).toBe('callback_failed');
    expect(error.message).toContain('0.type');
  });
});

describe('callbacks', () => {
  it('a throw answers 500 without its message; the error reaches onRejected as the cause', async () => {
    const { post, callbacks } = kit({
      onOrder: () => {
        throw new Error('database password is hunter2');
      },
    });
    const answer = await post('/packages/orders', order());
    expect(answer.status).toBe(500);
    expect(await answer.text()).not.toContain('hunter2');
    const error = callbacks.onRejected.mock.calls[0]?.[0] as AssessmentRequestError;
    expect(error.reason).toBe('callback_failed');
    expect((error.cause as Error).message).toContain('hunter2');
  });

  it('a refusal with your status and code is answered as such', async () => {
    const { post } = kit({
      onOrder: () => {
        throw new AssessmentRequestError('rejected', 'The company has no seats left', {
          status: 409,
          code: 'NO_SEATS',
        });
      },
    });
    const answer = await post('/packages/orders', order());
    expect(answer.status).toBe(409);
    expect(await answer.json()).toEqual({
      message: 'The company has no seats left',
      errors: [{ code: 'NO_SEATS', message: 'The company has no seats left' }],
    });
  });

  it('a callback past callbackTimeoutMs: 503, its signal aborted', async () => {
    let signal: AbortSignal | undefined;
    const { post } = kit({
      callbackTimeoutMs: 30,
      onOrder: (received) => {
        signal = received.signal;
        return new Promise(() => undefined);
      },
    });
    const answer = await post('/packages/orders', order());
    expect(answer.status).toBe(503);
    expect(signal?.aborted).toBe(true);
  });

  it('inline orders answer the candidate’s URL under both names; without onInlineOrder they are 404', async () => {
    const inline = {
      assessmentPackageId: 'pkg-1',
      companyId: COMPANY,
      candidate: { firstName: 'Ada', lastName: 'Nowak', email: 'ada@example.com', applicationLanguage: 'en' },
      job: { id: 'job-1' },
      completedAssessmentCallbackUrl: 'https://jobs.smartrecruiters.com/back',
      resultCallbackURL: `https://api.smartrecruiters.com/assessment-api/v202010/orders/${ORDER_ID}/results`,
    };
    expect((await kit().post('/packages/inline/orders', inline)).status).toBe(404);
    const onInlineOrder = vi.fn((_order: ReceivedInlineOrder) => ({
      url: 'https://assess.example.com/take/1',
    }));
    const answer = await kit({ onInlineOrder }).post('/packages/inline/orders', inline);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({
      url: 'https://assess.example.com/take/1',
      assessmentPackageURL: 'https://assess.example.com/take/1',
    });
    expect(onInlineOrder.mock.calls[0]?.[0]).toMatchObject({
      orderId: ORDER_ID,
      order: { candidate: { email: 'ada@example.com' } },
    });
    const bad = await kit({ onInlineOrder: () => ({ url: 'javascript:alert(1)' }) }).post(
      '/packages/inline/orders',
      inline,
    );
    expect(bad.status).toBe(500);
  });

  it('the consent page needs no token; a companyId that is not an id is refused', async () => {
    const onConsent = vi.fn(
      ({ companyId }: { companyId: string | null }) => new Response(`consent for ${companyId}`),
    );
    const { call } = kit({ onConsent });
    const page = await call(`/integration?companyId=${COMPANY}`, { token: null });
    expect(await page.text()).toBe(`consent for ${COMPANY}`);
    expect((await call('/integration?companyId=%3Cscript%3E', { token: null })).status).toBe(400);
    expect(onConsent).toHaveBeenCalledTimes(1);
  });

  it("removing the company's integration: 204 after onIntegrationRemoved", async () => {
    const onIntegrationRemoved = vi.fn();
    const { call } = kit({ onIntegrationRemoved });
    const answer = await call(`/integrations/companies/${COMPANY}`, { method: 'DELETE' });
    expect(answer.status).toBe(204);
    expect(onIntegrationRemoved.mock.calls[0]?.[0]).toMatchObject({
      companyId: COMPANY,
      clientId: SR.clientId,
    });
  });
});

describe('set-up', () => {
  it('refuses a short token secret or a missing callback when the handler is made', () => {
    const valid = {
      clients: () => undefined,
      tokenSecret: SECRET,
      packages: () => [],
      onOrder: () => undefined,
    };
    expect(() => createAssessmentPartnerHandler({ ...valid, tokenSecret: 'short' })).toThrow(ValidationError);
    expect(() => createAssessmentPartnerHandler({ ...valid, onOrder: undefined as never })).toThrow(
      ValidationError,
    );
    expect(() => createAssessmentPartnerHandler({ ...valid, basePath: 'sr/' })).toThrow(ValidationError);
  });

  it('keeps tokens of the previous key valid while keys rotate', async () => {
    const old = kit();
    const token = await old.tokenFor();
    const rotated = kit({ tokenSecret: ['the-new-signing-key-of-32-bytes-or-more', SECRET] });
    expect((await rotated.call('/packages', { token })).status).toBe(200);
    const dropped = kit({ tokenSecret: 'the-new-signing-key-of-32-bytes-or-more' });
    expect((await dropped.call('/packages', { token })).status).toBe(401);
  });

  it('generates random credentials, and the configuration of its endpoints under a base URL', () => {
    const a = generateClientCredentials();
    const b = generateClientCredentials();
    expect(a.clientId).not.toBe(b.clientId);
    expect(a.clientSecret.length).toBeGreaterThanOrEqual(43);
    expect(
      assessmentPartnerConfiguration({
        baseUrl: `${BASE}/`,
        supportedAssessmentTypes: ['SKILL_TEST'],
        inline: true,
      }),
    ).toEqual({
      assessmentPackageListUrl: `${BASE}/packages`,
      singleAssessmentPackageUrl: `${BASE}/packages`,
      consentUrl: `${BASE}/integration`,
      consentDisplayMode: 'REDIRECT',
      oauthTokenUrl: `${BASE}/oauth/token`,
      supportedAssessmentTypes: ['SKILL_TEST'],
      packageOrderUrl: `${BASE}/packages/orders`,
      inlineAssessmentPackageOrderUrl: `${BASE}/packages/inline/orders`,
      integrationDisableUrl: `${BASE}/integrations`,
    });
    expect(() =>
      assessmentPartnerConfiguration({ baseUrl: 'ftp://x', supportedAssessmentTypes: ['SKILL_TEST'] }),
    ).toThrow(ValidationError);
  });
});
