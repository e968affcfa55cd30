import type { RequestOptions } from '../client.js';
import { UnexpectedResponseError, ValidationError } from '../core/errors.js';
import { APIResource, expectRecord } from '../core/resource.js';
import { type FileSource, guessContentType, readFileSource } from '../internal/file.js';
import { type ApplicationRef, parseApplicationId } from '../mappers/application-id.js';
import {
  ASSESSMENT_PARTNER_API,
  RESULT_ATTACHMENT_PART,
  type SrAttachmentResult,
  type SrClientCredentials,
  type SrPackageResult,
  type SrPackageResultInput,
  type SrPartnerConfiguration,
  type SrPartnerConfigurationRequest,
} from '../routes/assessment-partner-api.js';
import { ASSESSMENTS_API, type SrAssessmentOrder } from '../routes/assessments-api.js';
import {
  SrClientCredentialsSchema,
  SrPackageResultInputSchema,
  SrPartnerConfigurationRequestSchema,
} from '../schemas/compiled/sr/assessment.js';
import { ATTACHMENT_MAX_BYTES } from '../schemas/unified/enums.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';

/**
 * The application whose assessment orders to read: SmartRecruiters' job application id (an
 * application's `job_application_id`, a webhook payload's `application_id`), or the SDK's
 * application id (one more request reads the job application id).
 */
export type AssessmentApplicationRef =
  | {
      /** SmartRecruiters' job application id. */
      job_application_id: string;
    }
  | {
      /** The unified application id (`candidateId:jobId`) or its keys; its job application id is read first. */
      application_id: ApplicationRef;
    };

/** An order: its id, or an order the handler kit received (`ReceivedOrder`). */
export type AssessmentOrderRef =
  | string
  | {
      /** The order's id (`ReceivedOrder.orderId`); `null` when the order's URL held none. */
      readonly orderId: string | null;
    };

/** A report to attach to an order's result (a PDF, typically). */
export interface AssessmentReport {
  /** A `Blob`/`File`, bytes, or a stream (web `ReadableStream` or Node `Readable`); at most 10 MiB. */
  file: FileSource;
  /** The file's name as SmartRecruiters shows it (at most 100 characters). */
  file_name: string;
  /** Default: the Blob's type, else guessed from `file_name` (`application/pdf` for `.pdf`). */
  content_type?: string | undefined;
}

/** SmartRecruiters' order ids are UUIDs; the kit reads them from `resultCallbackURL`. */
const ORDER_ID = /^[A-Za-z0-9-]{1,64}$/;
/** `Attachment.fileName`'s limit in SmartRecruiters' specification. */
const MAX_FILE_NAME = 100;

function orderIdOf(order: AssessmentOrderRef): string {
  const id = typeof order === 'string' ? order : order?.orderId;
  if (typeof id !== 'string' || !ORDER_ID.test(id)) {
    throw new ValidationError('Invalid order', [
      {
        path: ['orderId'],
        message:
          typeof order === 'object' && order !== null && order.orderId === null
            ? "the order's resultCallbackURL has no /orders/{orderId}/results: use the id SmartRecruiters gave"
            : 'must be an order id (a UUID)',
      },
    ]);
  }
  return id;
}

/**
 * Assessments (https://developers.smartrecruiters.com/docs/partners-assessment-api-2021), both
 * sides of SmartRecruiters' Assessment API (2021) for an assessment partner, and the orders a
 * company sees. Each method needs its credential:
 *
 * - `getConfiguration`, `saveConfiguration`, `setUpIntegration`: the partner's master credentials
 *   (`new SmartRecruiters({ oauth: { clientId, clientSecret } })` with the ones SmartRecruiters'
 *   partner team issued);
 * - `updateResult`, `attachReport`: the company's customer-level credentials (the answer of
 *   `setUpIntegration`);
 * - `listOrders`, `getOrder`: a company's API key or OAuth credential with `assessment_orders_read`.
 *
 * SmartRecruiters' calls to the partner (packages, orders) are served by
 * `createAssessmentPartnerHandler`. The shapes are SmartRecruiters' own (there is no unified
 * assessment model).
 */
