/**
 * Property-based checks (fast-check, fixed seeds): random ids, params, queries, bodies, options
 * and SmartRecruiters payloads into the public methods and mappers. Every outcome is a result or
 * a `SmartRecruitersError`; nothing hangs; every request stays under the route that was called.
 * A recording `fetch` stands in for the network.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SmartRecruiters,
  SmartRecruitersError,
  toSrCandidateInput,
  toSrJobInput,
  toSrJobPatch,
  toSrUserInput,
  toUnifiedApplication,
  toUnifiedAttachment,
  toUnifiedCandidate,
  toUnifiedGroup,
  toUnifiedJob,
  toUnifiedRole,
  toUnifiedUser,
  ValidationError,
} from '../../src/index.js';

const RUNS = { seed: 20_261_130, numRuns: 150 } as const;
const BASE = 'https://api.example.test';

/** An SDK whose fetch records each URL and answers `payload()` as JSON. */
function recordingSdk(payload: () => unknown = () => ({ content: [] })) {
  const urls: URL[] = [];
  const sr = new SmartRecruiters({
    apiKey: 'property-key',
    baseUrl: BASE,
    logLevel: 'off',
    rateLimit: false,
    maxRetries: 0,
    fetch: async (input) => {
      urls.push(new URL(input instanceof Request ? input.url : String(input)));
      return Response.json(payload());
    },
  });
  return { sr, urls };
}

/** Settles `call` within 2 s (a hang fails), and returns its error, if any. */
async function outcome(call: () => unknown): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('hung: no outcome within 2 s')), 2000);
  });
  try {
    await Promise.race([Promise.resolve().then(call), hang]);
    return undefined;
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('hung')) throw error;
    return error;
  } finally {
    clearTimeout(timer);
  }
}

function expectTyped(error: unknown) {
  if (error !== undefined && !(error instanceof SmartRecruitersError)) {
    throw new Error(
      `untyped failure: ${String((error as Error)?.name)}: ${String((error as Error)?.message)}`,
    );
  }
}

/** Ids: any string, including separators, dot segments, encodings and lone surrogates. */
const hostileId = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.constantFrom('..', '.', '../users', 'a/b', '?x=1', '#f', '%2e%2e', '%2F', ' ', '\uD800', 'a\r\nb'),
  fc.string({ maxLength: 12 }).map((s) => `${s}/../${s}`),
);

const queryValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 16 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  fc.constant(null),
  fc.constant(undefined),
  fc.object({ maxDepth: 1 }),
);

describe('property: the raw client', () => {
  it('a path parameter never leaves its segment', async () => {
    const { sr, urls } = recordingSdk();
    await fc.assert(
      fc.asyncProperty(hostileId, async (id) => {
        const before = urls.length;
        const error = await outcome(() => sr.client.get('/candidates/{id}/attachments', { params: { id } }));
        expectTyped(error);
        if (error) {
          expect(error).toBeInstanceOf(ValidationError);
          expect(urls.length).toBe(before);
          return;
        }
        const url = urls.at(-1)!;
        expect(url.origin).toBe(BASE);
        const segments = url.pathname.split('/');
        expect(segments).toHaveLength(4);
        expect(segments[1]).toBe('candidates');
        expect(decodeURIComponent(segments[2]!)).toBe(id);
        expect(segments[3]).toBe('attachments');
        expect(url.search).toBe('');
      }),
      RUNS,
    );
  });

  it('query names and values stay in the query', async () => {
    const { sr, urls } = recordingSdk();
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string({ unit: 'binary', maxLength: 10 }), queryValue, { maxKeys: 4 }),
        async (query) => {
          const before = urls.length;
          const error = await outcome(() => sr.client.get('/jobs', { query: query as never }));
          expectTyped(error);
          if (error) return void expect(urls.length).toBe(before);
          expect(urls.at(-1)!.origin).toBe(BASE);
          expect(urls.at(-1)!.pathname).toBe('/jobs');
        },
      ),
      RUNS,
    );
  });

  it('any body, options or request object gives a result or a typed error, on the route called', async () => {
    const { sr, urls } = recordingSdk();
    await fc.assert(
      fc.asyncProperty(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withTypedArray: true,
          withSparseArray: true,
        }),
        fc.anything({ maxDepth: 2 }),
        async (body, options) => {
          const before = urls.length;
          expectTyped(await outcome(() => sr.client.post('/candidates', { body: body as never })));
          expectTyped(await outcome(() => sr.client.get('/jobs', options as never)));
          expectTyped(await outcome(() => sr.client.request(options as never)));
          for (const url of urls.slice(before)) {
            expect(url.origin).toBe(BASE);
            expect(['/candidates', '/jobs']).toContain(url.pathname);
          }
        },
      ),
      { ...RUNS, numRuns: 100 },
    );
  });
});

