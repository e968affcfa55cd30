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
  /** Always `client_credentials`. */
  grant_type: 'client_credentials';
  /** The client id SmartRecruiters received from the partner. */
  client_id: string;
  /** The client secret SmartRecruiters received from the partner. */
  client_secret: string;
}

/** Answer of `POST /oauth/token` (the kit adds RFC 6749's `token_type: "Bearer"`). */
export interface SrAccessToken {
  /** The access token. */
  access_token: string;
  /** Seconds. */
  expires_in: number;
}

/** Error answer of `POST /oauth/token` (RFC 6749 §5.2). */
export interface SrTokenError {
  /** The OAuth 2.0 error code. */
  error: Open<'invalid_request' | 'invalid_client' | 'unsupported_grant_type'>;
  /** A human-readable explanation. */
  error_description?: string;
}

/** The recruiter who lists packages (the `requester` header). */
export interface SrRequester {
  /** The recruiter's email address. */
  email: string;
}

/**
 * Query of `GET /packages`: the job's location and, under the partner's own field ids, the values
 * the company mapped to the partner's fields.
 */
export interface SrPackageListQuery {
  /** The job's country code. */
  'country-code'?: string;
  /** The job's region abbreviation. */
  'region-abbr'?: string;
  /** The job's city. */
  city?: string;
  /** The job's address. */
  address?: string;
  /** The job's postal code. */
  'postal-code'?: string;
  /** Whether the job is remote. */
  remote?: boolean;
  /** Stands for each of the partner's field ids (`fields` of its configuration). */
  'partner-field-id'?: string;
}

/** One assessment of a package. */
export interface SrAssessment {
  /** The assessment's id. */
  id: string;
  /** The assessment's name. */
  name?: string | undefined;
  /** The assessment's description. */
  description: string;
  /** The assessment's type. */
  type: SrAssessmentType;
}

/** A package a recruiter orders (`AssessmentPackage`). */
export interface SrAssessmentPackage {
  /** The package's id. */
  id: string;
  /** The package's name. */
  name: string;
  /** The package's description. */
  description: string;
  /** The package's type. */
  type: SrAssessmentType;
  /** The assessments in the package. */
  assessments: SrAssessment[];
}

/** A link in an order's candidate (`Action`). */
export interface SrOrderAction {
  /** The link. */
  url: string;
  /** The HTTP method to call it with. */
  method?: string | null | undefined;
  [key: string]: unknown;
}

/**
 * The candidate of an order: SmartRecruiters' candidate, its `actions` linking to the details the
 * partner may read with its customer-level credentials. Only `id` is relied on; the rest is kept
 * as received (a field SmartRecruiters sends as `null` is taken as absent).
 */
export interface SrOrderCandidate {
  /** SmartRecruiters' id of the candidate. */
  id: string;
  /** First name. */
  firstName?: string | null | undefined;
  /** Last name. */
  lastName?: string | null | undefined;
  /** Email address. */
  email?: string | null | undefined;
  /** Whether the candidate has at least one internal application. */
  internal?: boolean | null | undefined;
  /** The language of the candidate's application. */
  applicationLanguage?: string | null | undefined;
  /** When the candidate was created (ISO-8601). */
  createdOn?: string | null | undefined;
  /** When the candidate was last updated (ISO-8601). */
  updatedOn?: string | null | undefined;
  /** Where the candidate is. */
  location?: Record<string, unknown> | null | undefined;
  /** The candidate's tags. */
  tags?: string[] | null | undefined;
  /** Links to the candidate's details and properties. */
  actions?:
    | {
        /** The candidate's details. */
        details?: SrOrderAction | null | undefined;
        /** The candidate's properties. */
        properties?: SrOrderAction | null | undefined;
        [key: string]: unknown;
      }
    | null
    | undefined;
  [key: string]: unknown;
}

