/**
 * Application mappers: SR `Application` / `Assignment` -> unified `Application`, and the write
 * bodies of status changes, source changes and candidate properties.
 */

import { ValidationError, type ValidationIssue } from '../core/errors.js';
import {
  SrApplicationRecordSchema,
  SrCandidatePropertiesSchema,
  SrScreeningAnswersSchema,
  SrStatusHistorySchema,
} from '../schemas/compiled/sr/application.js';
import { SrCandidateDetailsSchema, SrSourceDetailsSchema } from '../schemas/compiled/sr/candidate.js';
import {
  ApplicationStatusUpdateInputSchema,
  CUSTOM_FIELD_VALUE_SCHEMAS,
  CustomFieldValuesInputSchema,
  UnknownCustomFieldValueSchema,
} from '../schemas/compiled/unified/application.js';
import { ApplicationSourceInputSchema } from '../schemas/compiled/unified/input-common.js';
import {
  ApplicationListParamsSchema,
  ApplicationStatusFilterParamSchema,
} from '../schemas/compiled/unified/list-params.js';
import type {
  SrApplicationRecord,
  SrCandidatePropertyValueInput,
  SrCandidateStatus,
} from '../schemas/sr/application.js';
import type { SrApplicationStatus, SrSourceDetails } from '../schemas/sr/candidate.js';
import { SR_APPLICATION_STATUSES } from '../schemas/sr/enums.js';
import type {
  Application,
  ApplicationModel,
  ApplicationSource,
  ApplicationStatusUpdateInput,
  CustomFieldTypeLike,
  CustomFieldValueInput,
  ScreeningAnswer,
} from '../schemas/unified/application.js';
import type { CustomField, NamedRef } from '../schemas/unified/common.js';
import {
  type ApplicationOutcome,
  type ApplicationStatus,
  CUSTOM_FIELD_TYPES,
  type CustomFieldType,
} from '../schemas/unified/enums.js';
import type { ApplicationSourceInput } from '../schemas/unified/input-common.js';
import type { ApplicationListParams } from '../schemas/unified/list-params.js';
import { parseInput, toValidationIssues } from '../schemas/unified/parse-input.js';
import type { MapperContext } from './context.js';
import {
  contentOf,
  finish,
  fullName,
  isRecord,
  lookup,
  orNull,
  parseLeniently,
  rawId,
  toSrDateInput,
  toSrDateTime,
  type WarningSink,
  warningSink,
} from './shared.js';

// ---- enums ----

/** SR application status -> unified: one to one, lowercased. */
export const APPLICATION_STATUS_MAP: Readonly<
  Record<SrApplicationStatus, Exclude<ApplicationStatus, 'other'>>
> = {
  LEAD: 'lead',
  NEW: 'new',
  IN_REVIEW: 'in_review',
  INTERVIEW: 'interview',
  OFFERED: 'offered',
  HIRED: 'hired',
  REJECTED: 'rejected',
  WITHDRAWN: 'withdrawn',
  TRANSFERRED: 'transferred',
};

/** Unified application status -> SR (the inverse of `APPLICATION_STATUS_MAP`). */
export const APPLICATION_STATUS_TO_SR: Readonly<
  Record<Exclude<ApplicationStatus, 'other'>, SrApplicationStatus>
> = {
  lead: 'LEAD',
  new: 'NEW',
  in_review: 'IN_REVIEW',
  interview: 'INTERVIEW',
  offered: 'OFFERED',
  hired: 'HIRED',
  rejected: 'REJECTED',
  withdrawn: 'WITHDRAWN',
  transferred: 'TRANSFERRED',
};

/** Maps an SR application status; anything unknown (or missing) is `'other'`. */
export function toUnifiedApplicationStatus(status: unknown): ApplicationStatus {
  return lookup(APPLICATION_STATUS_MAP, status, 'other');
}

/** `hired` for HIRED, `declined` for REJECTED and WITHDRAWN, `pending` otherwise. */
export function toApplicationOutcome(status: ApplicationStatus): ApplicationOutcome {
  if (status === 'hired') return 'hired';
  if (status === 'rejected' || status === 'withdrawn') return 'declined';
  return 'pending';
}

/**
 * Translates a status filter (unified or SR values, one or an array) into SR's `status[]` query
 * values, deduplicated in order.
 *
 * @throws ValidationError on a value that is neither
 */
