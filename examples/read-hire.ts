/**
 * An onboarding or payroll product reads a hire: the candidate, the job's compensation and the
 * resume, when an application reaches "hired".
 *
 *   npx tsx examples/read-hire.ts
 */
import { connect, step } from './connect.js';

const { sr, close } = await connect();
try {
  const [hire] = (await sr.applications.list({ status: 'hired', limit: 10 })).result;
  if (!hire) throw new Error('No hired application');
  const application = await sr.applications.get(hire.id); // with custom fields and status dates
  const [candidate, job, attachments] = await Promise.all([
    sr.candidates.get(application.candidate.id),
    sr.jobs.get(application.job.id),
    sr.attachments.list({ candidate_id: application.candidate.id }).toArray(),
  ]);
  step(`Hire ${application.id}`);
  console.log(
    `  hired at ${application.hired_at ?? 'unknown'}, starts ${application.starts_at ?? 'not set'}`,
  );
  console.log(`  candidate ${candidate.id}: ${candidate.locations[0]?.raw ?? 'no location'}`);
  console.log(`  job "${job.name}", ${job.employment_type?.name ?? ''}, compensation`, job.compensation);
  console.log(`  custom fields: ${application.custom_fields.map((f) => f.label).join(', ') || 'none'}`);
  const resume = attachments.find((file) => file.attachment_type === 'resume');
  console.log(`  resume: ${resume ? `${resume.file_name} (${resume.content_type})` : 'none'}`);
} finally {
  await close();
}
