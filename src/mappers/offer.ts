/**
 * Offer mappers: SR `Offer` -> unified `Offer`, offer documents, and the `offers.list` filters.
 * SR offers name their candidate and job only in their `actions` links, and keep amounts and
 * dates in offer properties whose meaning the company configures (`/configuration/offer-properties`).
 */

import {
  SrOfferDocumentSchema,
  SrOfferDocumentsListInfoSchema,
  SrOfferPropertiesDefinitionSchema,
  SrOfferSchema,
} from '../schemas/compiled/sr/offer.js';
import { OfferListParamsSchema } from '../schemas/compiled/unified/list-params.js';
import { SR_OFFER_STATUSES, type SrOfferStatus } from '../schemas/sr/enums.js';
import type { SrOffer, SrOfferDocument, SrOfferPropertyDefinition } from '../schemas/sr/offer.js';
import type { CustomField, IdRef } from '../schemas/unified/common.js';
import type { OfferStatus } from '../schemas/unified/enums.js';
import type { OfferListParams } from '../schemas/unified/list-params.js';
import type { Offer, OfferCompensation, OfferDocument, OfferModel } from '../schemas/unified/offer.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { type ApplicationKeys, applicationId } from './application-id.js';
import type { MapperContext } from './context.js';
import {
  finish,
  isRecord,
  lookup,
  orNull,
  parseLeniently,
  rawId,
  toSrDateTime,
  type WarningSink,
  warningSink,
} from './shared.js';

/** SR offer status -> unified. `NOT_APPROVED` (approval refused) has no unified match: `other`. */
export const OFFER_STATUS_MAP: Readonly<Record<SrOfferStatus, OfferStatus>> = {
  CREATED: 'draft',
  PENDING_APPROVAL: 'approval_sent',
  APPROVED: 'approved',
  NOT_APPROVED: 'other',
  PENDING_ACCEPTANCE: 'sent',
  ACCEPTED: 'accepted',
  NOT_ACCEPTED: 'declined',
  ABANDONED: 'withdrawn',
};

/** Unified offer status -> the SR status it stands for (for the list `status` filter). */
export const OFFER_STATUS_TO_SR: Readonly<Record<Exclude<OfferStatus, 'other'>, SrOfferStatus>> = {
  draft: 'CREATED',
  approval_sent: 'PENDING_APPROVAL',
  approved: 'APPROVED',
  sent: 'PENDING_ACCEPTANCE',
  accepted: 'ACCEPTED',
  declined: 'NOT_ACCEPTED',
  withdrawn: 'ABANDONED',
};

/** Statuses after which an offer no longer changes. */
const FINAL_STATUSES: ReadonlySet<string> = new Set(['ACCEPTED', 'NOT_ACCEPTED', 'ABANDONED']);

/** Maps an SR offer status; unknown or missing is `'other'`. */
export function toUnifiedOfferStatus(status: unknown): OfferStatus {
  return lookup(OFFER_STATUS_MAP, status, 'other');
}

/** Options of `toUnifiedOffer`. */
export interface OfferMapperContext<M = never> extends MapperContext<M, SrOffer, OfferModel> {
  /** The application the offer was read from, when the caller knows it (else read from `actions`). */
  application?: ApplicationKeys | undefined;
  /**
   * `GET /configuration/offer-properties` (as received): labels and types the offer's properties,
   * and lets `compensation` and `starts_at` be read from them.
   */
  definitions?: unknown;
}

const OFFER_PATH = /\/candidates\/([^/]+)\/jobs\/([^/]+)\/offers\/[^/]+\/?$/;

function decoded(part: string | undefined): string | null {
  if (part === undefined) return null;
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

function pathOf(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url, 'https://api.smartrecruiters.com').pathname;
  } catch {
    return null;
  }
}

/** The candidate and job of an offer, from its `details` link (or its `candidate` and `job` links). */
function keysFromActions(offer: SrOffer): { candidateId: string | null; jobId: string | null } {
  const match = OFFER_PATH.exec(pathOf(offer.actions?.details?.url) ?? '');
  if (match) return { candidateId: decoded(match[1]), jobId: decoded(match[2]) };
  const candidate = /\/candidates\/([^/]+)\/?$/.exec(pathOf(offer.actions?.candidate?.url) ?? '');
  const job = /\/jobs\/([^/]+)\/?$/.exec(pathOf(offer.actions?.job?.url) ?? '');
  return { candidateId: decoded(candidate?.[1]), jobId: decoded(job?.[1]) };
}

function definitionsOf(raw: unknown, sink: WarningSink): Map<string, SrOfferPropertyDefinition> {
  const out = new Map<string, SrOfferPropertyDefinition>();
  if (raw === undefined) return out;
  const parsed = parseLeniently(SrOfferPropertiesDefinitionSchema, raw, sink, { prefix: ['definitions'] });
  for (const category of parsed.categories ?? []) {
    for (const property of category.properties ?? [])
      if (!out.has(property.key)) out.set(property.key, property);
  }
  return out;
}

