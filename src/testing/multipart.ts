/**
 * `multipart/form-data` parsing with the Web `Request.formData()` parser (built into Node 20 and
 * every runtime msw supports), so no dependency is needed.
 */
import { badRequest } from './errors.js';

/** An uploaded file part. */
export interface UploadedFile {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

/** Parsed form: text fields and file parts. */
export interface ParsedForm {
  fields: Map<string, string>;
  files: Map<string, UploadedFile>;
}

/** Parses a multipart body; 400 when the body does not match its boundary. */
export async function parseMultipart(body: Uint8Array, contentType: string): Promise<ParsedForm> {
  let form: FormData;
  try {
    const request = new Request('http://fake.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: body as Uint8Array<ArrayBuffer>,
    });
    form = await request.formData();
  } catch {
    throw badRequest('Malformed multipart/form-data body', 'MALFORMED_MULTIPART');
  }
  const fields = new Map<string, string>();
  const files = new Map<string, UploadedFile>();
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') {
      fields.set(name, value);
    } else {
      files.set(name, {
        name: value.name || 'file',
        contentType: value.type || 'application/octet-stream',
        bytes: new Uint8Array(await value.arrayBuffer()),
      });
    }
  }
  return { fields, files };
}
