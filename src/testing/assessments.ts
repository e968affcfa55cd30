/**
 * SmartRecruiters' side of an assessment partner integration
 * (https://developers.smartrecruiters.com/docs/partners-assessment-api-2021,
 * https://developers.smartrecruiters.com/docs/integration-workflow): the fake keeps each partner's
 * configuration and each company's integration, and calls the partner as SmartRecruiters does:
 * its token endpoint with the credentials the partner gave (client credentials, form-encoded), then
 * its package and order endpoints with the token (`Authorization: Bearer`). A recruiter's order
 * (`order()`), or an application moved to a hiring step configured with a package
 * (`configureStep()`, SmartRecruiters' "auto-triggered" assessments), places an order; the
 * partner's results and reports then show on the application (`GET /assessment-orders`, and the
 * application's attachments).
 *
 * Every call to the partner is real HTTP (`fetch`) with a deadline, logged in `calls` without its
 * credentials. UNCONFIRMED choices (SmartRecruiters' pages do not say) are one function each here.
 */

import { trimEndChar } from '../internal/text.js';
import type { AuthRegistry, FakeOAuthClient } from './auth.js';
import type { FakeClock } from './clock.js';
import { iso } from './clock.js';
import type { ApplicationRecord, AssessmentOrderRecord, JobRecord } from './model.js';
import { OutboundCalls, type OutboundClientCredentials } from './outbound.js';
import { secureRandomString } from './random.js';
import type { FakeState } from './state.js';

/** `assessments` option of the fake. */
export interface AssessmentOptions {
  /** The `fetch` used to call partners. Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Longest wait for each call to a partner, ms. Default 10 000 (UNCONFIRMED). */
  timeoutMs?: number;
  /**
   * Accept `http://` partner URLs on loopback hosts (127.0.0.1, ::1, localhost) so a local
   * handler can be tested; SmartRecruiters itself calls https only. Default true.
   */
  allowLoopbackHttp?: boolean;
}

/** A partner's configuration as the fake keeps it (`PUT /partner/configuration`). */
export interface PartnerConfigurationRecord {
  assessmentPackageListUrl: string;
  singleAssessmentPackageUrl: string;
  consentUrl: string;
  consentDisplayMode: string;
  oauthTokenUrl: string;
  supportedAssessmentTypes: string[];
  packageOrderUrl?: string;
  inlineAssessmentPackageOrderUrl?: string;
  integrationDisableUrl?: string;
  fields?: Array<{ id: string; name: string; description: string }>;
}

/** A company's integration with a partner. */
export interface PartnerIntegration {
  /** The partner's master client id. */
  partnerClientId: string;
  companyId: string;
  /** What the fake (as SmartRecruiters) sends to the partner's token endpoint. */
  credentials: { clientId: string; clientSecret: string };
  /** The customer-level OAuth client the partner uses on the fake. */
  customerClientId: string;
  createdOn: string;
}

/**
 * A hiring step with an assessment package: an application moved to `status` (and `subStatus`,
 * when given; on `jobId` only, when given) gets an order, once per application and package.
 */
export interface HiringStepTrigger {
  /** The partner's master client id. */
  partner: string;
  packageId: string;
  status: string;
  subStatus?: string | undefined;
  jobId?: string | undefined;
}

/** What `order()` orders. */
export interface AssessmentOrderInput {
  /** The partner's master client id. */
  partner: string;
  packageId: string;
  candidateId: string;
  jobId: string;
  /** The recruiter ordering (a user id). Default: the seeded administrator. */
  requesterId?: string | undefined;
}

/** One call of the fake to a partner (credentials and bodies are never kept). */
export interface PartnerCall {
  operation: 'token' | 'listPackages' | 'getPackage' | 'order' | 'removeIntegration';
  method: string;
  url: string;
  /** HTTP status received; `null` on timeout or connection error. */
  status: number | null;
  error: string | null;
  /** Fake-clock time, ISO. */
  timestamp: string;
}

/** A package as a partner answered it. */
export interface PartnerPackage {
  id: string;
  name: string;
  description?: string;
  type?: string;
  assessments?: unknown[];
  [key: string]: unknown;
}

/** Scopes of the customer-level credentials the set-up gives a partner (SmartRecruiters' `oauth2` scheme). */
export const ASSESSMENT_CUSTOMER_SCOPES = [
  'assessment_result_manage',
  'candidates_read',
  'jobs_read',
] as const;

