/**
 * The fake's public Posting API over its jobs, and the Candidate Status API: what a career site
 * and an applicant tracker read, with SR's shapes and without a credential for the postings.
 */
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  POSTING_API,
  SmartRecruitersClient,
  type SrPostingListItem,
} from '../../../src/index.js';
import type { JobRecord } from '../../../src/testing/model.js';
import { postingIdentity } from '../../../src/testing/routes/postings.js';
import { call, errorCode, startFake } from '../helpers.js';

const LIST = `${POSTING_API}/companies/{companyIdentifier}/postings`;

function publishedJobs(jobs: Iterable<JobRecord>, visibility?: 'PUBLIC' | 'INTERNAL'): JobRecord[] {
  return [...jobs].filter(
    (job) => job.publication && (!visibility || job.publication.visibility === visibility),
  );
}

describe('the Posting API', () => {
  it('lists the public postings without a credential, newest first, in SR’s shape', async () => {
    const fake = await startFake({ rateLimits: false });
    const company = fake.state.company.identifier;
    const answer = await call(fake, 'GET', `/v1/companies/${company}/postings`, { auth: null });
    expect(answer.status).toBe(200);
    const expected = publishedJobs(fake.state.jobs.values(), 'PUBLIC');
    expect(expected.length).toBeGreaterThan(1);
    expect(answer.body).toMatchObject({ offset: 0, limit: 100, totalFound: expected.length });
    const names = (answer.body.content as SrPostingListItem[]).map((p) => p.name);
    expect(names.sort()).toEqual(expected.map((j) => j.title).sort());
    const dates = (answer.body.content as SrPostingListItem[]).map((p) => p.releasedDate ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const job = expected[0] as JobRecord;
    const item = (answer.body.content as SrPostingListItem[]).find((p) => p.jobAdId === job.jobAdId);
    const { id, uuid } = postingIdentity(job);
    expect(item).toMatchObject({
      id,
      uuid,
      name: job.title,
      defaultJobAd: true,
      company: { identifier: company, name: fake.state.company.name },
      releasedDate: job.publication?.publishedOn,
      location: {
        city: job.location.city,
        country: job.location.countryCode.toLowerCase(),
        remote: job.location.remote,
      },
      visibility: 'PUBLIC',
      ref: `${fake.url}/v1/companies/${company}/postings/${id}`,
      language: { code: job.jobAd.language.code },
    });
    expect(id).toMatch(/^\d{15}$/);
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuid).not.toBe(job.jobAdId);
    // Not counted against any credential.
    expect(fake.requests.last()).toMatchObject({
      route: 'GET /v1/companies/{companyIdentifier}/postings',
      credential: null,
    });
  });

  it('pages with an anonymous client, and filters as SR documents', async () => {
    const fake = await startFake({ rateLimits: false });
    const company = fake.state.company.identifier;
    const sr = fake.client({ anonymous: true });
    const all: SrPostingListItem[] = [];
    for await (const posting of sr.client.paginate(LIST, {
      params: { companyIdentifier: company },
      query: { destination: 'INTERNAL_OR_PUBLIC', limit: 2 },
    })) {
      all.push(posting);
    }
    expect(all).toHaveLength(publishedJobs(fake.state.jobs.values()).length);
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);

    const internal = await sr.client.get(LIST, {
      params: { companyIdentifier: company },
      query: { destination: 'INTERNAL' },
    });
    expect(internal.totalFound).toBe(publishedJobs(fake.state.jobs.values(), 'INTERNAL').length);
    expect(internal.content?.every((p) => p.visibility === 'INTERNAL')).toBe(true);

    const job = publishedJobs(fake.state.jobs.values(), 'PUBLIC')[0] as JobRecord;
    const byCity = await sr.client.get(LIST, {
      params: { companyIdentifier: company },
      query: { city: job.location.city.toUpperCase(), q: job.title.slice(0, 4).toLowerCase() },
    });
    expect(byCity.content?.map((p) => p.jobAdId)).toContain(job.jobAdId);
    expect(byCity.content?.every((p) => p.location?.city === job.location.city)).toBe(true);

    const remote = await sr.client.get(LIST, {
      params: { companyIdentifier: company },
      query: { locationType: 'REMOTE', destination: 'INTERNAL_OR_PUBLIC' },
    });
    expect(remote.content?.length).toBeGreaterThan(0);
    expect(remote.content?.every((p) => p.location?.remote === true)).toBe(true);

    const latest = all
      .map((p) => p.releasedDate ?? '')
      .sort()
      .at(-1) as string;
    const after = await sr.client.get(LIST, {
      params: { companyIdentifier: company },
      query: { releasedAfter: latest, destination: 'INTERNAL_OR_PUBLIC' },
    });
    expect(after.totalFound).toBe(0);

    const withField = publishedJobs(fake.state.jobs.values(), 'PUBLIC').find((j) => j.properties.length > 0);
    expect(withField).toBeDefined();
    {
      const [field] = withField?.properties ?? [];
      const filtered = await sr.client.get(LIST, {
        params: { companyIdentifier: company },
        query: { [`custom_field.${field?.id}`]: field?.valueId ?? '' },
      });
      expect(filtered.content?.map((p) => p.jobAdId)).toContain(withField?.jobAdId);
      expect(
        filtered.content?.every((p) =>
          p.customField?.some((f) => f.fieldId === field?.id && f.valueId === field?.valueId),
        ),
      ).toBe(true);
    }

    const bad = await call(fake, 'GET', `/v1/companies/${company}/postings?limit=101`, { auth: null });
    expect(bad.status).toBe(400);
    expect(errorCode(bad)).toBe('INVALID_PARAMETER');
    expect(
      (await call(fake, 'GET', `/v1/companies/${company}/postings?destination=ALL`, { auth: null })).status,
    ).toBe(400);
  });

  it('reads one posting by id or uuid with its job ad and links; unknown ones are 404', async () => {
    const fake = await startFake({ rateLimits: false });
    const company = fake.state.company.identifier;
    const sr = fake.client({ anonymous: true });
    const job = publishedJobs(fake.state.jobs.values(), 'PUBLIC')[0] as JobRecord;
    const { id, uuid } = postingIdentity(job);
    const posting = await sr.client.get(`${POSTING_API}/companies/{companyIdentifier}/postings/{postingId}`, {
      params: { companyIdentifier: company, postingId: id },
    });
    expect(posting).toMatchObject({
      id,
      uuid,
      jobId: job.id,
      active: true,
      name: job.title,
      jobAd: { sections: job.jobAd.sections },
    });
    expect(posting.applyUrl).toMatch(
      new RegExp(`^https://jobs\\.smartrecruiters\\.com/${company}/${id}-[a-z0-9-]+\\?oga=true$`),
    );
    const byUuid = await call(fake, 'GET', `/v1/companies/${company}/postings/${uuid}`, { auth: null });
    expect(byUuid.body.id).toBe(id);

    const missing = await call(fake, 'GET', `/v1/companies/${company}/postings/1`, { auth: null });
    expect(missing.status).toBe(404);
    const otherCompany = await call(fake, 'GET', `/v1/companies/SomeoneElse/postings/${id}`, { auth: null });
    expect(otherCompany.status).toBe(404);
    const emptyList = await call(fake, 'GET', '/v1/companies/SomeoneElse/postings', { auth: null });
    expect(emptyList.body).toEqual({ offset: 0, limit: 100, totalFound: 0, content: [] });
  });

  it('follows publishing: an unpublished job leaves the list, a newly published one joins it', async () => {
    const fake = await startFake({ rateLimits: false });
    const company = fake.state.company.identifier;
    const sr = fake.client();
    const published = publishedJobs(fake.state.jobs.values(), 'PUBLIC')[0] as JobRecord;
    const unpublished = [...fake.state.jobs.values()].find(
      (j) => !j.publication && j.status !== 'FILLED' && j.status !== 'CANCELLED',
    ) as JobRecord;
    await sr.client.delete('/jobs/{jobId}/publication', { params: { jobId: published.id } });
    await sr.client.post('/jobs/{jobId}/publication', { params: { jobId: unpublished.id } });
    const list = await sr.client.get(LIST, { params: { companyIdentifier: company } });
    const ads = list.content?.map((p) => p.jobAdId);
    expect(ads).not.toContain(published.jobAdId);
    expect(ads).toContain(unpublished.jobAdId);
    const gone = await call(
      fake,
      'GET',
      `/v1/companies/${company}/postings/${postingIdentity(published).id}`,
      {
        auth: null,
      },
    );
    expect(gone.status).toBe(404);
  });

  it("lists the company's departments", async () => {
    const fake = await startFake({ rateLimits: false });
    const answer = await call(fake, 'GET', `/v1/companies/${fake.state.company.identifier}/departments`, {
      auth: null,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.totalFound).toBe(fake.state.departments.size);
    expect(answer.body.content.map((d: { id: string }) => d.id).sort()).toEqual(
      [...fake.state.departments.keys()].sort(),
    );
  });

  it('an anonymous client reaches nothing else: SmartRecruiters answers 401', async () => {
    const fake = await startFake({ rateLimits: false });
    const sr = fake.client({ anonymous: true });
    await expect(sr.client.get('/configuration/company')).rejects.toBeInstanceOf(AuthenticationError);
    expect(() => new SmartRecruitersClient({ anonymous: true, apiKey: 'k' })).toThrow(
      /takes no apiKey or oauth/,
    );
    expect(fake.requests.last()).toMatchObject({ status: 401, credential: null });
  });
});

