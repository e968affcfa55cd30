import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ATTACHMENT_MAX_BYTES,
  type Attachment,
  NotFoundError,
  type SmartRecruiters,
} from '../../src/index.js';
import {
  type ApplicationRecord,
  createFakeSmartRecruiters,
  type FakeSmartRecruiters,
  minimalPdf,
} from '../../src/testing/index.js';
import { FAST_CLIENT, FAST_FAKE, rejectsBeforeAnyRequest, routesAfter, sdkFor } from '../helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;
let app: ApplicationRecord;
let appId: string;

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({
    ...FAST_FAKE,
    seed: 13,
    counts: { candidates: 8, jobs: 4, users: 3 },
  });
  sr = sdkFor(fake, FAST_CLIENT);
  app = [...fake.state.applications.values()][0]!;
  appId = `${app.candidateId}:${app.jobId}`;
});
afterAll(() => fake.close());

const bytesOf = (text: string) => new TextEncoder().encode(text);

async function bytesFrom(attachment: Attachment): Promise<Uint8Array> {
  const file = await sr.attachments.download(attachment);
  return new Uint8Array(await file.arrayBuffer());
}

function stored(id: string) {
  const record = fake.state.attachments.get(id);
  if (!record) throw new Error(`no attachment ${id}`);
  return record;
}

describe('attachments.list', () => {
  it("lists a candidate's attachments", async () => {
    const candidateId = [...fake.state.attachments.values()].find((a) => a.type === 'RESUME')!.candidateId;
    const page = await sr.attachments.list({ candidate_id: candidateId });
    const expected = [...fake.state.attachments.values()].filter((a) => a.candidateId === candidateId);
    expect(page.result.map((a) => a.id).sort()).toEqual(expected.map((a) => a.id).sort());
    expect(page).toMatchObject({ next_cursor: null, total: expected.length, result_count: expected.length });
    const resume = page.result.find((a) => a.remote_attachment_type === 'RESUME')!;
    const record = stored(resume.id);
    expect(resume).toMatchObject({
      file_name: record.name,
      content_type: 'application/pdf',
      attachment_type: 'resume',
      candidate: { id: candidateId },
      application: null,
      job: null,
    });
    expect(resume.remote_data).toMatchObject({ id: record.id, name: record.name, type: 'RESUME' });
  });

  it("lists an application's attachments, with the application and the job", async () => {
    const owner = [...fake.state.attachments.values()].find((a) => a.jobId !== null)!;
    const id = `${owner.candidateId}:${owner.jobId}`;
    const page = await sr.attachments.list({ application_id: id });
    const expected = [...fake.state.attachments.values()].filter(
      (a) => a.candidateId === owner.candidateId && a.jobId === owner.jobId,
    );
    expect(page.result.map((a) => a.id).sort()).toEqual(expected.map((a) => a.id).sort());
    expect(page.result.every((a) => a.application?.id === id && a.job?.id === owner.jobId)).toBe(true);
    expect(page.result.map((a) => a.attachment_type).sort()).toEqual(
      expected
        .map(
          (a) =>
            ({ RESUME: 'resume', COVER_LETTER: 'cover_letter', GENERIC_FILE: 'other', AVATAR: 'avatar' })[
              a.type
            ],
        )
        .sort(),
    );
    expect(fake.requests.last()?.route).toBe('GET /candidates/{id}/jobs/{jobId}/attachments');
  });

  it('refuses a list without exactly one valid owner before any request', async () => {
    await rejectsBeforeAnyRequest(fake, () => sr.attachments.list({}));
    await rejectsBeforeAnyRequest(fake, () =>
      sr.attachments.list({ candidate_id: app.candidateId, application_id: appId }),
    );
    await rejectsBeforeAnyRequest(fake, () => sr.attachments.list({ application_id: app.candidateId }));
    await rejectsBeforeAnyRequest(fake, () => sr.attachments.list({ candidate_id: '' }));
  });
});

