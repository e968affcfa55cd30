/**
 * Files the SDK uploads: any of the sources a caller may hold (a Blob, bytes, a web or Node
 * stream), read into a Blob with a size limit checked as the bytes arrive.
 */
import { ValidationError } from '../core/errors.js';

/** A file to upload: a `Blob`/`File`, bytes, or a stream (web `ReadableStream` or Node `Readable`). */
export type FileSource =
  | Blob
  | Uint8Array
  | ArrayBuffer
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>;

function tooLarge(size: number, max: number, what: string): ValidationError {
  return new ValidationError(what, [
    {
      path: ['file'],
      message: `is ${size} bytes or more; at most ${max} bytes are accepted`,
    },
  ]);
}

/**
 * Reads a file source into a Blob, refusing it (a `ValidationError` titled `what`) as soon as it
 * passes `max` bytes: a stream is never read further than that.
 */
export async function readFileSource(
  file: FileSource,
  contentType: string | undefined,
  max: number,
  what: string,
): Promise<Blob> {
  if (file instanceof Blob) {
    if (file.size > max) throw tooLarge(file.size, max, what);
    return file;
  }
  if (file instanceof Uint8Array || file instanceof ArrayBuffer) {
    if (file.byteLength > max) throw tooLarge(file.byteLength, max, what);
    return new Blob([file as Uint8Array<ArrayBuffer>], contentType ? { type: contentType } : {});
  }
  if (
    typeof file !== 'object' ||
    file === null ||
    !(Symbol.asyncIterator in file || file instanceof ReadableStream)
  ) {
    throw new ValidationError(what, [
      { path: ['file'], message: 'must be a Blob, bytes, a ReadableStream or an async iterable of bytes' },
    ]);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const iterable: AsyncIterable<Uint8Array> =
    Symbol.asyncIterator in file ? file : streamChunks(file as ReadableStream<Uint8Array>);
  for await (const chunk of iterable) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    if (!(bytes instanceof Uint8Array)) {
      throw new ValidationError(what, [{ path: ['file'], message: 'must yield bytes' }]);
    }
    size += bytes.byteLength;
    if (size > max) throw tooLarge(size, max, what);
    chunks.push(bytes);
  }
  return new Blob(chunks as Uint8Array<ArrayBuffer>[], contentType ? { type: contentType } : {});
}

async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  rtf: 'application/rtf',
  txt: 'text/plain',
  html: 'text/html',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  json: 'application/json',
};

/** The content type a file name's extension suggests; `application/octet-stream` otherwise. */
export function guessContentType(fileName: string): string {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  return TYPES[extension] ?? 'application/octet-stream';
}
