/**
 * Offers: `GET /offers` (offset paging with `totalFound`, newest first; `age` such as `10 days`
 * overrides `createdAfter`/`createdBefore`), offers of an application, offer documents (2
 * requests/s on the document download, https://developers.smartrecruiters.com/docs/rate-limiting),
 * and the offer form (`/configuration/offer-properties`). SR's API has no offer writes: tests
 * change `state.offers` and call `fake.webhooks.emit()`.
 */
import { action, found, type HandlerContext, param, type RouteDef, route } from '../context.js';
import { badRequest } from '../errors.js';
import { binary, json } from '../http.js';
import { type OfferRecord, SR_OFFER_STATUSES } from '../model.js';
import { S } from '../scopes.js';
import { listOf, newestFirst, offsetPage } from './shared.js';

const AGE_UNITS: Record<string, number> = {
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30 * 86_400_000,
};

/** `age` (`10 days`, `7 hours`, `1 week`) as milliseconds; 400 when it reads otherwise. */
function ageMs(value: string): number {
  const match = /^\s*(\d{1,6})\s*(minute|hour|day|week|month)s?\s*$/i.exec(value);
  const unit = AGE_UNITS[(match?.[2] ?? '').toLowerCase()];
  if (!match || unit === undefined) {
    throw badRequest(
      `Query parameter 'age' must read like '10 days', '7 hours' or '1 week'`,
      'INVALID_PARAMETER',
    );
  }
  return Number(match[1]) * unit;
}

/** An offer as SR lists it. */
export function offerView(ctx: HandlerContext, offer: OfferRecord): Record<string, unknown> {
  return {
    id: offer.id,
    status: offer.status,
    createdOn: offer.createdOn,
    updatedOn: offer.updatedOn,
    properties: offer.properties,
    actions: {
      candidate: action(ctx, `/candidates/${offer.candidateId}`),
      job: action(ctx, `/jobs/${offer.jobId}`),
      details: action(ctx, `/candidates/${offer.candidateId}/jobs/${offer.jobId}/offers/${offer.id}`),
    },
  };
}

/** Content-Disposition with an ASCII fallback and the RFC 5987 UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function applicationOffers(ctx: HandlerContext): OfferRecord[] {
  const { state } = ctx.services;
  const candidateId = param(ctx, 'id');
  const jobId = param(ctx, 'jobId');
  found(state.application(candidateId, jobId), 'Application');
  return [...state.offers.values()].filter((o) => o.candidateId === candidateId && o.jobId === jobId);
}

/** Offer routes. */
export const offerRoutes: RouteDef[] = [
  route('GET', '/offers', S.offersRead, (ctx) => {
    const q = ctx.query;
    const limit = q.limit(10);
    const offset = q.int('offset', { default: 0, min: 0, max: Number.MAX_SAFE_INTEGER });
    const statuses = q.enumValues('status', SR_OFFER_STATUSES);
    const age = q.get('age');
    const createdAfter = age === undefined ? q.date('createdAfter') : ctx.services.clock.now() - ageMs(age);
    const createdBefore = age === undefined ? q.date('createdBefore') : undefined;
    const all = [...ctx.services.state.offers.values()]
      .filter(
        (o) =>
          (statuses.length === 0 || statuses.includes(o.status)) &&
          (createdAfter === undefined || Date.parse(o.createdOn) > createdAfter) &&
          (createdBefore === undefined || Date.parse(o.createdOn) < createdBefore),
      )
      .sort(newestFirst);
    return json(
      200,
      offsetPage(all, limit, offset, (o) => offerView(ctx, o)),
    );
  }),
  route('GET', '/candidates/{id}/jobs/{jobId}/offers', S.offersRead, (ctx) =>
    json(200, listOf(applicationOffers(ctx).map((o) => offerView(ctx, o)))),
  ),
  route('GET', '/candidates/{id}/jobs/{jobId}/offers/{offerId}', S.offersRead, (ctx) => {
    const offer = found(
      applicationOffers(ctx).find((o) => o.id === param(ctx, 'offerId')),
      'Offer',
    );
    return json(200, offerView(ctx, offer));
  }),
  route('GET', '/configuration/offer-properties', S.configurationRead, (ctx) =>
    json(200, { categories: ctx.services.state.offerProperties }),
  ),
  // SR's `OfferDocumentsList`: the documents, whether they are still syncing with the provider,
  // and the provider (SR supports DocuSign only).
  route('GET', '/offers/{offerId}/documents', S.offersRead, (ctx) => {
    const offer = found(ctx.services.state.offers.get(param(ctx, 'offerId')), 'Offer');
    return json(200, {
      documents: offer.documents.map((d) => ({ id: d.id, name: d.name, createdDate: d.createdOn })),
      isCurrentlySyncing: offer.documentsSyncing ?? false,
      provider: 'DOCUSIGN',
    });
  }),
  route('GET', '/offers/{offerId}/documents/{documentId}', S.offersRead, (ctx) => {
    const offer = found(ctx.services.state.offers.get(param(ctx, 'offerId')), 'Offer');
    const doc = found(
      offer.documents.find((d) => d.id === param(ctx, 'documentId')),
      'Offer document',
    );
    return binary(200, doc.bytes, {
      'content-type': doc.contentType,
      'content-disposition': contentDisposition(doc.name),
    });
  }),
];