/**
 * The single-package URL of a package: `{assessmentPackageId}` filled in, or the id added as a
 * last segment. UNCONFIRMED: SmartRecruiters' pages give the endpoint's path, not how the
 * configured URL is used.
 */
export function packageUrl(config: PartnerConfigurationRecord, packageId: string): string {
  const id = encodeURIComponent(packageId);
  const base = config.singleAssessmentPackageUrl;
  return base.includes('{assessmentPackageId}')
    ? base.replace('{assessmentPackageId}', id)
    : `${trimEndChar(base, '/')}/${id}`;
}

/** The URL removing a company's integration: `{companyId}` filled in, or `/companies/{id}` added (UNCONFIRMED). */
export function integrationUrl(config: PartnerConfigurationRecord, companyId: string): string | undefined {
  const base = config.integrationDisableUrl;
  if (!base) return undefined;
  const id = encodeURIComponent(companyId);
  return base.includes('{companyId}')
    ? base.replace('{companyId}', id)
    : `${trimEndChar(base, '/')}/companies/${id}`;
}

/** The `requester` header of a package list: JSON `{ "email": ... }` (UNCONFIRMED). */
export function requesterHeader(email: string): string {
  return JSON.stringify({ email });
}

/**
 * An order's `score` as SmartRecruiters shows it: the normalised score, `(raw - min) / (max - min)`
 * as a whole percentage (SmartRecruiters' `Score` example: {raw: 28, min: 20, max: 80} is 13%).
 * UNCONFIRMED: how the Assessments API writes it.
 */
export function scoreText(score: { raw: number; min: number; max: number }): string {
  const span = score.max - score.min;
  return `${span > 0 ? Math.round(((score.raw - score.min) / span) * 100) : 100}%`;
}

/** `waitForOrders()` options. */
export interface WaitForOrdersOptions {
  /** Resolve once at least this many orders exist; without it, once no triggered order is pending. */
  count?: number;
  /** Reject after this long. Default 5000. */
  timeoutMs?: number;
}

/** The fake's assessment side (`fake.assessments`). */
export class AssessmentEngine {
  /** Partner configurations, by master client id. */
  readonly configurations = new Map<string, PartnerConfigurationRecord>();
  /** Integrations, by master client id (the fake has one company). */
  readonly integrations = new Map<string, PartnerIntegration>();
  /** Hiring steps with a package. */
  readonly steps: HiringStepTrigger[] = [];
  /** Every call to a partner, oldest first. */
  readonly calls: PartnerCall[] = [];
  /** Orders a hiring step triggered that the partner did not take, with why. */
  readonly failures: Array<{ trigger: HiringStepTrigger; applicationId: string; error: string }> = [];
  private readonly consents = new Map<string, Set<string>>();
  private readonly outbound: OutboundCalls;
  private readonly timeoutMs: number;
  readonly allowLoopbackHttp: boolean;
  private readonly pending = new Set<Promise<unknown>>();
  private readonly waiters = new Set<() => void>();
  private readonly state: FakeState;
  private readonly auth: AuthRegistry;
  private readonly clock: FakeClock;
  private readonly baseUrl: () => string;

  constructor(options: {
    state: FakeState;
    auth: AuthRegistry;
    clock: FakeClock;
    baseUrl: () => string;
    assessments?: AssessmentOptions | undefined;
  }) {
    this.state = options.state;
    this.auth = options.auth;
    this.clock = options.clock;
    this.baseUrl = options.baseUrl;
    const fetchImpl = options.assessments?.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.outbound = new OutboundCalls({ fetch: fetchImpl, clock: options.clock });
    this.timeoutMs = options.assessments?.timeoutMs ?? 10_000;
    this.allowLoopbackHttp = options.assessments?.allowLoopbackHttp ?? true;
  }

  /**
   * A company's admin clicks Connect on the partner's integration: the consent is kept for the
   * partner's integration set-up, and the partner's consent URL with `companyId` is returned (where
   * SmartRecruiters sends the admin).
   */
  connect(partner: string): string {
    const config = this.configuration(partner);
    const companies = this.consents.get(partner) ?? new Set<string>();
    companies.add(this.auth.companyId);
    this.consents.set(partner, companies);
    const url = new URL(config.consentUrl);
    url.searchParams.set('companyId', this.auth.companyId);
    return url.toString();
  }