describe('the Candidate Status API', () => {
  it("answers an application's status by its id, in the Apply API's words", async () => {
    const fake = await startFake({ rateLimits: false });
    const apps = [...fake.state.applications.values()];
    const offered = apps.find((a) => a.status === 'OFFERED') as (typeof apps)[number];
    const fresh = apps.find((a) => a.status === 'NEW') as (typeof apps)[number];
    const sr = fake.client();
    const status = await sr.client.get('/candidate-status-api/status/{applicationUuid}', {
      params: { applicationUuid: fresh.id },
    });
    expect(status).toEqual({ status: 'NEW' });
    expect(offered).toBeDefined();
    expect(
      await sr.client.get('/candidate-status-api/status/{applicationUuid}', {
        params: { applicationUuid: offered.id },
      }),
    ).toEqual({ status: 'OFFER' });
    const missing = await call(fake, 'GET', '/candidate-status-api/status/nope');
    expect(missing.status).toBe(404);
    expect(errorCode(missing)).toBe('APPLICATION_NOT_FOUND');
    expect((await call(fake, 'GET', `/candidate-status-api/status/${fresh.id}`, { auth: null })).status).toBe(
      401,
    );
  });

  it('takes the candidates_read scope', async () => {
    const fake = await startFake({
      rateLimits: false,
      oauthClients: [
        { clientId: 'reader', clientSecret: 's', scopes: ['candidates_read'] },
        { clientId: 'jobs', clientSecret: 's', scopes: ['jobs_read'] },
      ],
    });
    const app = fake.state.applications.values().next().value as { id: string };
    const path = `/candidate-status-api/status/${app.id}`;
    const ok = await call(fake, 'GET', path, { auth: { bearer: fake.issueAccessToken('reader') } });
    expect(ok.status).toBe(200);
    const denied = await call(fake, 'GET', path, { auth: { bearer: fake.issueAccessToken('jobs') } });
    expect(denied.status).toBe(403);
  });
});
