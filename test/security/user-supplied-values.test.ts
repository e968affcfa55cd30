/**
 * Values from code the SDK does not own (a token store, a logger, hooks, options built at run
 * time) are checked or guarded like values from the network: a bad one is a typed error before
 * anything is sent, and a throwing logger or hook never changes a request's outcome. Loopback only.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConnectionError,
  type Logger,
  SmartRecruiters,
  SmartRecruitersClient,
  type StoredToken,
  TokenStoreError,
  ValidationError,
} from '../../src/index.js';
import { uniqueKey } from '../helpers/msw.js';
import { failure, hostile, json, printed } from './hostile.js';

/** A token store that always returns `value` (whatever it is) and records writes. */
function storeReturning(value: unknown) {
  return {
    writes: 0,
    get: () => value as StoredToken,
    set() {
      this.writes++;
    },
    delete: () => undefined,
  };
}

function oauthClient(origin: string, tokenStore: unknown) {
  return new SmartRecruitersClient({
    baseUrl: origin,
    oauth: { clientId: 'c', clientSecret: 's', tokenStore: tokenStore as never },
    logLevel: 'off',
    rateLimit: false,
  });
}

const fresh = (access_token: unknown) => ({
  access_token,
  token_type: 'Bearer',
  issued_at: Date.now(),
  expires_at: Date.now() + 3_600_000,
});

describe('tokens from a custom TokenStore are checked', () => {
  it.each([
    ['CR LF', 'secret-token\r\nX-Injected: 1'],
    ['NUL', 'secret-token\u0000'],
    ['a space', 'secret-token other'],
  ])(
    'an access token with %s is a TokenStoreError: never sent, never in a cause, not retried',
    async (_n, t) => {
      const api = await hostile((_req, res) => json(res, 200, { content: [] }));
      const error = await failure(() => oauthClient(api.origin, storeReturning(fresh(t))).get('/jobs'));
      expect(error).toBeInstanceOf(TokenStoreError);
      expect(error).not.toBeInstanceOf(ConnectionError);
      expect(api.received).toEqual([]);
      expect(await printed(error)).not.toContain('secret-token');
    },
  );

  it.each([
    ['a number', fresh(5)],
    ['an object', fresh({ token: 'x' })],
    ['a string instead of a token', 'secret-token'],
    ['a token without expiry', { access_token: 'ok-token', token_type: 'Bearer' }],
    ['a refresh token that is not a string', { ...fresh('ok-token'), expires_at: 0, refresh_token: 5 }],
  ])('a stored value that is %s is a TokenStoreError, not a raw TypeError', async (_n, value) => {
    const api = await hostile((_req, res) => json(res, 200, { access_token: 'a', expires_in: 3600 }));
    const error = await failure(() => oauthClient(api.origin, storeReturning(value)).get('/jobs'));
    expect(error).toBeInstanceOf(TokenStoreError);
    expect(error).not.toBeInstanceOf(TypeError);
    expect(api.received.filter((r) => r.url === '/jobs')).toEqual([]);
  });

  it('a token endpoint answering expires_in 1e16 gives a token that expires within a year', async () => {
    const api = await hostile((req, res) =>
      req.url === '/identity/oauth/token'
        ? json(res, 200, { access_token: 'a-token', expires_in: 1e16 })
        : json(res, 200, { content: [] }),
    );
    const stored: StoredToken[] = [];
    const client = oauthClient(api.origin, {
      get: () => undefined,
      set: (_key: string, token: StoredToken) => void stored.push(token),
      delete: () => undefined,
    });
    await client.get('/jobs');
    const [token] = stored;
    expect(token?.expires_at).toBeLessThanOrEqual(Date.now() + 366 * 24 * 3_600_000);
    expect(token?.expires_at).toBeGreaterThan(Date.now() + 364 * 24 * 3_600_000);
  });
});

