/**
 * The API coverage, measured from the sources (scripts/coverage.ts): every documented operation
 * is typed, and served by the fake or answered 501; README.md shows the current table.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureCoverage, renderCoverage, withCoverageSection } from '../scripts/coverage.js';
import { ROUTES } from '../src/testing/index.js';
import { UNIMPLEMENTED_OPERATIONS } from '../src/testing/unimplemented.js';

const coverage = measureCoverage();

describe('API coverage', () => {
  it('types every documented operation, and nothing SmartRecruiters does not document', () => {
    expect(coverage.rows.filter((row) => !row.typed).map((row) => `${row.method} ${row.path}`)).toEqual([]);
    expect(coverage.undocumentedTyped).toEqual([]);
  });

  it('has the fake serve every documented operation or answer 501, and lists exactly the gaps as 501', () => {
    expect(
      coverage.rows.filter((row) => row.fake === 'missing').map((row) => `${row.method} ${row.path}`),
    ).toEqual([]);
    const documented = new Set(coverage.rows.map((row) => `${row.method} ${row.path}`));
    const served = new Set(ROUTES.map((route) => `${route.method} ${route.path}`));
    expect(UNIMPLEMENTED_OPERATIONS.filter((op) => !documented.has(op) || served.has(op))).toEqual([]);
  });

  it('puts every unified resource on the facade behind at least one documented operation', () => {
    expect(coverage.resources).toEqual([
      'applications',
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
      'rejectReasons',
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

  it('README.md shows the current coverage (npx tsx scripts/coverage.ts --write)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(withCoverageSection(readme, renderCoverage(coverage))).toBe(readme);
  });
});
