/**
 * Attachments: candidate-level and application-level lists and multipart uploads
 * (`file` + `attachmentType` in RESUME | COVER_LETTER | GENERIC_FILE, default GENERIC_FILE), byte
 * downloads with `Content-Type` and `Content-Disposition`, delete. The size limit is the fake's
 * choice (SR documents none for these endpoints, UNCONFIRMED): `maxAttachmentBytes`, default
 * 10 MiB, answered with 413. The candidate-level list shows every attachment of the candidate,
 * application-level ones included (their download link is `/candidates/attachments/{id}`); the
 * application-level list shows only that application's. Uploads answer 201 (UNCONFIRMED). SR's
 * codes: an unknown attachment is 404 `FILE_NOT_FOUND`, an upload to a job the candidate did not
 * apply to 404 `JOB_NOT_FOUND`, an upload without a file 400 `INVALID_FILE`.
 */
import {
  action,
  emit,
  found,
  type HandlerContext,
  mediaType,
  param,
  type RouteDef,
  route,
} from '../context.js';
import { badRequest, notFound, srError, unsupportedMediaType } from '../errors.js';
import { binary, json, noContent } from '../http.js';
import type { AttachmentRecord } from '../model.js';
import { SR_UPLOAD_ATTACHMENT_TYPES } from '../model.js';
import { parseMultipart } from '../multipart.js';
import { S } from '../scopes.js';
import { contentDisposition } from './offers.js';
import { applicationPath, applicationPayload, listOf } from './shared.js';

function attachmentView(
  ctx: HandlerContext,
  a: AttachmentRecord,
  withRemove: boolean,
): Record<string, unknown> {
  const actions: Record<string, unknown> = {
    download: action(
      ctx,
      a.jobId ? `/candidates/attachments/${a.id}` : `/candidates/${a.candidateId}/attachments/${a.id}`,
    ),
  };
  if (withRemove) actions.remove = action(ctx, `/candidates/attachments/${a.id}`, 'DELETE');
  return { id: a.id, name: a.name, type: a.type, contentType: a.contentType, actions };
}

/** An attachment (of candidate `candidateId` when given); 404 `FILE_NOT_FOUND` otherwise. */
function findAttachment(ctx: HandlerContext, candidateId?: string): AttachmentRecord {
  const id = param(ctx, 'attachmentId');
  const attachment = ctx.services.state.attachments.get(id);
  if (!attachment || (candidateId !== undefined && attachment.candidateId !== candidateId)) {
    throw notFound(`Attachment '${id}' not found`, 'FILE_NOT_FOUND');
  }
  return attachment;
}

function download(a: AttachmentRecord) {
  return binary(200, a.bytes, {
    'content-type': a.contentType,
    'content-disposition': contentDisposition(a.name),
  });
}

async function upload(ctx: HandlerContext, jobId: string | null) {
  const { state, config } = ctx.services;
  const candidate = found(state.candidates.get(param(ctx, 'id')), 'Candidate');
  const app = jobId === null ? undefined : state.application(candidate.id, jobId);
  if (jobId !== null && !app) {
    throw notFound(`Candidate '${candidate.id}' has no application on job '${jobId}'`, 'JOB_NOT_FOUND');
  }
  if (mediaType(ctx.headers) !== 'multipart/form-data') {
    throw unsupportedMediaType('multipart/form-data', ctx.headers.get('content-type'));
  }
  if (ctx.body.length > config.maxAttachmentBytes + 64 * 1024) {
    throw srError(413, 'PAYLOAD_TOO_LARGE', `Attachments are limited to ${config.maxAttachmentBytes} bytes`);
  }
  const form = await parseMultipart(ctx.body, ctx.headers.get('content-type') ?? '');
  const file = form.files.get('file');
  if (!file) throw badRequest("Multipart part 'file' (a file) is required", 'INVALID_FILE');
  if (file.bytes.length > config.maxAttachmentBytes) {
    throw srError(413, 'PAYLOAD_TOO_LARGE', `Attachments are limited to ${config.maxAttachmentBytes} bytes`);
  }
  const type = form.fields.get('attachmentType') ?? 'GENERIC_FILE';
  if (!(SR_UPLOAD_ATTACHMENT_TYPES as readonly string[]).includes(type)) {
    throw badRequest(
      `attachmentType must be one of ${SR_UPLOAD_ATTACHMENT_TYPES.join(', ')}`,
      'VALIDATION_ERROR',
    );
  }
  const now = state.nowIso();
  const attachment = state.addAttachment({
    candidateId: candidate.id,
    jobId,
    name: file.name,
    type: type as AttachmentRecord['type'],
    contentType: file.contentType,
    bytes: file.bytes,
    createdOn: now,
  });
  candidate.updatedOn = now;
  if (app) {
    app.updatedOn = now;
    emit(
      ctx,
      'application.attachment.created',
      { ...applicationPayload(app), attachment_id: attachment.id },
      applicationPath(app),
    );
  } else {
    emit(ctx, 'candidate.updated', { id: candidate.id }, `/candidates/${candidate.id}`);
  }
  return json(201, attachmentView(ctx, attachment, app !== undefined));
}

/** Attachment routes. */
export const attachmentRoutes: RouteDef[] = [
  route('GET', '/candidates/{id}/attachments', S.candidatesRead, (ctx) => {
    const { state } = ctx.services;
    const candidate = found(state.candidates.get(param(ctx, 'id')), 'Candidate');
    const items = [...state.attachments.values()].filter((a) => a.candidateId === candidate.id);
    return json(200, listOf(items.map((a) => attachmentView(ctx, a, false))));
  }),
  route('POST', '/candidates/{id}/attachments', S.candidatesCreate, (ctx) => upload(ctx, null)),
  route('GET', '/candidates/{id}/attachments/{attachmentId}', S.candidatesRead, (ctx) =>
    download(findAttachment(ctx, param(ctx, 'id'))),
  ),
  route('GET', '/candidates/{id}/jobs/{jobId}/attachments', S.candidatesRead, (ctx) => {
    const { state } = ctx.services;
    const app = found(state.application(param(ctx, 'id'), param(ctx, 'jobId')), 'Application');
    const items = [...state.attachments.values()].filter(
      (a) => a.candidateId === app.candidateId && a.jobId === app.jobId,
    );
    return json(200, listOf(items.map((a) => attachmentView(ctx, a, true))));
  }),
  route('POST', '/candidates/{id}/jobs/{jobId}/attachments', S.candidatesCreate, (ctx) =>
    upload(ctx, param(ctx, 'jobId')),
  ),
  route('GET', '/candidates/attachments/{attachmentId}', S.candidatesRead, (ctx) =>
    download(findAttachment(ctx)),
  ),
  route('DELETE', '/candidates/attachments/{attachmentId}', S.candidatesManage, (ctx) => {
    const { state } = ctx.services;
    const attachment = findAttachment(ctx);
    state.attachments.delete(attachment.id);
    const candidate = state.candidates.get(attachment.candidateId);
    if (candidate) candidate.updatedOn = state.nowIso();
    emit(ctx, 'candidate.updated', { id: attachment.candidateId }, `/candidates/${attachment.candidateId}`);
    return noContent();
  }),
];
