/**
 * An AI sourcing product pushes a candidate it found onto a job, attributed to its own source,
 * with the resume it parsed.
 *
 *   npx tsx examples/push-sourced-candidate.ts
 */
import { ConflictError } from 'smartrecruiters-sdk';
import { connect, step } from './connect.js';

const { sr, live, close } = await connect();
try {
  if (live) {
    console.log('This example creates a candidate; it runs on the fake server only (unset the credentials).');
  } else {
    const [job] = (await sr.jobs.list({ status: 'open', limit: 1 })).result;
    if (!job) throw new Error('No open job');
    // Your source: in SmartRecruiters, Settings > Sources (ids from GET /configuration/sources).
    const values = await sr.client.get<{ content: Array<{ id: string; label: string }> }>(
      '/configuration/sources/{sourceType}/values',
      { params: { sourceType: 'AGENCIES' } },
    );
    const agency = values.content[0]!;

    step(`Push a candidate onto "${job.name}", sourced by ${agency.label}`);
    const application = await sr.applications.create({
      job_id: job.id,
      candidate: {
        first_name: 'Katherine',
        last_name: 'Johnson',
        email: 'katherine.johnson@example.com',
        phone: '+1 555 0100',
        urls: [{ url: 'https://www.linkedin.com/in/katherine-johnson', type: 'linkedin' }],
        tags: ['sourced-by-ai'],
      },
      source: { type_id: 'AGENCIES', id: agency.id },
    });
    console.log(`  ${application.id}: ${application.status}, source "${application.source?.name}"`);

    await sr.attachments.upload({
      candidate_id: application.candidate.id,
      file: new Blob(['%PDF-1.4\n% resume\n'], { type: 'application/pdf' }),
      file_name: 'katherine-johnson.pdf',
      attachment_type: 'resume',
    });
    console.log('  resume attached');

    step('Pushing someone whose email and last name another candidate has');
    const other = (await sr.candidates.list({ limit: 5 })).result.find(
      (c) => c.id !== application.candidate.id,
    );
    try {
      await sr.candidates.update(application.candidate.id, {
        email: other?.emails[0]?.email ?? '',
        last_name: other?.last_name ?? '',
      });
    } catch (error) {
      if (error instanceof ConflictError)
        console.log(`  ConflictError ${error.code}: merge them in SmartRecruiters`);
      else throw error;
    }
  }
} finally {
  await close();
}
