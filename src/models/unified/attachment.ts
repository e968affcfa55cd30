/** The unified Attachment model and its upload metadata, as plain interfaces. */

import type { AttachmentType, UploadAttachmentType } from '../../schemas/unified/enums.js';
import type { SrAttachment } from '../sr/attachment.js';
import type { FetchableField, IdRef, ModelBase, WithCustomMappings } from './common.js';

/**
 * An attachment without mapping-extension output: candidate-level, or application-level with
 * `application` and `job`. Its bytes come from `attachments.download`.
 */
export interface AttachmentModel extends ModelBase<SrAttachment> {
  /**
   * Fields this record lacks because they were not fetched: their `null` or `[]` means "unknown",
   * not "empty". Empty when the record is complete.
   */
  not_fetched: Array<FetchableField<AttachmentModel>>;
  /** SR `name`. */
  file_name: string | null;
  /** SR `contentType`. */
  content_type: string | null;
  /** SR `type`: RESUME `resume`, COVER_LETTER `cover_letter`, AVATAR `avatar`, GENERIC_FILE `other`. */
  attachment_type: AttachmentType;
  /** SR's type as sent. */
  remote_attachment_type: string | null;
  /** The candidate it belongs to. */
  candidate: IdRef;
  /** Set for application-level attachments (`candidateId:jobId`), `null` for candidate-level ones. */
  application: IdRef | null;
  /** Set for application-level attachments, `null` for candidate-level ones. */
  job: IdRef | null;
}
/** An attachment; `custom_mappings: M` when a mapping extension is configured. */
export type Attachment<M = never> = WithCustomMappings<AttachmentModel, M>;

/**
 * Metadata of `attachments.upload` (SR multipart `POST /candidates/{id}[/jobs/{jobId}]/attachments`);
 * the file itself travels beside it. Exactly one of `candidate_id` and `application_id`.
 */
export interface AttachmentUploadInput {
  /** A candidate-level attachment of this candidate. */
  candidate_id?: string | undefined;
  /** An application-level attachment of this application (`candidateId:jobId`). */
  application_id?: string | undefined;
  /** Default `other` (SR `GENERIC_FILE`). */
  attachment_type?: UploadAttachmentType | undefined;
  /** At most 255 characters. */
  file_name: string;
  /** A MIME type such as `application/pdf`. */
  content_type?: string | undefined;
  /** Size in bytes, when known, checked against `ATTACHMENT_MAX_BYTES`. */
  size?: number | undefined;
}
