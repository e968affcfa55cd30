import { describe, expect, it } from 'vitest';
import { call, errorCode, startFake } from '../helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('GET /candidates', () => {
  it('pages with pageId/nextPageId and Link, keeping filters: no duplicates, no gaps, right totals', async () => {
    const fake = await startFake({ counts: { candidates: 40 }, rateLimits: false });
    const expected = [...fake.state.candidates.values()]
      .filter((c) =>
        fake.state.applicationsOf(c.id).some((a) => a.status === 'NEW' || a.status === 'IN_REVIEW'),
      )
      .map((c) => c.id);
    expect(expected.length).toBeGreaterThan(3);
    const seen: string[] = [];
    let path = '/candidates?status=NEW&status=IN_REVIEW&limit=3';
    let pages = 0;
    for (;;) {
      const r = await call(fake, 'GET', path);
      expect(r.status).toBe(200);
      expect(r.body.limit).toBe(3);
      expect(r.body.totalFound).toBe(expected.length);
      expect(r.body.offset).toBe(seen.length);
      seen.push(...r.body.content.map((c: { id: string }) => c.id));
      pages++;
      const link = r.headers.get('link');
      if (!r.body.nextPageId) {
        expect(link).toBeNull();
        break;
      }
      expect(link).toBe(
        `</candidates?status=NEW&status=IN_REVIEW&limit=3&pageId=${r.body.nextPageId}>; rel="next"`,
      );
      path = /<([^>]+)>/.exec(link!)![1]!;
    }
    expect(pages).toBe(Math.ceil(expected.length / 3));
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...expected].sort());
    // A pageId the fake did not issue is refused rather than read as the first page.
    const forged = await call(fake, 'GET', '/candidates?pageId=bm90LWEtY3Vyc29y');
    expect(forged.status).toBe(400);
    expect(errorCode(forged)).toBe('INVALID_PAGE_ID');
  });

  it('returns partial list items (secondary assignments without status) and defaults limit to 10', async () => {
    const fake = await startFake();
    const r = await call(fake, 'GET', '/candidates');
    expect(r.body.content).toHaveLength(10);
    expect(r.body.limit).toBe(10);
    const item =
      r.body.content.find((c: { secondaryAssignments: unknown[] }) => c.secondaryAssignments.length > 0) ??
      (await call(fake, 'GET', '/candidates?limit=100')).body.content.find(
        (c: { secondaryAssignments: unknown[] }) => c.secondaryAssignments.length > 0,
      );
    expect(Object.keys(item.secondaryAssignments[0])).toEqual(['job']);
    expect(Object.keys(item.secondaryAssignments[0].job).sort()).toEqual(['actions', 'id']);
    expect(item).not.toHaveProperty('education');
    expect(item).not.toHaveProperty('phoneNumber');
    expect(item.actions.details).toEqual({ url: `${fake.url}/candidates/${item.id}`, method: 'GET' });
    expect(item.consent.status).toMatch(/^(REQUIRED|PENDING|ACQUIRED)$/);
  });

  it('filters by q, jobId, tag, consentStatus, subStatus and updatedAfter', async () => {
    const fake = await startFake({ rateLimits: false });
    const { state } = fake;
    const candidate = [...state.candidates.values()].find(
      (c) => c.tags.length > 0 && state.applicationsOf(c.id).length > 0,
    )!;
    const byQ = await call(fake, 'GET', `/candidates?q=${encodeURIComponent(candidate.email)}`);
    expect(byQ.body.content.map((c: { id: string }) => c.id)).toContain(candidate.id);
    const app = state.applicationsOf(candidate.id)[0]!;
    const byJob = await call(fake, 'GET', `/candidates?jobId=${app.jobId}&limit=100`);
    const onJob = [...state.applications.values()].filter((a) => a.jobId === app.jobId);
    expect(byJob.body.totalFound).toBe(new Set(onJob.map((a) => a.candidateId)).size);
    const byTag = await call(fake, 'GET', `/candidates?tag=${candidate.tags[0]}&limit=100`);
    expect(byTag.body.content.every((c: { tags: string[] }) => c.tags.includes(candidate.tags[0]!))).toBe(
      true,
    );
    const byConsent = await call(fake, 'GET', '/candidates?consentStatus=ACQUIRED&limit=100');
    expect(
      byConsent.body.content.every((c: { consent: { status: string } }) => c.consent.status === 'ACQUIRED'),
    ).toBe(true);
    const withSub = [...state.applications.values()].find((a) => a.subStatus)!;
    const bySub = await call(
      fake,
      'GET',
      `/candidates?status=${withSub.status}&subStatus=${encodeURIComponent(withSub.subStatus!)}&limit=100`,
    );
    expect(bySub.body.content.map((c: { id: string }) => c.id)).toContain(withSub.candidateId);
    expect((await call(fake, 'GET', '/candidates?subStatus=Screening')).status).toBe(400);
    const future = await call(fake, 'GET', '/candidates?updatedAfter=2099-01-01T00:00:00.000Z');
    expect(future.body).toMatchObject({ totalFound: 0, content: [] });
    expect((await call(fake, 'GET', '/candidates?updatedAfter=yesterday')).status).toBe(400);
  });
});

