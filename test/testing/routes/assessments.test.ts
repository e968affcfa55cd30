/**
 * The fake's Assessment API: what SmartRecruiters checks (master or customer-level credentials,
 * OAuth only, consent before set-up, the partner's URLs, results in SmartRecruiters' shape), how it
 * calls the partner (token once, then bearer; a refused token fetched again), and where results
 * show (the application's orders).
 */
import { describe, expect, it } from 'vitest';
import { assessmentWorld, CATALOG, MASTER, PRODUCT_URL } from '../../helpers/assessments.js';

const CONFIG = {
  assessmentPackageListUrl: `${PRODUCT_URL}/packages`,
  singleAssessmentPackageUrl: `${PRODUCT_URL}/packages`,
  consentUrl: `${PRODUCT_URL}/integration`,
  consentDisplayMode: 'REDIRECT',
  oauthTokenUrl: `${PRODUCT_URL}/oauth/token`,
  supportedAssessmentTypes: ['SKILL_TEST'],
  packageOrderUrl: `${PRODUCT_URL}/packages/orders`,
};

async function raw(
  world: ReturnType<typeof assessmentWorld>,
  init: RequestInit & { path: string; token?: string },
) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  const response = await world.fake.fetch(init.path, { ...init, headers });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

function firstApplication(world: ReturnType<typeof assessmentWorld>) {
  const app = [...world.fake.state.applications.values()][0];
  if (!app) throw new Error('no application');
  return app;
}

describe('the partner configuration', () => {
  it('takes master credentials only: an API key is 401, a token without the scope 403', async () => {
    const world = assessmentWorld();
    const apiKey = await raw(world, {
      path: '/assessment-api/v202010/partner/configuration',
      headers: { 'x-smarttoken': world.fake.apiKey },
    });
    expect(apiKey.status).toBe(401);
    world.fake.auth.addClient({ clientId: 'customer-app', clientSecret: 's', scopes: ['candidates_read'] });
    const token = world.fake.issueAccessToken('customer-app');
    expect((await raw(world, { path: '/assessment-api/v202010/partner/configuration', token })).status).toBe(
      403,
    );
    // Before the first save: 404.
    await expect(world.master.assessments.getConfiguration()).rejects.toMatchObject({ status: 404 });
  });

  it('refuses what SmartRecruiters would: plain http outside loopback, no types, more than 5 fields', async () => {
    const world = assessmentWorld();
    const token = world.fake.issueAccessToken(MASTER.clientId);
    const put = (body: unknown) =>
      raw(world, {
        path: '/assessment-api/v202010/partner/configuration',
        method: 'PUT',
        token,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const insecure = await put({ ...CONFIG, oauthTokenUrl: 'http://assess.example.com/token' });
    expect(insecure.status).toBe(400);
    expect(JSON.stringify(insecure.body)).toContain('oauthTokenUrl must use https://');
    expect((await put({ ...CONFIG, supportedAssessmentTypes: [] })).status).toBe(400);
    expect((await put({ ...CONFIG, supportedAssessmentTypes: ['QUIZ'] })).status).toBe(400);
    const fields = Array.from({ length: 6 }, (_, i) => ({ id: `f${i}`, name: 'F', description: 'd' }));
    expect((await put({ ...CONFIG, fields })).status).toBe(400);
    expect((await put({ ...CONFIG, consentDisplayMode: undefined })).status).toBe(400);
    const saved = await put({ ...CONFIG, fields: fields.slice(0, 5) });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ ...CONFIG, fields: fields.slice(0, 5) });
  });
});

describe('the integration set-up', () => {
  it('needs the configuration, then the company’s consent; once only', async () => {
    const world = assessmentWorld();
    const credentials = { clientId: 'sr-1', clientSecret: 'secret-1' };
    const company = world.fake.auth.companyId;
    await expect(world.master.assessments.setUpIntegration(company, credentials)).rejects.toMatchObject({
      status: 404,
    });
    await world.master.assessments.saveConfiguration(CONFIG as never);
    await expect(world.master.assessments.setUpIntegration(company, credentials)).rejects.toMatchObject({
      status: 403,
      errors: [expect.objectContaining({ code: 'CONSENT_NOT_FOUND' })],
    });
    world.fake.assessments.connect(MASTER.clientId);
    const customer = await world.master.assessments.setUpIntegration(company, credentials);
    expect(customer.clientId).toMatch(/^customer_/);
    expect(world.fake.auth.clients.get(customer.clientId)?.scopes).toEqual([
      'assessment_result_manage',
      'candidates_read',
      'jobs_read',
    ]);
    world.fake.assessments.connect(MASTER.clientId);
    await expect(world.master.assessments.setUpIntegration(company, credentials)).rejects.toMatchObject({
      status: 409,
    });
  });
});

