import { ValidationError } from '../core/errors.js';

/** A file for a multipart upload, when a `Blob`/`File` is not at hand. */
export interface FileInput {
  /** The file's content. */
  data: Blob | Uint8Array | ArrayBuffer;
  /** The file name sent with the part. */
  fileName: string;
  /** Default: the Blob's type, else `application/octet-stream`. */
  contentType?: string | undefined;
}

/** Values of a multipart body given as a plain object. */
export type MultipartValue = string | number | boolean | Blob | Uint8Array | ArrayBuffer | FileInput;

/** What `request({ body })` accepts. */
export type RequestBody =
  | FormData
  | URLSearchParams
  | Blob
  | Uint8Array
  | ArrayBuffer
  | string
  | Record<string, unknown>
  | readonly unknown[]
  | null;

/** A body ready for one attempt. Built anew for every attempt so a retry re-sends it whole. */
export interface PreparedBody {
  body: BodyInit | undefined;
  /** `undefined` lets `fetch` set it (multipart boundary). */
  contentType: string | undefined;
}

export const JSON_PATCH = 'application/json-patch+json';
const MULTIPART = 'multipart/form-data';
const FORM = 'application/x-www-form-urlencoded';

function isFileInput(value: unknown): value is FileInput {
  return (
    typeof value === 'object' &&
    value !== null &&
    'data' in value &&
    'fileName' in value &&
    typeof (value as FileInput).fileName === 'string'
  );
}

function toBlob(data: Blob | Uint8Array | ArrayBuffer, type: string | undefined): Blob {
  if (data instanceof Blob) return type && data.type !== type ? new Blob([data], { type }) : data;
  return new Blob([data as Uint8Array<ArrayBuffer>], { type: type ?? 'application/octet-stream' });
}

function buildFormData(record: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null) continue;
    if (isFileInput(value)) {
      if (
        !(value.data instanceof Blob || value.data instanceof Uint8Array || value.data instanceof ArrayBuffer)
      ) {
        throw new ValidationError('Invalid multipart body', [
          { path: ['body', key, 'data'], message: 'must be a Blob, a Uint8Array or an ArrayBuffer' },
        ]);
      }
      form.append(key, toBlob(value.data, value.contentType), value.fileName);
    } else if (value instanceof Blob) {
      const name = (value as File).name;
      form.append(key, value, typeof name === 'string' && name !== '' ? name : 'file');
    } else if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
      form.append(key, toBlob(value, undefined), 'file');
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      form.append(key, String(value));
    } else {
      throw new ValidationError('Invalid multipart body', [
        {
          path: ['body', key],
          message: 'must be a string, number, boolean, Blob, bytes or { data, fileName }',
        },
      ]);
    }
  }
  return form;
}

function serialiseJson(body: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(body);
  } catch {
    // The engine's message may quote the body's keys: say what is wrong, not where.
    throw new ValidationError('Body is not JSON-serialisable', [
      { path: ['body'], message: 'has a BigInt or a circular reference' },
    ]);
  }
  if (text === undefined) {
    throw new ValidationError('Body is not JSON-serialisable', [
      { path: ['body'], message: 'must be an object, an array, a string, bytes or a FormData' },
    ]);
  }
  return text;
}

/**
 * Checks the body once, before any request, and returns a factory that builds it for each
 * attempt: JSON by default, JSON Patch when `contentType` says so (SR jobs, users), multipart from
 * a `FormData` or a plain object of fields and files, form-encoded, or raw bytes.
 */
export function prepareBody(
  body: RequestBody | undefined,
  contentType: string | undefined,
): () => PreparedBody {
  if (body === undefined) return () => ({ body: undefined, contentType: undefined });
  if (contentType !== undefined && (typeof contentType !== 'string' || !/^[\x20-\x7e]+$/.test(contentType))) {
    throw new ValidationError('Invalid request', [
      { path: ['contentType'], message: 'must be a media type' },
    ]);
  }
  const type = contentType?.toLowerCase();
  if (body instanceof FormData) return () => ({ body, contentType: undefined });
  if (type?.startsWith(MULTIPART)) {
    if (typeof body !== 'object' || body === null || Array.isArray(body) || body instanceof Blob) {
      throw new ValidationError('Invalid multipart body', [
        { path: ['body'], message: 'must be a FormData or an object of fields' },
      ]);
    }
    const record = body as Record<string, unknown>;
    buildFormData(record); // validate now, before any request
    return () => ({ body: buildFormData(record), contentType: undefined });
  }
  if (body instanceof URLSearchParams) {
    const text = body.toString();
    return () => ({ body: text, contentType: contentType ?? FORM });
  }
  if (body instanceof Blob || body instanceof Uint8Array || body instanceof ArrayBuffer) {
    const blob = toBlob(body, contentType);
    return () => ({ body: blob, contentType: contentType ?? (blob.type || 'application/octet-stream') });
  }
  if (typeof body === 'string')
    return () => ({ body, contentType: contentType ?? 'text/plain;charset=UTF-8' });
  if (type === JSON_PATCH && !Array.isArray(body)) {
    throw new ValidationError('Invalid JSON Patch body', [
      { path: ['body'], message: 'must be an array of RFC 6902 operations' },
    ]);
  }
  const text = serialiseJson(body);
  return () => ({ body: text, contentType: contentType ?? 'application/json' });
}
