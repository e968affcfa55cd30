import { describe, expect, it } from 'vitest';
import { createFakeSmartRecruitersCore } from '../../src/testing/index.js';
import { call, startFake } from './helpers.js';

describe('FakeState', () => {
  it('loads explicit records and serves them', async () => {
    const fake = await startFake({
      counts: { candidates: 0, jobs: 0 },
      records: {
        jobs: [{ id: '11111111-1111-4111-8111-111111111111', title: 'Explicit Job', status: 'SOURCING' }],
        candidates: [
          {
            id: '22222222-2222-4222-8222-222222222222',
            firstName: 'Ex',
            lastName: 'Plicit',
            email: 'ex@example.com',
          },
        ],
        applications: [
          {
            candidateId: '22222222-2222-4222-8222-222222222222',
            jobId: '11111111-1111-4111-8111-111111111111',
            status: 'INTERVIEW',
          },
        ],
      },
    });
    const list = await call(fake, 'GET', '/candidates');
    expect(list.body.totalFound).toBe(1);
    expect(list.body.content[0]).toMatchObject({
      firstName: 'Ex',
      primaryAssignment: {
        job: { id: '11111111-1111-4111-8111-111111111111', title: 'Explicit Job' },
        status: 'INTERVIEW',
      },
    });
  });

  it('lets tests add records at runtime', async () => {
    const fake = await startFake({ counts: { candidates: 0 } });
    const candidate = fake.state.addCandidate({
      firstName: 'Run',
      lastName: 'Time',
      email: 'run@example.com',
      tags: ['x'],
    });
    const job = [...fake.state.jobs.values()][0]!;
    fake.state.addApplication({ candidateId: candidate.id, jobId: job.id, status: 'OFFERED' });
    fake.state.addAttachment({
      candidateId: candidate.id,
      name: 'a.txt',
      bytes: new TextEncoder().encode('hi'),
      contentType: 'text/plain',
    });
    const details = await call(fake, 'GET', `/candidates/${candidate.id}`);
    expect(details.body).toMatchObject({
      id: candidate.id,
      tags: ['x'],
      primaryAssignment: { status: 'OFFERED' },
    });
    const attachments = await call(fake, 'GET', `/candidates/${candidate.id}/attachments`);
    expect(attachments.body.totalFound).toBe(1);
  });

  it('rejects applications for unknown candidates or jobs', () => {
    const { state } = createFakeSmartRecruitersCore();
    expect(() => state.addApplication({ candidateId: 'nope', jobId: 'nope' })).toThrow(/No candidate/);
  });

  it('deletes a candidate with its applications and attachments', () => {
    const { state } = createFakeSmartRecruitersCore();
    const withApps = [...state.candidates.keys()].find((id) => state.applicationsOf(id).length > 0)!;
    expect(state.deleteCandidate(withApps)).toBe(true);
    expect(state.applicationsOf(withApps)).toHaveLength(0);
    expect([...state.attachments.values()].some((a) => a.candidateId === withApps)).toBe(false);
    expect(state.deleteCandidate(withApps)).toBe(false);
  });
});
