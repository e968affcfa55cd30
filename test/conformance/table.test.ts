/**
 * The conformance table and its generator: facts only (no prose), every [IDX] operation present
 * with its base path, [KS] operations matched by method and path, shared ones marked, error codes
 * extracted from SR's response descriptions, sources and commits recorded.
 */
import { describe, expect, it } from 'vitest';
import { buildTable, errorCodes, IDX, KS } from '../../scripts/conformance/build-table.js';
import { loadExceptions, loadTable, type Schema } from '../../scripts/conformance/table.js';
import { idxOperation } from '../fixtures/conformance/manifest.js';

const table = loadTable();

/** Every object key used as a schema keyword (not a property name), recursively. */
function schemaKeywords(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) schemaKeywords(item, out);
  else if (typeof schema === 'object' && schema !== null) {
    for (const [key, value] of Object.entries(schema)) {
      out.add(key);
      if (key === 'properties' && typeof value === 'object' && value !== null) {
        for (const prop of Object.values(value)) schemaKeywords(prop, out);
      } else schemaKeywords(value, out);
    }
  }
  return out;
}

/** Every `$ref` in a value. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refs(item, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') out.push(child);
      else refs(child, out);
    }
  }
  return out;
}

describe('the conformance table (docs/conformance/sr-api.json)', () => {
  it('records its sources and the commits they were read at', () => {
    expect(table.sources.ks).toEqual(KS);
    expect(table.sources.idx).toEqual(IDX);
    expect(table.sources.ks.commit).toBe('2d2b1f35dea9f56a07e6fa1f70697171b2676bb5');
    expect(table.sources.idx.commit).toBe('c985435e6d4f21b83cf5df28414f12584f164711');
  });

  it('has every one of the 312 [IDX] operations once, with its registry and base path', () => {
    expect(table.operations).toHaveLength(312);
    expect(new Set(table.operations.map((op) => op.id)).size).toBe(312);
    expect(new Set(table.operations.map((op) => op.key)).size).toBe(312);
    // 31 registries in [IDX]; one of them has no operation.
    expect(new Set(table.operations.map((op) => op.registry)).size).toBe(30);
    const byKey = new Map(table.operations.map((op) => [op.key, op]));
    expect(byKey.get('GET /interviews-api/v201904/interviews')).toMatchObject({
      registry: 'interviews',
      basePath: '/interviews-api/v201904',
      path: '/interviews',
      operationId: 'interviews.get-list',
      source: 'ks',
    });
    expect(byKey.get('GET /reviews-api/v201910/jobs/{jobId}/criteria')?.source).toBe('idx');
    expect(table.counts).toMatchObject({ operations: 312, noSchemaInKs: 90, sharedKsSchema: 20 });
  });

  it('marks operations sharing one [KS] operation (a merge artefact) and takes their parameters from [IDX]', () => {
    const offers = table.operations.find((op) => op.key === 'GET /offers');
    expect(offers).toMatchObject({ source: 'ks-shared', parametersFrom: 'idx-tools', deprecated: false });
    expect(offers?.sharedWith).toEqual(['partners-public-api:searchOffers']);
    expect(offers?.parameters.map((p) => p.name)).toEqual([
      'limit',
      'offset',
      'createdAfter',
      'createdBefore',
      'age',
      'status',
    ]);
    expect(table.operations.find((op) => op.key === 'GET /users')?.deprecated).toBe(true);
    expect(table.operations.find((op) => op.key === 'GET /user-api/v201804/users')?.deprecated).toBe(false);
  });

  it('holds the facts SR specifies: parameters, array style, bounds, scopes, statuses and codes', () => {
    const candidates = table.operations.find((op) => op.key === 'GET /candidates');
    const limit = candidates?.parameters.find((p) => p.name === 'limit');
    expect(limit?.schema).toEqual({ type: 'integer', minimum: 1, maximum: 100, default: 10 });
    expect(candidates?.parameters.find((p) => p.name === 'status')?.arrayStyle).toBe('repeat');
    expect(candidates?.security).toEqual({ apiKey: true, oauthScopes: ['candidates_read'] });
    const timeslot = table.operations.find(
      (op) => op.key === 'DELETE /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}',
    );
    expect(timeslot?.responses?.['409']?.codes).toEqual(['CANNOT_DELETE_LAST_TIMESLOT']);
    const jobs = table.operations.find((op) => op.key === 'GET /jobs');
    expect(jobs?.parameters.find((p) => p.name === 'statuses')).toMatchObject({
      from: 'idx-tools',
      arrayStyle: 'repeat',
    });
  });

  it('copies no prose: only schema keywords, and every reference resolves', () => {
    const allowed = new Set([
      ...['type', 'format', 'enum', 'const', 'default', 'required', 'nullable', 'readOnly', 'writeOnly'],
      ...['deprecated', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
      ...['minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'uniqueItems', 'minProperties'],
      ...['maxProperties', 'properties', 'items', 'additionalProperties', 'not', 'propertyNames'],
      ...['allOf', 'oneOf', 'anyOf', 'discriminator', 'propertyName', 'mapping', '$ref'],
    ]);
    const schemas: Schema[] = [
      ...Object.values(table.schemas),
      ...table.operations.flatMap((op) => [
        ...op.parameters.map((p) => p.schema),
        ...Object.values(op.requestBody?.content ?? {}),
        ...Object.values(op.responses ?? {}).flatMap((r) => Object.values(r.content ?? {})),
      ]),
    ];
    const keywords = new Set<string>();
    for (const schema of schemas) schemaKeywords(schema, keywords);
    expect([...keywords].filter((k) => !allowed.has(k))).toEqual([]);
    const prose = JSON.stringify([table.operations, table.schemas]).match(
      /"(description|summary|example|examples|title)":\s*"[^"]*"/g,
    );
    expect(prose).toBeNull();
    const missing = refs(table).filter((ref) => !(ref.replace('#/schemas/', '') in table.schemas));
    expect(missing).toEqual([]);
  });

  it('has an exceptions file whose every entry gives a reason', () => {
    for (const e of loadExceptions().exceptions) {
      expect(e.reason.length, `${e.kind} ${e.operation} ${e.detail}`).toBeGreaterThan(20);
      expect(['route', 'response', 'request', 'scope', 'error', 'source']).toContain(e.kind);
    }
  });
});

describe('errorCodes()', () => {
  it("reads SR's codes, written bold, italic, quoted or after 'code'", () => {
    expect(errorCodes('with codes\n* **INVALID_PAGE_ID** when pageId is not a correct value\n')).toEqual([
      'INVALID_PAGE_ID',
    ]);
    expect(errorCodes("with code **'APPLICATION_NOT_FOUND'**")).toEqual(['APPLICATION_NOT_FOUND']);
    expect(
      errorCodes('With codes:\n* *JOB_PROPERTY_LIMIT_EXCEEDED* when..., * *DEFINITION_NAME_IS_NOT_ALLOWED*'),
    ).toEqual(['DEFINITION_NAME_IS_NOT_ALLOWED', 'JOB_PROPERTY_LIMIT_EXCEEDED']);
    expect(errorCodes('with code FILE_NOT_FOUND when file does not exist')).toEqual(['FILE_NOT_FOUND']);
  });

  it('ignores upper-case words that are not codes', () => {
    expect(
      errorCodes('With code **CANDIDATE_PROPERTY_NOT_SINGLE_SELECT** when type is not SINGLE_SELECT'),
    ).toEqual(['CANDIDATE_PROPERTY_NOT_SINGLE_SELECT']);
    expect(errorCodes('Candidate not found. **not** allowed. ID of a JOB.')).toEqual([]);
  });
});

describe('buildTable()', () => {
  const ks = {
    openapi: '3.0.2',
    paths: {
      '/things': {
        get: {
          operationId: 'Things_list',
          summary: 'List things',
          security: [{ key: [] }, { oauth: ['things_read'] }],
          parameters: [
            {
              name: 'limit',
              in: 'query',
              description: 'how many',
              schema: { type: 'integer', maximum: 100 },
            },
            { name: 'tag', in: 'query', explode: true, schema: { type: 'array', items: { type: 'string' } } },
            {
              name: 'ids',
              in: 'query',
              explode: false,
              schema: { type: 'array', items: { type: 'string' } },
            },
          ],
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json;charset=UTF-8': { schema: { $ref: '#/components/schemas/Things' } },
              },
            },
            '400': { $ref: '#/components/responses/Bad' },
          },
        },
      },
      '/things/{id}': {
        parameters: [{ $ref: '#/components/parameters/thingId' }],
        put: {
          operationId: 'Things_put',
          deprecated: true,
          requestBody: { $ref: '#/components/requestBodies/ThingBody' },
          responses: { '204': { description: 'done' } },
        },
      },
      '/shared': {
        get: { operationId: 'Shared_get', deprecated: true, responses: { '200': { description: 'ok' } } },
      },
    },
    components: {
      parameters: { thingId: { name: 'id', in: 'path', required: true, schema: { type: 'string' } } },
      requestBodies: {
        ThingBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
        },
      },
      responses: { Bad: { description: 'with codes\n* **BAD_THING** when bad' } },
      schemas: {
        Things: {
          type: 'object',
          properties: { content: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } },
        },
        Thing: {
          type: 'object',
          description: 'A thing.',
          example: { name: 'x' },
          required: ['name'],
          properties: {
            name: { type: 'string', maxLength: 10, description: 'its name', title: 'Name' },
            description: { type: 'string', nullable: true },
          },
        },
        Unused: { type: 'string' },
      },
    },
  };
  const manifest = {
    operations: [
      idxOperation('things.all', 'GET', '/things-api/v1', '/things', 'ThingsAll', 'things'),
      idxOperation('things.put', 'PUT', '/things-api/v1', '/things/{id}', 'ThingsPut', 'things'),
      idxOperation('shared.get', 'GET', '/new/v2', '/shared', 'SharedNew', 'new'),
      idxOperation('shared.get', 'GET', '', '/shared', 'SharedOld', 'new-deprecated'),
      idxOperation('other.get', 'GET', '', '/other/{otherId}', 'Other', 'other'),
    ],
  };
  const tools = {
    ThingsAll: {
      query: [
        ['limit', 'integer', false],
        ['since', 'string', false],
      ] as Array<[string, string, boolean]>,
      bodyMode: 'json',
      bodyRequired: false,
    },
    SharedNew: {
      query: [['pageId', 'string', false]] as Array<[string, string, boolean]>,
      bodyMode: 'json',
      bodyRequired: false,
    },
    SharedOld: {
      query: [['offset', 'integer', false]] as Array<[string, string, boolean]>,
      bodyMode: 'json',
      bodyRequired: false,
    },
    Other: {
      query: [['kind', 'array', true, 'string', ['A', 'B']]] as Array<
        [string, string, boolean, string, string[]]
      >,
      bodyMode: 'json',
      bodyRequired: false,
    },
  };
  const built = buildTable(ks as never, manifest, tools);
  const op = (key: string) => built.operations.find((o) => o.key === key);

  it('matches [KS] operations by method and path, under the [IDX] base path', () => {
    expect(op('GET /things-api/v1/things')).toMatchObject({
      id: 'things:things.all',
      source: 'ks',
      ksOperationId: 'Things_list',
      security: { apiKey: true, oauthScopes: ['things_read'] },
      responses: {
        '200': { content: { 'application/json': { $ref: '#/schemas/Things' } } },
        '400': { codes: ['BAD_THING'] },
      },
    });
    expect(op('PUT /things-api/v1/things/{id}')).toMatchObject({
      deprecated: true,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      requestBody: { required: true, content: { 'application/json': { $ref: '#/schemas/Thing' } } },
    });
  });

  it('records array styles and parameters [KS] lacks, from the tool files', () => {
    const params = op('GET /things-api/v1/things')?.parameters ?? [];
    expect(params.find((p) => p.name === 'tag')?.arrayStyle).toBe('repeat');
    expect(params.find((p) => p.name === 'ids')?.arrayStyle).toBe('comma');
    expect(params.find((p) => p.name === 'since')).toMatchObject({
      from: 'idx-tools',
      schema: { type: 'string' },
    });
    expect(op('GET /other/{otherId}')).toMatchObject({
      source: 'idx',
      parametersFrom: 'idx-tools',
      parameters: [
        { name: 'otherId', in: 'path', required: true },
        {
          name: 'kind',
          in: 'query',
          required: true,
          arrayStyle: 'repeat',
          schema: { type: 'array', items: { type: 'string', enum: ['A', 'B'] } },
        },
      ],
    });
    expect(op('GET /other/{otherId}')?.responses).toBeUndefined();
  });

  it('shares a [KS] operation two registries collide on, deprecated only in the deprecated registry', () => {
    expect(op('GET /new/v2/shared')).toMatchObject({
      source: 'ks-shared',
      deprecated: false,
      sharedWith: ['new-deprecated:shared.get'],
    });
    expect(op('GET /shared')).toMatchObject({
      source: 'ks-shared',
      deprecated: true,
      sharedWith: ['new:shared.get'],
    });
    expect(op('GET /new/v2/shared')?.parameters.map((p) => p.name)).toEqual(['pageId']);
  });

  it('keeps facts and drops prose; keeps only the schemas it references', () => {
    expect(built.schemas.Thing).toEqual({
      type: 'object',
      required: ['name'],
      properties: {
        description: { type: 'string', nullable: true },
        name: { type: 'string', maxLength: 10 },
      },
    });
    expect(Object.keys(built.schemas)).toEqual(['Thing', 'Things']);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildTable(ks as never, manifest, tools))).toBe(JSON.stringify(built));
  });
});
