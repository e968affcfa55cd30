import type { RequestOptions } from '../client.js';
import { type APIPromise, respond } from '../core/api-promise.js';
import { NotFoundError, PermissionDeniedError } from '../core/errors.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource, listContent } from '../core/resource.js';
import type { BinaryResponse } from '../internal/response.js';
import { type ApplicationRef, parseApplicationId } from '../mappers/application-id.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import {
  offerDocumentsOf,
  toSrOfferListQuery,
  toUnifiedOffer,
  toUnifiedOfferDocument,
} from '../mappers/offer.js';
import { rawId } from '../mappers/shared.js';
import { WholeListParamsSchema } from '../schemas/compiled/unified/list-params.js';
import type { SrOffer } from '../schemas/sr/offer.js';
import type { Warning } from '../schemas/unified/common.js';
import type { OfferListParams, WholeListParams } from '../schemas/unified/list-params.js';
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
   * no other filter; SmartRecruiters returns those whole). `limit` 1-100 (default 100, the
   * largest page the SDK asks SmartRecruiters for), `cursor`. Reads the offer form's definitions
   * once per list (`definitions: false` skips them).
   */
  list(params: OfferListParams = {}, options: OfferReadOptions = {}): PagePromise<ModelsOf<Mp>['offer']> {
    return this.deferred(() => {
      const { definitions: withDefinitions = true, ...request } = options;
      let definitions: Promise<unknown> | undefined;
      /** The offer form, read once per list; `undefined` when skipped or not readable. */
      const known = async (warnings: Warning[]) => {
        definitions ??= withDefinitions ? this.definitions(request) : Promise.resolve(undefined);
        const value = await definitions;
        if (value !== UNAVAILABLE) return value;
        warnings.push(unavailableWarning());
        return undefined;
      };
      // A cursor carries `application_id`: which SR list it continues is read from it.
      const { params: effective } = this.resume('offers', params);
      if (effective.application_id === undefined) {
        return this.paginate({
          list: 'offers',
          path: '/offers',
          params,
          toQuery: (p) => ({ ...toSrOfferListQuery(p) }),
          request,
          mapPage: async (items, { warnings, processed }) => {
            const todo = items.filter((raw) => !processed(rawId(raw)));
            if (todo.length === 0) return [];
            const context = { definitions: await known(warnings) };
            return todo.map((raw) => this.toModel('offer', toUnifiedOffer, raw, warnings, context));
          },
        });
      }
      const application = effective.application_id;
      let context: { definitions: unknown } = { definitions: undefined };
      return this.paginateWhole({
        list: 'offers',
        params,
        validate: (p) => toSrOfferListQuery(p),
        load: async (warnings) => {
          const { candidateId, jobId } = parseApplicationId(application);
          const [offers, form] = await Promise.all([
            listContent(
              this.client.get('/candidates/{id}/jobs/{jobId}/offers', {
                ...request,
                params: { id: candidateId, jobId },
              }),
              'offer',
            ),
            known(warnings),
          ]);
          context = { definitions: form };
          return offers;
        },
        map: (raw, warnings) => this.toModel('offer', toUnifiedOffer, raw, warnings, context),
      });
    });
  }

  /**
   * One offer of an application: its id (`candidateId:jobId`), or the `{ candidate_id, job_id }`
   * of an `offer.*` webhook payload (`offers.get(payload, payload.offer_id)`).
   */
  get(
    application: ApplicationRef,
    offerId: string,
    options: OfferReadOptions = {},
  ): APIPromise<ModelsOf<Mp>['offer'], SrOffer> {
    return respond(async () => {
      const { candidateId, jobId } = parseApplicationId(application);
      const params = { id: candidateId, jobId, offerId: requireId(offerId, 'offerId') };
      const { definitions: withDefinitions = true, ...request } = options;
      const [{ data: raw, response }, definitions] = await Promise.all([
        this.client
          .get('/candidates/{id}/jobs/{jobId}/offers/{offerId}', { ...request, params })
          .withResponse(),
        withDefinitions ? this.definitions(request) : undefined,
      ]);
      const data = this.mapOne((warnings) => {
        if (definitions === UNAVAILABLE) warnings.push(unavailableWarning());
        return this.toModel('offer', toUnifiedOffer, raw, warnings, {
          definitions: definitions === UNAVAILABLE ? undefined : definitions,
          application: { candidateId, jobId },
        });
      });
      return { data, response };
    });
  }

  /**
   * The documents of a sent offer (the offer letter...): name, creation date and the e-signature
   * provider. SR returns them all at once; `limit` and `cursor` page them. While SmartRecruiters is
   * still syncing them with the provider, each page carries an `offer_documents_syncing` warning.
   */
  documents(
    offerId: string,
    params: WholeListParams = {},
    options?: RequestOptions,
  ): PagePromise<OfferDocument> {
    return this.deferred(() => {
      const id = requireId(offerId, 'offerId');
      let provider: string | null = null;
      return this.paginateWhole({
        list: `offers/${id}/documents`,
        params,
        validate: (p) => parseInput(WholeListParamsSchema, p, 'offer document list parameters'),
        load: async (warnings) => {
          const { data, response } = await this.client
            .get('/offers/{offerId}/documents', { ...options, params: { offerId: id } })
            .withResponse();
          const list = offerDocumentsOf(data, warnings);
          provider = list.provider;
          return { data: list.items, response };
        },
        map: (raw, warnings) =>
          toUnifiedOfferDocument(raw, {
            offerId: id,
            provider,
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
  downloadDocument(
    offerId: string,
    documentId: string,
    options?: RequestOptions,
  ): APIPromise<BinaryResponse> {
    return respond(() =>
      this.client
        .get('/offers/{offerId}/documents/{documentId}', {
          ...options,
          responseType: 'stream',
          params: { offerId: requireId(offerId, 'offerId'), documentId: requireId(documentId, 'documentId') },
        })
        .withResponse(),
    );
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