export function toSrApplicationStatusFilter(status: string | readonly string[]): SrApplicationStatus[] {
  const parsed = parseInput(ApplicationStatusFilterParamSchema, status, 'application status filter');
  const values = Array.isArray(parsed) ? parsed : [parsed];
  const out = new Set<SrApplicationStatus>();
  for (const value of values) {
    out.add(
      (SR_APPLICATION_STATUSES as readonly string[]).includes(value)
        ? (value as SrApplicationStatus)
        : APPLICATION_STATUS_TO_SR[value as Exclude<ApplicationStatus, 'other'>],
    );
  }
  return [...out];
}

// ---- custom fields and screening answers ----

/**
 * Maps candidate properties (`GET /candidates/{id}/jobs/{jobId}/properties`: the response, `{}`,
 * or its `content`) to custom fields. `type` is lowercased (`SINGLE_SELECT` -> `single_select`).
 */
export function toUnifiedCandidateProperties(
  properties: unknown,
  sink: WarningSink = warningSink(undefined, null, 'candidate property'),
  path: (string | number)[] = ['properties'],
): CustomField[] {
  const items = contentOf(properties, sink, path);
  const parsed = parseLeniently(SrCandidatePropertiesSchema, items, sink, { prefix: path, empty: [] });
  return parsed.map((property) => ({
    id: property.id,
    label: orNull(property.label),
    type: typeof property.type === 'string' ? property.type.toLowerCase() : null,
    value: property.value ?? null,
    value_label: orNull(property.valueLabel),
  }));
}

/** Maps screening answers (`GET …/screening-answers`: the response or its `content`). */
export function toUnifiedScreeningAnswers(
  answers: unknown,
  sink: WarningSink = warningSink(undefined, null, 'screening answer'),
  path: (string | number)[] = ['screeningAnswers'],
): ScreeningAnswer[] {
  const items = contentOf(answers, sink, path);
  const parsed = parseLeniently(SrScreeningAnswersSchema, items, sink, { prefix: path, empty: [] });
  return parsed.map((answer) => ({
    id: answer.id,
    name: orNull(answer.name),
    question: orNull(answer.label),
    type: orNull(answer.type),
    category: orNull(answer.category),
    records: (answer.records ?? []).map((record) => ({
      fields: (record.fields ?? []).map((field) => ({
        id: orNull(field.id),
        label: orNull(field.label),
        values: (field.values ?? []).map((value) => ({ id: orNull(value.id), label: orNull(value.label) })),
      })),
    })),
  }));
}

// ---- SR -> unified ----

/**
 * Options of `toUnifiedApplication`. SR's `Application` carries neither its candidate nor its job,
 * so their ids come from here (an `Assignment` carries its job).
 */
export interface ApplicationMapperContext<M = never>
  extends MapperContext<M, SrApplicationRecord, ApplicationModel> {
  /** The candidate the application belongs to. */
  candidateId: string;
  /** The job; required for an SR `Application`, read from `job.id` for an `Assignment`. */
  jobId?: string | undefined;
  /**
   * The candidate's name for `candidate.name` (`null`: the candidate has none). Not given: SR's
   * `Application` does not carry it, so `candidate.name` is `null` and `candidate` is listed in
   * `not_fetched`.
   */
  candidateName?: string | null | undefined;
  /**
   * The job's name for `job.name` (an `Assignment`'s `job.title` otherwise). Not given for an SR
   * `Application`, which does not carry it: `job.name` is `null` and `job` is in `not_fetched`.
   */
  jobName?: string | null | undefined;
  /** `GET …/status/history` (response or `content`): fills `applied_at`, `hired_at`, `rejected_at`. */
  statusHistory?: unknown;
  /** `GET …/properties` (response or `content`): fills `custom_fields`. */
  properties?: unknown;
  /** `GET …/screening-answers` (response or `content`): fills `screening_answers` (else `null`). */
  screeningAnswers?: unknown;
  /**
   * `sourceDetails {sourceTypeId, sourceSubTypeId, sourceId}` as written: gives `source` when the
   * record has no `actions.sourceDetails` link.
   */
  sourceDetails?: unknown;
  /**
   * `raw` is an assignment of a `GET /candidates` list item, which carries the job and (primary
   * assignment only) the status: the rest is listed in `not_fetched`. Default `false`.
   */
  listItem?: boolean | undefined;
}

