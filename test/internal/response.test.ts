import { describe, expect, it } from 'vitest';
import { prepareBody } from '../../src/internal/body.js';
import { fileNameFrom, readBody as read } from '../../src/internal/response.js';

const readBody = (response: Response) =>
  read(response, {
    maxBytes: 1024,
    tooLarge: () => new Error('too large'),
    unexpected: (what) => new Error(`unexpected: ${what}`),
  });

describe('fileNameFrom', () => {
  it.each([
    ['attachment; filename="cv.pdf"', 'cv.pdf'],
    ['attachment; filename=cv.pdf', 'cv.pdf'],
    ['attachment; filename="a \\"quoted\\" name.pdf"', 'a "quoted" name.pdf'],
    [`attachment; filename="fallback.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`, 'résumé.pdf'],
    ['inline', null],
    [null, null],
  ])('reads %j', (header, expected) => {
    expect(fileNameFrom(header)).toBe(expected);
  });
});

describe('readBody', () => {
  it('parses JSON, keeps text, and returns undefined for empty bodies', async () => {
    expect(await readBody(Response.json({ a: 1 }))).toEqual({ a: 1 });
    expect(await readBody(new Response('hi', { headers: { 'content-type': 'text/plain' } }))).toBe('hi');
    expect(await readBody(new Response(null, { status: 204 }))).toBeUndefined();
    expect(await readBody(new Response('', { status: 200 }))).toBeUndefined();
    // A 2xx that says JSON and is not is never taken for data; an error's body is kept as text.
    await expect(
      readBody(new Response('{oops', { headers: { 'content-type': 'application/json' } })),
    ).rejects.toThrow('unexpected: JSON that does not parse');
    expect(
      await readBody(new Response('{oops', { status: 500, headers: { 'content-type': 'application/json' } })),
    ).toBe('{oops');
  });
});

describe('readBody across chunks', () => {
  const chunked = (chunks: Uint8Array[], type = 'application/json') =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk);
          controller.close();
        },
      }),
      { headers: { 'content-type': type } },
    );

  it('decodes a character split between two chunks', async () => {
    const bytes = new TextEncoder().encode('{"name":"Zoë Łukasiewicz 😀"}');
    const split = bytes.indexOf(0xc3) + 1; // inside the two bytes of "ë"
    const emoji = bytes.indexOf(0xf0) + 2; // inside the four bytes of the emoji
    const response = chunked([bytes.slice(0, split), bytes.slice(split, emoji), bytes.slice(emoji)]);
    expect(await readBody(response)).toEqual({ name: 'Zoë Łukasiewicz 😀' });
  });

  it('refuses a body that grows past the cap, whatever Content-Length says', async () => {
    const response = chunked([new Uint8Array(600).fill(0x20), new Uint8Array(600).fill(0x20)], 'text/plain');
    await expect(readBody(response)).rejects.toThrow('too large');
  });
});

describe('prepareBody', () => {
  it('builds a fresh multipart body for every attempt', async () => {
    const make = prepareBody(
      { attachmentType: 'RESUME', file: new Blob(['x'], { type: 'text/plain' }) },
      'multipart/form-data',
    );
    const a = make();
    const b = make();
    expect(a.body).not.toBe(b.body);
    expect(a.contentType).toBeUndefined();
    expect((a.body as FormData).get('attachmentType')).toBe('RESUME');
  });

  it('sends bytes with their content type and URLSearchParams form-encoded', () => {
    expect(prepareBody(new Uint8Array([1]), 'application/pdf')().contentType).toBe('application/pdf');
    expect(prepareBody(new URLSearchParams({ a: 'b' }), undefined)()).toEqual({
      body: 'a=b',
      contentType: 'application/x-www-form-urlencoded',
    });
  });

  it('refuses nested objects in multipart fields before sending', () => {
    expect(() => prepareBody({ meta: { a: 1 } }, 'multipart/form-data')).toThrow(/multipart/);
  });
});
