/** Schemas of the unified Offer model and offer documents. */
import * as z from '../zod.js';

export type {
  Offer,
  OfferCompensation,
  OfferDocument,
  OfferModel,
} from '../../models/unified/offer.js';

import { baseModelShape, CustomFieldSchema, IdRefSchema } from './common.js';
import { OFFER_STATUSES } from './enums.js';

/**
 * An amount offered. SmartRecruiters keeps it in an offer property of type CURRENCY; `period`
 * (per year, per hour...) is not something SmartRecruiters records, so it is `null`.
 */
export const OfferCompensationSchema = z.strictObject({
  amount: z.nullable(z.number()),
  currency: z.nullable(z.string()),
  period: z.nullable(z.string()),
});

/** The unified Offer (SR `Offer` of an application). */
export const OfferSchema = z.strictObject({
  ...baseModelShape,
  /** `candidateId:jobId`, from SR's links; `null` when SR gave none. */
  application: z.nullable(IdRefSchema),
  candidate: z.nullable(IdRefSchema),
  job: z.nullable(IdRefSchema),
  status: z.enum(OFFER_STATUSES),
  remote_status: z.nullable(z.string()),
  /** SmartRecruiters records no send date: always `null`. */
  sent_at: z.nullable(z.string()),
  /** When the offer reached a final status (accepted, declined, abandoned): its last update. */
  closed_at: z.nullable(z.string()),
  /** The start date on the offer form (a DATE offer property about the start), when known. */
  starts_at: z.nullable(z.string()),
  compensation: z.nullable(OfferCompensationSchema),
  /** The offer form's properties, one per key. */
  custom_fields: z.array(CustomFieldSchema),
});

/** A document of a sent offer (the offer letter...); its bytes come from `offers.downloadDocument`. */
export const OfferDocumentSchema = z.strictObject({
  id: z.string(),
  offer: IdRefSchema,
  file_name: z.nullable(z.string()),
  /** SmartRecruiters' list gives none: `null`, listed in `not_fetched` (the download has it). */
  content_type: z.nullable(z.string()),
  created_at: z.nullable(z.string()),
  /** The e-signature provider SmartRecruiters syncs the offer's documents with (`DOCUSIGN`). */
  provider: z.nullable(z.string()),
  /**
   * Fields this record lacks because they were not fetched: their `null` or `[]` means "unknown",
   * not "empty". `content_type` here: SmartRecruiters' list does not give it.
   */
  not_fetched: z.array(z.string()),
  /** The SR object as received; absent with `includeRemoteData: false`. */
  remote_data: z.optional(z.record(z.string(), z.unknown())),
});