/** What an application's status history tells. */
interface HistoryDates {
  created_at: string | null;
  updated_at: string | null;
  applied_at: string | null;
  hired_at: string | null;
  rejected_at: string | null;
}

/** The application fields only its status history gives (SR's Application has no dates). */
const HISTORY_FIELDS = ['created_at', 'updated_at', 'applied_at', 'hired_at', 'rejected_at'] as const;
/** The application fields a candidate list item's assignment lacks. */
const LIST_ITEM_MISSING = [
  'source',
  'reject_reason',
  'withdraw_reason',
  'starts_at',
  'web_url',
  'job_application_id',
] as const;
/** The status fields a secondary assignment of a candidate list item lacks. */
const STATUS_FIELDS = ['status', 'remote_status', 'sub_status', 'outcome'] as const;

const SOURCE_PATH = /\/configuration\/sources\/([^/?#]+)\/values\/([^/?#]+)\/?$/;

function decodeSegment(segment: string): string | null {
  try {
    const value = decodeURIComponent(segment);
    return value.trim() === '' ? null : value;
  } catch {
    return null;
  }
}

/**
 * The source ids of an application from its `actions.sourceDetails` link, which points at the
 * source value it came from: `…/configuration/sources/{sourceTypeId}/values/{sourceValueId}`.
 * A `sourceSubType` query parameter, if SR adds one, gives the sub-type (UNCONFIRMED).
 */
export function sourceFromLink(
  url: unknown,
): { id: string; type_id: string; sub_type_id: string | null } | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://api.smartrecruiters.com');
  } catch {
    return null;
  }
  const match = SOURCE_PATH.exec(parsed.pathname);
  const typeId = match?.[1] ? decodeSegment(match[1]) : null;
  const id = match?.[2] ? decodeSegment(match[2]) : null;
  if (!typeId || !id) return null;
  const subType = parsed.searchParams.get('sourceSubType');
  return { id, type_id: typeId, sub_type_id: subType && subType.trim() !== '' ? subType : null };
}

function historyDates(history: unknown, status: ApplicationStatus, sink: WarningSink): HistoryDates {
  const path = ['statusHistory'];
  const items = parseLeniently(SrStatusHistorySchema, contentOf(history, sink, path), sink, {
    prefix: path,
    empty: [],
  });
  const dated = items
    .flatMap((item) => {
      const time = typeof item.changedOn === 'string' ? Date.parse(item.changedOn) : Number.NaN;
      return Number.isNaN(time) ? [] : [{ time, at: item.changedOn as string, status: item.status }];
    })
    .sort((a, b) => a.time - b.time);
  const latest = (srStatus: SrApplicationStatus) =>
    dated.filter((entry) => entry.status === srStatus).at(-1)?.at ?? null;
  return {
    // The application exists from its first status; SR keeps no other update time for it.
    created_at: dated[0]?.at ?? null,
    updated_at: dated.at(-1)?.at ?? null,
    // A lead was sourced, not an applicant: the application starts with its first other status.
    applied_at: dated.find((entry) => entry.status !== 'LEAD')?.at ?? null,
    hired_at: status === 'hired' ? latest('HIRED') : null,
    rejected_at: status === 'rejected' ? latest('REJECTED') : null,
  };
}

/**
 * The application's source: ids from the `actions.sourceDetails` link (or a `sourceDetails` the
 * caller gives), name from SR's `source` label. A label without ids is reported and left out: a
 * label in place of an id would not round-trip into a create or `updateSource`.
 */
function applicationSource(
  app: SrApplicationRecord,
  context: ApplicationMapperContext<unknown>,
  sink: WarningSink,
): ApplicationSource | null {
  const name = orNull(app.source);
  const fromLink = sourceFromLink(app.actions?.sourceDetails?.url);
  if (fromLink) return { ...fromLink, name };
  if (context.sourceDetails) {
    const details = parseLeniently(SrSourceDetailsSchema, context.sourceDetails, sink, {
      prefix: ['sourceDetails'],
    });
    if (details.sourceId && details.sourceTypeId) {
      return {
        id: details.sourceId,
        name,
        type_id: details.sourceTypeId,
        sub_type_id: details.sourceSubTypeId ?? null,
      };
    }
  }
  if (name !== null) {
    sink.add(
      'missing_source_id',
      'the source has a label but no actions.sourceDetails link; mapped as missing',
      ['actions', 'sourceDetails'],
    );
  }
  return null;
}

