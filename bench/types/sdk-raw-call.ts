/**
 * One raw typed call: the `types` figure of `npm run bench` for a single `client.get` on a typed
 * route, against the built package. Compiled, never run.
 */
import { SmartRecruitersClient } from 'smartrecruiters-sdk';

const client = new SmartRecruitersClient({ apiKey: 'key' });

export const job = client.get('/jobs/{jobId}', { params: { jobId: 'job-id' } });
