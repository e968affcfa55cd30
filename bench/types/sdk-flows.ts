/**
 * The main flows of this SDK, as a user writes them: the fixed script whose type-check cost
 * `npm run bench -- --only=types` measures against the built package (and beside
 * `openai-flows.ts`). Compiled, never run. Keep it unchanged so figures stay comparable.
 */
import { constructWebhookEvent, SmartRecruiters } from 'smartrecruiters-sdk';

const sr = new SmartRecruiters({ apiKey: 'key' });

export async function mainFlows(secret: string, body: string, headers: Record<string, string>) {
  // List candidates (one page).
  const page = await sr.candidates.list({ updated_after: '2026-01-01', limit: 100 });
  const firstEmail = page.result[0]?.emails[0]?.email;
  // Get a job.
  const job = await sr.jobs.get('job-id');
  // Update an application's status.
  const application = await sr.applications.updateStatus(`candidate-id:${job.id}`, {
    status: 'hired',
    starts_at: '2027-01-04',
  });
  // Iterate a list across its pages.
  const names: string[] = [];
  for await (const open of sr.jobs.list({ status: 'open' })) names.push(open.name ?? open.id);
  // Sync, resuming from a stored state.
  const run = sr.candidates.sync({ hydrate: true });
  let state: string | undefined;
  for await (const item of run) state = item.state;
  // Verify a webhook delivery.
  const event = await constructWebhookEvent({ secret, headers, body });
  // A raw typed call.
  const raw = await sr.client.get('/jobs/{jobId}', { params: { jobId: job.id } });
  return [firstEmail, job.compensation?.max, application.status, names, state, event.name, raw.title];
}
