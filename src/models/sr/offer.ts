/**
 * SmartRecruiters offer wire shapes (Offers API: `/offers`, `/candidates/{id}/jobs/{jobId}/offers`,
 * offer documents, `/configuration/offer-properties`), lenient.
 */
import type { SrOfferDocumentProvider, SrOfferPropertyType, SrOfferStatus } from '../../schemas/sr/enums.js';
import type { Open, SrActions } from './common.js';

/**
 * `Offer`: an item of `GET /offers` and of an application's offers, and `GET …/offers/{offerId}`.
 * It names its candidate and job only through `actions` (`candidate`, `job`, `details` URLs).
 * `properties` maps offer property keys (see `/configuration/offer-properties`) to values.
 */
export interface SrOffer {
  /** SmartRecruiters' id of the offer. */
  id: string;
  /** The offer's status. */
  status?: Open<SrOfferStatus> | null | undefined;
  /** When the offer was created (ISO-8601). */
  createdOn?: string | null | undefined;
  /** When the offer was last updated (ISO-8601). */
  updatedOn?: string | null | undefined;
  /** The offer form's values, by property key. */
  properties?: Record<string, unknown> | null | undefined;
  /** Links to the offer's details, candidate and job. */
  actions?: SrActions | null | undefined;
  [key: string]: unknown;
}

/** `OfferDocument`: a document of a sent offer, `{ id, name, createdDate }`. */
export interface SrOfferDocument {
  /** Id of the document. */
  id: string;
  /** Name of the document. */
  name?: string | null | undefined;
  /** When the document was created (`yyyy-MM-ddTHH:mm:ss.SSSZZ`). */
  createdDate?: string | null | undefined;
  [key: string]: unknown;
}

/**
 * `OfferDocumentsList`, the answer of `GET /offers/{offerId}/documents`: the documents, whether
 * SmartRecruiters is still syncing them with the e-signature provider (the list may then change),
 * and that provider (`DOCUSIGN`).
 */
export interface SrOfferDocumentsList {
  /** The documents. */
  documents?: SrOfferDocument[] | null | undefined;
  /** Whether the documents are being synced with the provider; if so, the list may change. */
  isCurrentlySyncing?: boolean | null | undefined;
  /** The provider the documents are synced with; only `DOCUSIGN` today. */
  provider?: Open<SrOfferDocumentProvider> | null | undefined;
  [key: string]: unknown;
}

/** One offer property definition: `{ key, label, required, type }`. */
export interface SrOfferPropertyDefinition {
  /** The property's key. */
  key: string;
  /** The property's label. */
  label?: string | null | undefined;
  /** Whether the property is required. */
  required?: boolean | null | undefined;
  /** The property's type. */
  type?: Open<SrOfferPropertyType> | null | undefined;
  [key: string]: unknown;
}

/** A category of offer properties. */
export interface SrOfferPropertyCategory {
  /** The category's id. */
  id?: string | null | undefined;
  /** The category's properties. */
  properties?: SrOfferPropertyDefinition[] | null | undefined;
  [key: string]: unknown;
}

/** `GET /configuration/offer-properties`: `{ categories: [{ id, properties: [...] }] }`. */
export interface SrOfferPropertiesDefinition {
  /** The property categories. */
  categories?: SrOfferPropertyCategory[] | null | undefined;
  [key: string]: unknown;
}
