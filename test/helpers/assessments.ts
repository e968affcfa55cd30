/**
 * An assessment product on the in-process fake: the handler kit answers the fake's calls through
 * `assessments.fetch` (no network), its master and customer-level SDK clients talk to the fake.
 */
import {
  type AssessmentClientRecord,
  type AssessmentPartnerHandlerOptions,
  assessmentPartnerConfiguration,
  createAssessmentPartnerHandler,
  generateClientCredentials,
  type ReceivedOrder,
  type SmartRecruiters,
  type SrAssessmentPackage,
  type SrClientCredentials,
} from '../../src/index.js';
import {
  createFakeSmartRecruitersCore,
  type FakeSmartRecruitersCore,
  type FakeSmartRecruitersOptions,
} from '../../src/testing/index.js';

export const MASTER = { clientId: 'acme-assess', clientSecret: 'master-secret-of-acme-assess' };
export const PRODUCT_URL = 'https://assess.example.com/sr';
export const CATALOG: SrAssessmentPackage[] = [
  {
    id: 'js-skills',
    name: 'JavaScript skills',
    description: 'Debugging and refactoring',
    type: 'SKILL_TEST',
    assessments: [{ id: 'js-debug', description: 'Five bugs', type: 'SKILL_TEST' }],
  },
];

export interface AssessmentWorld {
  fake: FakeSmartRecruitersCore;
  master: SmartRecruiters;
  /** The company's customer-level client, once connected. */
  partner(): SmartRecruiters;
  clients: Map<string, AssessmentClientRecord>;
  customer: SrClientCredentials | undefined;
  orders: ReceivedOrder[];
  /** Requests the kit received. */
  received: Request[];
  /** Saves the configuration and connects the company (consent, set-up). */
  connect(): Promise<void>;
}

export function assessmentWorld(
  kit: Partial<AssessmentPartnerHandlerOptions> = {},
  fakeOptions: FakeSmartRecruitersOptions = {},
): AssessmentWorld {
  const clients = new Map<string, AssessmentClientRecord>();
  const orders: ReceivedOrder[] = [];
  const received: Request[] = [];
  let handler: (request: Request) => Promise<Response> = async () => new Response(null, { status: 503 });
  const fake = createFakeSmartRecruitersCore({
    latencyMs: 0,
    rateLimits: false,
    oauthClients: [{ ...MASTER, scopes: ['partner_configuration_manage'] }],
    assessments: {
      fetch: async (input, init) => {
        const request = new Request(input, init);
        received.push(request.clone());
        return handler(request);
      },
    },
    ...fakeOptions,
  });
  const master = fake.client({ oauth: MASTER });
  const world: AssessmentWorld = {
    fake,
    master,
    partner: () => {
      if (!world.customer) throw new Error('not connected');
      return fake.client({ oauth: world.customer });
    },
    clients,
    customer: undefined,
    orders,
    received,
    async connect() {
      await master.assessments.saveConfiguration(
        assessmentPartnerConfiguration({ baseUrl: PRODUCT_URL, supportedAssessmentTypes: ['SKILL_TEST'] }),
      );
      // The consent URL is the product's: the admin's browser opens it.
      const consent = await handler(new Request(fake.assessments.connect(MASTER.clientId)));
      if (consent.status !== 200) throw new Error(`consent answered ${consent.status}`);
    },
  };
  handler = createAssessmentPartnerHandler({
    clients: (id) => clients.get(id),
    tokenSecret: 'assessment-world-signing-key-of-32-bytes',
    basePath: '/sr',
    packages: () => CATALOG,
    onOrder: (order) => {
      orders.push(order);
    },
    onConsent: async ({ companyId }) => {
      const credentials = generateClientCredentials();
      clients.set(credentials.clientId, {
        clientSecret: credentials.clientSecret,
        companyId: companyId ?? '',
      });
      world.customer = await master.assessments.setUpIntegration(companyId ?? '', credentials);
      return new Response('Connected');
    },
    onIntegrationRemoved: ({ clientId }) => {
      clients.delete(clientId);
    },
    ...kit,
  });
  return world;
}
