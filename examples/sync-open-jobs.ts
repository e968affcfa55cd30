/**
 * Sync open jobs into your product, resumably and incrementally: store each record's `state` with
 * the record, pass the last one back after a crash or a deploy to carry on right after it, and
 * start the next run from the state the last run ended with: only jobs updated since are read.
 *
 *   npx tsx examples/sync-open-jobs.ts
 */
import { connect, step } from './connect.js';

const { sr, close } = await connect();
try {
  // Stands in for your database: the synced jobs and the sync state.
  const store = new Map<string, string>();
  let savedState: string | undefined;

  step('First run: sync open jobs with their details, then "crash" after 3 jobs');
  let processed = 0;
  for await (const { record: job, state } of sr.jobs.sync({ status: 'open', hydrate: true, limit: 5 })) {
    store.set(job.id, job.name ?? '');
    savedState = state; // store it with the record, in the same transaction
    console.log(
      `  upsert ${job.id} "${job.name}" (${job.remote_status}), ${job.departments[0]?.name ?? '-'}`,
    );
    if (++processed === 3) break;
  }

  step('After the restart: resume right after the last job stored');
  const resumed = sr.jobs.sync({ state: savedState });
  for await (const { record: job, state } of resumed) {
    store.set(job.id, job.name ?? '');
    savedState = state;
    console.log(`  upsert ${job.id} "${job.name}" (${job.remote_status})`);
  }
  // The run is over: its state is the next run's watermark (also when no job came).
  savedState = resumed.state;
  console.log(`  ${store.size} open jobs synced`);

  step('Next run: only jobs updated since the last run started');
  let changed = 0;
  for await (const { record: job, state } of sr.jobs.sync({ state: savedState })) {
    store.set(job.id, job.name ?? '');
    savedState = state;
    changed++;
  }
  console.log(`  ${changed} job(s) changed since`);
} finally {
  await close();
}
