import type { RequestOptions } from '../client.js';
import { NotFoundError, PermissionDeniedError } from '../core/errors.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { BinaryResponse } from '../internal/response.js';
import { parseApplicationId } from '../mappers/application-id.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { toSrOfferListQuery, toUnifiedOffer, toUnifiedOfferDocument } from '../mappers/offer.js';
import type { Warning } from '../schemas/unified/common.js';
import {
  type OfferListParams,
  type WholeListParams,
  WholeListParamsSchema,
} from '../schemas/unified/list-params.js';
import type { OfferDocument } from '../schemas/unified/offer.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';

/** Options of the offer reads. */
export interface OfferReadOptions extends RequestOptions {
  /**
   * Also read the offer form's definitions (`/configuration/offer-properties`, one request per
   * call) to label the offer's properties and read `compensation` and `starts_at` from them.
   * Without the `configuration_read` scope they are skipped with a warning. Default `true`.
   */
  definitions?: boolean | undefined;
}

/**
 * Offers (SmartRecruiters Offers API, developers.smartrecruiters.com/reference/candidatesoffersfind):
 * every offer, or one application's; their documents.
 */
export class Offers<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /**
   * Lists offers, newest first: filters `status` (unified or SR values), `created_after`,
   * `created_before`; or one application's offers with `application_id` (`candidateId:jobId`,
   * no other filter). `limit` 1-100, `cursor`.
   */
  list(params: OfferListParams = {}, options: OfferReadOptions = {}): PagePromise<ModelsOf<Mp>['offer']> {
    return this.deferred(() => {
      const query = toSrOfferListQuery(params);
      const { definitions: withDefinitions = true, ...request } = options;
      let definitions: Promise<unknown> | undefined;
      const mapPage = async (items: unknown[], warnings: Warning[]) => {
        definitions ??= withDefinitions ? this.definitions(request) : Promise.resolve(undefined);
        const known = await definitions;
        if (known === UNAVAILABLE) warnings.push(unavailableWarning());
        const context = { definitions: known === UNAVAILABLE ? undefined : known };
        return items.map((raw) => this.toModel('offer', toUnifiedOffer, raw, warnings, context));
      };
      const application = params.application_id;
      if (application === undefined) {
        return this.paginate({
          list: 'offers',
          path: '/offers',
          query: { ...query },
          cursor: params.cursor,
          listParams: params,
          request,
          mapPage,
        });
      }
      const { candidateId, jobId } = parseApplicationId(application);
      return this.paginate({
        list: `offers/${application}`,
        path: '/candidates/{id}/jobs/{jobId}/offers',
        params: { id: candidateId, jobId },
        query: { ...query },
        cursor: params.cursor,
        listParams: params,
        request,
        mapPage,
      });
    });
  }

  /** One offer of an application (`candidateId:jobId`). */
  async get(
    applicationId: string,
    offerId: string,
    options: OfferReadOptions = {},
  ): Promise<ModelsOf<Mp>['offer']> {
    const { candidateId, jobId } = parseApplicationId(applicationId);
    const params = { id: candidateId, jobId, offerId: requireId(offerId, 'offerId') };
    const { definitions: withDefinitions = true, ...request } = options;
    const [raw, definitions] = await Promise.all([
      this.client.get('/candidates/{id}/jobs/{jobId}/offers/{offerId}', { ...request, params }),
      withDefinitions ? this.definitions(request) : undefined,
    ]);
    return this.mapOne((warnings) => {
      if (definitions === UNAVAILABLE) warnings.push(unavailableWarning());
      return this.toModel('offer', toUnifiedOffer, raw, warnings, {
        definitions: definitions === UNAVAILABLE ? undefined : definitions,
        application: { candidateId, jobId },
      });
    });
  }

  /** The documents of a sent offer (the offer letter...). */
  documents(
    offerId: string,
    params: WholeListParams = {},
    options?: RequestOptions,
  ): PagePromise<OfferDocument> {
    return this.deferred(() => {
      const id = requireId(offerId, 'offerId');
      const parsed = parseInput(WholeListParamsSchema, params, 'offer document list parameters');
      return this.paginateWhole({
        list: `offers/${id}/documents`,
        limit: parsed.limit,
        cursor: parsed.cursor,
        load: async () =>
          (await this.client.get('/offers/{offerId}/documents', { ...options, params: { offerId: id } }))
            .content ?? [],
        map: (raw, warnings) =>
          toUnifiedOfferDocument(raw, {
            offerId: id,
            warnings,
            includeRemoteData: this.options.includeRemoteData ?? true,
          }),
      });
    });
  }

  /**
   * Downloads an offer document as a stream with its file name and content type (SmartRecruiters
   * allows 2 of these requests per second).
   */
  async downloadDocument(
    offerId: string,
    documentId: string,
    options?: RequestOptions,
  ): Promise<BinaryResponse> {
    return this.client.get('/offers/{offerId}/documents/{documentId}', {
      ...options,
      responseType: 'stream',
      params: { offerId: requireId(offerId, 'offerId'), documentId: requireId(documentId, 'documentId') },
    });
  }

  /** The offer form's definitions, or `UNAVAILABLE` when this credential may not read them. */
  private async definitions(options: RequestOptions): Promise<unknown> {
    try {
      return await this.client.get('/configuration/offer-properties', options);
    } catch (error) {
      if (error instanceof PermissionDeniedError || error instanceof NotFoundError) return UNAVAILABLE;
      throw error;
    }
  }
}

const UNAVAILABLE = Symbol('unavailable');

function unavailableWarning(): Warning {
  return {
    code: 'offer_properties_unavailable',
    message:
      'SmartRecruiters offer form definitions could not be read (configuration_read scope?): offers carry no compensation or start date',
    path: ['definitions'],
    record_id: null,
  };
}
