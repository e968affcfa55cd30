/**
 * The fake's Apply API: a career site lists the public postings, reads a posting's application
 * form, applies on a candidate's behalf, and follows the application's status, with the
 * application landing in the account like any other.
 */
import { describe, expect, it } from 'vitest';
import { POSTING_API, type SrApplyRequest } from '../../../src/index.js';
import type { JobRecord } from '../../../src/testing/model.js';
import { postingIdentity } from '../../../src/testing/routes/postings.js';
import { call, startFake } from '../helpers.js';

const PDF = new TextEncoder().encode('%PDF-1.4 a resume');
const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

async function firstPosting(fake: Awaited<ReturnType<typeof startFake>>) {
  const anonymous = fake.client({ anonymous: true });
  const list = await anonymous.client.get(`${POSTING_API}/companies/{companyIdentifier}/postings`, {
    params: { companyIdentifier: fake.state.company.identifier },
  });
  const posting = list.content?.[0];
  expect(posting?.uuid).toBeDefined();
  const job = [...fake.state.jobs.values()].find((j) => j.jobAdId === posting?.jobAdId) as JobRecord;
  return { uuid: posting?.uuid as string, job };
}

const application = (overrides: Partial<SrApplyRequest> = {}): SrApplyRequest => ({
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada.apply@example.com',
  phoneNumber: '+44 20 7946 0000',
  location: { city: 'London', countryCode: 'GB' },
  web: { linkedIn: 'https://www.linkedin.com/in/ada' },
  experience: [{ title: 'Analyst', company: 'Engines Ltd', startDate: '2020-01-01' }],
  answers: [
    { id: 'work_authorization', records: [{ fields: { answer: ['yes'] } }] },
    { id: 'motivation', records: [{ fields: { text: ['I like engines.'] } }] },
  ],
  resume: { fileName: 'ada.pdf', fileContent: base64(PDF), mimeType: 'application/pdf' },
  attachments: [
    { fileName: 'notes.txt', fileContent: base64(new TextEncoder().encode('notes')), mimeType: 'text/plain' },
    { url: 'https://video.example/ada', type: 'VIDEO_URL' },
  ],
  ...overrides,
});

describe('the Apply API', () => {
  it('applies to a public posting and follows the application through the account', async () => {
    const fake = await startFake({ rateLimits: false });
    const sr = fake.client();
    const { uuid, job } = await firstPosting(fake);

    const form = await sr.client.get('/postings/{uuid}/configuration', { params: { uuid } });
    expect(form.questions.map((q) => q.id)).toEqual(['work_authorization', 'motivation']);
    expect(form.questions[0]?.fields[0]).toMatchObject({ required: true, type: 'RADIO' });
    expect(form.settings).toEqual({ avatarUploadAvailable: false });

    const applied = await sr.client.post('/postings/{uuid}/candidates', {
      params: { uuid },
      body: application(),
    });
    const candidateId = applied.id as string;
    expect(applied.createdOn).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const candidate = fake.state.candidates.get(candidateId);
    expect(candidate).toMatchObject({
      firstName: 'Ada',
      email: 'ada.apply@example.com',
      location: { city: 'London', countryCode: 'gb' },
      web: { linkedin: 'https://www.linkedin.com/in/ada' },
    });
    const app = fake.state.application(candidateId, job.id);
    expect(app?.status).toBe('NEW');

    // The answers read back as screening answers, the resume as an attachment of the application.
    const answers = await sr.client.get('/candidates/{id}/jobs/{jobId}/screening-answers', {
      params: { id: candidateId, jobId: job.id },
    });
    expect(answers.content.map((a) => a.name)).toEqual(['work_authorization', 'motivation']);
    expect(JSON.stringify(answers.content[0])).toContain('"label":"Yes"');
    const files = await sr.client.get('/candidates/{id}/jobs/{jobId}/attachments', {
      params: { id: candidateId, jobId: job.id },
    });
    // A link is not a file: the fake keeps the two files.
    expect(files.content.map((f) => [f.name, f.type])).toEqual([
      ['ada.pdf', 'RESUME'],
      ['notes.txt', 'GENERIC_FILE'],
    ]);

    const status = () =>
      sr.client.get('/postings/{uuid}/candidates/{candidateId}/status', { params: { uuid, candidateId } });
    expect(await status()).toEqual({ status: 'NEW' });
    await sr.client.put('/candidates/{id}/jobs/{jobId}/status', {
      params: { id: candidateId, jobId: job.id },
      body: { status: 'OFFERED' },
    });
    expect(await status()).toEqual({ status: 'OFFER' });

    // Applying again joins the same profile: still one application.
    const again = await sr.client.post('/postings/{uuid}/candidates', {
      params: { uuid },
      body: application(),
    });
    expect(again.id).toBe(candidateId);
    expect([...fake.state.applications.values()].filter((a) => a.candidateId === candidateId)).toHaveLength(
      1,
    );
  });

  it('answers ApplyApiError for an invalid application, an unknown posting or candidate', async () => {
    const fake = await startFake({ rateLimits: false });
    const { uuid } = await firstPosting(fake);
    const before = fake.state.candidates.size;
    const invalid = await call(fake, 'POST', `/postings/${uuid}/candidates`, {
      json: application({
        email: 'not-an-email',
        answers: [{ id: 'work_authorization', records: [{ fields: { answer: ['maybe'] } }] }],
      }),
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ code: 'DATA_VALIDATION_ERROR' });
    expect(typeof invalid.body.id).toBe('string');
    expect(invalid.body.message).toContain('email');
    expect(invalid.body.message).toContain('yes or no');
    const unanswered = await call(fake, 'POST', `/postings/${uuid}/candidates`, {
      json: application({ answers: [] }),
    });
    expect(unanswered.body.message).toContain("question 'work_authorization'");
    expect(fake.state.candidates.size).toBe(before);

    // A job whose ad is not published has no posting to apply to.
    const unpublished = [...fake.state.jobs.values()].find((j) => !j.publication) as JobRecord;
    const closed = await call(fake, 'GET', `/postings/${postingIdentity(unpublished).uuid}/configuration`);
    expect(closed.status).toBe(404);
    const unknown = await call(fake, 'GET', '/postings/00000000-0000-4000-a000-000000000000/configuration');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'RESOURCE_NOT_FOUND_ERROR' });
    const notApplied = await call(fake, 'GET', `/postings/${uuid}/candidates/nobody/status`);
    expect(notApplied.status).toBe(404);
    expect(notApplied.body.code).toBe('RESOURCE_NOT_FOUND_ERROR');
  });

  it('takes an API key or the candidate_applications_manage scope', async () => {
    const fake = await startFake({
      rateLimits: false,
      oauthClients: [
        { clientId: 'board', clientSecret: 's', scopes: ['candidate_applications_manage'] },
        { clientId: 'reader', clientSecret: 's', scopes: ['candidates_read'] },
      ],
    });
    const { uuid } = await firstPosting(fake);
    const path = `/postings/${uuid}/configuration`;
    expect((await call(fake, 'GET', path, { auth: null })).status).toBe(401);
    expect((await call(fake, 'GET', path, { auth: { bearer: fake.issueAccessToken('board') } })).status).toBe(
      200,
    );
    expect(
      (await call(fake, 'GET', path, { auth: { bearer: fake.issueAccessToken('reader') } })).status,
    ).toBe(403);
  });
});
