/**
 * Bounded reads of request bodies for the endpoints the SDK serves (webhooks, the assessment
 * partner kit): a size limit and a deadline, so a client can neither make the server hold a large
 * body nor keep a request open by sending slowly.
 */

/**
 * Reads a request body up to `max` bytes within `timeoutMs`: `'too_large'` (a declared length
 * over `max` is refused unread; a body passing it stops being read at once) or `'timeout'`
 * otherwise.
 */
export async function readLimitedBody(
  request: Request,
  max: number,
  timeoutMs: number,
): Promise<Uint8Array | 'too_large' | 'timeout'> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) return 'too_large';
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), expired]);
      if (next === 'timeout') {
        reader.cancel().catch(() => undefined);
        return 'timeout';
      }
      if (next.done) break;
      size += next.value.byteLength;
      if (size > max) {
        reader.cancel().catch(() => undefined);
        return 'too_large';
      }
      chunks.push(next.value);
    }
  } finally {
    clearTimeout(timer);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
