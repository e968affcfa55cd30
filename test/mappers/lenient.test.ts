/**
 * The compiled check of SR records must say what zod says, and the lenient mapping built on it must
 * give the same record and the same warnings as zod's parse-and-remove loop. Documented SR records
 * are damaged at random places with random values, and both are compared.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { toUnifiedApplicationsFromCandidate } from '../../src/mappers/application.js';
import { toUnifiedCandidate } from '../../src/mappers/candidate.js';
import { parseLeniently, type WarningSink } from '../../src/mappers/shared.js';
import type { Checker } from '../../src/schemas/checks.js';
import {
  SrAccessGroupSchema,
  SrApplicationRecordSchema,
  SrAttachmentSchema,
  SrCandidateDetailsSchema,
  SrConsentDecisionsSchema,
  SrHiringProcessSchema,
  SrInterviewSchema,
  SrJobDetailsSchema,
  SrOfferPropertiesDefinitionSchema,
  SrOfferSchema,
  SrReasonSchema,
  SrReviewSchema,
  SrSourceSchema,
  SrSystemRoleSchema,
  SrUserSchema,
} from '../../src/schemas/index.js';
import {
  SrCandidatePropertiesSchema,
  SrScreeningAnswersSchema,
  SrStatusHistorySchema,
} from '../../src/schemas/sr/application.js';
import { SrDepartmentSchema, SrHiringTeamSchema } from '../../src/schemas/sr/job.js';
import type { Warning } from '../../src/schemas/unified/common.js';
import { describeIssue } from '../../src/schemas/unified/parse-input.js';
import { compiledOf } from '../helpers/compiled.js';
import { fixture as loadSrFixture } from '../helpers/fixtures.js';

type Json = unknown;
const first = (name: string): Json => {
  const body = loadSrFixture(name) as { content?: unknown[] } | unknown[];
  if (Array.isArray(body)) return body[0];
  return (body as { content?: unknown[] }).content?.[0] ?? body;
};
const list = (name: string): Json => (loadSrFixture(name) as { content: unknown[] }).content;

const zodCases: Array<[string, z.ZodMiniType, Json]> = [
  ['candidate details', SrCandidateDetailsSchema, loadSrFixture('candidate-details')],
  ['candidate list item', SrCandidateDetailsSchema, loadSrFixture('candidate-list-item')],
  ['job details', SrJobDetailsSchema, loadSrFixture('job-details')],
  ['job summary', SrJobDetailsSchema, loadSrFixture('job-summary')],
  ['user', SrUserSchema, loadSrFixture('user')],
  ['application', SrApplicationRecordSchema, loadSrFixture('application')],
  ['interview', SrInterviewSchema, loadSrFixture('interview')],
  ['offer', SrOfferSchema, first('offers')],
  ['attachment', SrAttachmentSchema, first('attachments')],
  ['review', SrReviewSchema, first('reviews')],
  ['department', SrDepartmentSchema, first('departments')],
  ['hiring process', SrHiringProcessSchema, first('hiring-processes')],
  ['source', SrSourceSchema, first('source-values')],
  ['rejection reason', SrReasonSchema, first('rejection-reasons')],
  ['system role', SrSystemRoleSchema, first('system-roles')],
  ['access group', SrAccessGroupSchema, first('access-groups')],
  ['consents', SrConsentDecisionsSchema, loadSrFixture('consents')],
  ['offer properties', SrOfferPropertiesDefinitionSchema, loadSrFixture('offer-properties')],
  ['hiring team', SrHiringTeamSchema, list('hiring-team')],
  ['candidate properties', SrCandidatePropertiesSchema, list('candidate-properties')],
  ['screening answers', SrScreeningAnswersSchema, list('screening-answers')],
  ['status history', SrStatusHistorySchema, list('status-history')],
];

/** Each case with the compiled check of its schema. */
const cases = zodCases.map(([name, schema, record]): [string, z.ZodMiniType, Checker, Json] => [
  name,
  schema,
  compiledOf(schema),
  record,
]);

/** Every path in a JSON value (the root included). */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) out.push(...paths(item, [...at, i]));
  } else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...at, key]));
  return out;
}

const DELETE = Symbol('delete');
const replacement = fc.oneof(
  fc.constant<unknown>(DELETE),
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 4 }),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
  fc.dictionary(
    fc.constantFrom('id', 'label', 'url', 'x'),
    fc.oneof(fc.string({ maxLength: 3 }), fc.integer()),
    {
      maxKeys: 2,
    },
  ),
);

function damage(record: Json, edits: Array<[number, unknown]>): Json {
  let copy = structuredClone(record);
  for (const [pick, value] of edits) {
    const all = paths(copy);
    const path = all[pick % all.length] as (string | number)[];
    if (path.length === 0) {
      if (value !== DELETE) copy = value;
      continue;
    }
    let parent = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    if (value === DELETE) {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
    } else {
      parent[last] = value;
    }
  }
  return copy;
}