function reason(
  value: { id: string; label?: string | null | undefined } | null | undefined,
): NamedRef | null {
  return value ? { id: value.id, name: orNull(value.label) } : null;
}

/**
 * Maps an SR `Application` (`GET /candidates/{id}/jobs/{jobId}`) or an `Assignment` (a candidate's
 * `primaryAssignment` / `secondaryAssignments[]`) to the unified Application.
 *
 * Never throws on SR data: fields that fail lenient validation become warnings and map as missing.
 */
export function toUnifiedApplication<M = never>(
  raw: unknown,
  context: ApplicationMapperContext<M>,
): Application<M> {
  const rawJobId =
    isRecord(raw) && isRecord(raw.job) && typeof raw.job.id === 'string' ? raw.job.id : undefined;
  const jobId = context.jobId ?? rawJobId ?? '';
  const id = `${context.candidateId}:${jobId}`;
  const sink = warningSink(context.warnings, id, 'application');
  if (jobId === '')
    sink.add('missing_id', 'no job id (pass context.jobId for an SR Application)', ['job', 'id']);
  const app = parseLeniently(SrApplicationRecordSchema, raw, sink);

  const status = toUnifiedApplicationStatus(app.status);
  const source = applicationSource(app, context, sink);
  const dates = context.statusHistory
    ? historyDates(context.statusHistory, status, sink)
    : { created_at: null, updated_at: null, applied_at: null, hired_at: null, rejected_at: null };
  const notFetched: ApplicationModel['not_fetched'] = [];
  // SR's Application names neither its candidate nor its job: their names are unknown, not empty.
  if (context.candidateName === undefined) notFetched.push('candidate');
  if (context.jobName === undefined && rawJobId === undefined) notFetched.push('job');
  if (context.listItem) {
    notFetched.push(...LIST_ITEM_MISSING);
    if (app.status === undefined || app.status === null) notFetched.push(...STATUS_FIELDS);
  } else if (rawJobId !== undefined) {
    // A candidate's full Assignment is the application without its `url` and SR's job
    // application id (§6.2).
    notFetched.push('web_url', 'job_application_id');
  }
  if (context.statusHistory === undefined) notFetched.push(...HISTORY_FIELDS);
  if (context.properties === undefined) notFetched.push('custom_fields');
  if (context.screeningAnswers === undefined) notFetched.push('screening_answers');

  const unified: ApplicationModel = {
    id,
    created_at: dates.created_at,
    updated_at: dates.updated_at,
    not_fetched: notFetched,
    candidate: { id: context.candidateId, name: context.candidateName ?? null },
    job: { id: jobId, name: context.jobName ?? app.job?.title ?? null },
    status,
    remote_status: orNull(app.status),
    sub_status: orNull(app.subStatus),
    outcome: toApplicationOutcome(status),
    source,
    reject_reason: reason(app.reasonOfRejection),
    withdraw_reason: reason(app.reasonOfWithdrawal),
    starts_at: orNull(app.startsOn),
    applied_at: dates.applied_at,
    rejected_at: dates.rejected_at,
    hired_at: dates.hired_at,
    web_url: orNull(app.url),
    job_application_id: orNull(app.applicationId),
    custom_fields: context.properties ? toUnifiedCandidateProperties(context.properties, sink) : [],
    screening_answers:
      context.screeningAnswers === undefined
        ? null
        : toUnifiedScreeningAnswers(context.screeningAnswers, sink),
  };
  return finish(unified, raw, app, context);
}

/** Options of `toUnifiedApplicationsFromCandidate`. */
export interface CandidateApplicationsContext<M = never>
  extends MapperContext<M, SrApplicationRecord, ApplicationModel> {
  /**
   * The candidate is a `GET /candidates` list item, whose assignments carry the job and (primary
   * only) the status: the rest of each application is listed in `not_fetched`. Default `false`.
   */
  listItem?: boolean | undefined;
}

