/**
 * SmartRecruiters' Assessment Partner API (Assessment API 2021), what an assessment partner calls
 * on SmartRecruiters (https://developers.smartrecruiters.com/docs/partners-assessment-api-2021,
 * https://developers.smartrecruiters.com/docs/integration-workflow): with the partner's master
 * credentials, its configuration and each company's integration set-up; with a company's
 * customer-level credentials, the results and report attachments of that company's orders.
 */
import type { Open } from '../routes.js';

/** Path prefix of SmartRecruiters' Assessment Partner API (developers.smartrecruiters.com/docs/partners-assessment-api-2021). */
export const ASSESSMENT_PARTNER_API = '/assessment-api/v202010';

/** What an assessment package or assessment is (SmartRecruiters' `AssessmentType`). */
export type SrAssessmentType =
  | 'VIDEO_INTERVIEW'
  | 'BEHAVIORAL_ASSESSMENT'
  | 'BACKGROUND_CHECK'
  | 'REFERENCE_CHECK'
  | 'SKILL_TEST'
  | 'INLINE_ASSESSMENT';

/** Where an order's (or one assessment's) result stands. */
export type SrAssessmentResultStatus = 'IN_PROGRESS' | 'PENDING' | 'COMPLETED' | 'REJECTED' | 'EXPIRED';

/** How SmartRecruiters shows the partner's consent page: a redirect, or a pop-up. */
export type SrConsentDisplayMode = 'REDIRECT' | 'POPUP';

/** A job field the partner asks companies to map (at most 5), as the partner declares it. */
export interface SrPartnerField {
  /** Parameter name: SmartRecruiters sends the mapped value under it as a URL query parameter. */
  id: string;
  /** User-friendly name of the parameter. */
  name: string;
  /** What the parameter is for. */
  description: string;
}

/**
 * Body of `PUT /partner/configuration`: the partner's endpoints SmartRecruiters calls, and what it
 * offers. `createAssessmentPartnerHandler` serves every endpoint under one base URL;
 * `assessmentPartnerConfiguration()` builds this body for it.
 */
export interface SrPartnerConfigurationRequest {
  /** `GET` list of packages. */
  assessmentPackageListUrl: string;
  /** `GET` one package (SmartRecruiters adds the package id). */
  singleAssessmentPackageUrl: string;
  /** Where SmartRecruiters sends a company's admin to consent (`?companyId=`). */
  consentUrl: string;
  /**
   * `REDIRECT` (users leave SmartRecruiters for `consentUrl`) or `POPUP` (a pop-up widget in
   * SmartRecruiters).
   */
  consentDisplayMode: SrConsentDisplayMode;
  /** The partner's token endpoint, where SmartRecruiters exchanges its credentials for a token. */
  oauthTokenUrl: string;
  /** 1 to 6 types. */
  supportedAssessmentTypes: SrAssessmentType[];
  /** `POST` an order. */
  packageOrderUrl?: string | undefined;
  /** `POST` an inline order (an assessment inside the application form). */
  inlineAssessmentPackageOrderUrl?: string | undefined;
  /** `DELETE` a company's integration (SmartRecruiters adds `/companies/{companyId}`). */
  integrationDisableUrl?: string | undefined;
  /** At most 5 job fields companies map for the partner. */
  fields?: SrPartnerField[] | undefined;
}

