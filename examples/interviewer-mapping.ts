/**
 * An interview-scheduling product maps SmartRecruiters users to its interviewers: users with
 * their system role and access groups, and the hiring team of a job.
 *
 *   npx tsx examples/interviewer-mapping.ts
 */
import { connect, step } from './connect.js';

const { sr, close } = await connect();
try {
  step('Access groups and their members');
  for await (const group of sr.groups.list()) {
    const members = await sr.groups.members(group.id).toArray();
    console.log(`  ${group.name}: ${members.map((m) => m.id).join(', ') || 'nobody'}`);
  }

  step('Active users with their role');
  for await (const user of sr.users.list({ hydrate: true })) {
    if (user.status !== 'active') continue;
    console.log(
      `  ${user.id} ${user.roles.map((r) => r.name).join('/')} ${user.groups.map((g) => g.name).join(', ')}`,
    );
  }

  step('Hiring team of an open job');
  const [job] = (await sr.jobs.list({ status: 'open', limit: 1 })).result;
  if (job) {
    const detailed = await sr.jobs.get(job.id, { include: ['hiring_team'] });
    for (const member of detailed.hiring_team ?? []) {
      console.log(`  ${member.user.name ?? member.user.id}: ${member.roles.join(', ')}`);
    }
  }
} finally {
  await close();
}