/**
 * The applications of an SR candidate (list item or details): one per assignment with a job, in
 * SR's order (primary first), deduplicated by job. `remote_data` of each is its `Assignment`.
 * List items' secondary assignments carry no status: those map to status `'other'` with
 * `remote_status: null`; fetch the application for the rest.
 */
export function toUnifiedApplicationsFromCandidate<M = never>(
  rawCandidate: unknown,
  context: CandidateApplicationsContext<M> = {},
): Application<M>[] {
  const candidateId = rawId(rawCandidate);
  const sink = warningSink(context.warnings, candidateId, 'candidate');
  const candidate = parseLeniently(SrCandidateDetailsSchema, rawCandidate, sink);
  const name = fullName(candidate.firstName, candidate.lastName);
  const rawRecord = isRecord(rawCandidate) ? rawCandidate : {};
  const rawAssignments: unknown[] = [
    rawRecord.primaryAssignment,
    ...(Array.isArray(rawRecord.secondaryAssignments) ? rawRecord.secondaryAssignments : []),
  ];
  const seen = new Set<string>();
  const out: Application<M>[] = [];
  for (const assignment of rawAssignments) {
    if (!isRecord(assignment) || !isRecord(assignment.job) || typeof assignment.job.id !== 'string') continue;
    const jobId = assignment.job.id;
    if (jobId === '' || seen.has(jobId)) continue;
    seen.add(jobId);
    out.push(
      toUnifiedApplication(assignment, {
        ...context,
        candidateId: candidate.id,
        candidateName: name,
        jobId,
        listItem: context.listItem,
      }),
    );
  }
  return out;
}

// ---- unified -> SR (writes) ----

/**
 * Body of `PUT /candidates/{id}/jobs/{jobId}/status` (`CandidateStatus`) from a unified status
 * change: `{ status, subStatus? }`, `{ status: 'REJECTED' | 'WITHDRAWN', reason }`,
 * `{ status: 'HIRED', startsOn? }`; `startsOn` is a date-time in SR's `CandidateStatus` (a date is sent
 * as the start of that day in UTC).
 *
 * @throws ValidationError on invalid input
 */
export function toSrCandidateStatus(input: ApplicationStatusUpdateInput): SrCandidateStatus {
  const parsed = parseInput(ApplicationStatusUpdateInputSchema, input, 'application status update');
  const body: SrCandidateStatus = { status: APPLICATION_STATUS_TO_SR[parsed.status] };
  if ('sub_status' in parsed && parsed.sub_status !== undefined) body.subStatus = parsed.sub_status;
  if ('reason_id' in parsed) body.reason = parsed.reason_id;
  if ('starts_at' in parsed && parsed.starts_at !== undefined) body.startsOn = toSrDateTime(parsed.starts_at);
  return body;
}

/** `sourceDetails` from an already validated source input. */
export function sourceDetailsOf(source: ApplicationSourceInput): SrSourceDetails {
  // Key order follows SR's documentation: sourceTypeId, sourceSubTypeId, sourceId (§13).
  return source.sub_type_id === undefined || source.sub_type_id === null
    ? { sourceTypeId: source.type_id, sourceId: source.id }
    : { sourceTypeId: source.type_id, sourceSubTypeId: source.sub_type_id, sourceId: source.id };
}

/**
 * `SourceDetails {sourceTypeId, sourceSubTypeId?, sourceId}`: the body of
 * `PUT /candidates/{id}/jobs/{jobId}/source` and the `sourceDetails` of a create.
 *
 * @throws ValidationError on invalid input
 */
export function toSrSourceDetails(input: ApplicationSourceInput): SrSourceDetails {
  return sourceDetailsOf(parseInput(ApplicationSourceInputSchema, input, 'application source'));
}

function normalizeType(type: string | null | undefined): CustomFieldType | null | undefined {
  if (type === undefined || type === null) return type;
  const lower = type.toLowerCase();
  return (CUSTOM_FIELD_TYPES as readonly string[]).includes(lower) ? (lower as CustomFieldType) : null;
}

function normalizeValue(type: CustomFieldType | null | undefined, value: unknown): unknown {
  // SR wants lowercase country and region codes and uppercase ISO-4217 currency codes (§6.3).
  if ((type === 'country' || type === 'region') && typeof value === 'string') return value.toLowerCase();
  if (type === 'currency' && isRecord(value) && typeof value.code === 'string') {
    return { code: value.code.toUpperCase(), value: value.value };
  }
  if (type === 'date' && value instanceof Date) return toSrDateInput(value);
  return value;
}

