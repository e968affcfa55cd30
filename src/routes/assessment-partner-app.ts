/**
 * The endpoints an assessment partner hosts and SmartRecruiters calls
 * (https://developers.smartrecruiters.com/docs/partners-assessment-api-2021,
 * https://developers.smartrecruiters.com/docs/integration-workflow): consent, SmartRecruiters'
 * token, packages, orders, inline orders, removing an integration. They are served by
 * `createAssessmentPartnerHandler`, never called by the client: `AssessmentPartnerAppRoutes` is
 * not part of `Routes`. Paths are relative to the partner's base URL (the URLs of its
 * configuration).
 */
import type { Open } from '../routes.js';
import type { SrAssessmentType } from './assessment-partner-api.js';

/** The partner-hosted paths, relative to the partner's base URL, by what they do. */
export const ASSESSMENT_PARTNER_APP_PATHS = {
  /** `GET`: SmartRecruiters sends a company's admin here to consent (`?companyId=`). */
  consent: '/integration',
  /** `DELETE`: SmartRecruiters removes a company's integration. */
  integration: '/integrations/companies/{companyId}',
  /** `POST`: SmartRecruiters exchanges the credentials it was given for an access token. */
  token: '/oauth/token',
  /** `GET`: the packages a recruiter may order. */
  packages: '/packages',
  /** `GET`: one package. */
  package: '/packages/{assessmentPackageId}',
  /** `POST`: an order for a candidate. */
  orders: '/packages/orders',
  /** `POST`: an inline order (an assessment inside the application form). */
  inlineOrders: '/packages/inline/orders',
} as const;

/** Body of `POST /oauth/token` (form-encoded, RFC 6749 §4.4). */
export interface SrTokenInput {
  grant_type: 'client_credentials';
  client_id: string;
  client_secret: string;
}

/** Answer of `POST /oauth/token` (the kit adds RFC 6749's `token_type: "Bearer"`). */
export interface SrAccessToken {
  access_token: string;
  /** Seconds. */
  expires_in: number;
}

/** Error answer of `POST /oauth/token` (RFC 6749 §5.2). */
export interface SrTokenError {
  error: Open<'invalid_request' | 'invalid_client' | 'unsupported_grant_type'>;
  error_description?: string;
}

/** The recruiter who lists packages (the `requester` header). */
export interface SrRequester {
  email: string;
}

/**
 * Query of `GET /packages`: the job's location and, under the partner's own field ids, the values
 * the company mapped to the partner's fields.
 */
export interface SrPackageListQuery {
  'country-code'?: string;
  'region-abbr'?: string;
  city?: string;
  address?: string;
  'postal-code'?: string;
  remote?: boolean;
  /** Stands for each of the partner's field ids (`fields` of its configuration). */
  'partner-field-id'?: string;
}

/** One assessment of a package. */
export interface SrAssessment {
  id: string;
  name?: string | undefined;
  description: string;
  type: SrAssessmentType;
}

/** A package a recruiter orders (`AssessmentPackage`). */
export interface SrAssessmentPackage {
  id: string;
  name: string;
  description: string;
  type: SrAssessmentType;
  assessments: SrAssessment[];
}

/** A link in an order's candidate (`Action`). */
export interface SrOrderAction {
  url: string;
  method?: string | null | undefined;
  [key: string]: unknown;
}

/**
 * The candidate of an order: SmartRecruiters' candidate, its `actions` linking to the details the
 * partner may read with its customer-level credentials. Only `id` is relied on; the rest is kept
 * as received (a field SmartRecruiters sends as `null` is taken as absent).
 */
export interface SrOrderCandidate {
  id: string;
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
  email?: string | null | undefined;
  internal?: boolean | null | undefined;
  applicationLanguage?: string | null | undefined;
  createdOn?: string | null | undefined;
  updatedOn?: string | null | undefined;
  location?: Record<string, unknown> | null | undefined;
  tags?: string[] | null | undefined;
  actions?:
    | {
        details?: SrOrderAction | null | undefined;
        properties?: SrOrderAction | null | undefined;
        [key: string]: unknown;
      }
    | null
    | undefined;
  [key: string]: unknown;
}

