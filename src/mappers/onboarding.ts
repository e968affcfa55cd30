/**
 * SmartOnboard mappers: SR new hires, onboarding processes, assignments and web form answers
 * (SmartOnboard API) -> the unified onboarding models. Pure: no I/O.
 */

import type {
  FormAnswer,
  FormAnswers,
  FormAnswersModel,
  NewHire,
  NewHireModel,
  OnboardingAssignment,
  OnboardingAssignmentModel,
  OnboardingAttachment,
  OnboardingProcess,
  OnboardingProcessModel,
} from '../models/unified/onboarding.js';
import type {
  SrNewHire,
  SrOnboardingProcess,
  SrWebFormAnswer,
  SrWebFormAnswers,
  SrWebFormFieldMetadata,
} from '../routes/smartonboard.js';
import {
  SrActivityAssignmentAttachmentsSchema,
  SrActivityAssignmentSchema,
  SrFillablePdfFormAssignmentSchema,
  SrNewHireSchema,
  SrOnboardingProcessSchema,
  SrWebFormAnswersSchema,
  SrWebFormAssignmentSchema,
  SrWebFormFieldsMetadataSchema,
} from '../schemas/compiled/sr/smartonboard.js';
import type { Url, UrlType, Warning } from '../schemas/unified/common.js';
import type { OnboardingAssignmentKind } from '../schemas/unified/enums.js';
import type { MapperContext } from './context.js';
import { finish, fullName, isRecord, lookup, orNull, parseLeniently, rawId, warningSink } from './shared.js';

/** SR `socialMedia` keys -> URL type, in the order URLs are listed (Indeed is `other`). */
const SOCIAL_URL_TYPES: Readonly<Record<string, Exclude<UrlType, 'other'>>> = {
  linkedIn: 'linkedin',
  facebook: 'facebook',
  twitter: 'twitter',
  skype: 'skype',
  website: 'website',
};

function toUrls(social: SrNewHire['socialMedia']): Url[] {
  if (!social) return [];
  const known = Object.keys(SOCIAL_URL_TYPES);
  const keys = [...known, ...Object.keys(social).filter((key) => !known.includes(key))];
  const urls: Url[] = [];
  for (const key of keys) {
    const value = social[key];
    if (typeof value !== 'string' || value.trim() === '') continue;
    urls.push({ url: value, type: lookup(SOCIAL_URL_TYPES, key, 'other') });
  }
  return urls;
}

/** Options of `toUnifiedNewHire`. */
export type NewHireMapperContext<M = never> = MapperContext<M, SrNewHire, NewHireModel>;

/**
 * Maps an SR new hire (`GET /smartonboard-api/v202205/new-hires/{newHireId}`) to the unified
 * NewHire. Never throws on SR data: fields that fail lenient validation become warnings and map as
 * missing.
 */
export function toUnifiedNewHire<M = never>(raw: unknown, context: NewHireMapperContext<M> = {}): NewHire<M> {
  const sink = warningSink(context.warnings, rawId(raw), 'new hire');
  const hire = parseLeniently(SrNewHireSchema, raw, sink);
  const unified: NewHireModel = {
    id: hire.id,
    created_at: null,
    updated_at: null,
    not_fetched: [],
    first_name: orNull(hire.firstName),
    last_name: orNull(hire.lastName),
    name: fullName(hire.firstName, hire.lastName),
    emails: hire.email ? [{ email: hire.email, type: null, is_primary: true }] : [],
    phones: hire.phone ? [{ number: hire.phone, type: null }] : [],
    urls: toUrls(hire.socialMedia),
  };
  return finish(unified, raw, hire, context);
}

/** Options of `toUnifiedOnboardingProcess`. */
export type OnboardingProcessMapperContext<M = never> = MapperContext<
  M,
  SrOnboardingProcess,
  OnboardingProcessModel
>;

/**
 * Maps an SR onboarding process (`GET /smartonboard-api/v202205/onboarding-processes/{id}`) to the
 * unified OnboardingProcess. Never throws on SR data.
 */
