/**
 * Sync open jobs into your product, resumably: store `next_cursor` after each page and pass it
 * back after a crash or a deploy to carry on where the sync stopped.
 *
 *   npx tsx examples/sync-open-jobs.ts
 */
import { connect, step } from './connect.js';

const { sr, close } = await connect();
try {
  step('First run: sync two pages, then "crash"');
  let savedCursor: string | null = null;
  let pages = 0;
  for await (const page of sr.jobs.list({ status: 'open', limit: 2, hydrate: true }).pages()) {
    for (const job of page.result) {
      // Upsert into your database here, keyed by job.id.
      console.log(
        `  upsert ${job.id} "${job.name}" (${job.remote_status}), ${job.departments[0]?.name ?? '-'}`,
      );
    }
    savedCursor = page.next_cursor;
    if (++pages === 2) break;
  }

  step('Second run: resume from the saved cursor');
  if (savedCursor) {
    for await (const job of sr.jobs.list({ cursor: savedCursor, hydrate: true })) {
      console.log(`  upsert ${job.id} "${job.name}" (${job.remote_status})`);
    }
  } else {
    console.log('  nothing left: the first run reached the last page');
  }
} finally {
  await close();
}