/** Where property types are known: definitions (`{ id, type }[]`, e.g. custom fields) or `id -> type`. */
export type CustomFieldTypes =
  | Readonly<Record<string, CustomFieldTypeLike>>
  | ReadonlyArray<{
      /** The property's id. */
      id: string;
      /** Its type, `null` when unknown. */
      type: CustomFieldTypeLike | null;
    }>;

/**
 * Body of `PUT /candidates/{id}/jobs/{jobId}/properties`: `[{ id, value }]`, `[{ id }]` to
 * reset. When a property's type is known (from the input's `type` or from `types`) its value must
 * be in SR's format for that type: BOOLEAN boolean, COUNTRY ISO-3166-1 alpha-2, CURRENCY
 * `{ code, value }`, DATE ISO-8601, NUMBER/PERCENT number, REGION ISO-3166-2, SINGLE_SELECT value
 * id, TEXT string, USER user id. Country/region codes are lowercased and currency codes uppercased
 * as SR expects.
 *
 * @throws ValidationError listing every bad value (path `[index, 'value']`)
 */
export function toSrCandidatePropertyValues(
  input: readonly CustomFieldValueInput[],
  options: { types?: CustomFieldTypes | undefined } = {},
): SrCandidatePropertyValueInput[] {
  const items = parseInput(CustomFieldValuesInputSchema, input, 'custom field values');
  const known = new Map<string, string | null>();
  if (Array.isArray(options.types)) {
    for (const definition of options.types as ReadonlyArray<{ id: string; type: string | null }>) {
      known.set(definition.id, definition.type);
    }
  } else if (options.types) {
    for (const [id, type] of Object.entries(options.types)) known.set(id, type);
  }
  const issues: ValidationIssue[] = [];
  const body: SrCandidatePropertyValueInput[] = items.map((item, index) => {
    const knownType = normalizeType(known.get(item.id));
    if (item.type !== undefined && knownType && knownType !== item.type) {
      issues.push({
        path: [index, 'type'],
        message: `type '${item.type}' contradicts the property's type '${knownType}'`,
        code: 'custom',
      });
    }
    if (item.value === undefined || item.value === null) return { id: item.id };
    const type = item.type ?? knownType;
    const schema = type ? CUSTOM_FIELD_VALUE_SCHEMAS[type] : UnknownCustomFieldValueSchema;
    const found = schema.issues(item.value);
    if (found.length > 0) {
      for (const issue of toValidationIssues(found, [index, 'value'])) {
        issues.push({ ...issue, message: type ? `${issue.message} (a ${type} property)` : issue.message });
      }
      return { id: item.id };
    }
    return { id: item.id, value: normalizeValue(type, item.value) };
  });
  if (issues.length > 0) throw new ValidationError('Invalid custom field values', issues);
  return body;
}

// ---- list parameters ----

/** SR `GET /candidates` query for listing applications (no `/applications` collection exists). */
export interface ApplicationListSrQuery {
  /** Only candidates who applied to these jobs (ids). */
  jobId?: string[];
  /** Only candidates with these statuses, in the context of a job. */
  status?: SrApplicationStatus[];
  /** Only candidates updated after this time (ISO 8601 date-time). */
  updatedAfter?: string;
  /** How many candidates per page (at most 100). */
  limit?: number;
}

/**
 * Translates `applications.list` parameters to the SR candidates query that lists them. The
 * `candidate_id` and `cursor` stay with the resource (one candidate's applications are read from
 * the candidate; the cursor is decoded by the paginator).
 *
 * @throws ValidationError on invalid parameters
 */
export function toSrApplicationListQuery(params: ApplicationListParams = {}): ApplicationListSrQuery {
  const parsed = parseInput(ApplicationListParamsSchema, params, 'application list parameters');
  const query: ApplicationListSrQuery = {};
  if (parsed.job_id !== undefined) query.jobId = [parsed.job_id];
  if (parsed.status !== undefined) query.status = toSrApplicationStatusFilter(parsed.status);
  if (parsed.updated_after !== undefined) query.updatedAfter = toSrDateTime(parsed.updated_after);
  if (parsed.limit !== undefined) query.limit = parsed.limit;
  return query;
}