export function toUnifiedOnboardingProcess<M = never>(
  raw: unknown,
  context: OnboardingProcessMapperContext<M> = {},
): OnboardingProcess<M> {
  const sink = warningSink(context.warnings, rawId(raw), 'onboarding process');
  const process = parseLeniently(SrOnboardingProcessSchema, raw, sink);
  const unified: OnboardingProcessModel = {
    id: process.id,
    created_at: null,
    updated_at: null,
    not_fetched: [],
    new_hire: process.newHireId ? { id: process.newHireId } : null,
    job: process.jobId ? { id: process.jobId } : null,
    job_application_id: orNull(process.applicationId),
    starts_at: orNull(process.employmentStartDate),
  };
  return finish(unified, raw, process, context);
}

/** SmartOnboard's assignment lists -> the kind of their assignments, and the schema they follow. */
const ASSIGNMENT_LISTS = {
  activityAssignments: { kind: 'activity', schema: SrActivityAssignmentSchema },
  webFormAssignments: { kind: 'web_form', schema: SrWebFormAssignmentSchema },
  fillablePdfFormAssignments: { kind: 'fillable_pdf_form', schema: SrFillablePdfFormAssignmentSchema },
} as const;

/** Options of `toUnifiedOnboardingAssignment`. */
export interface OnboardingAssignmentMapperContext<M = never>
  extends MapperContext<M, Record<string, unknown>, OnboardingAssignmentModel> {
  /** The list SmartOnboard gave the assignment in (`activityAssignments`...). Default `activityAssignments`. */
  list?: string | undefined;
  /** The process it belongs to. */
  processId?: string | undefined;
}

/**
 * Maps one SR assignment (an item of one of the lists of `GET …/onboarding-processes/{id}/assignments`)
 * to the unified OnboardingAssignment; `context.list` names its list, which gives its kind (a list
 * SmartOnboard adds: `other`). Never throws on SR data.
 */
export function toUnifiedOnboardingAssignment<M = never>(
  raw: unknown,
  context: OnboardingAssignmentMapperContext<M> = {},
): OnboardingAssignment<M> {
  const list = context.list ?? 'activityAssignments';
  const known = Object.hasOwn(ASSIGNMENT_LISTS, list)
    ? ASSIGNMENT_LISTS[list as keyof typeof ASSIGNMENT_LISTS]
    : undefined;
  const kind: OnboardingAssignmentKind = known?.kind ?? 'other';
  const sink = warningSink(context.warnings, rawId(raw), 'onboarding assignment');
  // An assignment of a kind SmartOnboard adds is read with the fields every kind has.
  const assignment = parseLeniently(known?.schema ?? SrWebFormAssignmentSchema, raw, sink) as Record<
    string,
    unknown
  > & { id: string; title?: string | null; description?: string | null };
  const flag = (key: string): boolean | null => {
    const value = assignment[key];
    return typeof value === 'boolean' ? value : null;
  };
  const unified: OnboardingAssignmentModel = {
    id: assignment.id,
    created_at: null,
    updated_at: null,
    not_fetched: [],
    kind,
    remote_kind: list,
    process: context.processId ? { id: context.processId } : null,
    title: orNull(assignment.title),
    description: orNull(assignment.description),
    is_high_priority: flag('isHighPriority'),
    has_sensitive_data: flag('hasSensitiveData'),
    is_file_upload_required: kind === 'activity' ? flag('isFileUploadRequired') : null,
    file_name:
      kind === 'fillable_pdf_form' && typeof assignment.fileName === 'string' ? assignment.fileName : null,
  };
  return finish(unified, raw, assignment, context);
}

/** Options of `toUnifiedOnboardingAssignments`. */
export interface OnboardingAssignmentsMapperContext<M = never>
  extends MapperContext<M, Record<string, unknown>, OnboardingAssignmentModel> {
  /** The process they belong to. */
  processId?: string | undefined;
}

/**
 * Maps SR's assignments of a process (`{ activityAssignments, webFormAssignments,
 * fillablePdfFormAssignments }`) to one list of unified OnboardingAssignments, in that order. A
 * list SmartOnboard adds is kept (`kind: 'other'`); nothing SR sends is dropped.
 */
