/**
 * Options of the fake, with their defaults. Every UNCONFIRMED SmartRecruiters behaviour the fake
 * had to pick is switchable here.
 */
import type { AssessmentOptions } from './assessments.js';
import type { FakeApiKey, FakeOAuthClient } from './auth.js';
import type { FakeObserver } from './observe.js';
import type { RateLimitOptions } from './rate-limit.js';
import type { SeedCounts } from './seed.js';
import type { NewApplication, NewAttachment, NewCandidate, NewJob, NewUser } from './state.js';
import type { WebhookOptions } from './webhooks.js';

/** Records loaded after seeding (use `counts: { ... 0 }` to start from these alone). */
export interface FakeRecords {
  /** Users to add. */
  users?: NewUser[];
  /** Jobs to add. */
  jobs?: NewJob[];
  /** Candidates to add. */
  candidates?: NewCandidate[];
  /** Loaded after candidates and jobs, so they may reference them. */
  applications?: NewApplication[];
  /** Attachments to add, after candidates and applications. */
  attachments?: NewAttachment[];
}

/** What a `latencyMs` function receives. */
export interface LatencyRequest {
  /** The HTTP method, upper case. */
  method: string;
  /** The request path, without the fake's base path and the query string. */
  path: string;
  /** Route template, `null` for unknown routes. */
  route: string | null;
}

/** Options of `createFakeSmartRecruiters()` and `createFakeSmartRecruitersCore()`. */
export interface FakeSmartRecruitersOptions {
  /** The accepted `X-SmartToken`. Default: a random 32-character key (read it from `fake.apiKey`). */
  apiKey?: string;
  /**
   * More accepted API keys; each is a separate credential for rate limiting ("each distinct API
   * credential is an API user", https://developers.smartrecruiters.com/docs/rate-limiting). Strings
   * get labels `key2`, `key3`... Default none.
   */
  apiKeys?: ReadonlyArray<string | FakeApiKey>;
  /** OAuth clients the token endpoint accepts. Default none. */
  oauthClients?: readonly FakeOAuthClient[];
  /**
   * Default access-token lifetime (`expires_in`), seconds. Default 3600 (UNCONFIRMED,
   * https://developers.smartrecruiters.com/docs/authentication-oauth-client-credential).
   */
  tokenExpiresInSeconds?: number;
  /**
   * Refresh-token rotation: the refresh grant returns a new refresh token and the old one stops
   * working. Default true (UNCONFIRMED,
   * https://developers.smartrecruiters.com/docs/authentication-oauth-authorization-code). With
   * false the same refresh token is returned.
   */
  rotateRefreshTokens?: boolean;
  /**
   * A refresh token used a second time revokes its whole grant (RFC 6819 §5.2.2.3; SmartRecruiters
   * says only that refresh tokens are one-time use). Default true (UNCONFIRMED). With false the
   * reuse is refused and the grant lives on.
   */
  revokeGrantOnRefreshTokenReuse?: boolean;
  /**
   * Lifetime of an authorization code, seconds. Default `AUTHORIZATION_CODE_TTL_SECONDS` (60;
   * UNCONFIRMED, https://developers.smartrecruiters.com/docs/authentication-oauth-authorization-code).
   */
  authorizationCodeTtlSeconds?: number;
  /**
   * Include `scope` in token responses. Default true (UNCONFIRMED,
   * https://developers.smartrecruiters.com/docs/authentication-oauth-client-credential).
   */
  includeScopeInTokenResponse?: boolean;
  /**
   * Time each admitted request takes, ms. A number or a function of the request. Default
   * `DEFAULT_LATENCY_MS` (2 ms), so that parallel requests overlap as they would on SR and the
   * concurrency limits (8 in flight, 1 `GET /candidates`,
   * https://developers.smartrecruiters.com/docs/rate-limiting) fire for a client that does not pace
   * itself; a request holds its concurrency slot until its answer has been sent. `0` answers as
   * fast as possible (parallel requests may then not overlap).
   */
  latencyMs?: number | ((request: LatencyRequest) => number);
  /** Seed of the generated data; the same seed yields byte-identical state. Default 1. */
  seed?: number;
  /** How many records to generate. Defaults: `{ jobs: 12, candidates: 40, users: 12, accessGroups: 4 }`. */
  counts?: Partial<SeedCounts>;
  /** Instant the seeded dates count back from. Default `2026-01-01T00:00:00.000Z`. */
  seedEpoch?: string | number | Date;
  /**
   * Explicit records added after seeding. Default none. Fields left out are filled
   * deterministically: ids from the seeded generator, timestamps with the fake clock when `now` is
   * set, otherwise with `seedEpoch`, so the same seed and records give the same state.
   */
  records?: FakeRecords;
  /**
   * SR's rate and concurrency limits (https://developers.smartrecruiters.com/docs/rate-limiting);
   * `false` disables enforcement (headers still sent). Default SR's values.
   */
  rateLimits?: RateLimitOptions | false;
  /**
   * What `POST /candidates` and `POST /jobs/{jobId}/candidates` do when a candidate with the same
   * email and last name exists (UNCONFIRMED): `'merge'` (default) answers 201 with the existing
   * profile (adding the job's application and new tags), `'conflict'` answers 409
   * `CANDIDATE_DATA_CONFLICT` like `PATCH` does.
   */
  onDuplicateCandidate?: 'merge' | 'conflict';
  /** Largest attachment upload, bytes; larger uploads get 413 (UNCONFIRMED). Default 10 MiB. */
  maxAttachmentBytes?: number;
  /**
   * Fake time an ad hoc report file takes to generate, ms: a number, or a function of its rows
   * (the account's applications). The file is `PENDING` for the first quarter of it (at most 1 s),
   * then `RUNNING`, then `COMPLETED`. Default `DEFAULT_REPORT_GENERATION_MS`: 2 s plus 1 ms per
   * 10 rows (UNCONFIRMED: SR's help centre says reports "take only a few minutes to generate").
   */
  reportGenerationMs?: number | ((rows: number) => number);
  /**
   * Base clock, Unix ms, for timestamps, token and secret-key expiry. Default `Date.now`. Ids never
   * read the wall clock: the seconds embedded in 24-hex ids of users created at runtime are this
   * clock's when `now` is set, otherwise `seedEpoch` plus `advanceTime()`; UUIDs and webhook
   * `event-id`s come from the seeded generator.
   */
  now?: () => number;
  /** Webhook delivery options (retry schedule, timeouts, `event-version`, limits). */
  webhooks?: WebhookOptions;
  /** How the fake calls assessment partners (`fetch`, deadline, loopback http). */
  assessments?: AssessmentOptions;
  /**
   * Called with every request this fake answers and its answer (route, status, bodies): see
   * `FakeObserver`. `observeFakes()` registers one for every fake of the process. Default none
   * (nothing is copied when no observer is registered).
   */
  observe?: FakeObserver;
}

/** Default `latencyMs`: 2 ms. */
export const DEFAULT_LATENCY_MS = 2;
/** Default seed. */
export const DEFAULT_SEED = 1;
/** Default `reportGenerationMs`: 2 s plus 1 ms per 10 rows. */
export const DEFAULT_REPORT_GENERATION_MS = (rows: number): number => 2000 + Math.ceil(rows / 10);
/** Default attachment limit: 10 MiB. */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
