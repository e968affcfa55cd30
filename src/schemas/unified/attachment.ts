/** Schemas of the unified Attachment model and its upload metadata. */
import * as z from '../zod.js';

export type {
  Attachment,
  AttachmentModel,
  AttachmentUploadInput,
} from '../../models/unified/attachment.js';

import { baseModelShape, IdRefSchema } from './common.js';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, UPLOAD_ATTACHMENT_TYPES } from './enums.js';
import { exactlyOneOwner, IdSchema, NonEmptyStringSchema } from './input-common.js';

export { ATTACHMENT_MAX_BYTES } from './enums.js';

/** The unified Attachment (candidate-level, or application-level with `application` and `job`). */
export const AttachmentSchema = z.strictObject({
  ...baseModelShape,
  file_name: z.nullable(z.string()),
  content_type: z.nullable(z.string()),
  attachment_type: z.enum(ATTACHMENT_TYPES),
  remote_attachment_type: z.nullable(z.string()),
  candidate: IdRefSchema,
  /** Set for application-level attachments, `null` for candidate-level ones. */
  application: z.nullable(IdRefSchema),
  /** Set for application-level attachments, `null` for candidate-level ones. */
  job: z.nullable(IdRefSchema),
});

/** The type of an uploaded attachment (default `other`). */
export const UploadAttachmentTypeInputSchema = z.optional(z.enum(UPLOAD_ATTACHMENT_TYPES));

/**
 * Metadata of an upload (SR multipart `POST /candidates/{id}[/jobs/{jobId}]/attachments`); the
 * file itself travels beside it. `attachment_type` defaults to `other` (SR `GENERIC_FILE`).
 */
export const AttachmentUploadInputSchema = z
  .strictObject({
    candidate_id: z.optional(IdSchema),
    application_id: z.optional(IdSchema),
    attachment_type: UploadAttachmentTypeInputSchema,
    file_name: NonEmptyStringSchema.check(z.maxLength(255)),
    content_type: z.optional(
      z
        .string()
        .check(z.regex(/^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/, 'expected a MIME type such as application/pdf')),
    ),
    /** Size in bytes, when known, checked against `ATTACHMENT_MAX_BYTES`. */
    size: z.optional(z.int().check(z.nonnegative(), z.maximum(ATTACHMENT_MAX_BYTES))),
  })
  .check(exactlyOneOwner);
