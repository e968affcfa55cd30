/**
 * SmartRecruiters' Assessments API: a company's assessment orders, as SmartRecruiters shows them
 * on an application, with their results and reports
 * (https://developers.smartrecruiters.com/docs/partners-assessment-api-2021).
 */
import type { Open } from '../routes.js';
import type {
  SrAssessmentAttachment,
  SrAssessmentResult,
  SrAssessmentResultStatus,
} from './assessment-partner-api.js';

/** Path prefix of SmartRecruiters' Assessments API (developers.smartrecruiters.com/docs/partners-assessment-api-2021). */
export const ASSESSMENTS_API = '/assessment-api/v202107';

/** An assessment order of an application, with its result so far (`AssessmentOrder`). */
export interface SrAssessmentOrder {
  /** The order's id. */
  orderId?: string;
  /** SmartRecruiters' job application id. */
  applicationId?: string;
  /** The package's name. */
  assessmentPackageName?: string;
  /** When the package was sent to the candidate. */
  assessmentPackageDate?: string;
  /** When the candidate submitted it. */
  submissionDate?: string;
  /** Where the order stands. */
  status?: Open<SrAssessmentResultStatus>;
  /** The score as SmartRecruiters shows it. */
  score?: string;
  /** Shown next to the score in the candidate profile. */
  scoreLabel?: string;
  /** Shown next to the score and label in the candidate profile. */
  summary?: string;
  /** Not used; SmartRecruiters shows `summary` instead. */
  description?: string;
  /** One result per assessment of the package. */
  assessments?: SrAssessmentResult[];
  /** Reports the partner attached. */
  attachments?: SrAssessmentAttachment[];
  [key: string]: unknown;
}

/** The Assessments API, relative to `ASSESSMENTS_API`. */
export interface AssessmentsApiRoutes {
  /**
   * Every assessment order of an application (`applicationId`: SmartRecruiters' job application
   * id), a bare array. 404 `APPLICATION_NOT_FOUND`, or `MISSING_COMPANY_INTEGRATION` when the
   * company has no assessment integration.
   */
  'GET /assessment-orders': {
    query: {
      /** SmartRecruiters' job application id. */
      applicationId: string;
    };
    response: SrAssessmentOrder[];
  };
}