/** The partner's configuration as SmartRecruiters keeps it (`GET`/`PUT /partner/configuration`). */
export interface SrPartnerConfiguration {
  /** `GET` list of packages. */
  assessmentPackageListUrl: string;
  /** `GET` one package (SmartRecruiters adds the package id). */
  singleAssessmentPackageUrl: string;
  /** Where SmartRecruiters sends a company's admin to consent (`?companyId=`). */
  consentUrl: string;
  /**
   * `REDIRECT` (users leave SmartRecruiters for `consentUrl`) or `POPUP` (a pop-up widget in
   * SmartRecruiters).
   */
  consentDisplayMode: Open<SrConsentDisplayMode>;
  /** The partner's token endpoint, where SmartRecruiters exchanges its credentials for a token. */
  oauthTokenUrl: string;
  /** The assessment types the partner offers. */
  supportedAssessmentTypes: Open<SrAssessmentType>[];
  /** `POST` an order. */
  packageOrderUrl?: string;
  /** `POST` an inline order (an assessment inside the application form). */
  inlineAssessmentPackageOrderUrl?: string;
  /** `DELETE` a company's integration (SmartRecruiters adds `/companies/{companyId}`). */
  integrationDisableUrl?: string;
  /** The job fields companies map for the partner. */
  fields?: Array<{
    /** Parameter name: SmartRecruiters sends the mapped value under it as a URL query parameter. */
    id?: string;
    /** User-friendly name of the parameter. */
    name?: string;
    /** What the parameter is for. */
    description?: string;
  }>;
  [key: string]: unknown;
}

/** An OAuth 2.0 client id and secret (`ClientCredentials`). */
export interface SrClientCredentials {
  /** OAuth 2.0 client id. */
  clientId: string;
  /** OAuth 2.0 client secret. */
  clientSecret: string;
}

/**
 * A score: `raw` within `min`..`max`, bounds included; SmartRecruiters shows it normalised (or as
 * `raw/max` without `min`).
 */
export interface SrScore {
  /** The score. */
  raw: number;
  /** Lower bound, included. */
  min: number;
  /** Upper bound, included. */
  max: number;
}

/** A link SmartRecruiters gives to follow (`Action`) on an assessment attachment. */
export interface SrAssessmentAction {
  /** The link. */
  url: string;
  /** The HTTP method to call it with. */
  method: Open<'GET' | 'POST' | 'PUT' | 'PATCH' | 'OPTIONS' | 'DELETE' | 'HEAD' | 'CONNECT'>;
}

/** A file of an order's result as SmartRecruiters shows it: the report a partner attached. */
export interface SrAssessmentAttachment {
  /** The file's id. */
  id: string;
  /** The file's name. */
  name?: string;
  /** The file's content type. */
  contentType?: string;
  /** Where to download the file. */
  actions: {
    /** Where to download the file. */
    download: SrAssessmentAction;
  };
  [key: string]: unknown;
}

/** One assessment of a package, as the partner reports it. */
export interface SrAssessmentResultInput {
  /** The assessment's id in the package (`AssessmentPackage.assessments[].id`). */
  assessmentId: string;
  name?: string | undefined;
  /** The assessment's name. */
  assessmentName?: string | undefined;
  /** Where the assessment stands. */
  status?: SrAssessmentResultStatus | undefined;
  /**
   * The score, `raw` within `min`..`max`; SmartRecruiters shows it normalised, or as `raw/max`
   * without `min`.
   */
  score?: SrScore | undefined;
  /** Shown next to the score. */
  scoreLabel?: string | undefined;
  /** Shown next to the score and label in the candidate profile. */
  summary?: string | undefined;
  /** When the assessment was sent to the candidate (ISO 8601). */
  assessmentDate?: string | undefined;
  /** When the candidate submitted it (ISO 8601). */
  submissionDate?: string | undefined;
}

/**
 * Body of `PATCH /orders/{orderId}/results` (`PackageResult`, sent as an RFC 7396 merge patch:
 * fields left out keep their value). Report files go through `POST .../results/attachment`.
 */
export interface SrPackageResultInput {
  /** Where the package stands. */
  status?: SrAssessmentResultStatus | undefined;
  /**
   * The score, `raw` within `min`..`max`; SmartRecruiters shows it normalised, or as `raw/max`
   * without `min`.
   */
  score?: SrScore | undefined;
  /** Shown next to the score in the candidate's profile. */
  scoreLabel?: string | undefined;
  /** Shown next to the score and its label in the candidate's profile. */
  summary?: string | undefined;
  name?: string | undefined;
  /** When the package was sent to the candidate (ISO 8601). */
  assessmentPackageDate?: string | undefined;
  /** When the candidate submitted it (ISO 8601). */
  submissionDate?: string | undefined;
  /** One result per assessment of the package. */
  assessmentResults?: SrAssessmentResultInput[] | undefined;
}

