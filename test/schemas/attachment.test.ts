import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_MAX_BYTES,
  AttachmentSchema,
  AttachmentUploadInputSchema,
} from '../../src/schemas/unified/attachment.js';
import { AttachmentListParamsSchema } from '../../src/schemas/unified/list-params.js';

const codes = (result: {
  success: boolean;
  error?: { issues: { code: string; path: PropertyKey[]; message: string }[] };
}) => (result.success ? [] : (result.error?.issues ?? []).map((issue) => [issue.path, issue.message]));

describe('attachment schemas', () => {
  it('model is strict', () => {
    const attachment = {
      id: 'a',
      created_at: null,
      updated_at: null,
      not_fetched: [],
      file_name: 'cv.pdf',
      content_type: 'application/pdf',
      attachment_type: 'resume',
      remote_attachment_type: 'RESUME',
      candidate: { id: 'c' },
      application: null,
      job: null,
    };
    expect(AttachmentSchema.safeParse(attachment).success).toBe(true);
    expect(AttachmentSchema.safeParse({ ...attachment, attachment_type: 'generic_file' }).success).toBe(
      false,
    );
    expect(AttachmentSchema.safeParse({ ...attachment, candidate: { id: 'c', name: 'x' } }).success).toBe(
      false,
    );
  });

  it('upload metadata: one owner, a known type, a size within the limit', () => {
    expect(ATTACHMENT_MAX_BYTES).toBe(10 * 1024 * 1024);
    expect(
      codes(
        AttachmentUploadInputSchema.safeParse({
          candidate_id: 'c',
          file_name: 'a.pdf',
          size: ATTACHMENT_MAX_BYTES,
        }),
      ),
    ).toEqual([]);
    expect(codes(AttachmentUploadInputSchema.safeParse({ file_name: 'a.pdf' }))).toEqual([
      [[], 'give exactly one of candidate_id (candidate-level) or application_id (application-level)'],
    ]);
    expect(codes(AttachmentUploadInputSchema.safeParse({ application_id: 'c', file_name: 'a' }))).toEqual([
      [['application_id'], "expected an application id of the form 'candidateId:jobId'"],
    ]);
    expect(
      codes(
        AttachmentUploadInputSchema.safeParse({
          candidate_id: 'c',
          file_name: 'a',
          size: ATTACHMENT_MAX_BYTES + 1,
        }),
      ),
    ).toHaveLength(1);
  });

  it('list parameters need exactly one owner', () => {
    expect(AttachmentListParamsSchema.safeParse({ application_id: 'c:j' }).success).toBe(true);
    expect(AttachmentListParamsSchema.safeParse({}).success).toBe(false);
    expect(AttachmentListParamsSchema.safeParse({ candidate_id: 'c', application_id: 'c:j' }).success).toBe(
      false,
    );
  });
});
