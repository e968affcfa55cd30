import { describe, expect, it } from 'vitest';
import { call, errorCode, startFake } from '../helpers.js';

function upload(
  bytes: Uint8Array<ArrayBuffer>,
  name: string,
  type?: string,
  mime = 'application/pdf',
): FormData {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: mime }), name);
  if (type !== undefined) form.append('attachmentType', type);
  return form;
}

describe('attachments (§8)', () => {
  it('round-trips bytes through a candidate-level multipart upload and download', async () => {
    const fake = await startFake();
    const candidate = [...fake.state.candidates.values()][0]!;
    const bytes = new Uint8Array(Array.from({ length: 3000 }, (_, i) => (i * 7) % 256));
    const up = await call(fake, 'POST', `/candidates/${candidate.id}/attachments`, {
      body: upload(bytes, 'cv ž.pdf', 'RESUME'),
    });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ name: 'cv ž.pdf', type: 'RESUME', contentType: 'application/pdf' });
    const download = await fetch(up.body.actions.download.url, { headers: { 'X-SmartToken': fake.apiKey } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="cv _.pdf"; filename*=UTF-8''${encodeURIComponent('cv ž.pdf')}`,
    );
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes);
    const list = await call(fake, 'GET', `/candidates/${candidate.id}/attachments`);
    expect(list.body.content.map((a: { id: string }) => a.id)).toContain(up.body.id);
  });

  it('uploads at application level (GENERIC_FILE by default), lists, downloads and deletes', async () => {
    const fake = await startFake();
    const app = [...fake.state.applications.values()][0]!;
    const base = `/candidates/${app.candidateId}/jobs/${app.jobId}/attachments`;
    const up = await call(fake, 'POST', base, {
      body: upload(new TextEncoder().encode('notes'), 'notes.txt', undefined, 'text/plain'),
    });
    expect(up.status).toBe(201);
    expect(up.body.type).toBe('GENERIC_FILE');
    expect(up.body.actions.remove).toEqual({
      url: `${fake.url}/candidates/attachments/${up.body.id}`,
      method: 'DELETE',
    });
    const list = await call(fake, 'GET', base);
    expect(list.body.content.map((a: { id: string }) => a.id)).toContain(up.body.id);
    const got = await call(fake, 'GET', `/candidates/attachments/${up.body.id}`);
    expect(got.text).toBe('notes');
    expect(got.headers.get('content-type')).toBe('text/plain');
    expect((await call(fake, 'DELETE', `/candidates/attachments/${up.body.id}`)).status).toBe(204);
    const gone = await call(fake, 'GET', `/candidates/attachments/${up.body.id}`);
    expect([gone.status, errorCode(gone)]).toEqual([404, 'FILE_NOT_FOUND']);
    const again = await call(fake, 'DELETE', `/candidates/attachments/${up.body.id}`);
    expect([again.status, errorCode(again)]).toEqual([404, 'FILE_NOT_FOUND']);
  });

  it('serves seeded resumes as real PDFs', async () => {
    const fake = await startFake();
    const resume = [...fake.state.attachments.values()].find((a) => a.type === 'RESUME')!;
    const r = await call(fake, 'GET', `/candidates/${resume.candidateId}/attachments/${resume.id}`);
    expect(r.text.startsWith('%PDF-1.4')).toBe(true);
    expect(r.text.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('rejects bad types (400), non-multipart bodies (415), missing files (400) and large files (413)', async () => {
    const fake = await startFake({ maxAttachmentBytes: 1000 });
    const candidate = [...fake.state.candidates.values()][0]!;
    const path = `/candidates/${candidate.id}/attachments`;
    const badType = await call(fake, 'POST', path, { body: upload(new Uint8Array([1]), 'a.pdf', 'AVATAR') });
    expect(badType.status).toBe(400);
    expect(badType.body.message).toMatch(/GENERIC_FILE, RESUME, COVER_LETTER/);
    expect((await call(fake, 'POST', path, { json: { file: 'x' } })).status).toBe(415);
    const noFile = new FormData();
    noFile.append('attachmentType', 'RESUME');
    const missing = await call(fake, 'POST', path, { body: noFile });
    expect([missing.status, errorCode(missing)]).toEqual([400, 'INVALID_FILE']);
    const big = await call(fake, 'POST', path, { body: upload(new Uint8Array(1001), 'big.pdf') });
    expect(big.status).toBe(413);
    expect(errorCode(big)).toBe('PAYLOAD_TOO_LARGE');
    expect((await call(fake, 'POST', path, { body: upload(new Uint8Array(1000), 'ok.pdf') })).status).toBe(
      201,
    );
  });

  it("answers 404 for another candidate's attachment and unknown applications", async () => {
    const fake = await startFake();
    const [a, b] = [...fake.state.candidates.values()];
    const attachment = [...fake.state.attachments.values()].find(
      (x) => x.candidateId === a!.id && x.jobId === null,
    )!;
    const other = await call(fake, 'GET', `/candidates/${b!.id}/attachments/${attachment.id}`);
    expect([other.status, errorCode(other)]).toEqual([404, 'FILE_NOT_FOUND']);
    const noApplication = await call(fake, 'POST', `/candidates/${a!.id}/jobs/nope/attachments`, {
      body: upload(new Uint8Array([1]), 'x.pdf'),
    });
    expect([noApplication.status, errorCode(noApplication)]).toEqual([404, 'JOB_NOT_FOUND']);
  });
});
