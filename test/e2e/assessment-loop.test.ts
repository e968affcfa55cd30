/**
 * The assessment loop on the fake, over real HTTP both ways: an assessment product (the handler
 * kit behind `node:http`, its results pushed through the SDK) and the fake playing
 * SmartRecruiters. The partner saves its configuration, a company's admin consents (the partner
 * sets up the integration), a recruiter moves an application to a hiring step configured with a
 * package, the fake orders it from the product (token first, then the package, then the order),
 * the product pushes a result and a PDF, and both show on the application: in the company's
 * assessment orders, and among the application's attachments.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type AssessmentClientRecord,
  assessmentPartnerConfiguration,
  generateClientCredentials,
  type ReceivedOrder,
  SmartRecruiters,
  type SrAssessmentPackage,
  type SrClientCredentials,
} from '../../src/index.js';
import { createNodeAssessmentPartnerHandler } from '../../src/node/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters, minimalPdf } from '../../src/testing/index.js';

const MASTER = { clientId: 'acme-assess', clientSecret: 'master-secret-of-acme-assess' };
const TOKEN_SECRET = 'a-32-byte-or-longer-signing-key-for-tokens';
const CATALOG: SrAssessmentPackage[] = [
  {
    id: 'js-skills',
    name: 'JavaScript skills',
    description: 'Two hours of debugging and refactoring',
    type: 'SKILL_TEST',
    assessments: [
      { id: 'js-debug', name: 'Debugging', description: 'Find and fix five bugs', type: 'SKILL_TEST' },
    ],
  },
];

/** What an assessment product keeps: the credentials it gave SmartRecruiters, its orders, the company's. */
interface Product {
  url: string;
  clients: Map<string, AssessmentClientRecord>;
  customer: Map<string, SrClientCredentials>;
  orders: ReceivedOrder[];
  server: Server;
}

