/**
 * Offers: `GET /offers` (offset paging with `totalFound`, §3), offers of an application, offer
 * documents (2 requests/s on the document download, §4).
 */
import { action, found, type HandlerContext, param, type RouteDef, route } from '../context.js';
import { binary, json } from '../http.js';
import type { OfferRecord } from '../model.js';
import { S } from '../scopes.js';
import { listOf } from './shared.js';

const OFFER_STATUSES = [
  'CREATED',
  'PENDING_APPROVAL',
  'APPROVED',
  'EXTENDED',
  'ACCEPTED',
  'REJECTED',
] as const;

/** An offer as SR lists it (§3, `offers.rb`). */
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
      documents: action(ctx, `/offers/${offer.id}/documents`),
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
    const statuses = q.enumValues('status', OFFER_STATUSES);
    const createdAfter = q.date('createdAfter');
    const createdBefore = q.date('createdBefore');
    const all = [...ctx.services.state.offers.values()]
      .filter(
        (o) =>
          (statuses.length === 0 || statuses.includes(o.status)) &&
          (createdAfter === undefined || Date.parse(o.createdOn) > createdAfter) &&
          (createdBefore === undefined || Date.parse(o.createdOn) < createdBefore),
      )
      .sort((a, b) =>
        a.createdOn < b.createdOn ? 1 : a.createdOn > b.createdOn ? -1 : a.id < b.id ? 1 : -1,
      );
    return json(200, {
      limit,
      offset,
      totalFound: all.length,
      content: all.slice(offset, offset + limit).map((o) => offerView(ctx, o)),
    });
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
  route('GET', '/offers/{offerId}/documents', S.offersRead, (ctx) => {
    const offer = found(ctx.services.state.offers.get(param(ctx, 'offerId')), 'Offer');
    return json(
      200,
      listOf(
        offer.documents.map((d) => ({
          id: d.id,
          name: d.name,
          contentType: d.contentType,
          actions: { download: action(ctx, `/offers/${offer.id}/documents/${d.id}`) },
        })),
      ),
    );
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
