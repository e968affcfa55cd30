/**
 * src/route-maps.ts (each method's typed routes by path, which the client's methods look routes up
 * in) is generated from `Routes` by scripts/route-maps.ts: it must be what the script generates
 * now, hold every route of `Routes` and nothing else, and pick up a new registry of routes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, expectTypeOf, it } from 'vitest';
import { generateRouteMaps, ROUTE_MAPS, routeEntries } from '../scripts/route-maps.js';
import type {
  GetRoutes,
  INTERVIEWS_API,
  PatchRoutes,
  PathsOf,
  RouteOf,
  Routes,
  RoutesByMethod,
} from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'sr-route-maps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `'METHOD /path'` of every entry of the maps. */
type MapKeys = {
  [M in keyof RoutesByMethod]: `${M} ${keyof RoutesByMethod[M] & string}`;
}[keyof RoutesByMethod];

/** A routes module as the SDK's is built: registries, one of them under a prefix. */
function fixture(routesBody: string): string {
  const file = join(dir, `routes-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(
    file,
    `type Prefixed<Prefix extends string, R> = {
  [K in keyof R as K extends \`\${infer M} \${infer Path}\` ? \`\${M} \${Prefix}\${Path}\` : never]: R[K];
};
export const THINGS_API = '/things-api/v1';
export interface CoreRoutes {
  'GET /a': { response: string };
  /** @deprecated use GET /a */
  'DELETE /a/{id}': { params: { id: string }; response: undefined };
}
export interface ThingRoutes {
  'GET /things/{thingId}': { params: { thingId: string }; response: number };
  'POST /things': { body: { name: string }; response: number };
}
${routesBody}
`,
  );
  return file;
}

describe('route maps', () => {
  it('are what scripts/route-maps.ts generates from the current routes', () => {
    expect(
      readFileSync(ROUTE_MAPS, 'utf8'),
      'src/route-maps.ts is stale: run npm run generate:route-maps',
    ).toBe(generateRouteMaps());
  });

  it('hold every route of Routes by its path, and nothing else (typecheck)', () => {
    expectTypeOf<MapKeys>().toEqualTypeOf<keyof Routes>();
    expectTypeOf<GetRoutes['/jobs/{jobId}']>().toEqualTypeOf<Routes['GET /jobs/{jobId}']>();
    expectTypeOf<PatchRoutes[`${typeof INTERVIEWS_API}/interviews/{interviewId}`]>().toEqualTypeOf<
      Routes[`PATCH ${typeof INTERVIEWS_API}/interviews/{interviewId}`]
    >();
    expectTypeOf<RouteOf<'GET', '/jobs/{jobId}'>>().toEqualTypeOf<Routes['GET /jobs/{jobId}']>();
    expectTypeOf<RouteOf<'GET', '/no/such/route'>>().toBeNever();
    expectTypeOf<'/candidates'>().toExtend<PathsOf<'GET'>>();
    expect(routeEntries().length).toBeGreaterThan(150);
  });

  it('pick up the routes of a new registry, prefixed, with their documentation', () => {
    const maps = generateRouteMaps(
      fixture('export interface Routes extends CoreRoutes, Prefixed<typeof THINGS_API, ThingRoutes> {}'),
    );
    expect(maps).toContain("'/a': CoreRoutes['GET /a'];");
    expect(maps).toContain("'/things-api/v1/things/{thingId}': ThingRoutes['GET /things/{thingId}'];");
    expect(maps).toContain("'/things-api/v1/things': ThingRoutes['POST /things'];");
    expect(maps).toMatch(
      /\/\*\* @deprecated use GET \/a \*\/\n\s+'\/a\/\{id\}': CoreRoutes\['DELETE \/a\/\{id\}'\];/,
    );
    expect(maps).toMatch(/import type \{ CoreRoutes, ThingRoutes \} from/);
  });

  it('refuse routes declared in Routes itself, where no map could name them cheaply', () => {
    expect(() =>
      routeEntries(fixture("export interface Routes extends CoreRoutes { 'GET /b': { response: string } }")),
    ).toThrow(/declares routes of its own/);
  });
});
