/**
 * The SDK the commands run on: SmartRecruiters with the same credentials as the SDK reads
 * (SMARTRECRUITERS_API_KEY, or SMARTRECRUITERS_CLIENT_ID / _SECRET / _REFRESH_TOKEN;
 * SMARTRECRUITERS_BASE_URL), optionally shared limits and tokens through Redis, or the embedded
 * fake (`--fake`). Counts requests and rate-limit waits for the progress display.
 */
import type { ClientHooks, SmartRecruiters, SmartRecruitersOptions } from 'smartrecruiters-sdk';
import { CliError, EXIT } from './errors.js';

/** The global options every command takes. */
export interface GlobalOptions {
  fake?: boolean;
  fakeSeed?: number;
  fakeCandidates?: number;
  baseUrl?: string;
  redisUrl?: string;
  requestsPerSecond?: number;
  remoteData?: boolean;
}

/** Requests and waits seen, for progress. */
export class RequestStats {
  requests = 0;
  retries = 0;
  rateLimitWaits = 0;
  rateLimitWaitMs = 0;
  /** Start times of recent requests (the last 10 s), for requests per second. */
  private readonly recent: number[] = [];

  readonly hooks: ClientHooks = {
    request: () => {
      this.requests++;
      const now = performance.now();
      this.recent.push(now);
      while (this.recent.length > 0 && (this.recent[0] as number) < now - 10_000) this.recent.shift();
    },
    retry: () => {
      this.retries++;
    },
    rateLimited: (info) => {
      this.rateLimitWaits++;
      this.rateLimitWaitMs += info.delayMs;
    },
  };

  /** Requests per second over the last few seconds (or since `since`, if later). */
  perSecond(since: number): number {
    const now = performance.now();
    const from = Math.max(now - 5_000, since);
    const count = this.recent.filter((t) => t >= from).length;
    const seconds = (now - from) / 1000;
    return seconds > 0.2 ? count / seconds : 0;
  }
}

/** A running SDK and what to close when the command ends. */
export interface CliClient {
  sr: SmartRecruiters;
  stats: RequestStats;
  close(): Promise<void>;
}

function env(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}

/** Creates the SDK for a command from the global options and the environment. */
export async function createCliClient(options: GlobalOptions): Promise<CliClient> {
  const stats = new RequestStats();
  const resource = { includeRemoteData: options.remoteData === true, hooks: stats.hooks };
  if (options.fake) {
    const { createFakeSmartRecruiters } = await import('smartrecruiters-sdk/testing');
    const fake = await createFakeSmartRecruiters({
      seed: options.fakeSeed ?? 1,
      ...(options.fakeCandidates !== undefined ? { counts: { candidates: options.fakeCandidates } } : {}),
    });
    const sr = fake.client(resource);
    return { sr, stats, close: () => fake.close() };
  }
  const { SmartRecruiters } = await import('smartrecruiters-sdk');
  const sdkOptions: SmartRecruitersOptions = {
    ...resource,
    ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
    ...(options.requestsPerSecond !== undefined
      ? { rateLimit: { requestsPerSecond: options.requestsPerSecond } }
      : {}),
  };
  const redisUrl = options.redisUrl ?? env('SMARTRECRUITERS_REDIS_URL');
  if (!redisUrl) return { sr: new SmartRecruiters(sdkOptions), stats, close: async () => {} };

  // Limits and OAuth tokens shared with every process on this Redis (smartrecruiters-sdk/redis).
  let Redis: typeof import('ioredis').Redis;
  try {
    ({ Redis } = await import('ioredis'));
  } catch {
    throw new CliError('--redis-url needs ioredis: npm install ioredis', EXIT.usage);
  }
  const { createRedisRateLimiter, RedisTokenStore } = await import('smartrecruiters-sdk/redis');
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  const rateLimit = createRedisRateLimiter({
    redis,
    ...(options.requestsPerSecond !== undefined ? { requestsPerSecond: options.requestsPerSecond } : {}),
  });
  const clientId = env('SMARTRECRUITERS_CLIENT_ID');
  const clientSecret = env('SMARTRECRUITERS_CLIENT_SECRET');
  const refreshToken = env('SMARTRECRUITERS_REFRESH_TOKEN');
  const useOAuth = !env('SMARTRECRUITERS_API_KEY') && clientId && clientSecret;
  const sr = new SmartRecruiters({
    ...sdkOptions,
    rateLimit,
    ...(useOAuth
      ? {
          oauth: {
            clientId,
            clientSecret,
            ...(refreshToken ? { refreshToken } : {}),
            tokenStore: new RedisTokenStore({ redis }),
          },
        }
      : {}),
  });
  return {
    sr,
    stats,
    close: async () => {
      await rateLimit.close();
      redis.disconnect();
    },
  };
}
