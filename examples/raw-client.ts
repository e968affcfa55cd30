/**
 * The raw client: any SmartRecruiters endpoint, typed where the SDK knows the route, with auth,
 * rate limits, retries and errors handled. Runs under tsx and under ts-node's ESM loader:
 *
 *   npx tsx examples/raw-client.ts
 *   node --loader ts-node/esm examples/raw-client.ts
 */
import { NotFoundError, SmartRecruitersClient } from 'smartrecruiters-sdk';
import { createFakeSmartRecruiters } from 'smartrecruiters-sdk/testing';

const live = Boolean(process.env.SMARTRECRUITERS_API_KEY);
const fake = live ? undefined : await createFakeSmartRecruiters({ seed: 42 });
const client = new SmartRecruitersClient(fake ? { apiKey: fake.apiKey, baseUrl: fake.url } : {});

try {
  // Typed route: the response is SR's `JobSummary` list.
  const jobs = await client.get('/jobs', { query: { limit: 3, sort: 'job_id' } });
  for (const job of jobs.content) console.log(`job ${job.id}: ${job.title} (${job.status})`);

  // Every page of any SR list, whatever its paging style.
  let candidates = 0;
  for await (const _ of client.paginate('/candidates', { query: { limit: 100 } })) candidates++;
  console.log(`${candidates} candidates`);

  // Any other endpoint works too, untyped.
  const reasons = await client.get<{ content: Array<{ id: string; label: string }> }>(
    '/configuration/rejection-reasons',
  );
  console.log(`rejection reasons: ${reasons.content.map((r) => r.label).join(', ')}`);

  // Errors are typed.
  await client.get('/jobs/{jobId}', { params: { jobId: 'no-such-job' } }).catch((error: unknown) => {
    if (error instanceof NotFoundError) console.log(`NotFoundError ${error.status}: ${error.srMessage}`);
    else throw error;
  });
} finally {
  await fake?.close();
}
