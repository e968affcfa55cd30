/**
 * A serverless function serving many customers: a Fetch-API handler, as Vercel, Cloudflare Workers
 * (with a Redis they can reach over TCP) or AWS Lambda behind a Request/Response adapter run it.
 * Each request creates a client for its customer (cheap: tens of microseconds); the rate limiter
 * and the token store live in module scope and share each customer's limits and OAuth token with
 * every other instance of the function through Redis.
 *
 *   npx tsx examples/serverless-handler.ts
 *
 * Locally it starts the fake SmartRecruiters with two customers' OAuth clients and a Redis
 * (REDIS_URL, else a redis-server on 127.0.0.1), runs two instances of the function, calls them
 * 40 times for each customer, and prints what the fake server counted.
 */
import { Redis } from 'ioredis';
import { SmartRecruiters } from 'smartrecruiters-sdk';
import { createRedisRateLimiter, type RedisRateLimiter, RedisTokenStore } from 'smartrecruiters-sdk/redis';
import { createFakeSmartRecruiters } from 'smartrecruiters-sdk/testing';
import { redisForTests } from '../test/helpers/redis-server.js';

/** A customer's SmartRecruiters connection, as your database keeps it. */
interface Customer {
  clientId: string;
  clientSecret: string;
  /** Only needed for the fake server; SmartRecruiters' own host is the default. */
  baseUrl?: string;
}

/** What one instance of the function keeps between invocations (module scope in a deployment). */
interface Instance {
  rateLimit: RedisRateLimiter;
  tokenStore: RedisTokenStore;
  customers: (id: string) => Promise<Customer | undefined>;
}

/**
 * The function. In a deployment, module scope creates the instance once:
 *
 * ```ts
 * const { REDIS_URL } = process.env; // string | undefined: check it, ioredis takes a string
 * if (!REDIS_URL) throw new Error('REDIS_URL is not set');
 * const redis = new Redis(REDIS_URL);
 * const instance = { rateLimit: createRedisRateLimiter({ redis }), tokenStore: new RedisTokenStore({ redis }), customers };
 * export default { fetch: (request: Request) => handle(instance, request) };
 * ```
 */
export async function handle(instance: Instance, request: Request): Promise<Response> {
  const id = new URL(request.url).searchParams.get('customer') ?? '';
  const customer = await instance.customers(id);
  if (!customer) return Response.json({ error: 'unknown customer' }, { status: 404 });
  // A client per request: its limits and token are the customer's, shared through Redis.
  const sr = new SmartRecruiters({
    baseUrl: customer.baseUrl,
    oauth: {
      clientId: customer.clientId,
      clientSecret: customer.clientSecret,
      tokenStore: instance.tokenStore,
      tokenStoreKey: `customer:${id}`,
    },
    rateLimit: instance.rateLimit,
    logLevel: 'warn',
  });
  const page = await sr.jobs.list({ status: 'open', limit: 3 });
  return Response.json({ customer: id, jobs: page.result.map((job) => job.name) });
}

// --- Running it locally ---------------------------------------------------------------------

const fake = await createFakeSmartRecruiters({
  seed: 42,
  oauthClients: [
    { clientId: 'acme', clientSecret: 'acme-secret' },
    { clientId: 'globex', clientSecret: 'globex-secret' },
  ],
});
const server = await redisForTests();
const customers: Record<string, Customer> = {
  acme: { clientId: 'acme', clientSecret: 'acme-secret', baseUrl: fake.url },
  globex: { clientId: 'globex', clientSecret: 'globex-secret', baseUrl: fake.url },
};
// Two instances of the function, as a platform runs them side by side: their own connections.
const instances = [1, 2].map(() => {
  const redis = new Redis(server.url);
  return {
    redis,
    rateLimit: createRedisRateLimiter({ redis, prefix: 'example:rl:' }),
    tokenStore: new RedisTokenStore({ redis, prefix: 'example:' }),
    customers: async (id: string) => customers[id],
  };
});
try {
  const calls = ['acme', 'globex'].flatMap((customer) =>
    Array.from({ length: 40 }, (_, i) =>
      handle(
        instances[i % 2] as Instance,
        new Request(`https://functions.example/jobs?customer=${customer}`),
      ).then((response) => response.json() as Promise<{ customer: string; jobs: string[] }>),
    ),
  );
  const started = performance.now();
  const answers = await Promise.all(calls);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${answers.length} invocations in ${seconds.toFixed(1)} s; first: ${JSON.stringify(answers[0])}`,
  );
  for (const id of ['acme', 'globex']) {
    const credential = `oauth:${id}`;
    console.log(
      `${id}: ${fake.requests.all({ credential }).length} API requests, at most ${fake.requests.maxRequestsInWindow(1000, { credential })} in any second, 429 answers: ${fake.requests.all({ credential, admitted: false }).length}`,
    );
  }
  // One token per customer, for both instances: the first to need it fetched it, the other read it.
  console.log(`token requests: ${fake.requests.all({ route: 'POST /identity/oauth/token' }).length}`);
} finally {
  for (const instance of instances) {
    await instance.rateLimit.close();
    await instance.redis.quit();
  }
  await fake.close();
  await server.stop();
}
