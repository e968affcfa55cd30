/** SmartRecruiters attachment wire shapes, lenient. */
import * as z from '../zod.js';

export type { SrAttachment } from '../../models/sr/attachment.js';

import { srActions, srEnum } from './common.js';
import { SR_ATTACHMENT_TYPES } from './enums.js';

export {
  SR_ATTACHMENT_TYPES,
  SR_UPLOAD_ATTACHMENT_TYPES,
  type SrAttachmentType,
  type SrUploadAttachmentType,
} from './enums.js';

/**
 * An item of `GET /candidates/{id}/attachments` or `GET /candidates/{id}/jobs/{jobId}/attachments`,
 * or an upload response.
 */
export const SrAttachmentSchema = z.looseObject({
  id: z.string(),
  name: z.nullish(z.string()),
  type: z.nullish(srEnum(SR_ATTACHMENT_TYPES)),
  contentType: z.nullish(z.string()),
  actions: srActions(),
});