/** The job of an order: its id (a UUID), and what SmartRecruiters sends of it. */
export interface SrOrderJob {
  /** SmartRecruiters' id of the job. */
  id: string;
  /** The job title. */
  title?: string | null | undefined;
  /** The company's own reference number for the job. */
  refNumber?: string | null | undefined;
  /** The job status. */
  status?: string | null | undefined;
  /** Whether the job is posted. */
  postingStatus?: string | null | undefined;
  /** Where the job is. */
  location?: Record<string, unknown> | null | undefined;
  /** The job's department. */
  department?: Record<string, unknown> | null | undefined;
  [key: string]: unknown;
}

/** The recruiter who placed an order. */
export interface SrOrderRequester {
  /** The recruiter's email address. */
  email?: string | null | undefined;
  /** The recruiter's user id. */
  userId?: string | null | undefined;
  [key: string]: unknown;
}

/**
 * Body of `POST /packages/orders`. `resultCallbackURL` is where the partner sends the result
 * (`PATCH`); its path ends in `/orders/{orderId}/results`.
 */
export interface SrAssessmentPackageOrderRequest {
  /** The package ordered. */
  assessmentPackageId: string;
  /** The company that orders. */
  companyId: string;
  /** The candidate to assess. */
  candidate: SrOrderCandidate;
  /** The job applied to. */
  job: SrOrderJob;
  /** Where the partner sends the result (`PATCH`). */
  resultCallbackURL: string;
  /** @deprecated SmartRecruiters deprecates it: `job.id` is the job. */
  jobId?: string | null | undefined;
  /** The company's values of the partner's fields, by field id. */
  fields?: Record<string, string> | null | undefined;
  /** The recruiter who placed the order. */
  requester?: SrOrderRequester | null | undefined;
  [key: string]: unknown;
}

/** The candidate of an inline order (who is filling in the application form). */
export interface SrInlineCandidate {
  /** First name. */
  firstName: string;
  /** Last name. */
  lastName: string;
  /** Email address. */
  email: string;
  /** The language of the candidate's application. */
  applicationLanguage: string;
  [key: string]: unknown;
}

/**
 * Body of `POST /packages/inline/orders`: the candidate is sent to the answer's URL, then back to
 * `completedAssessmentCallbackUrl`.
 */
export interface SrInlineAssessmentPackageOrderRequest {
  /** The package ordered. */
  assessmentPackageId: string;
  /** The company that orders. */
  companyId: string;
  /** The candidate filling in the application form. */
  candidate: SrInlineCandidate;
  /** The job applied to. */
  job: {
    /** SmartRecruiters' id of the job. */
    id: string;
    [key: string]: unknown;
  };
  /** Where to send the candidate back once the assessment is done. */
  completedAssessmentCallbackUrl: string;
  /** Where the partner sends the result (`PATCH`). */
  resultCallbackURL: string;
  /** @deprecated SmartRecruiters deprecates it: `job.id` is the job. */
  jobId?: string | null | undefined;
  /** The company's values of the partner's fields, by field id. */
  fields?: Record<string, string> | null | undefined;
  [key: string]: unknown;
}

/**
 * Answer of `POST /packages/inline/orders`: where to send the candidate. SmartRecruiters'
 * specification names the field `url` and requires `assessmentPackageURL`; the kit sends both.
 */
export interface SrInlineAssessmentPackageResponse {
  /** URL of the inline assessment the candidate is sent to. */
  url: string;
  /** The same URL, under the name SmartRecruiters' specification requires. */
  assessmentPackageURL: string;
}

/** An error answer of the partner's endpoints (SmartRecruiters' `ErrorResponse`). */
export interface SrPartnerErrorResponse {
  /** What went wrong. */
  message?: string;
  /** The errors, each with a code. */
  errors: Array<{
    /** The error code. */
    code: string;
    /** What went wrong. */
    message?: string;
  }>;
}

/** The endpoints a partner hosts, relative to its base URL. */
export interface AssessmentPartnerAppRoutes {
  /** The consent page (HTML) a company's admin is sent to. */
  'GET /integration': {
    query: {
      /** Id of the company setting up the integration. */
      companyId?: string;
    };
    response: string;
  };
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