export class Assessments extends APIResource {
  /**
   * The assessment orders of an application, with their results and reports, as SmartRecruiters
   * shows them (a bare list: SmartRecruiters does not page it).
   *
   * @throws NotFoundError (404) `APPLICATION_NOT_FOUND`, or `MISSING_COMPANY_INTEGRATION` when the
   *   company has no assessment integration
   */
  async listOrders(
    application: AssessmentApplicationRef,
    options?: RequestOptions,
  ): Promise<SrAssessmentOrder[]> {
    const applicationId = await this.jobApplicationId(application, options);
    const raw: unknown = await this.client.get(`${ASSESSMENTS_API}/assessment-orders`, {
      ...options,
      query: { applicationId },
    });
    if (!Array.isArray(raw)) {
      throw new UnexpectedResponseError(
        'SmartRecruiters answered the assessment orders with something not a list',
      );
    }
    return raw.map((order) => expectRecord(order, 'assessment order') as SrAssessmentOrder);
  }

  /**
   * One assessment order of an application; `null` when it has none with `orderId`.
   * SmartRecruiters has no single-order read: this reads the application's orders (one request).
   */
  async getOrder(
    application: AssessmentApplicationRef,
    order: AssessmentOrderRef,
    options?: RequestOptions,
  ): Promise<SrAssessmentOrder | null> {
    const orderId = orderIdOf(order);
    const orders = await this.listOrders(application, options);
    return orders.find((item) => item.orderId === orderId) ?? null;
  }

  /**
   * Updates an order's result (customer-level credentials, `assessment_result_manage`): status,
   * score (`{ raw, min, max }`, integers, `raw` within the bounds), its label, a summary, each
   * assessment's result. An RFC 7396 merge patch: fields left out keep their value. Checked before
   * it is sent.
   *
   * ```ts
   * await sr.assessments.updateResult(order, {
   *   status: 'COMPLETED',
   *   score: { raw: 88, min: 0, max: 100 },
   *   scoreLabel: 'Strong',
   *   summary: 'Solid fundamentals; fast and accurate on the debugging tasks.',
   * });
   * ```
   *
   * @throws ValidationError for an invalid result or order id (nothing is sent)
   * @throws NotFoundError (404) when the order is not one of the company's
   */
  async updateResult(
    order: AssessmentOrderRef,
    result: SrPackageResultInput,
    options?: RequestOptions,
  ): Promise<SrPackageResult> {
    const orderId = orderIdOf(order);
    const body = parseInput(SrPackageResultInputSchema, result, 'assessment result');
    const raw = await this.client.patch(`${ASSESSMENT_PARTNER_API}/orders/{orderId}/results`, {
      ...options,
      params: { orderId },
      body,
      contentType: 'application/json',
    });
    return expectRecord(raw, 'assessment result') as SrPackageResult;
  }