describe('attachments.upload and download', () => {
  it('uploads a Blob to an application and downloads the same bytes, name and type', async () => {
    const pdf = minimalPdf(['Assessment report', 'Score: 92']);
    const uploaded = await sr.attachments.upload({
      application_id: appId,
      file: new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
      file_name: 'assessment.pdf',
    });
    expect(uploaded).toMatchObject({
      file_name: 'assessment.pdf',
      content_type: 'application/pdf',
      attachment_type: 'other',
      remote_attachment_type: 'GENERIC_FILE',
      application: { id: appId },
      job: { id: app.jobId },
      candidate: { id: app.candidateId },
    });
    expect(fake.requests.last()?.route).toBe('POST /candidates/{id}/jobs/{jobId}/attachments');
    expect(stored(uploaded.id)).toMatchObject({
      jobId: app.jobId,
      type: 'GENERIC_FILE',
      contentType: 'application/pdf',
    });
    const file = await sr.attachments.download(uploaded);
    expect(file).toMatchObject({
      fileName: 'assessment.pdf',
      contentType: 'application/pdf',
      contentLength: pdf.length,
    });
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf);
    expect(fake.requests.last()?.route).toBe('GET /candidates/attachments/{attachmentId}');
  });

  it('uploads bytes to a candidate as a resume', async () => {
    const bytes = bytesOf('%PDF-1.4 fake resume bytes');
    const uploaded = await sr.attachments.upload({
      candidate_id: app.candidateId,
      file: bytes,
      file_name: 'cv.pdf',
      attachment_type: 'resume',
    });
    expect(uploaded).toMatchObject({
      attachment_type: 'resume',
      application: null,
      content_type: 'application/pdf',
    });
    expect(stored(uploaded.id)).toMatchObject({ jobId: null, type: 'RESUME', name: 'cv.pdf' });
    expect(await bytesFrom(uploaded)).toEqual(bytes);
    expect(fake.requests.last()?.route).toBe('GET /candidates/{id}/attachments/{attachmentId}');
  });

  it('uploads a web ReadableStream as a cover letter and a Node Readable as plain text', async () => {
    const chunks = [bytesOf('Dear hiring team, '), bytesOf('I would like to apply.')];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    const letter = await sr.attachments.upload({
      application_id: appId,
      file: stream,
      file_name: 'letter.txt',
      attachment_type: 'cover_letter',
    });
    expect(letter).toMatchObject({ attachment_type: 'cover_letter', content_type: 'text/plain' });
    expect(new TextDecoder().decode(await bytesFrom(letter))).toBe(
      'Dear hiring team, I would like to apply.',
    );

    const node = Readable.from([Buffer.from('{"score":'), Buffer.from('92}')]);
    const json = await sr.attachments.upload({
      candidate_id: app.candidateId,
      file: node,
      file_name: 'scores.json',
      content_type: 'application/json',
    });
    expect(stored(json.id).contentType).toBe('application/json');
    // A JSON or text file downloads as a file (a stream), not as a parsed body.
    const file = await sr.attachments.download({ id: json.id, candidate_id: app.candidateId });
    expect(file.fileName).toBe('scores.json');
    expect(file.contentType).toBe('application/json');
    expect(file.body).toBeInstanceOf(ReadableStream);
    expect(await (await file.blob()).text()).toBe('{"score":92}');
  });

  it('downloads seeded text attachments as streams too, by every kind of reference', async () => {
    const text = [...fake.state.attachments.values()].find((a) => a.contentType === 'text/plain' && a.jobId)!;
    const refs = [
      { id: text.id, application_id: `${text.candidateId}:${text.jobId}` },
      { id: text.id, candidate_id: text.candidateId },
    ];
    for (const ref of refs) {
      const file = await sr.attachments.download(ref);
      expect(file.fileName).toBe(text.name);
      expect(file.contentType).toBe('text/plain');
      expect(new Uint8Array(await file.arrayBuffer())).toEqual(text.bytes);
    }
    await expect(
      sr.attachments.download({ id: '00000000-0000-4000-8000-000000000000', candidate_id: text.candidateId }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await rejectsBeforeAnyRequest(fake, () =>
      sr.attachments.download({ id: '', candidate_id: text.candidateId }),
    );
    await rejectsBeforeAnyRequest(fake, () =>
      sr.attachments.download({ id: text.id, application_id: 'nope' }),
    );
  });

  it('refuses a file over the size limit before any request, whatever its source', async () => {
    const tooBig = new Uint8Array(ATTACHMENT_MAX_BYTES + 1);
    const sources = [
      () => tooBig,
      () => new Blob([tooBig]),
      () => tooBig.buffer,
      () => Readable.from([tooBig.subarray(0, ATTACHMENT_MAX_BYTES), tooBig.subarray(ATTACHMENT_MAX_BYTES)]),
      () =>
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(tooBig.subarray(0, 1024));
            controller.enqueue(tooBig.subarray(1024));
            controller.close();
          },
        }),
    ];
    for (const source of sources) {
      const issues = await rejectsBeforeAnyRequest(fake, () =>
        sr.attachments.upload({ application_id: appId, file: source(), file_name: 'big.bin' }),
      );
      expect(issues[0]).toMatchObject({
        path: ['file'],
        message: expect.stringContaining(String(ATTACHMENT_MAX_BYTES)),
      });
    }
    // Exactly at the limit is fine as far as the SDK goes.
    const atLimit = await sr.attachments.upload({
      candidate_id: app.candidateId,
      file: new Uint8Array(ATTACHMENT_MAX_BYTES),
      file_name: 'limit.bin',
    });
    expect(stored(atLimit.id).bytes.length).toBe(ATTACHMENT_MAX_BYTES);
  });

  it('checks the metadata before reading a stream', async () => {
    let pulled = false;
    // highWaterMark 0: the stream is pulled only when read.
    const stream = () =>
      new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            pulled = true;
            controller.close();
          },
        },
        { highWaterMark: 0 },
      );
    await rejectsBeforeAnyRequest(fake, () =>
      sr.attachments.upload({
        application_id: appId,
        file: stream(),
        file_name: 'x.pdf',
        attachment_type: 'avatar' as never,
      }),
    );
    await rejectsBeforeAnyRequest(fake, () =>
      sr.attachments.upload({ application_id: appId, file: stream(), file_name: '' }),
    );
    await rejectsBeforeAnyRequest(fake, () =>
      sr.attachments.upload({ file: stream(), file_name: 'orphan.pdf' } as never),
    );
    await rejectsBeforeAnyRequest(fake, () =>
      sr.attachments.upload({
        application_id: appId,
        file: stream(),
        file_name: 'x.pdf',
        content_type: 'pdf',
      }),
    );
    expect(pulled).toBe(false);
    // The same stream with valid metadata is read.
    await sr.attachments.upload({ application_id: appId, file: stream(), file_name: 'empty.txt' });
    expect(pulled).toBe(true);
  });
});

