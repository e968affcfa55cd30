import { describe, expect, it } from 'vitest';
import { toSrHiringTeamMember, toUnifiedHiringTeam } from '../../src/mappers/hiring-team.js';
import type { Warning } from '../../src/schemas/unified/common.js';
import { fixture, thrown } from '../helpers/fixtures.js';

describe('hiring team mappers', () => {
  it('round-trips a member: the body SR takes, then the team SR lists', () => {
    const body = toSrHiringTeamMember({ user_id: 'u1', role: 'hiring_manager' });
    expect(body).toEqual({ id: 'u1', role: 'HIRING_MANAGER' });
    const team = toUnifiedHiringTeam(
      { content: [body, { id: 'u1', role: 'INTERVIEW_TEAM' }, { id: 'u2', role: 'SOURCER' }] },
      { users: [{ id: 'u1', firstName: 'Ada', lastName: 'Lovelace' }] },
    );
    expect(team).toEqual([
      {
        user: { id: 'u1', name: 'Ada Lovelace' },
        roles: ['hiring_manager', 'interview_team'],
        remote_roles: ['HIRING_MANAGER', 'INTERVIEW_TEAM'],
      },
      { user: { id: 'u2', name: null }, roles: ['other'], remote_roles: ['SOURCER'] },
    ]);
  });

  it('maps the documented hiring team and warns on a broken member', () => {
    expect(toUnifiedHiringTeam(fixture('hiring-team')).length).toBeGreaterThan(0);
    const warnings: Warning[] = [];
    expect(toUnifiedHiringTeam({ content: [{ role: 'RECRUITER' }] }, { jobId: 'j1', warnings })).toEqual([]);
    expect(warnings[0]).toMatchObject({ record_id: 'j1' });
  });

  it('refuses a bad member', () => {
    expect(
      thrown(() => toSrHiringTeamMember({ user_id: 'u', role: 'boss' } as never)).issues[0]?.path,
    ).toEqual(['role']);
    expect(thrown(() => toSrHiringTeamMember({ user_id: ' ', role: 'recruiter' })).issues[0]?.path).toEqual([
      'user_id',
    ]);
  });
});
