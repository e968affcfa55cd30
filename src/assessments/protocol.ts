/**
 * What SmartRecruiters' public pages say about the assessment partner protocol
 * (https://developers.smartrecruiters.com/docs/partners-assessment-api-2021,
 * https://developers.smartrecruiters.com/docs/integration-workflow), and, marked UNCONFIRMED, the
 * one-line guesses where they say nothing. Each guess is a single function or constant here.
 */
import { ValidationError } from '../core/errors.js';
import { trimEndChar } from '../internal/text.js';
import type {
  SrAssessmentType,
  SrConsentDisplayMode,
  SrPartnerConfigurationRequest,
  SrPartnerField,
} from '../routes/assessment-partner-api.js';
import {
  ASSESSMENT_PARTNER_APP_PATHS,
  type SrInlineAssessmentPackageResponse,
  type SrRequester,
} from '../routes/assessment-partner-app.js';

/**
 * The order id in an order's `resultCallbackURL`, whose path ends in `/orders/{orderId}/results`
 * (the Assessment Partner API's result update); `null` for any other URL. UNCONFIRMED:
 * SmartRecruiters' pages name the URL, not its form.
 */
export function orderIdFromResultUrl(resultCallbackURL: string): string | null {
  let path: string;
  try {
    path = new URL(resultCallbackURL).pathname;
  } catch {
    return null;
  }
  const match = /\/orders\/([A-Za-z0-9-]{1,64})\/results\/?$/.exec(path);
  return match?.[1] ?? null;
}

/**
 * Reads the `requester` header of `GET /packages` (SmartRecruiters' `Requester`, `{ email }`):
 * JSON, OpenAPI's simple style (`email,<address>`), or the bare address. UNCONFIRMED: the
 * specification gives the header an object schema without saying how it is written. `null` when
 * absent; `'invalid'` when present but none of these.
 */
export function parseRequesterHeader(value: string | null): SrRequester | null | 'invalid' {
  if (value === null) return null;
  const text = value.trim();
  if (text === '') return null;
  let email: unknown;
  if (text.startsWith('{')) {
    try {
      email = (JSON.parse(text) as { email?: unknown } | null)?.email;
    } catch {
      return 'invalid';
    }
  } else {
    email = text.startsWith('email,') ? text.slice('email,'.length) : text;
  }
  return typeof email === 'string' && /^[^\s@,]+@[^\s@,]+$/.test(email) ? { email } : 'invalid';
}

/**
 * The answer to an inline order. SmartRecruiters' specification names the field `url` and
 * requires `assessmentPackageURL` (UNCONFIRMED which it reads): both are sent.
 */
export function inlineOrderAnswer(url: string): SrInlineAssessmentPackageResponse {
  return { url, assessmentPackageURL: url };
}

/** Options of `assessmentPartnerConfiguration`. */
export interface AssessmentPartnerConfigurationOptions {
  /**
   * Where `createAssessmentPartnerHandler` is served, as SmartRecruiters reaches it (https):
   * e.g. `https://assess.example.com/smartrecruiters`, with the handler's `basePath`.
   */
  baseUrl: string;
  /** What your packages are (1 to 6 types). */
  supportedAssessmentTypes: SrAssessmentType[];
  /** How SmartRecruiters shows your consent page. Default `'REDIRECT'`. */
  consentDisplayMode?: SrConsentDisplayMode | undefined;
  /** Job fields companies map for you (at most 5). */
  fields?: SrPartnerField[] | undefined;
  /** Whether you take inline orders (`onInlineOrder`). Default false. */
  inline?: boolean | undefined;
}

/**
 * The body of `sr.assessments.saveConfiguration()` for the endpoints
 * `createAssessmentPartnerHandler` serves under `baseUrl`. The single-package and disable URLs are
 * the bases SmartRecruiters adds the package id and `/companies/{companyId}` to (UNCONFIRMED:
 * SmartRecruiters' pages give only the endpoints' paths).
 *
 * @throws ValidationError unless `baseUrl` is an absolute http(s) URL without query or fragment
 */
export function assessmentPartnerConfiguration(
  options: AssessmentPartnerConfigurationOptions,
): SrPartnerConfigurationRequest {
  let base: URL;
  try {
    base = new URL(options.baseUrl);
  } catch {
    throw invalidBase('must be an absolute URL');
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw invalidBase('must be http(s)');
  if (base.search !== '' || base.hash !== '') throw invalidBase('must have no query or fragment');
  const root = `${base.origin}${trimEndChar(base.pathname, '/')}`;
  const P = ASSESSMENT_PARTNER_APP_PATHS;
  return {
    assessmentPackageListUrl: `${root}${P.packages}`,
    singleAssessmentPackageUrl: `${root}${P.packages}`,
    consentUrl: `${root}${P.consent}`,
    consentDisplayMode: options.consentDisplayMode ?? 'REDIRECT',
    oauthTokenUrl: `${root}${P.token}`,
    supportedAssessmentTypes: [...options.supportedAssessmentTypes],
    packageOrderUrl: `${root}${P.orders}`,
    ...(options.inline ? { inlineAssessmentPackageOrderUrl: `${root}${P.inlineOrders}` } : {}),
    integrationDisableUrl: `${root}/integrations`,
    ...(options.fields ? { fields: options.fields.map((field) => ({ ...field })) } : {}),
  };
}

function invalidBase(message: string): ValidationError {
  return new ValidationError('Invalid assessment partner configuration', [{ path: ['baseUrl'], message }]);
}
