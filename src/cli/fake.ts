/**
 * `fake`: the fake SmartRecruiters as a standalone server, for tests in any language and for
 * exploring with curl. Prints where it listens and its credentials on stdout (as environment
 * lines, or one JSON line with `--json`), everything else on stderr; stops on SIGINT or SIGTERM,
 * closing its port, with exit code 0.
 */
import { randomBytes } from 'node:crypto';
import { WEBHOOK_EVENT_NAMES } from 'smartrecruiters-sdk';
import type {
  CreateFakeSmartRecruitersOptions,
  FakeSmartRecruiters,
  FaultSpec,
} from 'smartrecruiters-sdk/testing';
import { CliError, EXIT } from './errors.js';

/** Options of `fake`. */
export interface FakeCommandOptions {
  port: number;
  host: string;
  seed: number;
  candidates?: number;
  jobs?: number;
  users?: number;
  limits: boolean;
  latency?: number;
  fault: string[];
  webhookTarget?: string;
  apiKey?: string;
  clientId: string;
  clientSecret?: string;
  json?: boolean;
}

const FAULT_KEYS = new Set([
  'route',
  'times',
  'status',
  'retryAfter',
  'drop',
  'delayMs',
  'rate',
  'when',
  'body',
  'headers',
]);

/** A `--fault` value: a JSON object of the fake's fault options (`FaultSpec`, the route as text). */
export function parseFault(text: string): FaultSpec {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CliError(
      `--fault: expected a JSON object such as '{"route":"GET /jobs","status":503,"times":2}'`,
      EXIT.usage,
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new CliError('--fault: expected a JSON object', EXIT.usage);
  }
  const spec = value as Record<string, unknown>;
  const unknown = Object.keys(spec).filter((key) => !FAULT_KEYS.has(key));
  if (unknown.length > 0) throw new CliError(`--fault: unknown field(s) ${unknown.join(', ')}`, EXIT.usage);
  const problems: string[] = [];
  const check = (key: string, ok: (v: unknown) => boolean, expected: string) => {
    if (spec[key] !== undefined && !ok(spec[key])) problems.push(`${key}: expected ${expected}`);
  };
  const int = (min: number, max: number) => (v: unknown) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
  check('route', (v) => typeof v === 'string' && v.length > 0, 'a route such as "GET /candidates" or "*"');
  check(
    'times',
    (v) => int(1, 1e9)(v) || (Array.isArray(v) && v.every((b) => typeof b === 'boolean')),
    'a count or an array of booleans',
  );
  check('status', int(100, 599), 'an HTTP status');
  check('retryAfter', (v) => int(0, 86_400)(v) || typeof v === 'string', 'seconds or an HTTP date');
  check('drop', (v) => typeof v === 'boolean', 'true or false');
  check('delayMs', int(0, 600_000), 'milliseconds');
  check('rate', (v) => typeof v === 'number' && v >= 0 && v <= 1, 'a number from 0 to 1');
  check('when', (v) => v === 'before' || v === 'after', '"before" or "after"');
  check(
    'headers',
    (v) => v !== null && typeof v === 'object' && Object.values(v).every((h) => typeof h === 'string'),
    'an object of strings',
  );
  if (spec.status === undefined && spec.drop !== true && spec.delayMs === undefined) {
    problems.push('give status, drop: true or delayMs');
  }
  if (problems.length > 0) throw new CliError(`--fault: ${problems.join('; ')}`, EXIT.usage);
  return spec as FaultSpec;
}

/** Subscribes the target to every event, activates it (the handshake) and creates its secret key. */
async function subscribe(fake: FakeSmartRecruiters, target: string) {
  const sr = fake.client({ rateLimit: false });
  const subscription = await sr.webhooks.create({ callback_url: target, events: [...WEBHOOK_EVENT_NAMES] });
  try {
    await sr.webhooks.activate(subscription.id);
  } catch (error) {
    process.stderr.write(
      `webhook target ${target} did not answer the activation handshake (${(error as Error).message}); the subscription ${subscription.id} stays inactive\n`,
    );
    return { subscriptionId: subscription.id, active: false, secret: undefined };
  }
  const secret = await sr.webhooks.createSecretKey(subscription.id);
  return { subscriptionId: subscription.id, active: true, secret };
}

/** Starts the fake and serves until SIGINT or SIGTERM; resolves with the exit code. */
export async function runFake(options: FakeCommandOptions): Promise<number> {
  const faults = options.fault.map(parseFault);
  const { createFakeSmartRecruiters } = await import('smartrecruiters-sdk/testing');
  const clientSecret = options.clientSecret ?? randomBytes(24).toString('base64url');
  const counts = {
    ...(options.candidates !== undefined ? { candidates: options.candidates } : {}),
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    ...(options.users !== undefined ? { users: options.users } : {}),
  };
  const fakeOptions: CreateFakeSmartRecruitersOptions = {
    host: options.host,
    port: options.port,
    seed: options.seed,
    counts,
    oauthClients: [{ clientId: options.clientId, clientSecret }],
    ...(options.apiKey !== undefined ? { apiKey: options.apiKey } : {}),
    ...(options.limits ? {} : { rateLimits: false }),
    ...(options.latency !== undefined ? { latencyMs: options.latency } : {}),
  };
  let fake: FakeSmartRecruiters;
  try {
    fake = await createFakeSmartRecruiters(fakeOptions);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new CliError(`cannot listen on ${options.host}:${options.port} (${code})`, EXIT.usage);
    }
    throw error;
  }
  for (const fault of faults) fake.faults.add(fault);
  const webhook = options.webhookTarget ? await subscribe(fake, options.webhookTarget) : undefined;

  const info = {
    url: fake.url,
    apiKey: fake.apiKey,
    oauth: { clientId: options.clientId, clientSecret, tokenUrl: `${fake.url}/identity/oauth/token` },
    ...(webhook ? { webhook } : {}),
  };
  if (options.json) process.stdout.write(`${JSON.stringify(info)}\n`);
  else {
    const lines = [
      `SMARTRECRUITERS_BASE_URL=${info.url}`,
      `SMARTRECRUITERS_API_KEY=${info.apiKey}`,
      `SMARTRECRUITERS_CLIENT_ID=${info.oauth.clientId}`,
      `SMARTRECRUITERS_CLIENT_SECRET=${info.oauth.clientSecret}`,
      ...(webhook ? [`SMARTRECRUITERS_WEBHOOK_SUBSCRIPTION_ID=${webhook.subscriptionId}`] : []),
      ...(webhook?.secret ? [`SMARTRECRUITERS_WEBHOOK_SECRET=${webhook.secret}`] : []),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  const seeded = fake.state;
  process.stderr.write(
    `Fake SmartRecruiters on ${fake.url} (seed ${options.seed}: ${seeded.jobs.size} jobs, ${seeded.candidates.size} candidates, ${seeded.users.size} users; rate limits ${options.limits ? 'on' : 'off'}${faults.length > 0 ? `; ${faults.length} fault(s)` : ''}). Ctrl-C stops it.\n`,
  );

  return new Promise<number>((resolveExit) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      process.stderr.write(`${signal}: stopping\n`);
      void fake.close().then(
        () => resolveExit(EXIT.ok),
        () => resolveExit(EXIT.internal),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
