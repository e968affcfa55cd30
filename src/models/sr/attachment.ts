/** SmartRecruiters attachment wire shapes, lenient. */
import type { SrAttachmentType } from '../../schemas/sr/enums.js';
import type { Open, SrActions } from './common.js';

/**
 * An item of `GET /candidates/{id}/attachments` or `GET /candidates/{id}/jobs/{jobId}/attachments`,
 * or an upload response.
 */
export interface SrAttachment {
  id: string;
  /** The file name. */
  name?: string | null | undefined;
  type?: Open<SrAttachmentType> | null | undefined;
  contentType?: string | null | undefined;
  actions?: SrActions | null | undefined;
  [key: string]: unknown;
}
