/**
 * Where `Connections` keeps each tenant's connection (how it connected, its customer-level
 * credential when it has one, whether it was lost) and the connect states already used. Tokens
 * are not here: they live in the `TokenStore`, under the tenant's key.
 */
import type { ConnectionLostReason } from './errors.js';

/**
 * How a tenant connected: SmartRecruiters' Authorization Code flow, client credentials or an API
 * key the customer created in the Credential Manager, or the General Partner Integration's
 * customer-level client credentials.
 */
export type ConnectionMethod = 'authorization_code' | 'client_credentials' | 'api_key' | 'partner';

/**
 * One tenant's connection, as stored. Plain JSON. It holds the customer's client secret or API
 * key for the methods that have one: keep the store as private as a password table (an
 * encrypting store of your own can wrap these fields).
 */
export interface ConnectionRecord {
  /** Format version: 1. */
  v: 1;
  /** Random id of this connection; connecting again gives a new one. */
  grantId: string;
  /** How the tenant connected: `authorization_code`, `client_credentials`, `api_key` or `partner`. */
  method: ConnectionMethod;
  /** When the tenant connected (ISO-8601). */
  connectedAt: string;
  /** Scopes the credential was seen to have at connect time, when known. */
  scopes?: string[] | undefined;
  /** Partner flow: the SmartRecruiters company id. */
  companyId?: string | undefined;
  /** `client_credentials` and `partner`: the customer-level client id. */
  clientId?: string | undefined;
  /** `client_credentials` and `partner`: the customer-level client secret. */
  clientSecret?: string | undefined;
  /** `api_key`: the API key. */
  apiKey?: string | undefined;
}

/** Why and when a connection was lost. */
export interface ConnectionLoss {
  /** Why it was lost (e.g. `grant_revoked`, `credentials_revoked`). */
  reason: ConnectionLostReason;
  /** ISO-8601. */
  at: string;
}

/** A stored connection and, once it was lost, the loss. */
export interface StoredConnection {
  /** The connection. */
  record: ConnectionRecord;
  /** Why and when it was lost; absent while it works. */
  lost?: ConnectionLoss | undefined;
}

/**
 * Storage of connections and used connect states: memory (`MemoryConnectionStore`, one process),
 * Redis (`RedisConnectionStore` from `smartrecruiters-sdk/redis`), or your database. All methods
 * may be async. Processes that share a store share their tenants.
 */
export interface ConnectionStore {
  /** The tenant's connection, or `undefined`. */
  get(tenantId: string): Promise<StoredConnection | undefined> | StoredConnection | undefined;
  /** Stores a new connection of the tenant, replacing the old one and its loss. */
  set(tenantId: string, record: ConnectionRecord): Promise<void> | void;
  /** Forgets the tenant's connection. */
  delete(tenantId: string): Promise<void> | void;
  /**
   * Records that connection `grantId` of the tenant was lost, atomically: `true` only for the
   * first call for that connection (so `onConnectionLost` runs once across processes), `false`
   * when it was already marked or the tenant has connected again since (another `grantId`). SQL:
   * `UPDATE ... SET lost = $3 WHERE tenant = $1 AND grant_id = $2 AND lost IS NULL`, then
   * "one row changed".
   */
  markLost(tenantId: string, grantId: string, loss: ConnectionLoss): Promise<boolean> | boolean;
  /**
   * Spends a connect state's nonce: `true` the first time, `false` ever after (a replay). The
   * nonce must be remembered until `expiresAt` (Unix ms), when the state expires anyway.
   */
  consumeState(nonce: string, expiresAt: number): Promise<boolean> | boolean;
}

/** Options of `MemoryConnectionStore`. */
export interface MemoryConnectionStoreOptions {
  /** Wall time, Unix ms (when used nonces may be forgotten). Default `Date.now`. */
  now?: (() => number) | undefined;
}

const SWEEP_MIN = 1024;

/**
 * A `ConnectionStore` in process memory: the default. Everything is lost when the process exits,
 * and other processes do not see it; use a shared store with several processes.
 */
export class MemoryConnectionStore implements ConnectionStore {
  private readonly connections = new Map<string, StoredConnection>();
  private readonly nonces = new Map<string, number>();
  private sweepAt = SWEEP_MIN;
  private readonly now: () => number;

  constructor(options: MemoryConnectionStoreOptions = {}) {
    this.now = options.now ?? Date.now;
  }

  get(tenantId: string): StoredConnection | undefined {
    const stored = this.connections.get(tenantId);
    return stored ? structuredClone(stored) : undefined;
  }

  set(tenantId: string, record: ConnectionRecord): void {
    this.connections.set(tenantId, { record: structuredClone(record) });
  }

  delete(tenantId: string): void {
    this.connections.delete(tenantId);
  }

  markLost(tenantId: string, grantId: string, loss: ConnectionLoss): boolean {
    const stored = this.connections.get(tenantId);
    if (!stored || stored.record.grantId !== grantId || stored.lost) return false;
    stored.lost = { ...loss };
    return true;
  }

  consumeState(nonce: string, expiresAt: number): boolean {
    const now = this.now();
    if (this.nonces.size >= this.sweepAt) {
      // Amortised O(1): expired nonces are dropped when the map has doubled since the last sweep.
      for (const [key, until] of this.nonces) if (until <= now) this.nonces.delete(key);
      this.sweepAt = Math.max(SWEEP_MIN, this.nonces.size * 2);
    }
    const until = this.nonces.get(nonce);
    if (until !== undefined && until > now) return false;
    this.nonces.set(nonce, expiresAt);
    return true;
  }
}
