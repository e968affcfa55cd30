/** An OAuth token as the SDK keeps it. Plain JSON: store it anywhere. */
export interface StoredToken {
  /** The bearer token sent as `Authorization: Bearer`. */
  access_token: string;
  /** `Bearer`. */
  token_type: string;
  /** Unix milliseconds when the access token was obtained. */
  issued_at?: number | undefined;
  /** Unix milliseconds when the access token expires. */
  expires_at: number;
  /** The refresh token, when SmartRecruiters issued one (it may rotate on each refresh). */
  refresh_token?: string | undefined;
  /** Space-separated scopes granted, when SmartRecruiters said. */
  scope?: string | undefined;
}

/**
 * Where OAuth tokens live between requests and processes: memory, Redis, a database row per
 * customer. Keys are per credential (see `OAuthOptions.tokenStoreKey`). All methods may be async.
 */
export interface TokenStore {
  get(key: string): Promise<StoredToken | undefined> | StoredToken | undefined;
  set(key: string, token: StoredToken): Promise<void> | void;
  delete(key: string): Promise<void> | void;
}

/** A `TokenStore` in process memory: the default. Tokens are lost when the process exits. */
export class MemoryTokenStore implements TokenStore {
  private readonly tokens = new Map<string, StoredToken>();

  get(key: string): StoredToken | undefined {
    const token = this.tokens.get(key);
    return token ? { ...token } : undefined;
  }

  set(key: string, token: StoredToken): void {
    this.tokens.set(key, { ...token });
  }

  delete(key: string): void {
    this.tokens.delete(key);
  }
}