  /**
   * Attaches a report to an order's result (customer-level credentials): one file of at most
   * 10 MiB, read and checked before it is sent. SmartRecruiters shows it with the result; it
   * takes no attachment on inline orders.
   *
   * @throws ValidationError for a file too large, an empty or long name (nothing is sent)
   * @throws NotFoundError (404) when the order is not one of the company's
   */
  async attachReport(
    order: AssessmentOrderRef,
    report: AssessmentReport,
    options?: RequestOptions,
  ): Promise<SrAttachmentResult> {
    const orderId = orderIdOf(order);
    if (typeof report !== 'object' || report === null) {
      throw new ValidationError('Invalid report', [{ path: [], message: 'must be { file, file_name }' }]);
    }
    const name = report.file_name;
    if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_FILE_NAME) {
      throw new ValidationError('Invalid report', [
        { path: ['file_name'], message: `must be a file name of 1 to ${MAX_FILE_NAME} characters` },
      ]);
    }
    if (report.content_type !== undefined && typeof report.content_type !== 'string') {
      throw new ValidationError('Invalid report', [{ path: ['content_type'], message: 'must be a string' }]);
    }
    const blob = await readFileSource(
      report.file,
      report.content_type,
      ATTACHMENT_MAX_BYTES,
      'Invalid report',
    );
    const raw = await this.client.post(`${ASSESSMENT_PARTNER_API}/orders/{orderId}/results/attachment`, {
      ...options,
      params: { orderId },
      body: {
        [RESULT_ATTACHMENT_PART]: {
          data: blob,
          fileName: name,
          contentType: report.content_type ?? (blob.type || guessContentType(name)),
        },
      },
      contentType: 'multipart/form-data',
    });
    return expectRecord(raw, 'result attachment') as SrAttachmentResult;
  }

  /**
   * Your partner configuration as SmartRecruiters keeps it (master credentials).
   *
   * @throws NotFoundError (404) before the first `saveConfiguration`
   */
  async getConfiguration(options?: RequestOptions): Promise<SrPartnerConfiguration> {
    const raw = await this.client.get(`${ASSESSMENT_PARTNER_API}/partner/configuration`, options);
    return expectRecord(raw, 'partner configuration') as SrPartnerConfiguration;
  }

  /**
   * Saves your partner configuration (master credentials): the URLs of your endpoints
   * (`assessmentPartnerConfiguration({ baseUrl, ... })` builds them for
   * `createAssessmentPartnerHandler`), your assessment types and fields. Checked before it is sent.
   *
   * @throws ValidationError for an invalid configuration (nothing is sent)
   */
  async saveConfiguration(
    configuration: SrPartnerConfigurationRequest,
    options?: RequestOptions,
  ): Promise<SrPartnerConfiguration> {
    const body = parseInput(SrPartnerConfigurationRequestSchema, configuration, 'partner configuration');
    const raw = await this.client.put(`${ASSESSMENT_PARTNER_API}/partner/configuration`, {
      ...options,
      body,
    });
    return expectRecord(raw, 'partner configuration') as SrPartnerConfiguration;
  }

  /**
   * Sets up a company's integration once its admin consented on your consent page (master
   * credentials): sends `credentials`, what SmartRecruiters will use at your token endpoint
   * (`generateClientCredentials()`), and answers the company's customer-level credentials, for
   * `updateResult` and `attachReport`. Store both before you answer the admin.
   *
   * @throws PermissionDeniedError (403) when the company did not consent
   * @throws ConflictError (409) when the company's integration is already set up
   */
  async setUpIntegration(
    companyId: string,
    credentials: SrClientCredentials,
    options?: RequestOptions,
  ): Promise<SrClientCredentials> {
    const company = requireId(companyId, 'companyId');
    const body = parseInput(SrClientCredentialsSchema, credentials, 'client credentials');
    const raw = expectRecord(
      await this.client.post(`${ASSESSMENT_PARTNER_API}/integration/company/{companyId}`, {
        ...options,
        params: { companyId: company },
        body,
      }),
      'client credentials',
    );
    if (typeof raw.clientId !== 'string' || typeof raw.clientSecret !== 'string') {
      throw new UnexpectedResponseError(
        'SmartRecruiters answered the integration set-up without credentials',
      );
    }
    return { clientId: raw.clientId, clientSecret: raw.clientSecret };
  }

  private async jobApplicationId(
    application: AssessmentApplicationRef,
    options?: RequestOptions,
  ): Promise<string> {
    if (typeof application !== 'object' || application === null) {
      throw new ValidationError('Invalid application', [
        { path: [], message: 'must be { job_application_id } or { application_id }' },
      ]);
    }
    if ('job_application_id' in application)
      return requireId(application.job_application_id, 'job_application_id');
    const { candidateId, jobId } = parseApplicationId(application.application_id);
    const raw = expectRecord(
      await this.client.get('/candidates/{id}/jobs/{jobId}', {
        ...options,
        params: { id: candidateId, jobId },
      }),
      'application',
    );
    if (typeof raw.applicationId !== 'string' || raw.applicationId === '') {
      throw new UnexpectedResponseError("SmartRecruiters' application carries no job application id");
    }
    return raw.applicationId;
  }
}
