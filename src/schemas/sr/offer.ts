/**
 * SmartRecruiters offer wire shapes (Offers API: `/offers`, `/candidates/{id}/jobs/{jobId}/offers`,
 * offer documents, `/configuration/offer-properties`), lenient. docs/coverage.md lists what is
 * confirmed and what is not.
 */
import * as z from '../zod.js';

export type {
  SrOffer,
  SrOfferDocument,
  SrOfferDocumentsList,
  SrOfferPropertiesDefinition,
  SrOfferPropertyCategory,
  SrOfferPropertyDefinition,
} from '../../models/sr/offer.js';

import { srActions, srEnum } from './common.js';
import { SR_OFFER_DOCUMENT_PROVIDERS, SR_OFFER_PROPERTY_TYPES, SR_OFFER_STATUSES } from './enums.js';

export {
  SR_OFFER_DOCUMENT_PROVIDERS,
  SR_OFFER_PROPERTY_TYPES,
  SR_OFFER_STATUSES,
  type SrOfferDocumentProvider,
  type SrOfferPropertyType,
  type SrOfferStatus,
} from './enums.js';

/**
 * `Offer`: an item of `GET /offers` and of an application's offers, and `GET …/offers/{offerId}`.
 * It names its candidate and job only through `actions` (`candidate`, `job`, `details` URLs).
 * `properties` maps offer property keys (see `/configuration/offer-properties`) to values.
 */
export const SrOfferSchema = z.looseObject({
  id: z.string(),
  status: z.nullish(srEnum(SR_OFFER_STATUSES)),
  createdOn: z.nullish(z.string()),
  updatedOn: z.nullish(z.string()),
  properties: z.nullish(z.record(z.string(), z.unknown())),
  actions: srActions('details', 'candidate', 'job'),
});

/** `OfferDocument`: a document of a sent offer, `{ id, name, createdDate }`. */
export const SrOfferDocumentSchema = z.looseObject({
  id: z.string(),
  name: z.nullish(z.string()),
  createdDate: z.nullish(z.string()),
});

/**
 * `OfferDocumentsList`, the answer of `GET /offers/{offerId}/documents`: the documents, whether
 * SmartRecruiters is still syncing them with the e-signature provider (the list may then change),
 * and that provider (`DOCUSIGN`).
 */
export const SrOfferDocumentsListSchema = z.looseObject({
  documents: z.nullish(z.array(SrOfferDocumentSchema)),
  isCurrentlySyncing: z.nullish(z.boolean()),
  provider: z.nullish(srEnum(SR_OFFER_DOCUMENT_PROVIDERS)),
});

/** `OfferDocumentsList` without its documents (read one by one, so a bad one loses only itself). */
export const SrOfferDocumentsListInfoSchema = z.looseObject({
  isCurrentlySyncing: z.nullish(z.boolean()),
  provider: z.nullish(srEnum(SR_OFFER_DOCUMENT_PROVIDERS)),
});

/** One offer property definition: `{ key, label, required, type }`. */
export const SrOfferPropertyDefinitionSchema = z.looseObject({
  key: z.string(),
  label: z.nullish(z.string()),
  required: z.nullish(z.boolean()),
  type: z.nullish(srEnum(SR_OFFER_PROPERTY_TYPES)),
});

/** `GET /configuration/offer-properties`: `{ categories: [{ id, properties: [...] }] }`. */
export const SrOfferPropertiesDefinitionSchema = z.looseObject({
  categories: z.nullish(
    z.array(
      z.looseObject({
        id: z.nullish(z.string()),
        properties: z.nullish(z.array(SrOfferPropertyDefinitionSchema)),
      }),
    ),
  ),
});
