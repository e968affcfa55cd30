/**
 * The SDK and the fake held to SmartRecruiters' specification (docs/conformance/sr-api.json):
 * every typed route, every scope of the fake, and the fake's answers to the SDK's unified
 * resources, with no difference outside docs/conformance/exceptions.json. The whole test suite's
 * and the demo's traffic is checked the same way by `npm run conformance` in CI.
 */
import { describe, expect, it } from 'vitest';
import { ExchangeChecker, type Finding } from '../../scripts/conformance/check-exchange.js';
import { matches, RUNTIME_KIND } from '../../scripts/conformance/report.js';
import { checkRoutes } from '../../scripts/conformance/route-check.js';
import { checkScopes } from '../../scripts/conformance/scope-check.js';
import { type ConformanceException, loadExceptions } from '../../scripts/conformance/table.js';
import { createFakeSmartRecruitersCore, type FakeExchange } from '../../src/testing/index.js';

const exceptions = loadExceptions().exceptions;
const uncovered = <T extends { kind: ConformanceException['kind']; operation: string; detail: string }>(
  list: T[],
) => list.filter((d) => !exceptions.some((e) => matches(e, d)));

describe('conformance with SmartRecruiters’ specification', () => {
  const routes = checkRoutes();

  it('checks at least 95% of the typed routes against the table, and every one is an SR operation', () => {
    expect(routes.inTable.length / routes.routes.length).toBeGreaterThanOrEqual(0.95);
    expect(routes.findings.filter((f) => f.aspect === 'route')).toEqual([]);
  });

  it('types every route as SR specifies it (method, base path, parameters, body, deprecation)', () => {
    const differences = routes.findings.map((f) => ({
      kind: 'route' as const,
      operation: f.operation,
      detail: `${f.aspect} ${f.detail}`,
      message: f.message,
    }));
    expect(uncovered(differences)).toEqual([]);
  });

  it("gives the fake SR's OAuth scopes", () => {
    const differences = checkScopes().findings.map((f) => ({ kind: 'scope' as const, ...f }));
    expect(uncovered(differences)).toEqual([]);
  });

  it('answers the unified resources as SR does, and the SDK sends what SR takes', async () => {
    const checker = new ExchangeChecker();
    const exchanges: FakeExchange[] = [];
    const fake = createFakeSmartRecruitersCore({
      latencyMs: 0,
      rateLimits: false,
      observe: (x) => exchanges.push(x),
    });
    const sr = fake.client();
    try {
      const jobs = await sr.jobs.list({ limit: 5 });
      await sr.jobs.get(jobs.result[0]?.id ?? '');
      const candidates = await sr.candidates.list({ limit: 5 });
      await sr.candidates.get(candidates.result[0]?.id ?? '');
      const applications = await sr.applications.list({ limit: 5 });
      await sr.applications.get(applications.result[0]?.id ?? '');
      await sr.users.list({ limit: 5 });
      await sr.roles.list().toArray();
      await sr.groups.list().toArray();
      await sr.departments.list().toArray();
      await sr.offers.list({ limit: 5 });
      await sr.rejectReasons.list().toArray();
      const created = await sr.candidates.create({
        first_name: 'Ada',
        last_name: 'Lovelace',
        email: 'ada@example.com',
      });
      await sr.candidates.update(created.id, { phone: '+48 123 456 789' });
      await sr.candidates.get('nonexistent-candidate').catch(() => undefined);
    } finally {
      fake.close();
    }
    const findings: Finding[] = [];
    for (const exchange of exchanges) findings.push(...(await checker.check(exchange)).findings);
    const differences = findings.map((f) => ({
      kind: RUNTIME_KIND[f.kind],
      operation: f.operation,
      detail: `${f.kind} ${f.status} ${f.detail}`,
      message: f.message,
    }));
    expect(exchanges.length).toBeGreaterThan(15);
    expect(uncovered(differences)).toEqual([]);
  });
});
