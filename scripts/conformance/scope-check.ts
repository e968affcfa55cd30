/**
 * Holds the fake's OAuth scopes to SmartRecruiters' (the `security` of each operation in the
 * conformance table): the scopes a route accepts are exactly SR's (those of the assessment
 * partner's OAuth schemes included), and an API key is accepted exactly where SR accepts one.
 */
import type { RouteDef } from '../../src/testing/context.js';
import { ROUTES } from '../../src/testing/core.js';
import { type ConformanceTable, loadTable, operationsByKey } from './table.js';

/** A difference between the fake's scopes and SR's. */
export interface ScopeFinding {
  operation: string;
  /** The scope that differs, or `api-key`. */
  detail: string;
  message: string;
}

/** The outcome of the scope check. */
export interface ScopeCheck {
  /** Routes whose scopes the table gives. */
  checked: string[];
  /** Routes it cannot check, with why. */
  unchecked: Array<{ operation: string; reason: string }>;
  findings: ScopeFinding[];
}

/** Compares every fake route's scopes with SR's. */
export function checkScopes(
  table: ConformanceTable = loadTable(),
  routes: readonly RouteDef[] = ROUTES,
): ScopeCheck {
  const byKey = operationsByKey(table);
  const out: ScopeCheck = { checked: [], unchecked: [], findings: [] };
  for (const route of routes) {
    const key = `${route.method} ${route.path}`;
    if (route.public) {
      out.unchecked.push({
        operation: key,
        reason:
          'public route (no credential: OAuth sign-in, consent, the token endpoint, the Posting API): no scopes',
      });
      continue;
    }
    const op = byKey.get(key);
    if (!op) {
      out.unchecked.push({ operation: key, reason: 'not an operation of the table' });
      continue;
    }
    if (!op.security) {
      out.unchecked.push({ operation: key, reason: 'no schema in [KS]: SR publishes no scopes for it' });
      continue;
    }
    out.checked.push(key);
    // The assessment partner's schemes (master and customer-level credentials) count like SR's own.
    const sr = new Set([...op.security.oauthScopes, ...Object.values(op.security.otherSchemes ?? {}).flat()]);
    const fake = new Set(route.scopes);
    for (const scope of fake) {
      if (!sr.has(scope)) {
        out.findings.push({
          operation: key,
          detail: scope,
          message: `the fake accepts ${scope}; SR's scopes are ${[...sr].join(', ') || 'none (API key only)'}`,
        });
      }
    }
    for (const scope of sr) {
      if (!fake.has(scope)) {
        out.findings.push({
          operation: key,
          detail: scope,
          message: `SR accepts ${scope}; the fake does not (it accepts ${[...fake].join(', ') || 'any token'})`,
        });
      }
    }
    // The fake accepts its API keys on every route (https://developers.smartrecruiters.com/docs/authentication-api-key)
    // but those SR serves to OAuth tokens only (`oauthOnly`).
    if (!op.security.apiKey && !route.oauthOnly) {
      out.findings.push({
        operation: key,
        detail: 'api-key',
        message: 'SR does not accept an API key here; the fake does',
      });
    }
    if (op.security.apiKey && route.oauthOnly) {
      out.findings.push({
        operation: key,
        detail: 'api-key',
        message: 'SR accepts an API key here; the fake refuses it',
      });
    }
  }
  return out;
}
