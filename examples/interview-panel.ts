/**
 * An interview-scheduling product puts a panel on an application: it maps SmartRecruiters users,
 * system roles and access groups to interviewers, picks the job's hiring team, schedules the
 * interview (time slots with their interviewers), follows it by SmartRecruiters' job application
 * id (the `application_id` of `interview.*` webhooks) and reads the feedback that comes back.
 *
 *   npx tsx examples/interview-panel.ts
 */
import { connect, step } from './connect.js';

const { sr, live, fake, close } = await connect();
try {
  step('Who may interview: active users with their system role and access groups');
  const roles = new Map((await sr.roles.list().toArray()).map((role) => [role.id, role.name]));
  const interviewers = new Map<string, string>();
  for await (const user of sr.users.list({ hydrate: true })) {
    if (user.status !== 'active') continue;
    interviewers.set(user.id, user.name ?? user.id);
    const role = user.roles.map((r) => roles.get(r.id) ?? r.id).join('/');
    console.log(`  ${user.name} (${role}) in ${user.groups.map((g) => g.name).join(', ') || 'no group'}`);
  }

  step('An application waiting for its interview, and the stages of that step');
  const [application] = (await sr.applications.list({ status: 'interview', limit: 1 })).result;
  if (!application) throw new Error('No application in the interview stage');
  console.log(`  ${application.candidate.name ?? application.candidate.id} for "${application.job.name}"`);
  for await (const stage of sr.jobInterviewStages.list({ status: 'interview' })) {
    console.log(`  stage "${stage.name}" of ${stage.hiring_process.name}`);
  }

  step("The panel: the job's hiring team");
  const team = await sr.jobs.hiringTeam(application.job.id);
  const panel = team.filter((member) => interviewers.has(member.user.id));
  for (const member of panel)
    console.log(`  ${member.user.name ?? member.user.id}: ${member.roles.join(', ')}`);
  const [organizer, ...others] = panel.map((member) => member.user.id);
  if (!organizer) throw new Error('The job has no active hiring team member');

  if (live) {
    console.log('\n(live account: scheduling skipped, this example only reads)');
  } else {
    step('Schedule the interview: two time slots on one day');
    const types = await sr.interviews.types();
    const interview = await sr.interviews.create({
      application_id: application.id,
      organizer_id: organizer,
      timezone: 'Europe/Warsaw',
      location: 'https://meet.example.com/panel-42',
      timeslots: [
        {
          starts_at: '2027-02-01T09:00:00+01:00',
          ends_at: '2027-02-01T10:00:00+01:00',
          interviewer_ids: [organizer],
          title: 'Technical interview',
          ...(types[0] ? { interview_type: types[0] } : {}),
        },
        {
          starts_at: '2027-02-01T10:30:00+01:00',
          ends_at: '2027-02-01T11:15:00+01:00',
          interviewer_ids: others.length > 0 ? others : [organizer],
          title: 'Team fit',
        },
      ],
    });
    console.log(`  ${interview.id}: ${interview.starts_at} to ${interview.ends_at} (${interview.timezone})`);
    console.log(
      `  video: ${interview.video_url}; panel: ${interview.interviewers.map((i) => i.user.id).join(', ')}`,
    );

    step('An interviewer confirms');
    const slot = interview.timeslots[0];
    if (slot?.id) await sr.interviews.updateInterviewerStatus(interview.id, slot.id, organizer, 'accepted');
    console.log(`  ${organizer} accepted "${slot?.title}"`);

    // SmartRecruiters lists interviews by its own job application id, which webhooks carry: here
    // the fake's `interview.created` event stands in for the one your webhook receiver gets.
    const created = fake?.webhooks.events.filter((event) => event.name === 'interview.created').at(-1);
    if (created?.payload.application_id) {
      step('Every interview of the application');
      for await (const one of sr.interviews.list({ job_application_id: created.payload.application_id })) {
        console.log(
          `  ${one.id}: ${one.title}, ${one.timeslots.length} slot(s), candidate ${one.candidate_status}`,
        );
      }
    }
  }

  step('Feedback so far');
  for await (const scorecard of sr.scorecards.list({ application_id: application.id })) {
    console.log(
      `  ${scorecard.interviewer?.id}: ${scorecard.overall_rating}/5 (${scorecard.overall_recommendation}) ${scorecard.comment ?? ''}`,
    );
  }
} finally {
  await close();
}