const MONEY_CODE_FIRST = /^([A-Za-z]{3})\s*(-?[\d.,]+)$/;
const MONEY_CODE_LAST = /^(-?[\d.,]+)\s*([A-Za-z]{3})$/;

function amountOf(text: string): number | null {
  const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

/**
 * Reads an amount from an offer property value: a number, `"85000"`, `"85,000.00"`, `"EUR 85000"`,
 * `"85000 EUR"`, or `{ code, value }` (the format of CURRENCY candidate properties).
 */
function moneyOf(value: unknown): Omit<OfferCompensation, 'period'> | null {
  if (typeof value === 'number') return Number.isFinite(value) ? { amount: value, currency: null } : null;
  if (isRecord(value)) {
    const inner = moneyOf(value.value ?? value.amount);
    const code = value.code ?? value.currency;
    if (!inner) return null;
    return { amount: inner.amount, currency: typeof code === 'string' ? code.toUpperCase() : inner.currency };
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text.startsWith('{')) {
    try {
      return moneyOf(JSON.parse(text));
    } catch {
      return null;
    }
  }
  const first = MONEY_CODE_FIRST.exec(text);
  if (first) {
    const amount = amountOf(first[2] ?? '');
    return amount === null ? null : { amount, currency: (first[1] ?? '').toUpperCase() };
  }
  const last = MONEY_CODE_LAST.exec(text);
  if (last) {
    const amount = amountOf(last[1] ?? '');
    return amount === null ? null : { amount, currency: (last[2] ?? '').toUpperCase() };
  }
  const amount = amountOf(text);
  return amount === null ? null : { amount, currency: null };
}

const SALARY_WORDS = /salary|compensation|base|pay|wage/i;
const START_WORDS = /start/i;

/** The property of `type` to read: one whose key or label has `words`, else the first of the type. */
function pick(
  properties: Record<string, unknown>,
  definitions: Map<string, SrOfferPropertyDefinition>,
  type: string,
  words: RegExp,
  fallbackToFirst: boolean,
): [string, unknown] | undefined {
  const typed = Object.entries(properties).filter(([key]) => definitions.get(key)?.type === type);
  const named = typed.find(([key]) => words.test(key) || words.test(definitions.get(key)?.label ?? ''));
  return named ?? (fallbackToFirst ? typed[0] : undefined);
}

/**
 * Maps an SR offer to the unified Offer. `application`, `candidate` and `job` come from the
 * context or SR's links; with `definitions`, the offer's properties get their labels and types,
 * `compensation` is read from its CURRENCY property (one named like salary, else the first) and
 * `starts_at` from a DATE property named like "start". Without them those two are `null` and,
 * when the offer has properties, listed in `not_fetched` with `custom_fields` (unlabelled).
 *
 * Never throws on SR data: fields that fail lenient validation become warnings and map as missing.
 */
export function toUnifiedOffer<M = never>(raw: unknown, context: OfferMapperContext<M> = {}): Offer<M> {
  const sink = warningSink(context.warnings, rawId(raw), 'offer');
  const offer = parseLeniently(SrOfferSchema, raw, sink);
  const keys = context.application ?? keysFromActions(offer);
  const definitions = definitionsOf(context.definitions, sink);
  const properties = offer.properties ?? {};
  const custom_fields: CustomField[] = Object.entries(properties).map(([key, value]) => {
    const definition = definitions.get(key);
    return {
      id: key,
      label: orNull(definition?.label),
      type: typeof definition?.type === 'string' ? definition.type.toLowerCase() : null,
      value,
      value_label: null,
    };
  });
  let compensation: OfferCompensation | null = null;
  const money = pick(properties, definitions, 'CURRENCY', SALARY_WORDS, true);
  if (money) {
    const parsed = moneyOf(money[1]);
    if (parsed) compensation = { ...parsed, period: null };
    else
      sink.add('invalid_field', 'not an amount SmartRecruiters is known to send; mapped as missing', [
        'properties',
        money[0],
      ]);
  }
  const start = pick(properties, definitions, 'DATE', START_WORDS, false);
  const startsAt = typeof start?.[1] === 'string' && !Number.isNaN(Date.parse(start[1])) ? start[1] : null;
  const ref = (id: string | null): IdRef | null => (id ? { id } : null);
  // Without the offer form's definitions, the properties are there but not what they mean.
  const notFetched: OfferModel['not_fetched'] =
    context.definitions === undefined && custom_fields.length > 0
      ? ['compensation', 'starts_at', 'custom_fields']
      : [];
  const unified: OfferModel = {
    id: offer.id,
    created_at: orNull(offer.createdOn),
    updated_at: orNull(offer.updatedOn),
    not_fetched: notFetched,
    application:
      keys.candidateId && keys.jobId && !keys.candidateId.includes(':') && !keys.jobId.includes(':')
        ? { id: applicationId(keys.candidateId, keys.jobId) }
        : null,
    candidate: ref(keys.candidateId),
    job: ref(keys.jobId),
    status: toUnifiedOfferStatus(offer.status),
    remote_status: orNull(offer.status),
    sent_at: null,
    closed_at:
      typeof offer.status === 'string' && FINAL_STATUSES.has(offer.status) ? orNull(offer.updatedOn) : null,
    starts_at: startsAt,
    compensation,
    custom_fields,
  };
  return finish(unified, raw, offer, context);
}

/** Options of `toUnifiedOfferDocument`. */
export interface OfferDocumentMapperContext {
  /** The offer the document belongs to. */
  offerId: string;
  /** The list's `provider` (`offerDocumentsOf`). */
  provider?: string | null | undefined;
  /** Keep the SR document as received in `remote_data`. Default `true`. */
  includeRemoteData?: boolean | undefined;
  /** Collector for warnings: SR fields that failed lenient validation are pushed here. */
  warnings?: MapperContext['warnings'];
}

/**
 * Reads `GET /offers/{offerId}/documents` (`OfferDocumentsList`): its `documents` and `provider`.
 * While SmartRecruiters is still syncing the documents with the provider (`isCurrentlySyncing`)
 * the list may change: an `offer_documents_syncing` warning says so.
 *
 * Never throws on SR data: fields that fail lenient validation become warnings.
 */
export function offerDocumentsOf(
  body: unknown,
  warnings?: MapperContext['warnings'],
): {
  /** The documents, as received (map each with `toUnifiedOfferDocument`). */
  items: unknown[];
  /** The e-signature provider the documents are with, `null` when none. */
  provider: string | null;
} {
  const sink = warningSink(warnings, null, 'offer documents');
  // The documents are read one by one (`toUnifiedOfferDocument`): one bad item loses only itself.
  const record = isRecord(body) ? body : {};
  const list = parseLeniently(SrOfferDocumentsListInfoSchema, { ...record, documents: undefined }, sink);
  let items: unknown[] = [];
  if (Array.isArray(record.documents)) items = record.documents;
  else if (record.documents !== undefined && record.documents !== null) {
    sink.add('invalid_field', 'not a list of documents; mapped as empty', ['documents']);
  }
  if (list.isCurrentlySyncing === true) {
    sink.add(
      'offer_documents_syncing',
      'SmartRecruiters is still syncing these documents with the e-signature provider: the list may change',
      ['isCurrentlySyncing'],
    );
  }
  return { items, provider: orNull(list.provider) };
}

/**
 * Maps an item of `GET /offers/{offerId}/documents` (`OfferDocument {id, name, createdDate}`).
 * SmartRecruiters' list gives no content type: `content_type` is `null` and listed in
 * `not_fetched` (`offers.downloadDocument` returns it).
 */
export function toUnifiedOfferDocument(raw: unknown, context: OfferDocumentMapperContext): OfferDocument {
  const sink = warningSink(context.warnings, rawId(raw), 'offer document');
  const doc: SrOfferDocument = parseLeniently(SrOfferDocumentSchema, raw, sink);
  const unified: OfferDocument = {
    id: doc.id,
    offer: { id: context.offerId },
    not_fetched: ['content_type'],
    file_name: orNull(doc.name),
    content_type: null,
    created_at: orNull(doc.createdDate),
    provider: context.provider ?? null,
  };
  if (context.includeRemoteData !== false && isRecord(raw)) unified.remote_data = raw as SrOfferDocument;
  return unified;
}

// ---- list parameters ----

/** SR `GET /offers` query; `status` is sent repeated. */
export interface OfferListSrQuery {
  /** Only offers with these statuses. */
  status?: SrOfferStatus[];
  /** Only offers created after this time (ISO 8601 date-time). */
  createdAfter?: string;
  /** Only offers created before this time (ISO 8601 date-time). */
  createdBefore?: string;
  /** How many offers per page (1-100). */
  limit?: number;
}

/**
 * Translates `offers.list` parameters to SR's `GET /offers` query (`application_id` stays with the
 * resource): unified statuses become SR's, dates become date-times.
 *
 * @throws ValidationError on invalid parameters
 */
export function toSrOfferListQuery(params: OfferListParams = {}): OfferListSrQuery {
  const parsed = parseInput(OfferListParamsSchema, params, 'offer list parameters');
  const query: OfferListSrQuery = {};
  if (parsed.status !== undefined) {
    const values: readonly string[] = Array.isArray(parsed.status) ? parsed.status : [parsed.status];
    const out = new Set<SrOfferStatus>();
    for (const value of values) {
      out.add(
        (SR_OFFER_STATUSES as readonly string[]).includes(value)
          ? (value as SrOfferStatus)
          : OFFER_STATUS_TO_SR[value as Exclude<OfferStatus, 'other'>],
      );
    }
    query.status = [...out];
  }
  if (parsed.created_after !== undefined) query.createdAfter = toSrDateTime(parsed.created_after);
  if (parsed.created_before !== undefined) query.createdBefore = toSrDateTime(parsed.created_before);
  if (parsed.limit !== undefined) query.limit = parsed.limit;
  return query;
}
