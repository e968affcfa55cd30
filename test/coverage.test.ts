/**
 * The API coverage, measured from the sources (scripts/coverage.ts) against every operation of
 * SmartRecruiters' official registries: what is typed, left out with a reason or not typed yet,
 * the fake serving or answering 501 every typed operation, and README.md and docs/coverage.md
 * showing the current tables.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTable } from '../scripts/conformance/table.js';
import {
  type CoverageInputs,
  computeCoverage,
  type DocumentedOperation,
  documentedOperations,
  EXCLUDED,
  measureCoverage,
  PARTNER_HOSTED_REASON,
  renderCoverage,
  renderCoverageDetails,
  renderReport,
  withCoverageSection,
} from '../scripts/coverage.js';
import { ROUTES } from '../src/testing/index.js';
import { UNIMPLEMENTED_OPERATIONS } from '../src/testing/unimplemented.js';

const coverage = measureCoverage();
const keyOf = (row: { method: string; path: string }) => `${row.method} ${row.path}`;

/**
 * Registries whose typing is still under way: an untyped operation anywhere else fails. Empty once
 * every registry is typed.
 */

describe('API coverage', () => {
  it("counts against every operation of SmartRecruiters' registries, and nothing else", () => {
    const table = loadTable();
    expect(coverage.counts.documented).toBe(table.operations.length);
    expect(coverage.counts.registries).toBe(new Set(table.operations.map((op) => op.registry)).size);
    expect(coverage.counts.typed + coverage.counts.excluded + coverage.counts.untyped).toBe(
      coverage.counts.documented,
    );
    expect(coverage.registries.reduce((sum, r) => sum + r.operations, 0)).toBe(coverage.counts.documented);
    expect(coverage.registries.reduce((sum, r) => sum + r.typed, 0)).toBe(coverage.counts.typed);
    expect(coverage.undocumentedTyped).toEqual([]);
    expect(coverage.staleExclusions).toEqual([]);
  });

  it('types every documented operation but those left out with a reason', () => {
    const untyped = coverage.rows.filter((row) => !row.typed && !row.excluded);
    expect(untyped.map(keyOf)).toEqual([]);
  });

  it("leaves out only an assessment partner's own endpoints and EXCLUDED entries, each with its reason", () => {
    for (const row of coverage.rows.filter((r) => r.excluded)) {
      expect(row.typed).toBe(false);
      expect(row.excluded).toBe(row.partnerHosted ? PARTNER_HOSTED_REASON : EXCLUDED[keyOf(row)]);
      expect(row.excluded?.length).toBeGreaterThan(20);
    }
  });

  it('has the fake serve every typed operation or answer 501, and lists exactly the gaps as 501', () => {
    expect(coverage.rows.filter((row) => row.typed && row.fake === 'missing').map(keyOf)).toEqual([]);
    const documented = new Set(coverage.rows.map(keyOf));
    const served = new Set(ROUTES.map(keyOf));
    expect(UNIMPLEMENTED_OPERATIONS.filter((op) => !documented.has(op) || served.has(op))).toEqual([]);
  });

  it('puts every unified resource on the facade behind at least one documented operation', () => {
    expect(coverage.resources).toEqual([
      'applications',
      'assessments',
      'attachments',
      'candidates',
      'consents',
      'departments',
      'groups',
      'interviewTemplates',
      'interviews',
      'jobInterviewStages',
      'jobs',
      'offers',
      'offices',
      'onboarding',
      'rejectReasons',
      'reports',
      'roles',
      'scorecards',
      'selfScheduling',
      'sources',
      'users',
      'webhooks',
    ]);
  });

  it("follows the resources' module-level helpers to the routes they read", () => {
    const row = coverage.rows.find((r) => r.method === 'GET' && r.path === '/user-api/v201804/access-groups');
    expect(row?.unified).toEqual(
      expect.arrayContaining(['sr.groups.list', 'sr.groups.get', 'sr.users.list']),
    );
  });

  it('README.md and docs/coverage.md show the current coverage (npx tsx scripts/coverage.ts --write)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(withCoverageSection(readme, renderCoverage(coverage))).toBe(readme);
    const details = readFileSync(new URL('../docs/coverage.md', import.meta.url), 'utf8');
    expect(withCoverageSection(details, renderCoverageDetails(coverage))).toBe(details);
  });
});

