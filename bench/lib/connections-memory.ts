/**
 * Child process of bench/figures/connections.ts: the heap of 10,000 tenants in one process, after
 * GC, at each stage (stored only, a client each, a client each after one request, the default LRU
 * of 1,000 clients after one request each), and of 10,000 bare `SmartRecruiters` clients as the
 * baseline. Prints one JSON line. Run with --expose-gc.
 */

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './sdk.js';

type Connect = typeof import('../../src/connect/index.js');
type Sdk = typeof import('../../src/index.js');

const TENANTS = Number(process.argv[2] ?? 10_000);
const load = <T>(path: string): Promise<T> => import(pathToFileURL(join(root, 'dist', 'node', path)).href);
const connect = await load<Connect>('connect/index.js');
const sdk = await load<Sdk>('index.js');

const gc = globalThis.gc as () => void;
/**
 * The heap once it has settled: GC, then again after the event loop ran finalizers (each fetch
 * `Response` is released through a FinalizationRegistry of Node's fetch), until it stops shrinking.
 */
async function heap(): Promise<number> {
  let last = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 40; i++) {
    gc();
    const used = process.memoryUsage().heapUsed;
    if (last - used < 64 * 1024) return used;
    last = used;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return last;
}

// SmartRecruiters as a stub: a token for token requests, an empty page for everything else.
const stub: typeof fetch = async (input, init) => {
  const url = new Request(input, init).url;
  const body = url.endsWith('/identity/oauth/token')
    ? { access_token: 'a'.repeat(40), token_type: 'Bearer', expires_in: 1800 }
    : { content: [], totalFound: 0 };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};

const tenants = Array.from({ length: TENANTS }, (_, i) => `tenant-${String(i).padStart(5, '0')}`);

async function run(maxClients: number) {
  const store = new connect.MemoryConnectionStore();
  const tokenStore = new sdk.MemoryTokenStore();
  const connections = new connect.Connections({
    store,
    tokenStore,
    maxClients,
    clientOptions: { fetch: stub, logLevel: 'off' },
  });
  const now = Date.now();
  const empty = await heap();
  for (const [i, tenantId] of tenants.entries()) {
    const grantId = `g${i.toString(16).padStart(24, '0')}`;
    store.set(tenantId, {
      v: 1,
      grantId,
      method: 'client_credentials',
      connectedAt: new Date(now).toISOString(),
      clientId: `client-${i}`,
      clientSecret: `secret-${i}-${'s'.repeat(30)}`,
    });
    tokenStore.set(`smartrecruiters:tenant:${tenantId}:${grantId}`, {
      access_token: `token-${i}-${'t'.repeat(40)}`,
      token_type: 'Bearer',
      issued_at: now,
      expires_at: now + 1_800_000,
    });
  }
  const stored = await heap();
  const clients = [];
  const started = performance.now();
  for (const tenantId of tenants) clients.push(await connections.get(tenantId));
  const getMs = performance.now() - started;
  const kept = await heap();
  for (const sr of clients) await sr.client.get('/jobs', { query: { limit: 1 } });
  const active = await heap();
  clients.length = 0;
  const lru = await heap();
  return { empty, stored, kept, active, lru, size: connections.size, getUs: (getMs * 1000) / TENANTS };
}

// Baseline: bare clients, one per tenant, each after one request.
async function bare() {
  const before = await heap();
  const clients = [];
  for (let i = 0; i < TENANTS; i++) {
    clients.push(new sdk.SmartRecruiters({ apiKey: `key-${i}`, fetch: stub, logLevel: 'off' }));
  }
  for (const sr of clients) await sr.client.get('/jobs', { query: { limit: 1 } });
  const after = await heap();
  clients.length = 0;
  return after - before;
}

const all = await run(TENANTS);
const lru = await run(1_000);
const baseline = await bare();
console.log(
  JSON.stringify({
    tenants: TENANTS,
    storedPerTenant: (all.stored - all.empty) / TENANTS,
    keptPerTenant: (all.kept - all.stored) / TENANTS,
    activePerTenant: (all.active - all.stored) / TENANTS,
    // Clients released by the caller: what the cache itself holds.
    cacheAllBytes: all.lru - all.stored,
    cacheLruBytes: lru.lru - lru.stored,
    lruSize: lru.size,
    bareActivePerClient: baseline / TENANTS,
    coldGetUs: all.getUs,
  }),
);