describe('property: the unified resources', () => {
  it('random ids and list parameters give results or typed errors, under the resource’s routes', async () => {
    let payload: unknown = {};
    const { sr, urls } = recordingSdk(() => payload);
    const calls: Array<[RegExp, (arg: unknown) => unknown]> = [
      [/^\/candidates\/[^/]+$/, (id) => sr.candidates.get(id as string)],
      [/^\/jobs\/[^/]+$/, (id) => sr.jobs.get(id as string)],
      [/^\/user-api\/v201804\/users\/[^/]+$/, (id) => sr.users.get(id as string)],
      [/^\/candidates\/[^/]+\/jobs\/[^/]+(\/.*)?$/, (id) => sr.applications.get(id as string)],
      [/^\/candidates$/, (params) => sr.candidates.list(params as never)],
      [/^\/jobs$/, (params) => sr.jobs.list(params as never)],
      [/^\/user-api\/v201804\/users$/, (params) => sr.users.list(params as never)],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: calls.length - 1 }),
        fc.oneof(hostileId, fc.anything({ maxDepth: 2 })),
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.record({ content: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }) }),
        ),
        async (which, arg, body) => {
          payload = body;
          const [route, call] = calls[which]!;
          const before = urls.length;
          expectTyped(await outcome(() => call(arg)));
          for (const url of urls.slice(before)) {
            expect(url.origin).toBe(BASE);
            expect(url.pathname).toMatch(route);
          }
        },
      ),
      { ...RUNS, numRuns: 200 },
    );
  });
});

describe('property: the mappers', () => {
  const payloads = fc.oneof(
    fc.anything({ maxDepth: 3, withDate: true, withMap: true, withSet: true, withNullPrototype: true }),
    fc.jsonValue({ maxDepth: 4 }),
    fc.dictionary(
      fc.constantFrom(
        'id',
        'name',
        'firstName',
        'email',
        'status',
        'location',
        'job',
        'content',
        'createdOn',
        'actions',
      ),
      fc.jsonValue({ maxDepth: 2 }),
    ),
  );

  it('SR payloads of any shape map to a model (with warnings) or fail typed', () => {
    const mappers: Array<(raw: unknown) => unknown> = [
      (raw) => toUnifiedCandidate(raw),
      (raw) => toUnifiedJob(raw),
      (raw) => toUnifiedUser(raw),
      (raw) => toUnifiedRole(raw),
      (raw) => toUnifiedGroup(raw),
      (raw) => toUnifiedApplication(raw, { candidateId: 'c1', jobId: 'j1' }),
      (raw) => toUnifiedAttachment(raw, { candidateId: 'c1' }),
    ];
    fc.assert(
      fc.property(payloads, (raw) => {
        for (const map of mappers) {
          try {
            map(raw);
          } catch (error) {
            expectTyped(error);
          }
        }
      }),
      { ...RUNS, numRuns: 300 },
    );
  });

  it('write inputs of any shape become SR inputs or ValidationErrors', () => {
    const writers: Array<(input: unknown) => unknown> = [
      (input) => toSrCandidateInput(input as never),
      (input) => toSrJobInput(input as never),
      (input) => toSrJobPatch(input as never, {}),
      (input) => toSrUserInput(input as never),
    ];
    fc.assert(
      fc.property(fc.anything({ maxDepth: 2 }), (input) => {
        for (const write of writers) {
          try {
            write(input);
          } catch (error) {
            expectTyped(error);
          }
        }
      }),
      { ...RUNS, numRuns: 300 },
    );
  });
});
