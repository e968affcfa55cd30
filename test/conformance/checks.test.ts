/**
 * The conformance checks themselves, on a small table built from a synthetic specification: the
 * route checker (TypeScript types against SR's operations), the scope checker, the exchange checker
 * (the fake's answers against SR's schemas, statuses and codes) and how exceptions match.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildTable } from '../../scripts/conformance/build-table.js';
import { ExchangeChecker } from '../../scripts/conformance/check-exchange.js';
import { Recorder, readRecords } from '../../scripts/conformance/record.js';
import { matches } from '../../scripts/conformance/report.js';
import { checkRoutes, readTypedRoutes } from '../../scripts/conformance/route-check.js';
import { checkScopes } from '../../scripts/conformance/scope-check.js';
import type { RouteDef } from '../../src/testing/context.js';
import type { FakeExchange } from '../../src/testing/observe.js';
import { idxOperation } from '../fixtures/conformance/manifest.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ 'application/json': { schema } });
const errorResponse = (description: string) => ({ description, content: json(ref('ErrorResponse')) });

const ks = {
  openapi: '3.0.2',
  paths: {
    '/things': {
      get: {
        operationId: 'Things_list',
        security: [{ key: [] }, { oauth: ['things_read'] }],
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
          { name: 'tag', in: 'query', explode: true, schema: { type: 'array', items: { type: 'string' } } },
          { name: 'kind', in: 'query', schema: { type: 'string', enum: ['A', 'B'] } },
          { name: 'since', in: 'query', required: true, schema: { type: 'string', format: 'date-time' } },
          {
            name: 'field',
            in: 'query',
            schema: {
              type: 'object',
              propertyNames: { pattern: '^field\\.[^\\s]+$' },
              additionalProperties: { type: 'string', pattern: '^[^\\s]+$' },
            },
          },
        ],
        responses: {
          '200': { description: 'ok', content: json(ref('ThingList')) },
          '400': errorResponse('with codes\n* **INVALID_PAGE_ID** when bad'),
        },
      },
    },
    '/things/{id}': {
      put: {
        operationId: 'Things_put',
        security: [{ key: [] }, { oauth: ['things_write'] }],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: { required: true, content: json(ref('ThingInput')) },
        responses: {
          '200': { description: 'ok', content: json(ref('Thing')) },
          '404': errorResponse('with code **THING_NOT_FOUND**'),
          '422': errorResponse('with codes\n* **NAME_TAKEN** when taken'),
        },
      },
    },
  },
  components: {
    schemas: {
      ErrorResponse: {
        type: 'object',
        required: ['message', 'errors'],
        properties: {
          message: { type: 'string' },
          errors: {
            type: 'array',
            items: {
              type: 'object',
              required: ['code'],
              properties: { code: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
      },
      Thing: {
        type: 'object',
        required: ['id', 'name'],
        properties: {
          id: { type: 'string', readOnly: true },
          name: { type: 'string' },
          colour: { type: 'string', enum: ['red', 'blue'] },
        },
      },
      ThingInput: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', maxLength: 5 },
          size: { type: 'integer' },
          colour: { type: 'string', enum: ['red', 'blue'] },
        },
      },
      ThingList: { type: 'object', properties: { content: { type: 'array', items: ref('Thing') } } },
    },
  },
};
const manifest = {
  operations: [
    idxOperation('things.all', 'GET', '/things-api/v1', '/things', 'All', 'things'),
    idxOperation('things.put', 'PUT', '/things-api/v1', '/things/{id}', 'Put', 'things'),
    idxOperation('other.get', 'GET', '', '/other/{otherId}', 'Other', 'other'),
  ],
};
const table = buildTable(ks as never, manifest, {
  Other: { query: [], bodyMode: 'json', bodyRequired: false },
});

describe('route checker', () => {
  const routes = readTypedRoutes(
    fileURLToPath(new URL('../fixtures/conformance/routes.ts', import.meta.url)),
  );
  const check = checkRoutes(table, routes);
  const found = check.findings.map((f) => `${f.operation} ${f.aspect} ${f.detail}: ${f.message}`);

  it('reads the routes through the prefixing mapped type, with params, query, body, response and @deprecated', () => {
    expect(routes.map((r) => r.key).sort()).toEqual([
      'GET /other/{otherId}',
      'GET /things-api/v1/things',
      'POST /unknown',
      'PUT /things-api/v1/things/{id}',
    ]);
    const list = routes.find((r) => r.key === 'GET /things-api/v1/things');
    expect(list?.deprecated).toBe(true);
    expect(list?.query?.kind).toBe('object');
    expect(routes.find((r) => r.key === 'PUT /things-api/v1/things/{id}')?.params).toEqual(['id']);
  });

  it('finds what differs from SR and nothing else', () => {
    expect(check.inTable).toHaveLength(3);
    expect(check.withSchemas).toHaveLength(2);
    expect(found.sort()).toEqual(
      [
        'GET /things-api/v1/things deprecated *: marked @deprecated; SR does not deprecate it',
        'GET /things-api/v1/things query kind: takes several values; SR takes one',
        "GET /things-api/v1/things query nope: not a query parameter of SR's (limit, tag, kind, since, field)",
        'GET /things-api/v1/things query since: required by SR; not in the route type',
        'POST /unknown route *: no SmartRecruiters operation has this method and path',
        "PUT /things-api/v1/things/{id} body /colour: values green are not SR's (red, blue)",
        "PUT /things-api/v1/things/{id} body /extra: not a field of SR's schema (colour, name, size)",
        "PUT /things-api/v1/things/{id} response /missing: required by the SDK; not a field of SR's response (colour, id, name)",
      ].sort(),
    );
  });
});

describe('scope checker', () => {
  const route = (method: string, path: string, scopes: string[]): RouteDef => ({
    method,
    path,
    scopes,
    handler: () => ({ status: 204 }),
  });

  it("compares each route's scopes with SR's, both ways", () => {
    const check = checkScopes(table, [
      route('GET', '/things-api/v1/things', ['things_read']),
      route('PUT', '/things-api/v1/things/{id}', ['things_read', 'other_scope']),
      route('GET', '/other/{otherId}', ['x']),
    ]);
    expect(check.checked).toEqual(['GET /things-api/v1/things', 'PUT /things-api/v1/things/{id}']);
    expect(check.unchecked).toEqual([
      { operation: 'GET /other/{otherId}', reason: 'no schema in [KS]: SR publishes no scopes for it' },
    ]);
    expect(check.findings.map((f) => `${f.operation} ${f.detail}`).sort()).toEqual([
      'PUT /things-api/v1/things/{id} other_scope',
      'PUT /things-api/v1/things/{id} things_read',
      'PUT /things-api/v1/things/{id} things_write',
    ]);
  });
});

describe('exchange checker', () => {
  const checker = new ExchangeChecker(table);
  const encode = (value: unknown) =>
    new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
  const exchange = (x: {
    route: string;
    status: number;
    query?: Record<string, string[]>;
    body?: unknown;
    response?: unknown;
    sdk?: boolean;
    answeredBy?: FakeExchange['answeredBy'];
  }): FakeExchange => {
    const space = x.route.indexOf(' ');
    const headers = new Headers({ 'content-type': 'application/json' });
    if (x.sdk) headers.set('user-agent', 'smartrecruiters-sdk/1.0.0');
    return {
      method: x.route.slice(0, space),
      path: x.route.slice(space + 1),
      route: x.route,
      query: x.query ?? {},
      answeredBy: x.answeredBy ?? 'handler',
      status: x.status,
      request: { headers, body: x.body === undefined ? new Uint8Array() : encode(x.body) },
      response: {
        headers: x.response === undefined ? {} : { 'content-type': 'application/json' },
        body: x.response === undefined ? new Uint8Array() : encode(x.response),
      },
    };
  };
  const findings = async (x: Parameters<typeof exchange>[0]) =>
    (await checker.check(exchange(x))).findings.map((f) => `${f.kind} ${f.detail}`);
  const list = 'GET /things-api/v1/things';
  const put = 'PUT /things-api/v1/things/{id}';
  const since = { since: ['2026-01-01T00:00:00Z'] };

  it('passes an answer that is SR-shaped', async () => {
    const result = await checker.check(
      exchange({ route: list, status: 200, query: since, response: { content: [{ id: '1', name: 'a' }] } }),
    );
    expect(result).toMatchObject({ operation: list, responseValidated: true, findings: [] });
  });

  it('finds response bodies that fail the schema, and fields SR does not define', async () => {
    expect(
      await findings({
        route: list,
        status: 200,
        query: since,
        response: { content: [{ id: '1', colour: 'green', x: 1 }] },
      }),
    ).toEqual([
      'response /content/*/name required',
      'response /content/*/colour enum',
      'response-field /content/*/x',
    ]);
  });

  it('finds request bodies the fake accepted that fail the schema (read-only fields not required)', async () => {
    expect(
      await findings({ route: put, status: 200, body: { size: 'big' }, response: { id: '1', name: 'a' } }),
    ).toEqual(['request /name required', 'request /size type']);
    expect(
      await findings({ route: put, status: 200, body: { name: 'a' }, response: { id: '1', name: 'a' } }),
    ).toEqual([]);
  });

  it('accepts any code for a request SR refuses too, and SR codes only for one it accepts', async () => {
    const refused = (code: string) => ({ message: 'no', errors: [{ code }] });
    expect(
      await findings({
        route: put,
        status: 400,
        body: { name: 'too long name' },
        response: refused('VALIDATION'),
      }),
    ).toEqual([]);
    expect(
      await findings({ route: put, status: 422, body: { name: 'ok' }, response: refused('NAME_TAKEN') }),
    ).toEqual([]);
    expect(
      await findings({ route: put, status: 422, body: { name: 'ok' }, response: refused('OTHER') }),
    ).toEqual(['error OTHER']);
    expect(
      await findings({ route: put, status: 404, body: { name: 'ok' }, response: refused('NOT_FOUND') }),
    ).toEqual(['error NOT_FOUND']);
    expect(await findings({ route: put, status: 409, body: { name: 'ok' }, response: refused('X') })).toEqual(
      ['error 409'],
    );
  });

  it('finds undocumented success statuses; lets statuses of any operation pass', async () => {
    expect(
      await findings({ route: put, status: 201, body: { name: 'a' }, response: { id: '1', name: 'a' } }),
    ).toEqual(['status 201']);
    expect(
      await findings({
        route: put,
        status: 500,
        body: { name: 'a' },
        response: { message: 'x', errors: [] },
      }),
    ).toEqual([]);
  });

  it('checks queries: what the SDK sends must be SR’s, what the fake accepts must be valid', async () => {
    expect(
      await findings({ route: list, status: 200, query: { ...since, nope: ['1'] }, sdk: true, response: {} }),
    ).toEqual(['query nope']);
    expect(
      await findings({ route: list, status: 200, query: { ...since, nope: ['1'] }, response: {} }),
    ).toEqual([]);
    expect(
      await findings({ route: list, status: 200, query: { ...since, limit: ['500'] }, response: {} }),
    ).toEqual(['query limit']);
    expect(await findings({ route: list, status: 200, query: {}, response: {} })).toEqual(['query since']);
    // An object parameter sent exploded: each `field.{name}` key is one of its members.
    expect(
      await findings({
        route: list,
        status: 200,
        query: { ...since, 'field.team': ['a'] },
        sdk: true,
        response: {},
      }),
    ).toEqual([]);
    expect(
      await findings({ route: list, status: 200, query: { ...since, 'field.team': ['a b'] }, response: {} }),
    ).toEqual(['query field.team']);
    expect(
      await findings({
        route: list,
        status: 400,
        query: { ...since, limit: ['500'] },
        response: { message: 'x', errors: [{ code: 'BAD' }] },
      }),
    ).toEqual([]);
  });

  it('leaves answers not made by the route alone, and routes not in the table', async () => {
    expect(await findings({ route: put, status: 503, answeredBy: 'fault', response: { x: 1 } })).toEqual([]);
    expect((await checker.check(exchange({ route: 'GET /elsewhere', status: 200 }))).operation).toBeNull();
  });

  it('records aggregated counts and findings per process, and reads them back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conformance-'));
    try {
      const recorder = new Recorder(checker, dir, 'tests');
      recorder.where = 'test/x.test.ts';
      const bad = exchange({ route: list, status: 200, query: since, response: { content: [{ id: '1' }] } });
      recorder.observe(bad);
      recorder.observe(bad);
      recorder.observe(exchange({ route: list, status: 200, query: since, response: { content: [] } }));
      await recorder.flush();
      await recorder.flush(); // nothing new: nothing appended
      const lines = readRecords(dir);
      expect(lines.filter((l) => l.type === 'count')).toEqual([
        expect.objectContaining({ operation: list, status: 200, responseValidated: true, count: 3 }),
      ]);
      expect(lines.filter((l) => l.type === 'finding')).toEqual([
        expect.objectContaining({
          kind: 'response',
          detail: '/content/*/name required',
          count: 2,
          where: 'test/x.test.ts',
        }),
      ]);
      expect(readRecords(join(dir, 'missing'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('exceptions', () => {
  const exception = { kind: 'error' as const, operation: 'GET /x', detail: 'error 404', reason: 'r' };

  it('match the same kind and operation, and details they name or prefix at a word', () => {
    expect(matches(exception, { kind: 'error', operation: 'GET /x', detail: 'error 404' })).toBe(true);
    expect(matches(exception, { kind: 'error', operation: 'GET /x', detail: 'error 404 NOT_FOUND' })).toBe(
      true,
    );
    expect(matches(exception, { kind: 'error', operation: 'GET /x', detail: 'error 4045' })).toBe(false);
    expect(matches(exception, { kind: 'error', operation: 'GET /y', detail: 'error 404' })).toBe(false);
    expect(matches(exception, { kind: 'response', operation: 'GET /x', detail: 'error 404' })).toBe(false);
    expect(
      matches(
        { ...exception, operation: '*', detail: '*' },
        { kind: 'error', operation: 'GET /z', detail: 'a' },
      ),
    ).toBe(true);
    expect(
      matches(
        { ...exception, kind: 'route', detail: 'body /file' },
        { kind: 'route', operation: 'GET /x', detail: 'body /file/name' },
      ),
    ).toBe(true);
  });
});
