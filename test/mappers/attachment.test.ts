import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import {
  ATTACHMENT_TYPE_MAP,
  ATTACHMENT_TYPE_TO_SR,
  toSrAttachmentType,
  toSrAttachmentUpload,
  toUnifiedAttachment,
} from '../../src/mappers/attachment.js';
import { SR_ATTACHMENT_TYPES } from '../../src/schemas/sr/attachment.js';
import {
  ATTACHMENT_MAX_BYTES,
  type Attachment,
  AttachmentSchema,
} from '../../src/schemas/unified/attachment.js';
import type { Warning } from '../../src/schemas/unified/common.js';
import { thrown } from '../helpers/fixtures.js';

const items = (): Record<string, unknown>[] =>
  JSON.parse(readFileSync(new URL('../fixtures/sr/attachments.json', import.meta.url), 'utf8')).content;

const CANDIDATE = '8b5e3c1a-1f2d-4c3b-9a8e-7d6c5b4a3f21';
const JOB = '3588f6b0-ae55-4c10-aaa5-2903ee3a7fe6';

describe('toUnifiedAttachment', () => {
  it('maps a candidate-level attachment', () => {
    const raw = items()[0];
    const attachment = toUnifiedAttachment(raw, { candidateId: CANDIDATE });
    expect(attachment).toEqual({
      id: 'a1b2c3d4-0001-4000-8000-000000000001',
      created_at: null,
      updated_at: null,
      not_fetched: [],
      file_name: 'ada-lovelace-cv.pdf',
      content_type: 'application/pdf',
      attachment_type: 'resume',
      remote_attachment_type: 'RESUME',
      candidate: { id: CANDIDATE },
      application: null,
      job: null,
      remote_data: raw,
    });
    expect(AttachmentSchema.safeParse(attachment).success).toBe(true);
  });

  it('maps an application-level attachment from candidate and job ids or the application id', () => {
    const raw = items()[1];
    const expected = {
      candidate: { id: CANDIDATE },
      application: { id: `${CANDIDATE}:${JOB}` },
      job: { id: JOB },
      attachment_type: 'cover_letter',
    };
    expect(toUnifiedAttachment(raw, { candidateId: CANDIDATE, jobId: JOB })).toMatchObject(expected);
    const fromApplication = toUnifiedAttachment(raw, {
      applicationId: `${CANDIDATE}:${JOB}`,
      includeRemoteData: false,
    });
    expect(fromApplication).toMatchObject(expected);
    expect('remote_data' in fromApplication).toBe(false);
  });

  it('maps every SR attachment type and an unknown one to other', () => {
    expect(items().map((raw) => toUnifiedAttachment(raw, { candidateId: 'c' }).attachment_type)).toEqual([
      'resume',
      'cover_letter',
      'avatar',
      'other',
    ]);
    expect(SR_ATTACHMENT_TYPES.map((type) => ATTACHMENT_TYPE_MAP[type])).toEqual([
      'resume',
      'cover_letter',
      'avatar',
      'other',
    ]);
    const unknown = toUnifiedAttachment({ id: 'a', type: 'GENERIC' }, { candidateId: 'c' });
    expect([unknown.attachment_type, unknown.remote_attachment_type]).toEqual(['other', 'GENERIC']);
  });

  it('maps missing fields to null, warns on wrong types and keeps extra keys', () => {
    const warnings: Warning[] = [];
    const raw = { id: 'a', name: 12, contentType: null, size: 2048 };
    const attachment = toUnifiedAttachment(raw, { candidateId: 'c', warnings });
    expect(attachment).toMatchObject({
      file_name: null,
      content_type: null,
      attachment_type: 'other',
      remote_attachment_type: null,
    });
    expect(attachment.remote_data).toEqual({ id: 'a', name: 12, contentType: null, size: 2048 });
    expect(warnings).toEqual([
      {
        code: 'invalid_field',
        message: "SmartRecruiters attachment 'a': name: expected string, received number; mapped as missing",
        path: ['name'],
        record_id: 'a',
      },
    ]);
  });

  it('throws ValidationError on a malformed application id in the context', () => {
    expect(() => toUnifiedAttachment(items()[0], { applicationId: 'no-colon' })).toThrow(ValidationError);
  });

  it('types custom_mappings', () => {
    const attachment = toUnifiedAttachment(items()[0], {
      candidateId: 'c',
      mapping: (raw) => raw.actions?.download?.url ?? '',
    });
    expect(attachment.custom_mappings).toBe(
      'https://api.smartrecruiters.com/candidates/attachments/a1b2c3d4-0001-4000-8000-000000000001',
    );
    expectTypeOf(attachment.custom_mappings).toEqualTypeOf<string>();
    expectTypeOf(toUnifiedAttachment({}, { candidateId: 'c' })).toEqualTypeOf<Attachment>();
  });
});

describe('attachment uploads', () => {
  it('maps upload types, other and none to GENERIC_FILE', () => {
    expect(toSrAttachmentType('resume')).toBe('RESUME');
    expect(toSrAttachmentType('cover_letter')).toBe('COVER_LETTER');
    expect(toSrAttachmentType('other')).toBe('GENERIC_FILE');
    expect(toSrAttachmentType(undefined)).toBe('GENERIC_FILE');
    expect(ATTACHMENT_TYPE_TO_SR).toEqual({
      resume: 'RESUME',
      cover_letter: 'COVER_LETTER',
      other: 'GENERIC_FILE',
    });
    expect(thrown(() => toSrAttachmentType('avatar' as never)).issues).toEqual([
      { path: [], message: "expected one of 'resume', 'cover_letter', 'other'", code: 'invalid_value' },
    ]);
  });

  it('resolves the upload target', () => {
    expect(
      toSrAttachmentUpload({
        application_id: `${CANDIDATE}:${JOB}`,
        attachment_type: 'other',
        file_name: 'report.pdf',
        content_type: 'application/pdf',
        size: 1024,
      }),
    ).toEqual({
      candidateId: CANDIDATE,
      jobId: JOB,
      attachmentType: 'GENERIC_FILE',
      fileName: 'report.pdf',
      contentType: 'application/pdf',
    });
    expect(
      toSrAttachmentUpload({ candidate_id: CANDIDATE, attachment_type: 'resume', file_name: 'cv.pdf' }),
    ).toEqual({
      candidateId: CANDIDATE,
      attachmentType: 'RESUME',
      fileName: 'cv.pdf',
    });
  });

  it.each([
    [{ file_name: 'a.pdf' }, [[]]],
    [{ candidate_id: 'c', application_id: 'c:j', file_name: 'a.pdf' }, [[]]],
    [{ application_id: 'c:j:k', file_name: 'a.pdf' }, [['application_id']]],
    [{ candidate_id: 'c', file_name: '' }, [['file_name']]],
    [{ candidate_id: 'c', file_name: 'a', attachment_type: 'avatar' }, [['attachment_type']]],
    [{ candidate_id: 'c', file_name: 'a', content_type: 'pdf' }, [['content_type']]],
    [{ candidate_id: 'c', file_name: 'a', size: ATTACHMENT_MAX_BYTES + 1 }, [['size']]],
  ])('rejects %j', (input, paths) => {
    expect(thrown(() => toSrAttachmentUpload(input as never)).issues.map((issue) => issue.path)).toEqual(
      paths,
    );
  });
});