async function startProduct(fake: FakeSmartRecruiters): Promise<Product> {
  const clients = new Map<string, AssessmentClientRecord>();
  const customer = new Map<string, SrClientCredentials>();
  const orders: ReceivedOrder[] = [];
  const master = new SmartRecruiters({ baseUrl: fake.url, oauth: MASTER, rateLimit: false });
  const handler = createNodeAssessmentPartnerHandler({
    clients: (clientId) => clients.get(clientId),
    tokenSecret: TOKEN_SECRET,
    packages: () => CATALOG,
    onOrder: (order) => {
      orders.push(order);
    },
    // The admin's consent, approved at once here: credentials for SmartRecruiters, set up with
    // the master credentials, the company's customer-level credentials kept.
    onConsent: async ({ companyId }) => {
      if (!companyId) return new Response('companyId is required', { status: 400 });
      const credentials = generateClientCredentials();
      clients.set(credentials.clientId, { clientSecret: credentials.clientSecret, companyId });
      customer.set(companyId, await master.assessments.setUpIntegration(companyId, credentials));
      return new Response('<!doctype html><title>Connected</title><h1>Connected</h1>', {
        headers: { 'content-type': 'text/html; charset=utf-8' },
      });
    },
    onIntegrationRemoved: ({ clientId }) => {
      clients.delete(clientId);
    },
  });
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sr`;
  // The kit is mounted under /sr: strip it as a framework mounting it there would.
  server.removeAllListeners('request');
  server.on('request', (req, res) => {
    if (!req.url?.startsWith('/sr/') && req.url !== '/sr') {
      res.writeHead(404).end();
      return;
    }
    req.url = req.url.slice('/sr'.length) || '/';
    void handler(req, res);
  });
  return { url, clients, customer, orders, server };
}

let cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of cleanup.reverse()) await close();
  cleanup = [];
});

describe('the assessment loop on the fake', () => {
  it('orders a package when an application reaches the hiring step; the result and the PDF show on the application', async () => {
    const fake = await createFakeSmartRecruiters({
      seed: 7,
      latencyMs: 0,
      oauthClients: [{ ...MASTER, scopes: ['partner_configuration_manage'], name: 'Acme Assess' }],
    });
    cleanup.push(() => fake.close());
    const product = await startProduct(fake);
    cleanup.push(() => new Promise((resolve) => product.server.close(() => resolve())));

    // 1. The partner saves its configuration (master credentials).
    const master = new SmartRecruiters({ baseUrl: fake.url, oauth: MASTER, rateLimit: false });
    const saved = await master.assessments.saveConfiguration(
      assessmentPartnerConfiguration({ baseUrl: product.url, supportedAssessmentTypes: ['SKILL_TEST'] }),
    );
    expect(saved).toMatchObject({
      oauthTokenUrl: `${product.url}/oauth/token`,
      consentDisplayMode: 'REDIRECT',
    });
    expect(await master.assessments.getConfiguration()).toEqual(saved);

    // 2. The company's admin clicks Connect and consents on the partner's page.
    const consentUrl = fake.assessments.connect(MASTER.clientId);
    expect(consentUrl).toBe(`${product.url}/integration?companyId=${fake.auth.companyId}`);
    const page = await fetch(consentUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Connected');
    const customerCredentials = product.customer.get(fake.auth.companyId);
    expect(customerCredentials?.clientId).toMatch(/^customer_/);
    expect(fake.assessments.integrations.get(MASTER.clientId)).toMatchObject({
      companyId: fake.auth.companyId,
      customerClientId: customerCredentials?.clientId,
    });

    // 3. A hiring step with the package; a recruiter moves an application to it.
    const recruiter = fake.client();
    const [application] = (await recruiter.applications.list({ status: 'new', limit: 1, hydrate: true }))
      .result;
    if (!application) throw new Error('the seed has no new application');
    fake.assessments.configureStep({ partner: MASTER.clientId, packageId: 'js-skills', status: 'INTERVIEW' });
    await recruiter.applications.updateStatus(application.id, { status: 'interview' });
    const [placed] = await fake.assessments.waitForOrders({ count: 1 });
    expect(fake.assessments.failures).toEqual([]);
    expect(placed).toMatchObject({
      packageId: 'js-skills',
      packageName: 'JavaScript skills',
      result: { status: 'PENDING' },
    });

    // SmartRecruiters' calls to the product: its token, the package, the order; all answered.
    expect(fake.assessments.calls.map((c) => [c.operation, c.method, c.status])).toEqual([
      ['token', 'POST', 200],
      ['getPackage', 'GET', 200],
      ['order', 'POST', 202],
    ]);
    expect(product.orders).toHaveLength(1);
    const order = product.orders[0] as ReceivedOrder;
    expect(order.orderId).toBe(placed?.id);
    expect(order.companyId).toBe(fake.auth.companyId);
    expect(order.package.id).toBe('js-skills');
    const [candidateId, jobId] = application.id.split(':');
    expect(order.order.candidate.id).toBe(candidateId);
    expect(order.order.job.id).toBe(jobId);
    expect(order.order.resultCallbackURL).toBe(
      `${fake.url}/assessment-api/v202010/orders/${placed?.id}/results`,
    );

    // 4. The product pushes the result and its PDF report with the company's credentials.
    const partner = new SmartRecruiters({ baseUrl: fake.url, oauth: customerCredentials, rateLimit: false });
    const result = await partner.assessments.updateResult(order, {
      status: 'COMPLETED',
      score: { raw: 88, min: 0, max: 100 },
      scoreLabel: 'Strong',
      summary: 'Fixed all five bugs; clean refactoring.',
      submissionDate: '2026-02-01T10:00:00Z',
      assessmentResults: [
        { assessmentId: 'js-debug', status: 'COMPLETED', score: { raw: 5, min: 0, max: 5 } },
      ],
    });
    expect(result).toMatchObject({
      status: 'COMPLETED',
      score: { raw: 88, min: 0, max: 100 },
      attachments: [],
    });
    const pdf = minimalPdf(['JavaScript skills', 'Score: 88/100']);
    const attached = await partner.assessments.attachReport(order, {
      file: pdf,
      file_name: 'js-skills-report.pdf',
    });
    expect(attached.url).toMatch(new RegExp(`^${fake.url}/candidates/attachments/`));

    // 5. The company sees the result and the report on the application.
    const shown = await recruiter.assessments.listOrders({ application_id: application.id });
    expect(shown).toEqual([
      expect.objectContaining({
        orderId: placed?.id,
        applicationId: application.job_application_id,
        assessmentPackageName: 'JavaScript skills',
        status: 'COMPLETED',
        score: '88%',
        scoreLabel: 'Strong',
        summary: 'Fixed all five bugs; clean refactoring.',
        attachments: [
          expect.objectContaining({ name: 'js-skills-report.pdf', contentType: 'application/pdf' }),
        ],
      }),
    ]);
    expect(
      await recruiter.assessments.getOrder(
        { job_application_id: application.job_application_id as string },
        order,
      ),
    ).toMatchObject({ status: 'COMPLETED' });
    const files = await recruiter.attachments.list({ application_id: application.id }).toArray();
    const report = files.find((file) => file.file_name === 'js-skills-report.pdf');
    expect(report).toBeDefined();
    const download = await recruiter.attachments.download(report as NonNullable<typeof report>);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
  });

  it('refuses the product a result for another company’s order, and removes the integration on both sides', async () => {
    const fake = await createFakeSmartRecruiters({
      seed: 8,
      latencyMs: 0,
      oauthClients: [{ ...MASTER, scopes: ['partner_configuration_manage'] }],
    });
    cleanup.push(() => fake.close());
    const product = await startProduct(fake);
    cleanup.push(() => new Promise((resolve) => product.server.close(() => resolve())));
    const master = new SmartRecruiters({ baseUrl: fake.url, oauth: MASTER, rateLimit: false });
    await master.assessments.saveConfiguration(
      assessmentPartnerConfiguration({ baseUrl: product.url, supportedAssessmentTypes: ['SKILL_TEST'] }),
    );
    // Without the company's consent the set-up is refused.
    await expect(
      master.assessments.setUpIntegration(fake.auth.companyId, generateClientCredentials()),
    ).rejects.toMatchObject({ status: 403 });
    expect((await fetch(fake.assessments.connect(MASTER.clientId))).status).toBe(200);
    const [application] = (await fake.client().applications.list({ limit: 1 })).result;
    const [candidateId, jobId] = (application?.id ?? '').split(':') as [string, string];
    const packages = await fake.assessments.packages(MASTER.clientId, { jobId });
    expect(packages.map((p) => p.id)).toEqual(['js-skills']);
    const placed = await fake.assessments.order({
      partner: MASTER.clientId,
      packageId: 'js-skills',
      candidateId,
      jobId,
    });

    // A stranger's credentials (the master's) cannot write results; an API key cannot either.
    await expect(master.assessments.updateResult(placed.id, { status: 'COMPLETED' })).rejects.toMatchObject({
      status: 403,
    });
    await expect(
      fake.client().assessments.updateResult(placed.id, { status: 'COMPLETED' }),
    ).rejects.toMatchObject({
      status: 401,
    });

    await fake.assessments.removeIntegration(MASTER.clientId);
    expect(fake.assessments.calls.at(-1)).toMatchObject({ operation: 'removeIntegration', status: 204 });
    expect(product.clients.size).toBe(0);
    const customer = product.customer.get(fake.auth.companyId);
    const partner = new SmartRecruiters({
      baseUrl: fake.url,
      oauth: customer,
      rateLimit: false,
      maxRetries: 0,
    });
    // Its customer-level credentials are gone: the token endpoint refuses them.
    await expect(partner.assessments.updateResult(placed.id, { status: 'COMPLETED' })).rejects.toMatchObject({
      name: 'AuthenticationError',
      status: 401,
    });
  });
});