/** The job of an order: its id (a UUID), and what SmartRecruiters sends of it. */
export interface SrOrderJob {
  id: string;
  title?: string | null | undefined;
  refNumber?: string | null | undefined;
  status?: string | null | undefined;
  postingStatus?: string | null | undefined;
  location?: Record<string, unknown> | null | undefined;
  department?: Record<string, unknown> | null | undefined;
  [key: string]: unknown;
}

/** The recruiter who placed an order. */
export interface SrOrderRequester {
  email?: string | null | undefined;
  userId?: string | null | undefined;
  [key: string]: unknown;
}

/**
 * Body of `POST /packages/orders`. `resultCallbackURL` is where the partner sends the result
 * (`PATCH`); its path ends in `/orders/{orderId}/results`.
 */
export interface SrAssessmentPackageOrderRequest {
  assessmentPackageId: string;
  companyId: string;
  candidate: SrOrderCandidate;
  job: SrOrderJob;
  resultCallbackURL: string;
  /** @deprecated SmartRecruiters deprecates it: `job.id` is the job. */
  jobId?: string | null | undefined;
  /** The company's values of the partner's fields, by field id. */
  fields?: Record<string, string> | null | undefined;
  requester?: SrOrderRequester | null | undefined;
  [key: string]: unknown;
}

/** The candidate of an inline order (who is filling in the application form). */
export interface SrInlineCandidate {
  firstName: string;
  lastName: string;
  email: string;
  applicationLanguage: string;
  [key: string]: unknown;
}

/**
 * Body of `POST /packages/inline/orders`: the candidate is sent to the answer's URL, then back to
 * `completedAssessmentCallbackUrl`.
 */
export interface SrInlineAssessmentPackageOrderRequest {
  assessmentPackageId: string;
  companyId: string;
  candidate: SrInlineCandidate;
  job: { id: string; [key: string]: unknown };
  completedAssessmentCallbackUrl: string;
  resultCallbackURL: string;
  /** @deprecated SmartRecruiters deprecates it: `job.id` is the job. */
  jobId?: string | null | undefined;
  fields?: Record<string, string> | null | undefined;
  [key: string]: unknown;
}

/**
 * Answer of `POST /packages/inline/orders`: where to send the candidate. SmartRecruiters'
 * specification names the field `url` and requires `assessmentPackageURL`; the kit sends both.
 */
export interface SrInlineAssessmentPackageResponse {
  url: string;
  assessmentPackageURL: string;
}

/** An error answer of the partner's endpoints (SmartRecruiters' `ErrorResponse`). */
export interface SrPartnerErrorResponse {
  message?: string;
  errors: Array<{ code: string; message?: string }>;
}

/** The endpoints a partner hosts, relative to its base URL. */
export interface AssessmentPartnerAppRoutes {
  /** The consent page (HTML) a company's admin is sent to. */
  'GET /integration': { query: { companyId?: string }; response: string };
  /** SmartRecruiters removes the company's integration: 204. */
  'DELETE /integrations/companies/{companyId}': { params: { companyId: string }; response: undefined };
  /** SmartRecruiters' client-credentials token request (form-encoded). */
  'POST /oauth/token': { body: SrTokenInput; response: SrAccessToken };
  /** The packages a recruiter may order; 204 when there are none. */
  'GET /packages': { query: SrPackageListQuery; response: SrAssessmentPackage[] | undefined };
  'GET /packages/{assessmentPackageId}': {
    params: { assessmentPackageId: string };
    response: SrAssessmentPackage;
  };
  /** An order: 202 once accepted; the result comes later through the Assessment Partner API. */
  'POST /packages/orders': {
    body: SrAssessmentPackageOrderRequest;
    response: Record<string, never>;
  };
  'POST /packages/inline/orders': {
    body: SrInlineAssessmentPackageOrderRequest;
    response: SrInlineAssessmentPackageResponse;
  };
}