describe('candidate writes', () => {
  it('creates a talent-pool candidate: 201 CandidateDetails, API source by default', async () => {
    const fake = await startFake();
    const r = await call(fake, 'POST', '/candidates', {
      json: {
        firstName: 'Nina',
        lastName: 'Novak',
        email: 'nina@example.com',
        tags: ['a', 'a', 'b'],
        web: { linkedin: 'https://l.example/n' },
      },
    });
    expect(r.status).toBe(201);
    expect(r.body.id).toMatch(UUID);
    expect(r.body).toMatchObject({
      firstName: 'Nina',
      tags: ['a', 'b'],
      web: { linkedin: 'https://l.example/n' },
      secondaryAssignments: [],
    });
    expect(r.body.primaryAssignment).toBeUndefined();
    expect(r.body.createdOn).toMatch(/\.\d{3}Z$/);
    expect((await call(fake, 'GET', `/candidates/${r.body.id}`)).body).toEqual(r.body);
  });

  it('creates a candidate onto a job with a validated source', async () => {
    const fake = await startFake({ rateLimits: false });
    const job = [...fake.state.jobs.values()][0]!;
    const value = [...fake.state.sourceValues.values()].find(
      (v) => v.typeId === 'JOB_BOARDS' && v.subTypeId === 'FREE',
    )!;
    const r = await call(fake, 'POST', `/jobs/${job.id}/candidates`, {
      json: {
        firstName: 'Omar',
        lastName: 'Haddad',
        email: 'omar@example.com',
        sourceDetails: { sourceTypeId: 'JOB_BOARDS', sourceSubTypeId: 'FREE', sourceId: value.id },
      },
    });
    expect(r.status).toBe(201);
    expect(r.body.primaryAssignment).toMatchObject({
      job: { id: job.id, title: job.title },
      status: 'NEW',
      source: value.label,
    });
    const defaultSource = await call(fake, 'POST', `/jobs/${job.id}/candidates`, {
      json: { firstName: 'Ida', lastName: 'Api', email: 'ida@example.com' },
    });
    expect(defaultSource.body.primaryAssignment.source).toBe('API');
    // SR's codes: an unknown type 404 SOURCE_TYPE_NOT_FOUND, a value not of the type (or its
    // sub-type) 400 SOURCE_NOT_FOUND; a body without sourceId fails SR's schema.
    for (const [sourceDetails, status, code] of [
      [{ sourceTypeId: 'NOPE', sourceId: value.id }, 404, 'SOURCE_TYPE_NOT_FOUND'],
      [{ sourceTypeId: 'SOCIAL_MEDIA', sourceId: value.id }, 400, 'SOURCE_NOT_FOUND'],
      [{ sourceTypeId: 'JOB_BOARDS', sourceSubTypeId: 'PAID', sourceId: value.id }, 400, 'SOURCE_NOT_FOUND'],
      [{ sourceTypeId: 'JOB_BOARDS' }, 400, 'VALIDATION_ERROR'],
    ] as const) {
      const bad = await call(fake, 'POST', `/jobs/${job.id}/candidates`, {
        json: {
          firstName: 'X',
          lastName: 'Y',
          email: `bad-${JSON.stringify(sourceDetails).length}@example.com`,
          sourceDetails,
        },
      });
      expect([bad.status, errorCode(bad)], JSON.stringify(sourceDetails)).toEqual([status, code]);
    }
  });

  it('requires firstName, lastName and a valid email (400 listing each problem)', async () => {
    const fake = await startFake();
    const r = await call(fake, 'POST', '/candidates', { json: { firstName: '', email: 'not-an-email' } });
    expect(r.status).toBe(400);
    expect(errorCode(r)).toBe('VALIDATION_ERROR');
    const messages = r.body.errors.map((e: { message: string }) => e.message).join(' | ');
    expect(messages).toMatch(/firstName/);
    expect(messages).toMatch(/lastName is required/);
    expect(messages).toMatch(/email/);
    expect(
      (
        await call(fake, 'POST', '/jobs/missing-job/candidates', {
          json: { firstName: 'a', lastName: 'b', email: 'a@b.co' },
        })
      ).status,
    ).toBe(404);
  });

  it('merges a duplicate email + last name by default and answers 409 with onDuplicateCandidate: conflict', async () => {
    const merge = await startFake();
    const existing = [...merge.state.candidates.values()][0]!;
    const job = [...merge.state.jobs.values()].find((j) => !merge.state.application(existing.id, j.id))!;
    const before = merge.state.candidates.size;
    const r = await call(merge, 'POST', `/jobs/${job.id}/candidates`, {
      json: {
        firstName: 'Other',
        lastName: existing.lastName.toUpperCase(),
        email: existing.email.toUpperCase(),
      },
    });
    expect(r.status).toBe(201);
    expect(r.body.id).toBe(existing.id);
    expect(merge.state.candidates.size).toBe(before);
    expect(merge.state.application(existing.id, job.id)).toBeDefined();

    const strict = await startFake({ onDuplicateCandidate: 'conflict' });
    const dup = [...strict.state.candidates.values()][0]!;
    const conflict = await call(strict, 'POST', '/candidates', {
      json: { firstName: 'X', lastName: dup.lastName, email: dup.email },
    });
    expect(conflict.status).toBe(409);
    expect(errorCode(conflict)).toBe('CANDIDATE_DATA_CONFLICT');
  });

  it('PATCH updates personal details with plain JSON and answers 409 CANDIDATE_DATA_CONFLICT on a clash', async () => {
    const fake = await startFake();
    const [a, b] = [...fake.state.candidates.values()];
    const ok = await call(fake, 'PATCH', `/candidates/${a!.id}`, {
      json: { firstName: 'Changed', phoneNumber: null },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.firstName).toBe('Changed');
    expect(ok.body.phoneNumber).toBeUndefined();
    expect(ok.body.updatedOn > a!.createdOn).toBe(true);
    const clash = await call(fake, 'PATCH', `/candidates/${a!.id}`, {
      json: { email: b!.email, lastName: b!.lastName },
    });
    expect(clash.status).toBe(409);
    expect(errorCode(clash)).toBe('CANDIDATE_DATA_CONFLICT');
    expect(fake.state.candidates.get(a!.id)!.email).not.toBe(b!.email);
    const patchType = await call(fake, 'PATCH', `/candidates/${a!.id}`, {
      json: [{ op: 'replace', path: '/firstName', value: 'x' }],
      contentType: 'application/json-patch+json',
    });
    expect(patchType.status).toBe(415);
    expect((await call(fake, 'PATCH', `/candidates/${a!.id}`, { json: { email: 'bad' } })).status).toBe(400);
  });

  it('deletes a candidate (204, then 404)', async () => {
    const fake = await startFake();
    const id = fake.state.candidates.keys().next().value as string;
    expect((await call(fake, 'DELETE', `/candidates/${id}`)).status).toBe(204);
    expect((await call(fake, 'GET', `/candidates/${id}`)).status).toBe(404);
    expect((await call(fake, 'DELETE', `/candidates/${id}`)).status).toBe(404);
  });

  it('tags: POST adds, PUT replaces, DELETE removes all', async () => {
    const fake = await startFake();
    const id = fake.state.addCandidate({
      firstName: 'T',
      lastName: 'Ag',
      email: 't@example.com',
      tags: ['one'],
    }).id;
    expect((await call(fake, 'GET', `/candidates/${id}/tags`)).body).toEqual({ tags: ['one'] });
    expect(
      (await call(fake, 'POST', `/candidates/${id}/tags`, { json: { tags: ['two', 'one'] } })).body,
    ).toEqual({ tags: ['one', 'two'] });
    expect((await call(fake, 'PUT', `/candidates/${id}/tags`, { json: { tags: ['three'] } })).body).toEqual({
      tags: ['three'],
    });
    expect((await call(fake, 'DELETE', `/candidates/${id}/tags`)).status).toBe(204);
    expect((await call(fake, 'GET', `/candidates/${id}/tags`)).body).toEqual({ tags: [] });
    expect((await call(fake, 'POST', `/candidates/${id}/tags`, { json: { tags: 'x' } })).status).toBe(400);
  });

  it('serves consent', async () => {
    const fake = await startFake();
    const c = [...fake.state.candidates.values()][0]!;
    expect((await call(fake, 'GET', `/candidates/${c.id}/consent`)).body).toEqual({
      status: c.consentStatus,
    });
  });
});
