/** The unified Offer model and offer documents, as plain interfaces. */

import type { OfferStatus } from '../../schemas/unified/enums.js';
import type { SrOffer, SrOfferDocument } from '../sr/offer.js';
import type { CustomField, FetchableField, IdRef, ModelBase, WithCustomMappings } from './common.js';

/**
 * An amount offered. SmartRecruiters keeps it in an offer property of type CURRENCY; `period`
 * (per year, per hour...) is not something SmartRecruiters records, so it is `null`.
 */
export interface OfferCompensation {
  /** The amount offered. */
  amount: number | null;
  /** ISO-4217 code. */
  currency: string | null;
  /** Always `null`: SmartRecruiters records no period. */
  period: string | null;
}

/** An offer without mapping-extension output (SR `Offer` of an application). */
export interface OfferModel extends ModelBase<SrOffer> {
  /**
   * Fields this record lacks because they were not fetched: their `null` or `[]` means "unknown",
   * not "empty". Empty when the record is complete.
   */
  not_fetched: Array<FetchableField<OfferModel>>;
  /** `candidateId:jobId`, from SR's links; `null` when SR gave none. */
  application: IdRef | null;
  /** The candidate, from SR's links. */
  candidate: IdRef | null;
  /** The job, from SR's links. */
  job: IdRef | null;
  /**
   * CREATED `draft`, PENDING_APPROVAL `approval_sent`, APPROVED `approved`, PENDING_ACCEPTANCE
   * `sent`, ACCEPTED `accepted`, NOT_ACCEPTED `declined`, ABANDONED `withdrawn`, else `other`.
   */
  status: OfferStatus;
  /** SR's status as sent. */
  remote_status: string | null;
  /** SmartRecruiters records no send date: always `null`. */
  sent_at: string | null;
  /** When the offer reached a final status (accepted, declined, abandoned): its last update. */
  closed_at: string | null;
  /** The start date on the offer form (a DATE offer property about the start), when known. */
  starts_at: string | null;
  /** The offered amount: the offer form's CURRENCY property (one named like salary first). */
  compensation: OfferCompensation | null;
  /** The offer form's properties, one per key. */
  custom_fields: CustomField[];
}
/** An offer; `custom_mappings: M` when a mapping extension is configured. */
export type Offer<M = never> = WithCustomMappings<OfferModel, M>;

/** A document of a sent offer (the offer letter...); its bytes come from `offers.downloadDocument`. */
export interface OfferDocument {
  /** SR's id of the document. */
  id: string;
  /** The offer it belongs to. */
  offer: IdRef;
  /** SR `name`. */
  file_name: string | null;
  /** SmartRecruiters' list gives none: `null`, listed in `not_fetched` (the download has it). */
  content_type: string | null;
  /** SR `createdDate`. */
  created_at: string | null;
  /** The e-signature provider SmartRecruiters syncs the offer's documents with (`DOCUSIGN`). */
  provider: string | null;
  /**
   * Fields this record lacks because they were not fetched: their `null` or `[]` means "unknown",
   * not "empty". `content_type` here: SmartRecruiters' list does not give it.
   */
  not_fetched: Array<FetchableField<OfferDocument>>;
  /** The SR object as received; absent with `includeRemoteData: false`. */
  remote_data?: SrOfferDocument;
}