  /** Whether `companyId` consented to `partner` and has no integration yet. */
  hasConsent(partner: string, companyId: string): boolean {
    return this.consents.get(partner)?.has(companyId) === true;
  }

  /**
   * Sets up a company's integration (the set-up route): keeps the partner's credentials and creates
   * the customer-level client it gets back.
   */
  setUp(partner: string, companyId: string, credentials: PartnerIntegration['credentials']): FakeOAuthClient {
    this.consents.get(partner)?.delete(companyId);
    const master = this.auth.clients.get(partner);
    const customer: FakeOAuthClient = {
      clientId: `customer_${secureRandomString(16)}`,
      clientSecret: secureRandomString(40),
      scopes: [...ASSESSMENT_CUSTOMER_SCOPES],
      name: master?.name ?? partner,
    };
    this.auth.addClient(customer);
    this.integrations.set(partner, {
      partnerClientId: partner,
      companyId,
      credentials: { ...credentials },
      customerClientId: customer.clientId,
      createdOn: this.state.nowIso(),
    });
    return customer;
  }

  /** The integration whose customer-level client is `clientId`, if any. */
  integrationOfCustomer(clientId: string): PartnerIntegration | undefined {
    for (const integration of this.integrations.values()) {
      if (integration.customerClientId === clientId) return integration;
    }
    return undefined;
  }

  /** Configures a hiring step with a package (auto-triggered orders). */
  configureStep(trigger: HiringStepTrigger): void {
    this.configuration(trigger.partner);
    this.steps.push({ ...trigger });
  }

  /** Called when an application's status changes through the API: orders what its steps hold. */
  statusChanged(app: ApplicationRecord): void {
    for (const trigger of this.steps) {
      if (trigger.status !== app.status) continue;
      if (trigger.subStatus !== undefined && trigger.subStatus !== app.subStatus) continue;
      if (trigger.jobId !== undefined && trigger.jobId !== app.jobId) continue;
      const ordered = [...this.state.assessmentOrders.values()].some(
        (o) =>
          o.applicationId === app.id &&
          o.packageId === trigger.packageId &&
          o.partnerClientId === trigger.partner,
      );
      if (ordered) continue;
      this.track(
        this.order({
          partner: trigger.partner,
          packageId: trigger.packageId,
          candidateId: app.candidateId,
          jobId: app.jobId,
        }).catch((error: unknown) => {
          this.failures.push({ trigger: { ...trigger }, applicationId: app.id, error: String(error) });
        }),
      );
    }
  }