describe('the coverage counts', () => {
  const op = (registry: string, method: string, path: string, extra: Partial<DocumentedOperation> = {}) => ({
    registry,
    basePath: '',
    method,
    path,
    operationId: `${method.toLowerCase()}${path}`,
    deprecated: false,
    partnerHosted: false,
    ...extra,
  });
  const inputs: CoverageInputs = {
    operations: [
      op('a-api', 'GET', '/a'),
      op('a-api', 'POST', '/a'),
      op('a-api', 'GET', '/a/{id}'),
      op('b-api', 'GET', '/b', { basePath: '/b' }),
      op('b-api', 'DELETE', '/b/{id}', { basePath: '/b' }),
      op('partner-app', 'GET', '/packages', { partnerHosted: true }),
      op('c-api', 'PUT', '/c'),
    ],
    typed: ['GET /a', 'POST /a', 'GET /a/{id}', 'GET /b', 'GET /nowhere'],
    served: ['GET /a', 'GET /b'],
    unimplemented: ['POST /a', 'GET /a/{id}'],
    methods: new Map([['sr.things.list', new Set(['GET /a', 'GET /b'])]]),
    excluded: { 'PUT /c': 'not called by design: a reason long enough to read', 'GET /a': 'stale' },
  };
  const measured = computeCoverage(inputs);

  it('counts typed, left out and untyped operations, in all and per registry', () => {
    expect(measured.counts).toEqual({
      documented: 7,
      registries: 4,
      typed: 4,
      excluded: 2,
      untyped: 1,
      unifiedResources: 1,
      unifiedOperations: 2,
      fakeServed: 2,
      fake501: 2,
      fakeMissing: 3,
    });
    expect(
      measured.registries.map((r) => [r.registry, r.operations, r.typed, r.excluded, r.untyped]),
    ).toEqual([
      ['a-api', 3, 3, 0, 0],
      ['b-api', 2, 1, 0, 1],
      ['c-api', 1, 0, 1, 0],
      ['partner-app', 1, 0, 1, 0],
    ]);
    expect(measured.undocumentedTyped).toEqual(['GET /nowhere']);
    // An exclusion of a typed operation is stale: the typed route counts.
    expect(measured.staleExclusions).toEqual(['GET /a']);
    expect(measured.rows.find((r) => r.path === '/packages')?.excluded).toBe(PARTNER_HOSTED_REASON);
  });

  it('reports what is not typed yet by registry, and what is left out with its reason', () => {
    const report = renderReport(measured);
    expect(report).toContain('Typed routes: 4 of 7 (57.1%)');
    expect(report).toContain('Covered (typed or left out with a reason): 6 of 7 (85.7%)');
    expect(report).toContain('- `b-api` (1): `DELETE /b/{id}`');
    expect(report).toContain('- `PUT /c` (`c-api`): not called by design');
    expect(report).toContain('Typed but not an operation of SR');
    const details = renderCoverageDetails(measured)
      .split('\n')
      .map((line) => line.replace(/ +/g, ' '));
    expect(details).toContain('| `b-api` | `/b` | 2 | 1 (**1 not yet**) | 1 | 1 | 0 |');
    expect(details).toContain('| `partner-app` | — | 1 | 0 (+1 left out) | 0 | 0 | 0 |');
    expect(details).toContain('| `a-api` | `GET /a/{id}` | yes | — | 501 |');
    expect(details).toContain('| `b-api` | `DELETE /b/{id}` | **no** | — | 404 |');
  });

  it('reads every operation of the conformance table', () => {
    const operations = documentedOperations();
    expect(operations).toHaveLength(loadTable().operations.length);
    expect(operations.find((o) => o.operationId === 'v1.listPostings')).toEqual({
      registry: 'posting-api',
      basePath: '',
      method: 'GET',
      path: '/v1/companies/{companyIdentifier}/postings',
      operationId: 'v1.listPostings',
      deprecated: false,
      partnerHosted: false,
    });
  });
});
