/** `jobs.hiringTeam`, `jobs.addHiringTeamMember`, `jobs.removeHiringTeamMember` on the fake. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmartRecruiters } from '../../src/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';
import { FAST_CLIENT, FAST_FAKE, rejectsBeforeAnyRequest, sdkFor } from '../helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({
    ...FAST_FAKE,
    seed: 9,
    counts: { candidates: 2, jobs: 2, users: 6 },
  });
  sr = sdkFor(fake, FAST_CLIENT);
});
afterAll(() => fake.close());

describe('job hiring team', () => {
  it('reads the team named, adds a member with a role and removes them', async () => {
    const job = [...fake.state.jobs.values()][0]!;
    const team = await sr.jobs.hiringTeam(job.id);
    const first = job.hiringTeam[0]!;
    const user = fake.state.users.get(first.userId)!;
    expect(team[0]).toMatchObject({ user: { id: user.id, name: `${user.firstName} ${user.lastName}` } });

    const newcomer = [...fake.state.users.values()].find(
      (u) => !job.hiringTeam.some((m) => m.userId === u.id),
    )!;
    await sr.jobs.addHiringTeamMember(job.id, { user_id: newcomer.id, role: 'interview_team' });
    await sr.jobs.addHiringTeamMember(job.id, { user_id: newcomer.id, role: 'coordinator' });
    expect(fake.webhooks.events.at(-1)).toMatchObject({
      name: 'job.hiring-team.updated',
      payload: { id: job.id },
    });
    const added = (await sr.jobs.hiringTeam(job.id)).find((m) => m.user.id === newcomer.id);
    expect(added).toMatchObject({
      roles: ['interview_team', 'coordinator'],
      remote_roles: ['INTERVIEW_TEAM', 'COORDINATOR'],
    });

    await sr.jobs.removeHiringTeamMember(job.id, newcomer.id);
    expect((await sr.jobs.hiringTeam(job.id)).some((m) => m.user.id === newcomer.id)).toBe(false);
  });

  it("keeps a role SR adds as 'other'", async () => {
    const job = [...fake.state.jobs.values()][1]!;
    job.hiringTeam.push({ userId: fake.state.meUserId, role: 'SOURCER' as never });
    const member = (await sr.jobs.hiringTeam(job.id)).find((m) => m.remote_roles.includes('SOURCER'));
    expect(member?.roles).toContain('other');
  });

  it('refuses bad input before any request', async () => {
    await rejectsBeforeAnyRequest(fake, () => sr.jobs.hiringTeam(''));
    await rejectsBeforeAnyRequest(fake, () =>
      sr.jobs.addHiringTeamMember('j', { user_id: 'u', role: 'boss' } as never),
    );
    await rejectsBeforeAnyRequest(fake, () =>
      sr.jobs.addHiringTeamMember('', { user_id: 'u', role: 'recruiter' }),
    );
    await rejectsBeforeAnyRequest(fake, () => sr.jobs.removeHiringTeamMember('j', ''));
  });
});
