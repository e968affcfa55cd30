/**
 * An onboarding or payroll product takes over when an offer is accepted: it hires the application
 * with the offer's start date and reads what the new hire was offered (amount, currency, start
 * date) from the offer form SmartRecruiters' customers configure.
 *
 *   npx tsx examples/offer-to-onboarding.ts
 */
import { connect, step } from './connect.js';

const { sr, live, fake, close } = await connect();
try {
  step('Offers waiting for an answer');
  const pending = await sr.offers.list({ status: 'sent', limit: 5 });
  for (const offer of pending.result) {
    console.log(`  ${offer.id} for ${offer.application?.id}: ${JSON.stringify(offer.compensation)}`);
  }

  const [sent] = pending.result;
  if (!live && fake && sent?.candidate && sent.job) {
    // The candidate accepts in SmartRecruiters; your webhook receiver gets `offer.updated`. On the
    // fake, the test changes the offer and sends that event itself.
    const record = fake.state.offers.get(sent.id);
    if (record) {
      record.status = 'ACCEPTED';
      record.updatedOn = fake.state.nowIso();
    }
    fake.webhooks.emit(
      'offer.updated',
      { job_id: sent.job.id, candidate_id: sent.candidate.id, offer_id: sent.id },
      `/candidates/${sent.candidate.id}/jobs/${sent.job.id}/offers/${sent.id}`,
    );
  }

  step('An accepted offer');
  const [accepted] = (await sr.offers.list({ status: 'accepted', limit: 20 })).result.filter(
    (offer) => offer.application,
  );
  if (!accepted?.application) throw new Error('No accepted offer');
  const offer = await sr.offers.get(accepted.application.id, accepted.id);
  console.log(`  ${offer.id}: ${offer.status} (${offer.remote_status}) on ${offer.closed_at}`);
  console.log(
    `  amount ${offer.compensation?.amount} ${offer.compensation?.currency}, starts ${offer.starts_at}`,
  );
  for (const field of offer.custom_fields)
    console.log(`  ${field.label ?? field.id}: ${String(field.value)}`);

  let application = await sr.applications.get(offer.application!.id);
  if (live) {
    console.log('\n(live account: hiring skipped, this example only reads)');
  } else if (application.status !== 'hired') {
    step('Hire, starting on the date of the offer');
    const startsAt = offer.starts_at ?? undefined;
    application = await sr.applications.updateStatus(application.id, {
      status: 'hired',
      ...(startsAt ? { starts_at: startsAt } : {}),
    });
  }

  step('The onboarding record');
  const [candidate, job, [letter]] = await Promise.all([
    sr.candidates.get(application.candidate.id),
    sr.jobs.get(application.job.id),
    sr.offers.documents(offer.id).toArray(),
  ]);
  console.log({
    name: candidate.name,
    email: candidate.emails[0]?.email ?? null,
    job: job.name,
    status: application.status,
    starts_at: application.starts_at ?? offer.starts_at,
    salary: offer.compensation,
    offer_letter: letter?.file_name ?? null,
  });
} finally {
  await close();
}
