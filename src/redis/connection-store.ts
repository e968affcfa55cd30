/**
 * Tenants' connections in Redis, shared by every process of a fleet: each tenant is one hash
 * (`record`: the connection's JSON, `lost`: the loss, once marked), and each used connect state a
 * key that expires with the state.
 */
import type { Redis } from 'ioredis';
import type {
  ConnectionLoss,
  ConnectionRecord,
  ConnectionStore,
  StoredConnection,
} from '../connect/store.js';
import { ValidationError } from '../core/errors.js';
import { withRedis } from './connection.js';

/** Options of `RedisConnectionStore`. */
export interface RedisConnectionStoreOptions {
  /**
   * An ioredis client (https://github.com/redis/ioredis). The store sends its commands on it and
   * never closes it.
   */
  redis: Redis;
  /**
   * Prefix of the store's keys: a tenant's connection is `<prefix>connection:<tenantId>`, a used
   * state `<prefix>state:<nonce>`. Default `smartrecruiters:`.
   */
  prefix?: string | undefined;
  /**
   * Longest wait for one Redis command, connecting included; past it the operation fails with
   * `RedisUnavailableError`. Default 2 000 ms.
   */
  commandTimeoutMs?: number | undefined;
}

// Marks the loss only while the record is still connection ARGV[1] and not yet lost: atomic, so
// one process of the fleet is the first.
const MARK_LOST_SCRIPT = `
local raw = redis.call('HGET', KEYS[1], 'record')
if not raw then return 0 end
local ok, record = pcall(cjson.decode, raw)
if not ok or type(record) ~= 'table' or record['grantId'] ~= ARGV[1] then return 0 end
return redis.call('HSETNX', KEYS[1], 'lost', ARGV[2])`;

const MIN_NONCE_TTL_MS = 3_600_000;

function isRecord(value: unknown): value is ConnectionRecord {
  const record = value as ConnectionRecord | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    record.v === 1 &&
    typeof record.grantId === 'string' &&
    typeof record.method === 'string' &&
    typeof record.connectedAt === 'string'
  );
}

function parse(raw: string | null | undefined): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/**
 * A `ConnectionStore` in Redis (`smartrecruiters-sdk/connect`'s `Connections`): every process that
 * uses the same Redis and prefix shares the tenants' connections, spends each connect state once,
 * and records a lost connection once (so `onConnectionLost` runs once across the fleet).
 *
 * ```ts
 * const connections = new Connections({
 *   store: new RedisConnectionStore({ redis }),
 *   tokenStore: new RedisTokenStore({ redis }),
 * });
 * ```
 *
 * The hash holds the customer's client secret or API key for those methods: protect the Redis
 * as you would a password table (ACLs, TLS, no public port).
 */
export class RedisConnectionStore implements ConnectionStore {
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly timeoutMs: number;

  constructor(options: RedisConnectionStoreOptions) {
    if (typeof options !== 'object' || options === null || typeof options.redis?.eval !== 'function') {
      throw new ValidationError('Invalid RedisConnectionStore options', [
        { path: ['redis'], message: 'must be an ioredis client' },
      ]);
    }
    if (options.prefix !== undefined && typeof options.prefix !== 'string') {
      throw new ValidationError('Invalid RedisConnectionStore options', [
        { path: ['prefix'], message: 'must be a string' },
      ]);
    }
    const timeout = options.commandTimeoutMs ?? 2_000;
    if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout < 1 || timeout > 2_147_483_647) {
      throw new ValidationError('Invalid RedisConnectionStore options', [
        { path: ['commandTimeoutMs'], message: 'must be a number from 1 to 2147483647' },
      ]);
    }
    this.redis = options.redis;
    this.prefix = options.prefix ?? 'smartrecruiters:';
    this.timeoutMs = timeout;
  }

  private run<T>(operation: string, command: () => Promise<T>): Promise<T> {
    return withRedis(this.redis, `connection store: ${operation}`, this.timeoutMs, command);
  }

  private key(tenantId: string): string {
    return `${this.prefix}connection:${tenantId}`;
  }

  /** The tenant's connection; a value that is not one reads as no connection. */
  async get(tenantId: string): Promise<StoredConnection | undefined> {
    const [raw, lost] = await this.run('get', () => this.redis.hmget(this.key(tenantId), 'record', 'lost'));
    const record = parse(raw);
    if (!isRecord(record)) return undefined;
    const loss = parse(lost) as ConnectionLoss | undefined;
    return loss && typeof loss.reason === 'string' ? { record, lost: loss } : { record };
  }

  /** Stores the tenant's new connection (and forgets the old one's loss), in one transaction. */
  async set(tenantId: string, record: ConnectionRecord): Promise<void> {
    const key = this.key(tenantId);
    await this.run('set', () =>
      this.redis.multi().del(key).hset(key, 'record', JSON.stringify(record)).exec(),
    );
  }

  async delete(tenantId: string): Promise<void> {
    await this.run('delete', () => this.redis.del(this.key(tenantId)));
  }

  /** `true` for the first process to mark connection `grantId` lost. */
  async markLost(tenantId: string, grantId: string, loss: ConnectionLoss): Promise<boolean> {
    const marked = await this.run('mark lost', () =>
      this.redis.eval(MARK_LOST_SCRIPT, 1, this.key(tenantId), grantId, JSON.stringify(loss)),
    );
    return marked === 1;
  }

  /**
   * `true` the first time `nonce` is spent; it is remembered until `expiresAt`, and at least an
   * hour (the longest state), whatever the skew between this host's clock and the signer's.
   */
  async consumeState(nonce: string, expiresAt: number): Promise<boolean> {
    const ttl = Math.max(MIN_NONCE_TTL_MS, Math.ceil(expiresAt - Date.now()));
    const set = await this.run('consume state', () =>
      this.redis.set(`${this.prefix}state:${nonce}`, '1', 'PX', ttl, 'NX'),
    );
    return set === 'OK';
  }
}
