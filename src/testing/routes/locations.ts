/**
 * Predefined locations (`/configuration/predefined-locations`): the company's offices, paged by
 * cursor (`pageId` in, `nextPageId` out) with `pageSize`, filtered by `identifiers`.
 *
 * UNCONFIRMED (the fake's choices): the item fields (a flat location with an `id` and a `name`),
 * `pageSize` 1-100 with a default of 10, ids ordered as the list.
 */
import { found, param, type RouteDef, route } from '../context.js';
import { json } from '../http.js';
import type { PredefinedLocationRecord } from '../model.js';
import { compareStrings, keysetPage } from '../pagination.js';
import { S } from '../scopes.js';

function locationView(place: PredefinedLocationRecord): Record<string, unknown> {
  const view: Record<string, unknown> = { ...place };
  for (const [key, value] of Object.entries(view)) if (value === null) delete view[key];
  return view;
}

/** Predefined location routes. */
export const locationRoutes: RouteDef[] = [
  route('GET', '/configuration/predefined-locations', S.configurationRead, (ctx) => {
    const q = ctx.query;
    const pageSize = q.int('pageSize', { default: 10, min: 1, max: 100 });
    const identifiers = q.getAll('identifiers').flatMap((value) => value.split(','));
    const places = [...ctx.services.state.predefinedLocations.values()]
      .filter((place) => identifiers.length === 0 || identifiers.includes(place.id))
      .sort((a, b) => compareStrings(a.id, b.id));
    const page = keysetPage(places, {
      key: (place) => place.id,
      compare: compareStrings,
      limit: pageSize,
      pageId: q.get('pageId'),
    });
    const body: Record<string, unknown> = { content: page.items.map(locationView) };
    if (page.nextPageId) body.nextPageId = page.nextPageId;
    return json(200, body);
  }),
  route('GET', '/configuration/predefined-locations/{id}', S.configurationRead, (ctx) =>
    json(
      200,
      locationView(
        found(ctx.services.state.predefinedLocations.get(param(ctx, 'id')), 'Predefined location'),
      ),
    ),
  ),
];
