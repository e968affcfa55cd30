/**
 * `smartrecruiters-sdk/redis`: SmartRecruiters' rate limits, OAuth tokens and tenants' connections
 * shared by every process of a fleet (workers, serverless functions) through Redis. Node only;
 * needs `ioredis` 5.
 *
 * @module smartrecruiters-sdk/redis
 */
export { RedisConnectionStore, type RedisConnectionStoreOptions } from './connection-store.js';
export { RedisUnavailableError, type RedisUnavailableReason } from './errors.js';
export {
  createRedisRateLimiter,
  type RedisRateLimiter,
  type RedisRateLimiterOptions,
} from './rate-limiter.js';
export { RedisTokenStore, type RedisTokenStoreOptions } from './token-store.js';
