/**
 * Attachment mappers: SR attachment -> unified `Attachment`, and upload metadata -> what SR's
 * multipart upload takes.
 */

import { SrAttachmentSchema } from '../schemas/compiled/sr/attachment.js';
import {
  AttachmentUploadInputSchema,
  UploadAttachmentTypeInputSchema,
} from '../schemas/compiled/unified/attachment.js';
import type { SrAttachment, SrAttachmentType, SrUploadAttachmentType } from '../schemas/sr/attachment.js';
import type { Attachment, AttachmentModel, AttachmentUploadInput } from '../schemas/unified/attachment.js';
import type { AttachmentType, UploadAttachmentType } from '../schemas/unified/enums.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { parseApplicationId } from './application-id.js';
import type { MapperContext } from './context.js';
import { finish, lookup, orNull, parseLeniently, rawId, warningSink } from './shared.js';

/** SR attachment type -> unified: `GENERIC_FILE` is `other`. */
export const ATTACHMENT_TYPE_MAP: Readonly<Record<SrAttachmentType, AttachmentType>> = {
  RESUME: 'resume',
  COVER_LETTER: 'cover_letter',
  AVATAR: 'avatar',
  GENERIC_FILE: 'other',
};

/** Unified upload type -> SR: `other` is `GENERIC_FILE`. */
export const ATTACHMENT_TYPE_TO_SR: Readonly<Record<UploadAttachmentType, SrUploadAttachmentType>> = {
  resume: 'RESUME',
  cover_letter: 'COVER_LETTER',
  other: 'GENERIC_FILE',
};

/** Maps an SR attachment type; unknown or missing is `'other'`. */
export function toUnifiedAttachmentType(type: unknown): AttachmentType {
  return lookup(ATTACHMENT_TYPE_MAP, type, 'other');
}

/**
 * SR `attachmentType` of an upload: `resume` -> RESUME, `cover_letter` -> COVER_LETTER, `other` (and
 * no type: SR's default) -> GENERIC_FILE.
 *
 * @throws ValidationError on a type SR does not accept on upload (e.g. `avatar`)
 */
export function toSrAttachmentType(type: UploadAttachmentType | undefined): SrUploadAttachmentType {
  if (type === undefined) return 'GENERIC_FILE';
  return ATTACHMENT_TYPE_TO_SR[
    parseInput(UploadAttachmentTypeInputSchema, type, 'attachment type') ?? 'other'
  ];
}

/** Options of `toUnifiedAttachment`: whose attachment it is (SR's payload does not say). */
export type AttachmentMapperContext<M = never> = MapperContext<M, SrAttachment, AttachmentModel> &
  (
    | {
        /** The candidate; with `jobId` for an application-level attachment. */
        candidateId: string;
        /** The job of an application-level attachment; absent for a candidate-level one. */
        jobId?: string | undefined;
        /** Not with `candidateId`. */
        applicationId?: undefined;
      }
    | {
        /** The composite application id of an application-level attachment. */
        applicationId: string;
        /** Not with `applicationId`. */
        candidateId?: undefined;
        /** Not with `applicationId`. */
        jobId?: undefined;
      }
  );

/**
 * Maps an SR attachment (candidate-level or application-level list item, or upload response) to
 * the unified Attachment. `application` and `job` are set for application-level attachments.
 *
 * Never throws on SR data: fields that fail lenient validation become warnings and map as missing.
 *
 * @throws ValidationError when `context.applicationId` is not a composite application id
 */
export function toUnifiedAttachment<M = never>(
  raw: unknown,
  context: AttachmentMapperContext<M>,
): Attachment<M> {
  const keys =
    context.applicationId !== undefined
      ? parseApplicationId(context.applicationId)
      : { candidateId: context.candidateId, jobId: context.jobId };
  const sink = warningSink(context.warnings, rawId(raw), 'attachment');
  const attachment = parseLeniently(SrAttachmentSchema, raw, sink);
  const jobId = keys.jobId;
  const unified: AttachmentModel = {
    id: attachment.id,
    created_at: null,
    updated_at: null,
    not_fetched: [],
    file_name: orNull(attachment.name),
    content_type: orNull(attachment.contentType),
    attachment_type: toUnifiedAttachmentType(attachment.type),
    remote_attachment_type: orNull(attachment.type),
    candidate: { id: keys.candidateId },
    application: jobId === undefined ? null : { id: `${keys.candidateId}:${jobId}` },
    job: jobId === undefined ? null : { id: jobId },
  };
  return finish(unified, raw, attachment, context);
}

/** What SR's multipart upload needs, from validated upload metadata. */
export interface SrAttachmentUploadTarget {
  /**
   * Path `/candidates/{candidateId}/attachments` or
   * `/candidates/{candidateId}/jobs/{jobId}/attachments`.
   */
  candidateId: string;
  /** Set for an application-level upload. */
  jobId?: string;
  /** Multipart field `attachmentType`. */
  attachmentType: SrUploadAttachmentType;
  /** The file name sent with the multipart file part. */
  fileName: string;
  /** The file part's media type, when given. */
  contentType?: string;
}

/**
 * Validates upload metadata and resolves where it goes: the candidate, or the application's
 * candidate and job, and SR's `attachmentType`.
 *
 * @throws ValidationError on invalid metadata (no or both owners, malformed application id, a
 *   type SR does not accept, a size above `ATTACHMENT_MAX_BYTES`...)
 */
export function toSrAttachmentUpload(input: AttachmentUploadInput): SrAttachmentUploadTarget {
  const parsed = parseInput(AttachmentUploadInputSchema, input, 'attachment upload input');
  const keys =
    parsed.application_id !== undefined
      ? parseApplicationId(parsed.application_id)
      : { candidateId: parsed.candidate_id as string };
  const target: SrAttachmentUploadTarget = {
    candidateId: keys.candidateId,
    attachmentType: toSrAttachmentType(parsed.attachment_type),
    fileName: parsed.file_name,
  };
  if ('jobId' in keys) target.jobId = keys.jobId;
  if (parsed.content_type !== undefined) target.contentType = parsed.content_type;
  return target;
}
