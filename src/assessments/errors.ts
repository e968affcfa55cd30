/**
 * The assessment partner kit's error: kept out of `core/errors.ts`, so that only a program using
 * the kit bundles it (every class there is in every bundle).
 */
import { SmartRecruitersError } from '../core/errors.js';

/** Why the assessment partner kit refused a request of SmartRecruiters', or failed to answer it. */
export type AssessmentRequestReason =
  /** No bearer token, or one this kit did not issue, expired, or of a credential now removed (401). */
  | 'unauthorized'
  /** A token of another company than the one the request names (403). */
  | 'forbidden'
  /** No such endpoint (404), or not with this method (405). */
  | 'not_found'
  | 'method_not_allowed'
  /** A body that is not what SmartRecruiters sends: not JSON, or missing what the kit needs (400). */
  | 'invalid_request'
  /** A body of another media type than the endpoint takes (415). */
  | 'unsupported_media_type'
  /** A body over `maxBodyBytes` (413), or one that did not arrive within `bodyTimeoutMs` (408). */
  | 'too_large'
  | 'body_timeout'
  /** The token endpoint: unknown client or wrong secret (`invalid_client`), another grant type. */
  | 'invalid_client'
  | 'unsupported_grant_type'
  /** The ordered (or read) package is not one of yours (404). */
  | 'package_not_found'
  /** Your callback refused the request (the status and code you gave). */
  | 'rejected'
  /** Your callback did not finish within `callbackTimeoutMs` (503). */
  | 'callback_timeout'
  /** Your callback threw, or answered what SmartRecruiters cannot take (500). */
  | 'callback_failed';

/**
 * A request to the assessment partner kit refused or failed, with the answer it got: `status`,
 * and `code`, SmartRecruiters' error code in the answer's `errors[0].code` (or OAuth's `error` on
 * the token endpoint). Throw one from a callback (`reason: 'rejected'`) to answer with your own
 * status and code. Its message never holds a credential or a candidate's data.
 */
export class AssessmentRequestError extends SmartRecruitersError {
  /** Always `'AssessmentRequestError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'AssessmentRequestError';
  /** Why the request was refused or failed (`unauthorized`, `package_not_found`, `rejected`...). */
  readonly reason: AssessmentRequestReason;
  /** The HTTP status answered. */
  readonly status: number;
  /** The error code answered. */
  readonly code: string;

  constructor(
    reason: AssessmentRequestReason,
    message: string,
    options: { status?: number | undefined; code?: string | undefined; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.reason = reason;
    this.status = options.status ?? ASSESSMENT_REASON_STATUS[reason];
    this.code = options.code ?? ASSESSMENT_REASON_CODE[reason];
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason, status: this.status, code: this.code };
  }
}

const ASSESSMENT_REASON_STATUS: Record<AssessmentRequestReason, number> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  invalid_request: 400,
  unsupported_media_type: 415,
  too_large: 413,
  body_timeout: 408,
  invalid_client: 400,
  unsupported_grant_type: 400,
  package_not_found: 404,
  rejected: 400,
  callback_timeout: 503,
  callback_failed: 500,
};

/**
 * The error code of each reason. SmartRecruiters documents the statuses of the partner's endpoints
 * but no codes: these are the kit's (UNCONFIRMED), OAuth's on the token endpoint (RFC 6749 §5.2).
 */
const ASSESSMENT_REASON_CODE: Record<AssessmentRequestReason, string> = {
  unauthorized: 'UNAUTHORIZED',
  forbidden: 'FORBIDDEN',
  not_found: 'NOT_FOUND',
  method_not_allowed: 'METHOD_NOT_ALLOWED',
  invalid_request: 'INVALID_REQUEST',
  unsupported_media_type: 'UNSUPPORTED_MEDIA_TYPE',
  too_large: 'PAYLOAD_TOO_LARGE',
  body_timeout: 'REQUEST_TIMEOUT',
  invalid_client: 'invalid_client',
  unsupported_grant_type: 'unsupported_grant_type',
  package_not_found: 'PACKAGE_NOT_FOUND',
  rejected: 'ORDER_REJECTED',
  callback_timeout: 'SERVICE_UNAVAILABLE',
  callback_failed: 'INTERNAL_ERROR',
};
