/**
 * The core as an edge runtime runs it: bundled from the built package the way Workers bundlers
 * resolve it, then run in a `node:vm` context that has the Web APIs but no `process`, no
 * `FinalizationRegistry` or `WeakRef` (Cloudflare Workers before 2025-05), or a `process` whose
 * environment throws on access (Deno without `--allow-env`).
 */
import { join } from 'node:path';
import { createContext, Script } from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/ensure-build.mjs';

const root = join(import.meta.dirname, '..', '..');
let bundle: string;
let inputs: string[];

beforeAll(async () => {
  await ensureBuilt(root);
  const result = await build({
    stdin: {
      contents:
        "export * from 'smartrecruiters-sdk'; export * as connect from 'smartrecruiters-sdk/connect';",
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    globalName: 'sdk',
    platform: 'browser',
    // What wrangler asks of package exports.
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2022',
    // Resolve the package as an installed one (this repository's tsconfig maps it to src/).
    tsconfigRaw: {},
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]!.text;
  inputs = Object.keys(result.metafile.inputs);
}, 300_000);

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
}

/** Runs `program` in a fresh context with the Web APIs a Worker has, plus `extra` globals. */
async function runInEdge(program: string, extra: Record<string, unknown> = {}): Promise<unknown> {
  const sent: Sent[] = [];
  const context = createContext({
    URL,
    URLSearchParams,
    Headers,
    Request,
    Response,
    FormData,
    Blob,
    File,
    ReadableStream,
    WritableStream,
    TransformStream,
    TextEncoder,
    TextDecoder,
    AbortController,
    AbortSignal,
    DOMException,
    Event,
    EventTarget,
    crypto: globalThis.crypto,
    atob,
    btoa,
    structuredClone,
    performance,
    queueMicrotask,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    console,
    sent,
    ...extra,
  });
  // The context's own realm has these built in; the runtimes in question do not.
  new Script('delete globalThis.FinalizationRegistry; delete globalThis.WeakRef;').runInContext(context);
  new Script(bundle).runInContext(context);
  return new Script(`(async () => { ${program} })()`).runInContext(context);
}

// Every client option passed; the fetch answers like SmartRecruiters and records the request.
const clientWithEveryOption = `
  const client = new sdk.SmartRecruitersClient({
    apiKey: 'key-123',
    baseUrl: 'https://api.smartrecruiters.com',
    timeoutMs: 5000,
    maxRetries: 1,
    maxRetryTimeMs: 10000,
    maxRetryDelayMs: 1000,
    rateLimit: { requestsPerSecond: 10, maxConcurrent: 8, adaptive: true },
    fetch: async (input, init) => {
      const request = new Request(input, init);
      sent.push({ url: request.url, method: request.method, headers: Object.fromEntries(request.headers) });
      return new Response(JSON.stringify({ id: 'job-1', title: 'Engineer' }), {
        headers: { 'content-type': 'application/json', 'x-ratelimit-remaining': '9' },
      });
    },
    logger: console,
    logLevel: 'off',
    userAgent: 'edge-test/1.0',
    defaultHeaders: { 'x-trace': 't-1' },
    hooks: {},
  });
  const job = await client.get('/jobs/{jobId}', { params: { jobId: 'job-1' } });
  return { job, sent, hasProcess: typeof process !== 'undefined', hasRegistry: typeof FinalizationRegistry };
`;

describe('the core on an edge runtime', () => {
  it('bundles from the module build (per-module ESM), never the Node build', () => {
    expect(inputs.some((input) => input.startsWith('dist/esm/'))).toBe(true);
    expect(inputs.filter((input) => input.startsWith('dist/node/'))).toEqual([]);
  });

  it('without process, FinalizationRegistry or WeakRef: constructs a client with every option and sends a request', async () => {
    const result = (await runInEdge(clientWithEveryOption)) as {
      job: unknown;
      sent: Sent[];
      hasProcess: boolean;
      hasRegistry: string;
    };
    expect(result.hasProcess).toBe(false);
    expect(result.hasRegistry).toBe('undefined');
    expect(result.job).toEqual({ id: 'job-1', title: 'Engineer' });
    expect(result.sent).toHaveLength(1);
    expect(result.sent[0]).toMatchObject({
      url: 'https://api.smartrecruiters.com/jobs/job-1',
      method: 'GET',
      headers: { 'x-smarttoken': 'key-123', 'user-agent': 'edge-test/1.0', 'x-trace': 't-1' },
    });
  });

  it('with an environment that throws on access (Deno without --allow-env): options alone suffice, defaults apply', async () => {
    let reads = 0;
    const process = {
      get env(): never {
        reads++;
        throw new Error(
          'NotCapable: Requires env access to "SMARTRECRUITERS_LOG", run again with --allow-env',
        );
      },
    };
    const result = (await runInEdge(clientWithEveryOption, { process })) as { job: unknown; sent: Sent[] };
    expect(result.job).toEqual({ id: 'job-1', title: 'Engineer' });
    // Options only: no environment variable was needed.
    expect(reads).toBe(0);

    // No options but a key and a fetch: the environment fallbacks read as unset.
    const defaults = (await runInEdge(
      `const client = new sdk.SmartRecruitersClient({
         apiKey: 'key-123',
         fetch: async (input, init) => {
           sent.push({ url: new Request(input, init).url, method: 'GET', headers: {} });
           return new Response('{"content":[]}', { headers: { 'content-type': 'application/json' } });
         },
       });
       const page = await new sdk.SmartRecruiters({ client }).jobs.list({ limit: 1 });
       return { result: page.result, sent };`,
      { process },
    )) as { result: unknown[]; sent: Sent[] };
    expect(reads).toBeGreaterThan(0);
    expect(defaults.result).toEqual([]);
    expect(defaults.sent[0]!.url).toMatch(/^https:\/\/api\.smartrecruiters\.com\/jobs\?/);
  });

  it('connects a tenant: the signed state (Web Crypto), the callback, the code exchange, its client', async () => {
    const result = (await runInEdge(`
      const fetch = async (input, init) => {
        const request = new Request(input, init);
        sent.push({ url: request.url, method: request.method, headers: {} });
        const body = request.url.endsWith('/identity/oauth/token')
          ? { access_token: 'at-1', refresh_token: 'rt-1', expires_in: 1800, scope: 'jobs_read', token_type: 'Bearer' }
          : { content: [], totalFound: 0 };
        return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
      };
      const connections = new sdk.connect.Connections({
        authorizationCode: { clientId: 'app', clientSecret: 'app-secret', redirectUri: 'https://app.example/cb', scopes: ['jobs_read'] },
        stateSecret: 'an-edge-state-secret-of-32-characters',
        clientOptions: { fetch, logLevel: 'off' },
      });
      const start = await connections.authorize({ tenantId: 'acme' });
      const state = new URL(start.url).searchParams.get('state');
      const cookie = start.cookie.split(';')[0];
      const callback = (c) => connections.handleCallback(
        new Request('https://app.example/cb?code=c-1&state=' + encodeURIComponent(state), { headers: { cookie: c } }),
      );
      const forged = await callback(cookie.replace(/=.*/, '=forged'));
      const outcome = await callback(cookie);
      const jobs = await (await connections.get('acme')).jobs.list({ limit: 1 });
      return { forged: forged.error.reason, status: outcome.status, location: outcome.response.headers.get('location'), jobs: jobs.result, sent: sent.map((s) => s.url) };
    `)) as { forged: string; status: string; location: string; jobs: unknown[]; sent: string[] };
    expect(result).toEqual({
      forged: 'session_mismatch',
      status: 'connected',
      location: '/?connect=connected',
      jobs: [],
      sent: [
        'https://api.smartrecruiters.com/identity/oauth/token',
        'https://api.smartrecruiters.com/jobs?limit=1',
        expect.stringMatching(/^https:\/\/api\.smartrecruiters\.com\/jobs\?/),
      ],
    });
  });

  it('serves an assessment partner: the token (Web Crypto), a refused call, an order', async () => {
    const result = (await runInEdge(`
      const orders = [];
      const handler = sdk.createAssessmentPartnerHandler({
        clients: (id) => (id === 'sr' ? { clientSecret: 'sr-secret', companyId: 'c-1' } : undefined),
        tokenSecret: 'an-edge-token-secret-of-32-characters',
        packages: () => [{ id: 'p', name: 'P', description: '', type: 'SKILL_TEST', assessments: [] }],
        onOrder: (order) => { orders.push(order.orderId); },
      });
      const token = await (await handler(new Request('https://partner.example/oauth/token', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials&client_id=sr&client_secret=sr-secret',
      }))).json();
      const order = (authorization) => handler(new Request('https://partner.example/packages/orders', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({
          assessmentPackageId: 'p', companyId: 'c-1', candidate: { id: 'cand' }, job: { id: 'job' },
          resultCallbackURL: 'https://api.smartrecruiters.com/assessment-api/v202010/orders/o-1/results',
        }),
      }));
      const refused = await order('Bearer forged');
      const accepted = await order('Bearer ' + token.access_token);
      return { refused: refused.status, accepted: accepted.status, orders };
    `)) as { refused: number; accepted: number; orders: string[] };
    expect(result).toEqual({ refused: 401, accepted: 202, orders: ['o-1'] });
  });
});