export function toUnifiedOnboardingAssignments<M = never>(
  raw: unknown,
  context: OnboardingAssignmentsMapperContext<M> = {},
): Array<OnboardingAssignment<M>> {
  const sink = warningSink(context.warnings, context.processId ?? null, 'onboarding assignments');
  if (!isRecord(raw)) {
    sink.add('invalid_record', 'expected an object of assignment lists; mapped as empty', []);
    return [];
  }
  const known = Object.keys(ASSIGNMENT_LISTS);
  const lists = [...known, ...Object.keys(raw).filter((key) => !known.includes(key))];
  const out: Array<OnboardingAssignment<M>> = [];
  for (const list of lists) {
    const items = raw[list];
    if (items === undefined || items === null) continue;
    if (!Array.isArray(items)) {
      // A field SmartOnboard adds that is not a list of assignments is not one of them.
      if (known.includes(list)) sink.add('invalid_field', 'expected an array; mapped as empty', [list]);
      continue;
    }
    items.forEach((item, index) => {
      if (!isRecord(item)) {
        sink.add('invalid_field', 'expected an assignment object; left out', [list, index]);
        return;
      }
      out.push(toUnifiedOnboardingAssignment(item, { ...context, list }));
    });
  }
  return out;
}

/** Options of `toUnifiedFormAnswers`. */
export interface FormAnswersMapperContext<M = never>
  extends MapperContext<M, SrWebFormAnswers, FormAnswersModel> {
  /** The web form assignment's id (SR's answers do not carry it). */
  assignmentId: string;
  /**
   * The form's fields (`GET …/web-form-assignments/{id}/fields-metadata`): with them the answers
   * get titles and types, and the fields left unanswered are listed. Default: not read.
   */
  fields?: unknown;
}

/**
 * Maps SR's answers of a web form (`GET …/web-form-assignments/{id}/form-answers`), with the
 * form's fields when given, to the unified FormAnswers. `answers` is one answer or several (SR's
 * specification gives one). Never throws on SR data.
 */
export function toUnifiedFormAnswers<M = never>(
  raw: unknown,
  context: FormAnswersMapperContext<M>,
): FormAnswers<M> {
  const sink = warningSink(context.warnings, context.assignmentId, 'web form answers');
  const parsed = parseLeniently(SrWebFormAnswersSchema, raw, sink);
  const given = parsed.answers;
  const answers: SrWebFormAnswer[] =
    given === null || given === undefined ? [] : Array.isArray(given) ? given : [given];
  let fields: Record<string, SrWebFormFieldMetadata> | null = null;
  if (context.fields !== undefined) {
    const metadata = parseLeniently(SrWebFormFieldsMetadataSchema, context.fields, sink, {
      prefix: ['fields'],
    });
    fields = metadata.fields ?? {};
  }
  const toAnswer = (fieldId: string, integrationKey: string | null, values: string[]): FormAnswer => {
    const field = fields && Object.hasOwn(fields, fieldId) ? fields[fieldId] : undefined;
    return {
      field_id: fieldId,
      integration_key: integrationKey ?? orNull(field?.integrationKey),
      title: orNull(field?.title),
      type: orNull(field?.type),
      is_required: orNull(field?.isRequired),
      values,
    };
  };
  const mapped = answers.map((answer) =>
    toAnswer(answer.fieldId, orNull(answer.integrationKey), answer.answerValue ?? []),
  );
  const answered = new Set(mapped.map((answer) => answer.field_id));
  const unified: FormAnswersModel = {
    id: context.assignmentId,
    created_at: null,
    updated_at: null,
    not_fetched: fields === null ? ['unanswered_fields'] : [],
    assignment: { id: context.assignmentId },
    answers: mapped,
    unanswered_fields:
      fields === null
        ? null
        : Object.keys(fields)
            .filter((id) => !answered.has(id))
            .map((id) => toAnswer(id, null, [])),
  };
  return finish(unified, raw, parsed, context);
}

/**
 * Maps SR's list of an activity's files (`{ attachmentIds }`) to unified OnboardingAttachments.
 * Never throws on SR data.
 */
export function toOnboardingAttachments(
  raw: unknown,
  assignmentId: string,
  warnings?: Warning[],
): OnboardingAttachment[] {
  const sink = warningSink(warnings, assignmentId, 'activity attachments');
  const parsed = parseLeniently(SrActivityAssignmentAttachmentsSchema, raw, sink);
  return (parsed.attachmentIds ?? []).map((id) => ({ id, assignment: { id: assignmentId } }));
}
