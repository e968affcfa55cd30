/** SmartRecruiters attachment wire shapes, lenient. */
import type { SrAttachmentType } from '../../schemas/sr/enums.js';
import type { Open, SrActions } from './common.js';

/**
 * An item of `GET /candidates/{id}/attachments` or `GET /candidates/{id}/jobs/{jobId}/attachments`,
 * or an upload response.
 */
export interface SrAttachment {
  /** SmartRecruiters' id of the attachment. */
  id: string;
  /** The file name. */
  name?: string | null | undefined;
  /** `RESUME`, `COVER_LETTER`, `AVATAR` or `GENERIC_FILE`. */
  type?: Open<SrAttachmentType> | null | undefined;
  /** The MIME type. */
  contentType?: string | null | undefined;
  /** Links; the file is downloaded from its own route. */
  actions?: SrActions | null | undefined;
  [key: string]: unknown;
}