  /**
   * A recruiter orders a package for an application: the fake reads the package from the partner
   * (its name), then places the order (`POST` its order URL, 202 expected). Resolves with the
   * order; rejects when the partner does not take it (nothing is kept then).
   */
  async order(input: AssessmentOrderInput): Promise<AssessmentOrderRecord> {
    const { config, integration } = this.integrated(input.partner);
    if (!config.packageOrderUrl) throw new Error(`partner '${input.partner}' has no packageOrderUrl`);
    const app = this.state.application(input.candidateId, input.jobId);
    const candidate = this.state.candidates.get(input.candidateId);
    const job = this.state.jobs.get(input.jobId);
    if (!app || !candidate || !job) throw new Error('order(): no such application');
    const requester = this.state.users.get(input.requesterId ?? this.state.meUserId);
    const pkg = await this.getPackage(input.partner, input.packageId);
    const now = this.state.nowIso();
    const record: AssessmentOrderRecord = {
      id: this.state.ids.uuid(),
      partnerClientId: input.partner,
      companyId: integration.companyId,
      candidateId: app.candidateId,
      jobId: app.jobId,
      applicationId: app.id,
      packageId: pkg.id,
      packageName: pkg.name,
      createdOn: now,
      result: { status: 'PENDING', assessmentResults: [] },
      attachmentIds: [],
    };
    // The order exists before the partner hears of it: its result URL names it.
    this.state.assessmentOrders.set(record.id, record);
    const base = this.baseUrl();
    const body = {
      assessmentPackageId: pkg.id,
      companyId: integration.companyId,
      candidate: {
        id: candidate.id,
        internal: candidate.internal,
        firstName: candidate.firstName,
        lastName: candidate.lastName,
        email: candidate.email,
        createdOn: candidate.createdOn,
        updatedOn: candidate.updatedOn,
        ...(candidate.location ? { location: { ...candidate.location } } : {}),
        tags: [...candidate.tags],
        actions: {
          details: { url: `${base}/candidates/${candidate.id}`, method: 'GET' },
          properties: { url: `${base}/candidates/${candidate.id}/jobs/${job.id}/properties`, method: 'GET' },
        },
      },
      job: orderJob(job, this.state),
      jobId: job.id,
      resultCallbackURL: `${base}/assessment-api/v202010/orders/${record.id}/results`,
      ...(requester ? { requester: { email: requester.email, userId: requester.id } } : {}),
    };
    try {
      const answer = await this.call(input.partner, 'order', 'POST', config.packageOrderUrl, {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (answer.status !== 202) throw new Error(`the partner answered the order with HTTP ${answer.status}`);
    } catch (error) {
      this.state.assessmentOrders.delete(record.id);
      throw error;
    }
    return record;
  }

  /**
   * The partner's packages, as a recruiter lists them for a job: the job's location as the query,
   * the recruiter in the `requester` header.
   */
  async packages(
    partner: string,
    options: { jobId?: string | undefined; requesterId?: string | undefined } = {},
  ): Promise<PartnerPackage[]> {
    const { config } = this.integrated(partner);
    const url = new URL(config.assessmentPackageListUrl);
    const job = options.jobId === undefined ? undefined : this.state.jobs.get(options.jobId);
    if (job) {
      const location = job.location;
      const params: Array<[string, string | undefined]> = [
        ['country-code', location.countryCode],
        ['region-abbr', location.regionCode],
        ['city', location.city],
        ['address', location.address],
        ['postal-code', location.postalCode],
        ['remote', String(location.remote)],
      ];
      for (const [name, value] of params) if (value) url.searchParams.set(name, value);
    }
    const requester = this.state.users.get(options.requesterId ?? this.state.meUserId);
    const answer = await this.call(partner, 'listPackages', 'GET', url.toString(), {
      headers: requester ? { requester: requesterHeader(requester.email) } : {},
    });
    if (answer.status === 204) return [];
    if (answer.status !== 200)
      throw new Error(`the partner answered the package list with HTTP ${answer.status}`);
    const list = parseJson(answer.body);
    if (!Array.isArray(list) || !list.every(isPackage)) {
      throw new Error('the partner answered the package list with something not a list of packages');
    }
    return list;
  }

  /** One package, read from the partner. */
  async getPackage(partner: string, packageId: string): Promise<PartnerPackage> {
    const { config } = this.integrated(partner);
    const answer = await this.call(partner, 'getPackage', 'GET', packageUrl(config, packageId), {});
    if (answer.status !== 200) throw new Error(`the partner answered the package with HTTP ${answer.status}`);
    const pkg = parseJson(answer.body);
    if (!isPackage(pkg)) throw new Error('the partner answered the package with something not a package');
    return pkg;
  }

  /**
   * The company's admin removes the integration: the partner is told (`DELETE` its disable URL,
   * with a token, when it configured one), then the integration and its customer-level client go.
   */
  async removeIntegration(partner: string): Promise<void> {
    const { config, integration } = this.integrated(partner);
    const url = integrationUrl(config, integration.companyId);
    try {
      if (url) {
        const answer = await this.call(partner, 'removeIntegration', 'DELETE', url, {});
        if (answer.status < 200 || answer.status > 299) {
          throw new Error(`the partner answered the removal with HTTP ${answer.status}`);
        }
      }
    } finally {
      this.integrations.delete(partner);
      this.auth.removeClient(integration.customerClientId);
      this.outbound.forgetToken(this.tokenCredentials(config, integration));
    }
  }

  /** Waits for orders (see `WaitForOrdersOptions`); resolves with every order. */
  waitForOrders(options: WaitForOrdersOptions = {}): Promise<AssessmentOrderRecord[]> {
    const done = () =>
      options.count === undefined
        ? this.pending.size === 0
        : this.state.assessmentOrders.size >= options.count;
    const all = () => [...this.state.assessmentOrders.values()];
    if (done()) return Promise.resolve(all());
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!done()) return;
        cleanup();
        resolve(all());
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(
            `waitForOrders timed out after ${options.timeoutMs ?? 5000} ms: ${this.state.assessmentOrders.size} order(s), ${this.pending.size} pending`,
          ),
        );
      }, options.timeoutMs ?? 5000);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
    });
  }

  /** Aborts every call in flight to a partner; later ones fail at once. */
  close(): void {
    this.outbound.close();
  }

  private configuration(partner: string): PartnerConfigurationRecord {
    const config = this.configurations.get(partner);
    if (!config)
      throw new Error(`partner '${partner}' has saved no configuration (PUT /partner/configuration)`);
    return config;
  }

  private integrated(partner: string): {
    config: PartnerConfigurationRecord;
    integration: PartnerIntegration;
  } {
    const config = this.configuration(partner);
    const integration = this.integrations.get(partner);
    if (!integration) throw new Error(`partner '${partner}' is not integrated with the company`);
    return { config, integration };
  }

  private tokenCredentials(
    config: PartnerConfigurationRecord,
    integration: PartnerIntegration,
  ): OutboundClientCredentials {
    return { tokenUrl: config.oauthTokenUrl, ...integration.credentials };
  }

  private track(work: Promise<unknown>): void {
    this.pending.add(work);
    const settle = () => {
      this.pending.delete(work);
      for (const check of [...this.waiters]) check();
    };
    work.then(settle, settle);
  }

  /**
   * One call to the partner with SmartRecruiters' token, logged; a 401 with a cached token gets
   * one more try with a new token (the partner may have rotated its signing key).
   */
  private async call(
    partner: string,
    operation: PartnerCall['operation'],
    method: string,
    url: string,
    init: { headers?: Record<string, string>; body?: string },
  ) {
    const { config, integration } = this.integrated(partner);
    const credentials = this.tokenCredentials(config, integration);
    for (let attempt = 1; ; attempt++) {
      let token: string;
      const fetched = !this.outbound.hasToken(credentials);
      try {
        token = await this.outbound.token(credentials, this.timeoutMs);
        if (fetched) this.log('token', 'POST', config.oauthTokenUrl, 200, null);
      } catch (error) {
        this.log('token', 'POST', config.oauthTokenUrl, null, errorText(error));
        throw error;
      }
      try {
        const answer = await this.outbound.fetch(
          url,
          {
            method,
            headers: { accept: 'application/json', ...init.headers, authorization: `Bearer ${token}` },
            ...(init.body === undefined ? {} : { body: init.body }),
            redirect: 'manual',
          },
          this.timeoutMs,
        );
        this.log(operation, method, url, answer.status, null);
        if (answer.status === 401 && attempt === 1) {
          this.outbound.forgetToken(credentials);
          continue;
        }
        return answer;
      } catch (error) {
        this.log(operation, method, url, null, errorText(error));
        throw error;
      }
    }
  }

  private log(
    operation: PartnerCall['operation'],
    method: string,
    url: string,
    status: number | null,
    error: string | null,
  ): void {
    this.calls.push({ operation, method, url, status, error, timestamp: iso(this.clock.now()) });
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function parseJson(body: ArrayBuffer): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    return undefined;
  }
}

function isPackage(value: unknown): value is PartnerPackage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as PartnerPackage).id === 'string' &&
    typeof (value as PartnerPackage).name === 'string'
  );
}

/** The job of an order, as SmartRecruiters' `Job`. */
function orderJob(job: JobRecord, state: FakeState): Record<string, unknown> {
  const department = job.departmentId ? state.departments.get(job.departmentId) : undefined;
  const { location } = job;
  return {
    id: job.id,
    title: job.title,
    ...(job.refNumber ? { refNumber: job.refNumber } : {}),
    status: job.status,
    postingStatus: job.postingStatus,
    createdOn: job.createdOn,
    updatedOn: job.updatedOn,
    lastActivityOn: job.lastActivityOn,
    location: {
      city: location.city,
      countryCode: location.countryCode,
      ...(location.country ? { country: location.country } : {}),
      ...(location.region ? { region: location.region } : {}),
      ...(location.regionCode ? { regionCode: location.regionCode } : {}),
      ...(location.address ? { address: location.address } : {}),
      ...(location.postalCode ? { postalCode: location.postalCode } : {}),
      remote: location.remote,
    },
    ...(department ? { department: { id: department.id, label: department.label } } : {}),
  };
}