/** One assessment's result as SmartRecruiters answers it (`AssessmentResult`). */
export interface SrAssessmentResult {
  /** The assessment's id in the package. */
  assessmentId: string;
  name?: string;
  /** The assessment's name. */
  assessmentName?: string;
  /** Where the assessment stands. */
  status?: Open<SrAssessmentResultStatus>;
  /** The score, `raw` within `min`..`max`. */
  score?: SrScore;
  /** Shown next to the score. */
  scoreLabel?: string;
  /** Shown next to the score and label in the candidate profile. */
  summary?: string;
  /** When the assessment was sent to the candidate (ISO 8601). */
  assessmentDate?: string;
  /** When the candidate submitted it (ISO 8601). */
  submissionDate?: string;
  /** Result files. */
  attachments?: SrAssessmentAttachment[];
  [key: string]: unknown;
}

/** An order's result as SmartRecruiters answers it after a `PATCH` (`PackageResult`). */
export interface SrPackageResult {
  /** Where the package stands. */
  status?: Open<SrAssessmentResultStatus>;
  /** The score, `raw` within `min`..`max`. */
  score?: SrScore;
  /** Shown next to the score in the candidate profile. */
  scoreLabel?: string;
  /** Shown next to the score and label in the candidate profile. */
  summary?: string;
  name?: string;
  /** @deprecated SmartRecruiters shows `summary` instead. */
  description?: string;
  /** When the package was sent to the candidate. */
  assessmentPackageDate?: string;
  /** When the candidate submitted the package. */
  submissionDate?: string;
  /** The results of the package's assessments. */
  assessmentResults?: SrAssessmentResult[];
  /** Result files. */
  attachments?: SrAssessmentAttachment[];
  [key: string]: unknown;
}

/**
 * Multipart body of `POST /orders/{orderId}/results/attachment`: one file part. Its name, `file`,
 * is `RESULT_ATTACHMENT_PART` (UNCONFIRMED: SmartRecruiters' specification does not name the part).
 */
export interface SrResultAttachmentUpload {
  /** The file, its name and content type. */
  file: {
    /** The file's bytes. */
    data: Blob | Uint8Array | ArrayBuffer;
    /** The file's name. */
    fileName: string;
    /** The file's content type. */
    contentType?: string;
  };
}

/** Answer of `POST /orders/{orderId}/results/attachment`. */
export interface SrAttachmentResult {
  /** Where SmartRecruiters serves the file. */
  url: string;
  [key: string]: unknown;
}

/**
 * The multipart part name of a result attachment. UNCONFIRMED: SmartRecruiters' specification
 * gives the body as one string; `file` is the name its other uploads use.
 */
export const RESULT_ATTACHMENT_PART = 'file';

/** The Assessment Partner API, relative to `ASSESSMENT_PARTNER_API`. */
export interface AssessmentPartnerApiRoutes {
  /** The partner's configuration (master credentials, `partner_configuration_manage`). */
  'GET /partner/configuration': { response: SrPartnerConfiguration };
  /** Saves the partner's configuration (master credentials). */
  'PUT /partner/configuration': { body: SrPartnerConfigurationRequest; response: SrPartnerConfiguration };
  /**
   * Sets up a company's integration after its consent (master credentials): sends the
   * credentials SmartRecruiters will use at the partner's token endpoint, answers the company's
   * customer-level credentials for the partner. 403 without the company's consent, 409 when
   * already set up.
   */
  'POST /integration/company/{companyId}': {
    params: { companyId: string };
    body: SrClientCredentials;
    response: SrClientCredentials;
  };
  /** Updates an order's result, RFC 7396 merge patch (customer-level, `assessment_result_manage`). */
  'PATCH /orders/{orderId}/results': {
    params: { orderId: string };
    body: SrPackageResultInput;
    response: SrPackageResult;
  };
  /** Attaches a file (a PDF report) to an order's result; not for inline orders. */
  'POST /orders/{orderId}/results/attachment': {
    params: { orderId: string };
    body: SrResultAttachmentUpload;
    response: SrAttachmentResult;
  };
}