/** zod's own loop, as the lenient mappers ran before the fast check: the reference. */
function referenceLenient(schema: z.ZodMiniType, raw: unknown, sink: WarningSink, empty: unknown): unknown {
  const getAt = (root: unknown, path: (string | number)[]) =>
    path.reduce<unknown>(
      (node, key) => (typeof node === 'object' && node !== null ? (node as never)[key] : undefined),
      root,
    );
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  const REMOVED = Symbol('removed');
  let data: unknown = raw;
  let copied = false;
  const reported = new Set<string>();
  let replacedRoot = false;
  for (let round = 0; round < 8; round++) {
    const result = z.safeParse(schema, data, { error: describeIssue });
    if (result.success) return result.data;
    if (!copied) {
      data = structuredClone(data);
      copied = true;
    }
    const removals: (string | number)[][] = [];
    for (const issue of result.error.issues) {
      const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
      const report = (message: string) => {
        const key = JSON.stringify(path);
        if (replacedRoot || reported.has(key)) return;
        reported.add(key);
        sink.add('invalid_field', message, path);
      };
      if (path.length === 0) {
        sink.add('invalid_record', issue.message, []);
        data = structuredClone(empty);
        replacedRoot = true;
        removals.length = 0;
        break;
      }
      const shape = (schema as unknown as { shape?: Record<string, { _zod: { optin?: string } }> }).shape;
      const field = shape?.[path[0] as string];
      if (path.length === 1 && isRecord(data) && field !== undefined && field._zod.optin !== 'optional') {
        const original = getAt(raw, path);
        const standIn = typeof original === 'number' && Number.isFinite(original) ? String(original) : '';
        report(`${issue.message}; used ${JSON.stringify(standIn)}`);
        data[path[0] as string] = standIn;
        continue;
      }
      report(`${issue.message}; mapped as missing`);
      // (An undefined array element goes itself: the loop once tried to drop its array's parent.)
      const missing = getAt(data, path) === undefined && typeof path[path.length - 1] !== 'number';
      removals.push(missing ? path.slice(0, -1) : path);
    }
    const arrays = new Set<unknown[]>();
    for (const path of removals) {
      const parent = getAt(data, path.slice(0, -1));
      const last = path[path.length - 1] as string | number;
      if (Array.isArray(parent)) {
        parent[last as number] = REMOVED;
        arrays.add(parent);
      } else if (isRecord(parent)) delete parent[last as string];
    }
    for (const array of arrays)
      for (let i = array.length - 1; i >= 0; i--) if (array[i] === REMOVED) array.splice(i, 1);
  }
  return data;
}

const collector = () => {
  const warnings: Array<[string, string, unknown[]]> = [];
  return {
    warnings,
    sink: {
      add: (code: string, message: string, path: unknown[]) => void warnings.push([code, message, path]),
    },
  };
};

describe('the fast check of SR records', () => {
  it.each(cases)('accepts the documented %s', (_, schema, checker, record) => {
    expect(checker.pure).toBe(true);
    expect(checker.test(record)).toBe(true);
    expect(z.safeParse(schema, record).success).toBe(true);
  });

  it.each(cases)(
    'says what zod says of a damaged %s, and the lenient mapping reads as before',
    (_, schema, checker, record) => {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(), replacement), { minLength: 1, maxLength: 3 }), (edits) => {
          const damaged = damage(record, edits);
          const snapshot = structuredClone(damaged);
          expect(checker.test(damaged)).toBe(z.safeParse(schema, damaged).success);
          const ours = collector();
          const theirs = collector();
          const empty = z.safeParse(z.array(z.unknown()), record).success ? [] : {};
          const result = parseLeniently(checker, damaged, ours.sink, { empty });
          const reference = referenceLenient(schema, damaged, theirs.sink, empty);
          expect(result).toEqual(reference);
          expect(ours.warnings).toEqual(theirs.warnings);
          // The record given is never modified.
          expect(damaged).toEqual(snapshot);
        }),
        { numRuns: 150 },
      );
    },
  );
});

describe('what the mappers validate', () => {
  interface Links {
    [name: string]: unknown;
  }
  type Raw = {
    actions: Links;
    primaryAssignment: { actions: Links; job: { actions: Links } };
  };
  const candidate = () => structuredClone(loadSrFixture('candidate-details')) as unknown as Raw;
  const map = (raw: unknown) => {
    const warnings: Warning[] = [];
    const unified = toUnifiedCandidate(raw, { warnings });
    const applications = toUnifiedApplicationsFromCandidate(raw, { warnings });
    return { unified, applications, warnings };
  };

  it('leaves the links it does not follow as SR sent them, without a warning', () => {
    const raw = candidate();
    raw.actions.consent = 'not a link';
    raw.primaryAssignment.job.actions = { details: { url: 42 } };
    const { unified, warnings } = map(raw);
    expect(warnings).toEqual([]);
    expect(unified.remote_data).toBe(raw);
    expect((unified.remote_data as typeof raw).actions.consent).toBe('not a link');
  });

  it('still checks the link it follows (an application source), and says so when it is wrong', () => {
    const raw = candidate();
    raw.primaryAssignment.actions.sourceDetails = { url: 42, method: 'GET' };
    const { applications, warnings } = map(raw);
    expect(warnings.map((w) => w.path)).toContainEqual([
      'primaryAssignment',
      'actions',
      'sourceDetails',
      'url',
    ]);
    expect(applications[0]?.source).toBeNull();
  });
});