describe('orders and results', () => {
  it('calls the partner with a token fetched once; a token the partner refuses is fetched again', async () => {
    let refuseNext = false;
    const world: ReturnType<typeof assessmentWorld> = assessmentWorld({
      clients: (id) => {
        if (refuseNext) {
          refuseNext = false;
          return undefined;
        }
        return world.clients.get(id);
      },
    });
    await world.connect();
    const app = firstApplication(world);
    await world.fake.assessments.order({
      partner: MASTER.clientId,
      packageId: 'js-skills',
      candidateId: app.candidateId,
      jobId: app.jobId,
    });
    await world.fake.assessments.packages(MASTER.clientId, { jobId: app.jobId });
    const calls = () => world.fake.assessments.calls.map((c) => `${c.operation} ${c.status}`);
    expect(calls()).toEqual(['token 200', 'getPackage 200', 'order 202', 'listPackages 200']);
    const authorizations = world.received.map((r) => r.headers.get('authorization'));
    expect(authorizations[0]).toBeNull();
    expect(new Set(authorizations.slice(1)).size).toBe(1);
    // The partner refuses the token it issued (its key rotated): a new token, the call again.
    refuseNext = true;
    const list = await world.fake.assessments.packages(MASTER.clientId, { jobId: app.jobId });
    expect(list.map((p) => p.id)).toEqual(CATALOG.map((p) => p.id));
    expect(calls().slice(4)).toEqual(['listPackages 401', 'token 200', 'listPackages 200']);
    // The job's location went as the query, the recruiter as the header; no secret in the log.
    const listed = new URL(world.received.at(-1)?.url as string);
    const job = world.fake.state.jobs.get(app.jobId);
    expect(listed.searchParams.get('city')).toBe(job?.location.city);
    expect(JSON.parse(world.received.at(-1)?.headers.get('requester') as string)).toEqual({
      email: world.fake.state.users.get(world.fake.state.meUserId)?.email,
    });
    expect(JSON.stringify(world.fake.assessments.calls)).not.toContain(
      world.customer?.clientSecret as string,
    );
  });

  it('a partner that does not answer 202 keeps no order; a hiring step records why', async () => {
    const world = assessmentWorld({
      onOrder: () => {
        throw new Error('down');
      },
    });
    await world.connect();
    const app = firstApplication(world);
    await expect(
      world.fake.assessments.order({
        partner: MASTER.clientId,
        packageId: 'js-skills',
        candidateId: app.candidateId,
        jobId: app.jobId,
      }),
    ).rejects.toThrow('HTTP 500');
    expect(world.fake.state.assessmentOrders.size).toBe(0);
    world.fake.assessments.configureStep({
      partner: MASTER.clientId,
      packageId: 'js-skills',
      status: 'INTERVIEW',
    });
    const recruiter = world.fake.client();
    await recruiter.client.put('/candidates/{id}/jobs/{jobId}/status', {
      params: { id: app.candidateId, jobId: app.jobId },
      body: { status: 'INTERVIEW' },
    });
    await world.fake.assessments.waitForOrders();
    expect(world.fake.assessments.failures).toEqual([
      expect.objectContaining({ applicationId: app.id, error: expect.stringContaining('HTTP 500') }),
    ]);
  });

  it('a hiring step orders once per application and package', async () => {
    const world = assessmentWorld();
    await world.connect();
    const app = firstApplication(world);
    world.fake.assessments.configureStep({
      partner: MASTER.clientId,
      packageId: 'js-skills',
      status: 'INTERVIEW',
    });
    const move = (status: 'INTERVIEW' | 'IN_REVIEW') =>
      world.fake.client().client.put('/candidates/{id}/jobs/{jobId}/status', {
        params: { id: app.candidateId, jobId: app.jobId },
        body: { status },
      });
    await move('INTERVIEW');
    await world.fake.assessments.waitForOrders({ count: 1 });
    await move('IN_REVIEW');
    await move('INTERVIEW');
    await world.fake.assessments.waitForOrders();
    expect(world.fake.state.assessmentOrders.size).toBe(1);
    expect(world.orders).toHaveLength(1);
  });

  it('merges results (RFC 7396), checks them, keeps orders to their company’s partner', async () => {
    const world = assessmentWorld();
    await world.connect();
    const app = firstApplication(world);
    const placed = await world.fake.assessments.order({
      partner: MASTER.clientId,
      packageId: 'js-skills',
      candidateId: app.candidateId,
      jobId: app.jobId,
    });
    const token = world.fake.issueAccessToken(world.customer?.clientId as string);
    const patch = (body: unknown, type = 'application/json') =>
      raw(world, {
        path: `/assessment-api/v202010/orders/${placed.id}/results`,
        method: 'PATCH',
        token,
        headers: { 'content-type': type },
        body: JSON.stringify(body),
      });
    expect(
      (await patch({ status: 'IN_PROGRESS', summary: 'Started', scoreLabel: 'n/a' })).body,
    ).toMatchObject({
      status: 'IN_PROGRESS',
      summary: 'Started',
    });
    const merged = await patch(
      { status: 'COMPLETED', scoreLabel: null, score: { raw: 28, min: 20, max: 80 } },
      'application/merge-patch+json',
    );
    expect(merged.body).toEqual({
      status: 'COMPLETED',
      summary: 'Started',
      score: { raw: 28, min: 20, max: 80 },
      assessmentResults: [],
      attachments: [],
    });
    expect((await patch({ score: { raw: 81, min: 20, max: 80 } })).status).toBe(400);
    expect((await patch({ status: 'DONE' })).status).toBe(400);
    expect((await patch({ status: null })).status).toBe(400);
    expect((await patch({ assessmentResults: [{ status: 'COMPLETED' }] })).status).toBe(400);
    expect((await patch({ status: 'COMPLETED' }, 'text/plain')).status).toBe(415);
    expect(
      (
        await raw(world, {
          path: `/assessment-api/v202010/orders/${crypto.randomUUID()}/results`,
          method: 'PATCH',
          token,
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(404);
    const [shown] = await world.fake.client().assessments.listOrders({ job_application_id: app.id });
    expect(shown).toMatchObject({ status: 'COMPLETED', score: '13%', summary: 'Started' });
    expect(shown).not.toHaveProperty('scoreLabel');
  });

  it('a report: a multipart file part, at most maxAttachmentBytes; kept on the application', async () => {
    const world = assessmentWorld({}, { maxAttachmentBytes: 1024 });
    await world.connect();
    const app = firstApplication(world);
    const placed = await world.fake.assessments.order({
      partner: MASTER.clientId,
      packageId: 'js-skills',
      candidateId: app.candidateId,
      jobId: app.jobId,
    });
    const partner = world.partner();
    await expect(
      partner.assessments.attachReport(placed.id, { file: new Uint8Array(2048), file_name: 'big.pdf' }),
    ).rejects.toMatchObject({ status: 413 });
    const token = world.fake.issueAccessToken(world.customer?.clientId as string);
    const form = new FormData();
    form.append('attachment', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'r.pdf');
    const wrongPart = await world.fake.fetch(
      `/assessment-api/v202010/orders/${placed.id}/results/attachment`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      },
    );
    expect(wrongPart.status).toBe(400);
    const attached = await partner.assessments.attachReport(placed.id, {
      file: new Blob(['%PDF-1.4 report'], { type: 'application/pdf' }),
      file_name: 'report.pdf',
    });
    const id = attached.url.split('/').pop() as string;
    expect(world.fake.state.attachments.get(id)).toMatchObject({
      candidateId: app.candidateId,
      jobId: app.jobId,
      name: 'report.pdf',
      contentType: 'application/pdf',
    });
  });

  it("the company's orders: 404 for an unknown application, and without any assessment integration", async () => {
    const world = assessmentWorld();
    const app = firstApplication(world);
    const recruiter = world.fake.client();
    await expect(recruiter.assessments.listOrders({ job_application_id: app.id })).rejects.toMatchObject({
      status: 404,
      errors: [expect.objectContaining({ code: 'MISSING_COMPANY_INTEGRATION' })],
    });
    await world.connect();
    await expect(
      recruiter.assessments.listOrders({ job_application_id: crypto.randomUUID() }),
    ).rejects.toMatchObject({
      status: 404,
      errors: [expect.objectContaining({ code: 'APPLICATION_NOT_FOUND' })],
    });
    expect(await recruiter.assessments.listOrders({ job_application_id: app.id })).toEqual([]);
  });
});
