import type { RequestOptions } from '../client.js';
import { type APIPromise, respond } from '../core/api-promise.js';
import { ValidationError } from '../core/errors.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource, listContent } from '../core/resource.js';
import { type FileSource, guessContentType, readFileSource } from '../internal/file.js';
import type { BinaryResponse } from '../internal/response.js';
import { parseApplicationId } from '../mappers/application-id.js';
import { toSrAttachmentUpload, toUnifiedAttachment } from '../mappers/attachment.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { AttachmentListParamsSchema } from '../schemas/compiled/unified/list-params.js';
import type { SrAttachment } from '../schemas/sr/attachment.js';
import type { AttachmentUploadInput } from '../schemas/unified/attachment.js';
import { ATTACHMENT_MAX_BYTES } from '../schemas/unified/enums.js';
import type { AttachmentListParams } from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';

export type { FileSource };

/** Input of `attachments.upload`: where it goes, what it is, and the file. */
export type AttachmentUpload = Omit<AttachmentUploadInput, 'size'> & {
  /** The file: a `Blob`/`File`, bytes, or a stream. */
  file: FileSource;
};

/** Which attachment to download or delete: an `Attachment`, or its id and owner. */
export type AttachmentRef =
  | {
      /** The attachment's id. */
      id: string;
      /** The application it belongs to, `null` for a candidate-level attachment. */
      application: {
        /** The application's id (`candidateId:jobId`). */
        id: string;
      } | null;
      /** The candidate it belongs to. */
      candidate: {
        /** The candidate's id. */
        id: string;
      };
    }
  | {
      /** The attachment's id. */
      id: string;
      /** The application it belongs to (`candidateId:jobId`). */
      application_id: string;
    }
  | {
      /** The attachment's id. */
      id: string;
      /** The candidate it belongs to. */
      candidate_id: string;
    };

/**
 * Attachments: candidate-level (`/candidates/{id}/attachments`) and
 * application-level (`/candidates/{id}/jobs/{jobId}/attachments`).
 */
export class Attachments<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /** Lists the attachments of a candidate (`candidate_id`) or of an application (`application_id`). */
  list(params: AttachmentListParams, options?: RequestOptions): PagePromise<ModelsOf<Mp>['attachment']> {
    return this.deferred(() => {
      const parsed = parseInput(AttachmentListParamsSchema, params, 'attachment list parameters');
      const owner =
        parsed.application_id !== undefined
          ? { applicationId: parsed.application_id }
          : { candidateId: parsed.candidate_id as string };
      return this.paginateWhole({
        list: `attachments/${parsed.application_id ?? parsed.candidate_id}`,
        params: {},
        validate: () => undefined,
        load: () =>
          owner.applicationId !== undefined
            ? listContent(
                this.client.get('/candidates/{id}/jobs/{jobId}/attachments', {
                  ...options,
                  params: toParams(owner.applicationId),
                }),
                'attachment',
              )
            : listContent(
                this.client.get('/candidates/{id}/attachments', {
                  ...options,
                  params: { id: owner.candidateId },
                }),
                'attachment',
              ),
        map: (raw, warnings) => this.toModel('attachment', toUnifiedAttachment, raw, warnings, owner),
      });
    });
  }

  /**
   * Uploads a file to a candidate or an application: `attachment_type` `resume`,
   * `cover_letter` or `other` (default). The size (at most 10 MiB) and metadata are checked
   * before anything is sent; a stream is read up to that limit.
   */
  upload(
    input: AttachmentUpload,
    options?: RequestOptions,
  ): APIPromise<ModelsOf<Mp>['attachment'], SrAttachment> {
    return respond(() => this.uploadFile(input, options));
  }

  private async uploadFile(input: AttachmentUpload, options?: RequestOptions) {
    const { file, ...metadata } = input;
    toSrAttachmentUpload(metadata); // metadata errors first, before reading a stream
    const blob = await readFileSource(
      file,
      metadata.content_type,
      ATTACHMENT_MAX_BYTES,
      'Invalid attachment',
    );
    const target = toSrAttachmentUpload({ ...metadata, size: blob.size });
    const body = {
      attachmentType: target.attachmentType,
      file: {
        data: blob,
        fileName: target.fileName,
        contentType: target.contentType ?? (blob.type || guessContentType(target.fileName)),
      },
    };
    const owner =
      target.jobId !== undefined
        ? { candidateId: target.candidateId, jobId: target.jobId }
        : { candidateId: target.candidateId };
    return this.one(
      'attachment',
      toUnifiedAttachment,
      target.jobId !== undefined
        ? this.client.post('/candidates/{id}/jobs/{jobId}/attachments', {
            ...options,
            params: { id: target.candidateId, jobId: target.jobId },
            body,
            contentType: 'multipart/form-data',
          })
        : this.client.post('/candidates/{id}/attachments', {
            ...options,
            params: { id: target.candidateId },
            body,
            contentType: 'multipart/form-data',
          }),
      owner,
    );
  }

  /**
   * Downloads an attachment as a stream with its file name and content type. Pass the
   * `Attachment` from `list`/`upload`, or `{ id, candidate_id }` / `{ id, application_id }`.
   */
  download(attachment: AttachmentRef, options?: RequestOptions): APIPromise<BinaryResponse> {
    return respond(() => {
      const { id, candidateId, applicationLevel } = refOf(attachment);
      // Always a stream: a text or JSON file is a file too, not a body to parse.
      const request = { ...options, responseType: 'stream' as const };
      // Application-level files are read without the candidate in the path (§8).
      return (
        applicationLevel
          ? this.client.get('/candidates/attachments/{attachmentId}', {
              ...request,
              params: { attachmentId: id },
            })
          : this.client.get('/candidates/{id}/attachments/{attachmentId}', {
              ...request,
              params: { id: candidateId, attachmentId: id },
            })
      ).withResponse();
    });
  }

  /** Deletes an application-level attachment (SR has no delete for candidate-level ones). */
  delete(attachment: AttachmentRef, options?: RequestOptions): APIPromise<void, undefined> {
    return respond(() => {
      const { id, applicationLevel } = refOf(attachment);
      if (!applicationLevel) {
        throw new ValidationError('Invalid attachment', [
          { path: ['attachment'], message: 'SmartRecruiters deletes application-level attachments only' },
        ]);
      }
      return this.noResult(
        this.client.delete('/candidates/attachments/{attachmentId}', {
          ...options,
          params: { attachmentId: id },
        }),
      );
    });
  }
}

function toParams(applicationId: string): { id: string; jobId: string } {
  const { candidateId, jobId } = parseApplicationId(applicationId);
  return { id: candidateId, jobId };
}

function refOf(ref: AttachmentRef): { id: string; candidateId: string; applicationLevel: boolean } {
  const id = requireId(ref.id, 'id');
  if ('application' in ref) {
    return ref.application
      ? { id, candidateId: parseApplicationId(ref.application.id).candidateId, applicationLevel: true }
      : { id, candidateId: requireId(ref.candidate.id, 'candidate.id'), applicationLevel: false };
  }
  if ('application_id' in ref) {
    return { id, candidateId: parseApplicationId(ref.application_id).candidateId, applicationLevel: true };
  }
  return { id, candidateId: requireId(ref.candidate_id, 'candidate_id'), applicationLevel: false };
}
