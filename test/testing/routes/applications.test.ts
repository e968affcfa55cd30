import { describe, expect, it } from 'vitest';
import type { FakeSmartRecruiters } from '../../../src/testing/index.js';
import { call, errorCode, startFake } from '../helpers.js';

function pick(fake: FakeSmartRecruiters, status?: string) {
  const app = [...fake.state.applications.values()].find((a) => status === undefined || a.status === status)!;
  return { app, base: `/candidates/${app.candidateId}/jobs/${app.jobId}` };
}

describe('applications (§7)', () => {
  it('GET returns the Application shape with reasons for rejected and withdrawn', async () => {
    const fake = await startFake();
    const rejected = pick(fake, 'REJECTED');
    const r = await call(fake, 'GET', rejected.base);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'REJECTED', reasonOfRejection: rejected.app.reasonOfRejection });
    expect(r.body.actions.sourceDetails.url).toContain(
      `/configuration/sources/${rejected.app.source.sourceTypeId}/values/`,
    );
    expect((await call(fake, 'GET', r.body.actions.sourceDetails.url.slice(fake.url.length))).status).toBe(
      200,
    );
    const withdrawn = pick(fake, 'WITHDRAWN');
    expect((await call(fake, 'GET', withdrawn.base)).body.reasonOfWithdrawal).toEqual(
      withdrawn.app.reasonOfWithdrawal,
    );
    const hired = pick(fake, 'HIRED');
    expect((await call(fake, 'GET', hired.base)).body.startsOn).toBe(hired.app.startsOn);
    const noApplication = await call(fake, 'GET', `/candidates/${rejected.app.candidateId}/jobs/nope`);
    expect([noApplication.status, errorCode(noApplication)]).toEqual([404, 'JOB_NOT_FOUND']);
    const noCandidate = await call(fake, 'GET', `/candidates/nope/jobs/nope/status/history`);
    expect([noCandidate.status, errorCode(noCandidate)]).toEqual([404, 'CANDIDATE_NOT_FOUND']);
  });

  it("gives SmartRecruiters' job application id where SR does: the application's answer, not the candidate's", async () => {
    const fake = await startFake();
    const { app, base } = pick(fake, 'REJECTED');
    expect((await call(fake, 'GET', base)).body.applicationId).toBe(app.id);
    // The candidate's record and list items name the job only (SR's Assignment).
    const candidate = await call(fake, 'GET', `/candidates/${app.candidateId}`);
    expect(JSON.stringify(candidate.body)).not.toContain(app.id);
    const list = await call(fake, 'GET', '/candidates?limit=100');
    expect(JSON.stringify(list.body)).not.toContain(app.id);
  });

  it('changes status with sub-status, reason and startsOn, validated; history grows', async () => {
    const fake = await startFake({ rateLimits: false });
    const { app, base } = pick(fake, 'NEW');
    const process = fake.state.hiringProcesses.get(fake.state.jobs.get(app.jobId)!.hiringProcessId)!;
    const sub = process.subStatuses.INTERVIEW![0]!;
    expect(
      (await call(fake, 'PUT', `${base}/status`, { json: { status: 'INTERVIEW', subStatus: sub } })).status,
    ).toBe(204);
    expect((await call(fake, 'GET', base)).body).toMatchObject({ status: 'INTERVIEW', subStatus: sub });
    const reason = [...fake.state.rejectionReasons.values()][0]!;
    expect(
      (await call(fake, 'PUT', `${base}/status`, { json: { status: 'REJECTED', reason: reason.id } })).status,
    ).toBe(204);
    expect((await call(fake, 'GET', base)).body.reasonOfRejection).toEqual({
      id: reason.id,
      label: reason.label,
    });
    const startsOn = '2026-03-01T00:00:00.000Z';
    expect((await call(fake, 'PUT', `${base}/status`, { json: { status: 'HIRED', startsOn } })).status).toBe(
      204,
    );
    const hired = (await call(fake, 'GET', base)).body;
    expect(hired).toMatchObject({ status: 'HIRED', startsOn });
    expect(hired.reasonOfRejection).toBeUndefined();
    const history = await call(fake, 'GET', `${base}/status/history`);
    expect(history.body.content.slice(-3).map((h: { status: string }) => h.status)).toEqual([
      'INTERVIEW',
      'REJECTED',
      'HIRED',
    ]);
    expect(history.body.totalFound).toBe(history.body.content.length);

    const withdrawal = [...fake.state.withdrawalReasons.values()][0]!;
    for (const [body, code] of [
      [{ status: 'OFFER' }, 'VALIDATION_ERROR'],
      [{}, 'VALIDATION_ERROR'],
      [{ status: 'INTERVIEW', subStatus: 'Not in process' }, 'INVALID_SUB_STATUS'],
      [{ status: 'NEW', subStatus: 'Screening' }, 'INVALID_SUB_STATUS'],
      // SR's codes for reasons.
      [{ status: 'REJECTED', reason: withdrawal.id }, 'REASON_NOT_FOUND'],
      [{ status: 'WITHDRAWN', reason: reason.id }, 'REASON_NOT_FOUND'],
      [{ status: 'NEW', reason: reason.id }, 'NO_REASON_SUPPORT_FOR_STATUS'],
      [{ status: 'HIRED', startsOn: 'next monday' }, 'VALIDATION_ERROR'],
      [{ status: 'NEW', startsOn }, 'VALIDATION_ERROR'],
    ] as const) {
      const r = await call(fake, 'PUT', `${base}/status`, { json: body });
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(errorCode(r)).toBe(code);
    }
  });

  it('changes the source, validated against configured sources', async () => {
    const fake = await startFake();
    const { base } = pick(fake);
    const value = [...fake.state.sourceValues.values()].find((v) => v.typeId === 'AGENCIES')!;
    expect(
      (await call(fake, 'PUT', `${base}/source`, { json: { sourceTypeId: 'AGENCIES', sourceId: value.id } }))
        .status,
    ).toBe(204);
    expect((await call(fake, 'GET', base)).body.source).toBe(value.label);
    expect(
      (await call(fake, 'PUT', `${base}/source`, { json: { sourceTypeId: 'AGENCIES', sourceId: 'nope' } }))
        .status,
    ).toBe(400);
    // SR's sourceSubTypeId is a string: null is refused, like any other non-string.
    const nullSubType = { sourceTypeId: 'AGENCIES', sourceSubTypeId: null, sourceId: value.id };
    expect((await call(fake, 'PUT', `${base}/source`, { json: nullSubType })).status).toBe(400);
  });

  it('reads and writes candidate properties with per-type value formats, resets and PROPERTY_NOT_FOUND', async () => {
    const fake = await startFake({ rateLimits: false });
    const { app, base } = pick(fake);
    app.properties = {};
    expect((await call(fake, 'GET', `${base}/properties`)).body).toEqual({});
    const props = Object.fromEntries([...fake.state.candidateProperties.values()].map((p) => [p.label, p]));
    const user = [...fake.state.users.values()][0]!;
    const select = props.Seniority!;
    const good = [
      { id: props['Eligible to work']!.id, value: true },
      { id: props.Citizenship!.id, value: 'us' },
      { id: props['Expected salary']!.id, value: { code: 'GBP', value: 23232 } },
      { id: props['Available from']!.id, value: '2015-11-17T23:00:00.000Z' },
      { id: props['Years of experience']!.id, value: 7 },
      { id: props['Willingness to travel']!.id, value: 25 },
      { id: props['Preferred region']!.id, value: 'us-wa' },
      { id: props['Notice period']!.id, value: 'one month' },
      { id: props['Referred by']!.id, value: user.id },
      { id: select.id, value: select.values[1]!.id },
    ];
    expect((await call(fake, 'PUT', `${base}/properties`, { json: good })).status).toBe(204);
    const read = await call(fake, 'GET', `${base}/properties`);
    expect(read.body.content).toHaveLength(good.length);
    const selectRead = read.body.content.find((p: { id: string }) => p.id === select.id);
    expect(selectRead).toMatchObject({
      type: 'SINGLE_SELECT',
      value: select.values[1]!.id,
      valueLabel: select.values[1]!.label,
      label: 'Seniority',
    });
    expect(selectRead.actions.configuration.url).toBe(
      `${fake.url}/configuration/candidate-properties/${select.id}`,
    );

    for (const [label, value] of [
      ['Eligible to work', 'yes'],
      ['Citizenship', 'US'],
      ['Citizenship', 'usa'],
      ['Expected salary', 100],
      ['Expected salary', { code: 'gbp', value: 1 }],
      ['Available from', '17/11/2015'],
      ['Years of experience', '7'],
      ['Preferred region', 'US-WA'],
      ['Notice period', 3],
      ['Referred by', 'no-such-user'],
      ['Seniority', 'Senior'],
    ] as const) {
      const r = await call(fake, 'PUT', `${base}/properties`, { json: [{ id: props[label]!.id, value }] });
      expect(r.status, `${label} = ${JSON.stringify(value)}`).toBe(400);
    }
    const unknown = await call(fake, 'PUT', `${base}/properties`, {
      json: [{ id: 'no-such-property', value: 1 }],
    });
    expect(unknown.status).toBe(404);
    expect(errorCode(unknown)).toBe('PROPERTY_NOT_FOUND');

    expect((await call(fake, 'PUT', `${base}/properties`, { json: [{ id: select.id }] })).status).toBe(204);
    const afterReset = await call(fake, 'GET', `${base}/properties`);
    expect(afterReset.body.content.map((p: { id: string }) => p.id)).not.toContain(select.id);
    expect(
      (await call(fake, 'PUT', `${base}/properties/${select.id}`, { json: { value: select.values[0]!.id } }))
        .status,
    ).toBe(204);
  });

  it('serves screening answers, onboarding status and deletes the application', async () => {
    const fake = await startFake();
    const withAnswers = [...fake.state.applications.values()].find((a) => a.screeningAnswers.length > 0)!;
    const base = `/candidates/${withAnswers.candidateId}/jobs/${withAnswers.jobId}`;
    const answers = await call(fake, 'GET', `${base}/screening-answers`);
    expect(answers.body.totalFound).toBe(withAnswers.screeningAnswers.length);
    expect(answers.body.content[0]).toMatchObject({
      id: expect.any(String),
      type: expect.any(String),
      records: expect.any(Array),
    });
    expect(
      (
        await call(fake, 'PUT', `${base}/onboardingStatus`, {
          json: { onboardingStatus: 'ONBOARDING_FAILED' },
        })
      ).status,
    ).toBe(204);
    expect((await call(fake, 'GET', `${base}/onboardingStatus`)).body).toEqual({
      onboardingStatus: 'ONBOARDING_FAILED',
    });
    expect(
      (await call(fake, 'PUT', `${base}/onboardingStatus`, { json: { onboardingStatus: 'DONE' } })).status,
    ).toBe(400);
    expect((await call(fake, 'DELETE', base)).status).toBe(204);
    expect((await call(fake, 'GET', base)).status).toBe(404);
  });

  it('DELETE removes the application with its offers: none left orphaned in GET /offers', async () => {
    const fake = await startFake({ rateLimits: false });
    const offer = [...fake.state.offers.values()].find((o) =>
      fake.state.application(o.candidateId, o.jobId),
    )!;
    const base = `/candidates/${offer.candidateId}/jobs/${offer.jobId}`;
    const others = [...fake.state.offers.values()].filter(
      (o) => o.candidateId !== offer.candidateId || o.jobId !== offer.jobId,
    );
    expect((await call(fake, 'DELETE', base)).status).toBe(204);
    expect(fake.state.offers.has(offer.id)).toBe(false);
    const list = await call(fake, 'GET', '/offers?limit=100');
    expect(list.body.content.map((o: { id: string }) => o.id)).not.toContain(offer.id);
    expect(list.body.totalFound).toBe(others.length);
    expect((await call(fake, 'GET', `${base}/offers`)).status).toBe(404);
  });
});
