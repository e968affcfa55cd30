/**
 * `sr.assessments`: what the partner sends is checked before any request (results, reports,
 * configuration, credentials, order ids), answers that are not SmartRecruiters' are typed errors,
 * and an application is found by either of its ids.
 */
import { describe, expect, it } from 'vitest';
import { UnexpectedResponseError, ValidationError } from '../../src/index.js';
import { assessmentWorld, MASTER } from '../helpers/assessments.js';

async function placedOrder() {
  const world = assessmentWorld();
  await world.connect();
  const app = [...world.fake.state.applications.values()][0];
  if (!app) throw new Error('no application');
  const order = await world.fake.assessments.order({
    partner: MASTER.clientId,
    packageId: 'js-skills',
    candidateId: app.candidateId,
    jobId: app.jobId,
  });
  world.fake.requests.clear();
  return { world, app, order, partner: world.partner() };
}

describe('sr.assessments', () => {
  it('refuses an invalid result before sending it', async () => {
    const { world, order, partner } = await placedOrder();
    const invalid: unknown[] = [
      { score: { raw: 101, min: 0, max: 100 } },
      { score: { raw: 1.5, min: 0, max: 2 } },
      { status: 'DONE' },
      { summary: 42 },
      { submissionDate: 'yesterday' },
      { assessmentResults: [{ status: 'COMPLETED' }] },
      { statsu: 'COMPLETED' },
    ];
    for (const result of invalid) {
      await expect(partner.assessments.updateResult(order.id, result as never)).rejects.toBeInstanceOf(
        ValidationError,
      );
    }
    await expect(partner.assessments.updateResult('../x', { status: 'COMPLETED' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(
      partner.assessments.updateResult({ orderId: null }, { status: 'COMPLETED' }),
    ).rejects.toThrow(/resultCallbackURL/);
    expect(world.fake.requests.all()).toEqual([]);
    expect(
      await partner.assessments.updateResult({ orderId: order.id }, { status: 'IN_PROGRESS' }),
    ).toMatchObject({
      status: 'IN_PROGRESS',
    });
  });

  it('refuses a report too large (a stream stops being read at the limit) or without a name', async () => {
    const { world, order, partner } = await placedOrder();
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1024 * 1024;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    await expect(
      partner.assessments.attachReport(order.id, { file: endless, file_name: 'r.pdf' }),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('at most 10485760 bytes'),
    });
    expect(pulled).toBeLessThanOrEqual(12 * 1024 * 1024);
    for (const file_name of ['', ' ', 'x'.repeat(101)]) {
      await expect(
        partner.assessments.attachReport(order.id, { file: new Uint8Array(4), file_name }),
      ).rejects.toBeInstanceOf(ValidationError);
    }
    expect(world.fake.requests.all()).toEqual([]);
    const attached = await partner.assessments.attachReport(order.id, {
      file: new Uint8Array([37, 80, 68, 70]),
      file_name: 'report.pdf',
    });
    const id = attached.url.split('/').pop() as string;
    // The content type is guessed from the name.
    expect(world.fake.state.attachments.get(id)?.contentType).toBe('application/pdf');
  });

  it('refuses an invalid configuration or credentials before sending them', async () => {
    const world = assessmentWorld();
    const valid = {
      assessmentPackageListUrl: 'https://a.example/packages',
      singleAssessmentPackageUrl: 'https://a.example/packages',
      consentUrl: 'https://a.example/integration',
      consentDisplayMode: 'POPUP' as const,
      oauthTokenUrl: 'https://a.example/oauth/token',
      supportedAssessmentTypes: ['SKILL_TEST' as const],
    };
    for (const bad of [
      { ...valid, consentUrl: 'javascript:alert(1)' },
      { ...valid, supportedAssessmentTypes: [] },
      { ...valid, consentDisplayMode: 'MODAL' },
      { ...valid, unknown: true },
    ]) {
      await expect(world.master.assessments.saveConfiguration(bad as never)).rejects.toBeInstanceOf(
        ValidationError,
      );
    }
    await expect(
      world.master.assessments.setUpIntegration(world.fake.auth.companyId, {
        clientId: '',
        clientSecret: 's',
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      world.master.assessments.setUpIntegration('', { clientId: 'c', clientSecret: 's' }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(world.fake.requests.all()).toEqual([]);
    expect(await world.master.assessments.saveConfiguration(valid)).toMatchObject(valid);
  });

  it('finds the orders by the SDK’s application id (one more request) or by the job application id', async () => {
    const { world, app, order } = await placedOrder();
    const recruiter = world.fake.client();
    const byApplication = await recruiter.assessments.listOrders({
      application_id: `${app.candidateId}:${app.jobId}`,
    });
    expect(world.fake.requests.all().map((r) => r.route)).toEqual([
      'GET /candidates/{id}/jobs/{jobId}',
      'GET /assessment-api/v202107/assessment-orders',
    ]);
    expect(byApplication.map((o) => o.orderId)).toEqual([order.id]);
    expect(await recruiter.assessments.getOrder({ job_application_id: app.id }, order.id)).toMatchObject({
      orderId: order.id,
      status: 'PENDING',
    });
    expect(
      await recruiter.assessments.getOrder({ job_application_id: app.id }, crypto.randomUUID()),
    ).toBeNull();
    await expect(recruiter.assessments.listOrders({ application_id: 'no-colon' })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it('an answer that is not a list of orders is an UnexpectedResponseError', async () => {
    const { world, app } = await placedOrder();
    world.fake.faults.add({
      route: 'GET /assessment-api/v202107/assessment-orders',
      status: 200,
      body: { content: [] },
    });
    await expect(
      world.fake.client().assessments.listOrders({ job_application_id: app.id }),
    ).rejects.toBeInstanceOf(UnexpectedResponseError);
  });
});