describe('bad configuration is a ValidationError before any request', () => {
  it.each([
    ['new SmartRecruitersClient(null)', () => new SmartRecruitersClient(null as never)],
    ['new SmartRecruiters(null)', () => new SmartRecruiters(null as never)],
    [
      'oauth.tokenStore: 5',
      () =>
        new SmartRecruitersClient({ oauth: { clientId: 'c', clientSecret: 's', tokenStore: 5 as never } }),
    ],
    [
      'oauth.tokenStore without set',
      () =>
        new SmartRecruitersClient({
          oauth: { clientId: 'c', clientSecret: 's', tokenStore: { get() {}, delete() {} } as never },
        }),
    ],
    [
      'oauth.onTokenRefreshed: 5',
      () =>
        new SmartRecruitersClient({
          oauth: { clientId: 'c', clientSecret: 's', onTokenRefreshed: 5 as never },
        }),
    ],
    ['hydrateConcurrency: NaN', () => new SmartRecruiters({ apiKey: 'k', hydrateConcurrency: Number.NaN })],
    ['hydrateConcurrency: 0', () => new SmartRecruiters({ apiKey: 'k', hydrateConcurrency: 0 })],
    ['hooks.request: 5', () => new SmartRecruitersClient({ apiKey: 'k', hooks: { request: 5 as never } })],
    ['logLevel: "toString"', () => new SmartRecruitersClient({ apiKey: 'k', logLevel: 'toString' as never })],
  ])('%s', (_name, make) => {
    expect(make).toThrow(ValidationError);
  });
});

describe('a logger or hook that throws never changes a request', () => {
  const throwing = (): Logger => ({
    debug: () => {
      throw new Error('log sink is down');
    },
    info: () => {
      throw new Error('log sink is down');
    },
    warn: () => {
      throw new Error('log sink is down');
    },
    error: () => {
      throw new Error('log sink is down');
    },
  });

  it('an executed POST resolves with its answer when logger.debug throws', async () => {
    const api = await hostile((_req, res) => json(res, 201, { id: 'c-1' }));
    const client = new SmartRecruitersClient({
      apiKey: uniqueKey(),
      baseUrl: api.origin,
      logger: throwing(),
      logLevel: 'debug',
      rateLimit: false,
    });
    expect(
      await client.post('/candidates', { body: { firstName: 'A', lastName: 'B', email: 'a@example.com' } }),
    ).toEqual({ id: 'c-1' });
    expect(api.received).toHaveLength(1);
  });

  it('a hook that throws or rejects is ignored (and a rejected promise is not left unhandled)', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const api = await hostile((_req, res) => json(res, 200, { ok: true }));
      const client = new SmartRecruitersClient({
        apiKey: uniqueKey(),
        baseUrl: api.origin,
        logger: throwing(),
        rateLimit: false,
        hooks: {
          request: () => {
            throw new Error('hook down');
          },
          response: (async () => {
            throw new Error('async hook down');
          }) as never,
        },
      });
      expect(await client.get('/jobs')).toEqual({ ok: true });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

describe('log levels are own keys', () => {
  const previous = process.env.SMARTRECRUITERS_LOG;
  afterEach(() => {
    if (previous === undefined) delete process.env.SMARTRECRUITERS_LOG;
    else process.env.SMARTRECRUITERS_LOG = previous;
  });

  it('SMARTRECRUITERS_LOG=toString does not disable logging: it warns and logs at warn', async () => {
    process.env.SMARTRECRUITERS_LOG = 'toString';
    const lines: string[] = [];
    const logger: Logger = {
      debug: () => lines.push('debug'),
      info: () => lines.push('info'),
      warn: (message) => lines.push(`warn ${message}`),
      error: () => lines.push('error'),
    };
    const api = await hostile((_req, res) => json(res, 200, { ok: true }));
    const client = new SmartRecruitersClient({
      apiKey: uniqueKey(),
      baseUrl: api.origin,
      logger,
      rateLimit: false,
      hooks: {
        request: () => {
          throw new Error('hook down');
        },
      },
    });
    await client.get('/jobs');
    expect(lines[0]).toMatch(/^warn .*SMARTRECRUITERS_LOG/);
    // Logging still works at the default level: the hook's failure is reported.
    expect(lines.some((line) => /request hook threw/.test(line))).toBe(true);
  });
});