describe('attachments.delete', () => {
  it('deletes an application-level attachment', async () => {
    const uploaded = await sr.attachments.upload({
      application_id: appId,
      file: bytesOf('to be deleted'),
      file_name: 'temp.txt',
    });
    const seq = fake.requests.length;
    await sr.attachments.delete(uploaded);
    expect(routesAfter(fake, seq)).toEqual(['DELETE /candidates/attachments/{attachmentId}']);
    expect(fake.state.attachments.has(uploaded.id)).toBe(false);
    const page = await sr.attachments.list({ application_id: appId });
    expect(page.result.map((a) => a.id)).not.toContain(uploaded.id);
    await expect(sr.attachments.delete({ id: uploaded.id, application_id: appId })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('refuses to delete a candidate-level attachment (SR has no such endpoint) before any request', async () => {
    const resume = [...fake.state.attachments.values()].find((a) => a.jobId === null)!;
    const [listed] = (await sr.attachments.list({ candidate_id: resume.candidateId })).result.filter(
      (a) => a.id === resume.id,
    );
    const issues = await rejectsBeforeAnyRequest(fake, () => sr.attachments.delete(listed!));
    expect(issues[0]?.message).toMatch(/application-level/);
    await rejectsBeforeAnyRequest(fake, () =>
      sr.attachments.delete({ id: resume.id, candidate_id: resume.candidateId }),
    );
    expect(fake.state.attachments.has(resume.id)).toBe(true);
  });
});
