/**
 * The demo: what a SaaS team builds on SmartRecruiters, end to end.
 *
 *   npm run demo
 *
 * Without credentials it starts the embedded fake SmartRecruiters and runs every step. With
 * SMARTRECRUITERS_API_KEY (or SMARTRECRUITERS_CLIENT_ID and SMARTRECRUITERS_CLIENT_SECRET) it runs
 * the read-only steps against your account.
 */
import type { Job, WebhookEvent } from 'smartrecruiters-sdk';
import { connect, step } from './connect.js';
import { startWebhookReceiver } from './webhook-receiver.js';

const { sr, live, fake, close } = await connect();
console.log(
  live
    ? `Connected to ${sr.client.baseUrl} with your credentials: read-only steps only.`
    : `No SmartRecruiters credentials in the environment: running on the embedded fake SmartRecruiters at ${fake?.url}.`,
);

try {
  step('Sync open jobs with department, location and compensation');
  const jobs = await sr.jobs.list({ status: 'open', limit: 5, hydrate: true });
  for (const job of jobs.result) console.log(`  ${describeJob(job)}`);
  console.log(
    `  ${jobs.result_count} of ${jobs.total ?? '?'} open jobs; next_cursor resumes the sync later.`,
  );

  step('Users, roles and groups, for interviewer mapping');
  const [roles, groups] = await Promise.all([sr.roles.list().toArray(), sr.groups.list().toArray()]);
  const users = await sr.users.list({ hydrate: true }).toArray();
  for (const role of roles) {
    const holders = users.filter((user) => user.roles.some((r) => r.id === role.id)).length;
    console.log(`  role ${role.name}: ${holders} user(s)`);
  }
  for (const group of groups) {
    const members = users.filter((user) => user.groups.some((g) => g.id === group.id)).length;
    console.log(`  group ${group.name}: ${members} member(s)`);
  }
  console.log(`  ${users.length} users, ${users.filter((u) => u.status === 'active').length} active.`);

  if (live) {
    console.log(
      '\nThe remaining steps write data; they run on the fake server only (unset the credentials).',
    );
  } else {
    const job = jobs.result[0];
    if (!job) throw new Error('No open job to apply to');

    step('Push a sourced candidate onto a job, with source attribution');
    const sourceTypes = await sr.client.get<{ content: Array<{ id: string; label: string }> }>(
      '/configuration/sources',
    );
    const boards = sourceTypes.content.find((type) => type.id === 'JOB_BOARDS') ?? sourceTypes.content[0]!;
    const values = await sr.client.get<{
      content: Array<{ id: string; label: string; sourceSubType?: { id: string } }>;
    }>('/configuration/sources/{sourceType}/values', {
      params: { sourceType: boards.id },
      query: { limit: 100 },
    });
    const source = values.content.find((value) => value.label === 'LinkedIn Jobs') ?? values.content[0]!;
    const application = await sr.applications.create({
      job_id: job.id,
      candidate: { first_name: 'Ada', last_name: 'Lovelace', email: 'ada.lovelace@example.com' },
      source: {
        type_id: boards.id,
        id: source.id,
        ...(source.sourceSubType ? { sub_type_id: source.sourceSubType.id } : {}),
      },
    });
    console.log(
      `  application ${application.id} on "${job.name}": ${application.status}, source ${application.source?.name}`,
    );
    const resume = await sr.attachments.upload({
      candidate_id: application.candidate.id,
      file: new TextEncoder().encode('%PDF-1.4\n% Ada Lovelace, resume\n'),
      file_name: 'ada-lovelace-resume.pdf',
      attachment_type: 'resume',
    });
    console.log(`  resume uploaded: ${resume.file_name} (${resume.attachment_type})`);

    step('Upload an assessment report onto the application');
    const report = await sr.attachments.upload({
      application_id: application.id,
      file: new Blob(['%PDF-1.4\n% Assessment: 92/100, strong systems design\n'], {
        type: 'application/pdf',
      }),
      file_name: 'assessment-report.pdf',
      attachment_type: 'other',
    });
    console.log(`  ${report.file_name} attached to application ${report.application?.id}`);

    step('Subscribe to application.status.updated');
    const events: WebhookEvent[] = [];
    let secret = '';
    const receiver = await startWebhookReceiver({
      secret: () => secret,
      onEvent: (event) => void events.push(event),
    });
    const subscription = await sr.webhooks.create({
      callback_url: receiver.url,
      events: ['application.status.updated'],
    });
    await sr.webhooks.activate(subscription.id);
    secret = await sr.webhooks.createSecretKey(subscription.id);
    console.log(`  subscription ${subscription.id} active (handshake answered), deliveries signed`);

    step('Move the application to hired and read the hire');
    const hired = await sr.applications.updateStatus(application.id, {
      status: 'hired',
      starts_at: '2027-01-04',
    });
    const [candidate, hiredJob, files] = await Promise.all([
      sr.candidates.get(hired.candidate.id),
      sr.jobs.get(hired.job.id),
      sr.attachments.list({ candidate_id: hired.candidate.id }).toArray(),
    ]);
    const cv = files.find((file) => file.attachment_type === 'resume');
    const bytes = cv ? (await (await sr.attachments.download(cv)).arrayBuffer()).byteLength : 0;
    console.log(
      `  ${candidate.name} <${candidate.emails[0]?.email}>: ${hired.status}, starts ${hired.starts_at}`,
    );
    console.log(`  job "${hiredJob.name}", compensation ${money(hiredJob)}`);
    console.log(`  resume ${cv?.file_name} (${cv?.content_type}, ${bytes} bytes)`);

    step('Receive the verified webhook event');
    const event = await receiver.next(10_000);
    console.log(`  ${event.name} ${JSON.stringify(event.payload)} (event ${event.id}, signature verified)`);
    await receiver.close();
  }
  console.log('\nDone.');
} finally {
  await close();
}

function describeJob(job: Job): string {
  const department = job.departments[0]?.name ?? 'no department';
  const location = job.locations[0];
  const where = location
    ? location.is_remote
      ? 'remote'
      : [location.city, location.country_code].filter(Boolean).join(', ')
    : '?';
  return `${job.name} | ${department} | ${where} | ${money(job)}`;
}

function money(job: Job): string {
  const c = job.compensation;
  return c && (c.min !== null || c.max !== null)
    ? `${c.min ?? '?'}-${c.max ?? '?'} ${c.currency ?? ''}`.trim()
    : 'not disclosed';
}
