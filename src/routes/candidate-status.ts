/**
 * SmartRecruiters' Candidate Status API: an application's status by its UUID
 * (developers.smartrecruiters.com/reference, candidate-status-api). SmartRecruiters publishes the
 * route only: the answer's shape is UNCONFIRMED (typed as the Apply API's `ApplicationStatusInfo`,
 * the status of one application, and kept as received).
 */
import type { SrApplyStatus } from './apply.js';

/** Path prefix of SmartRecruiters' Candidate Status API. */
export const CANDIDATE_STATUS_API = '/candidate-status-api';

/** An application's status (UNCONFIRMED shape). */
export interface SrCandidateStatusInfo {
  /** The application status. */
  status?: SrApplyStatus;
  [key: string]: unknown;
}

/** The Candidate Status API, relative to `CANDIDATE_STATUS_API`. */
export interface CandidateStatusRoutes {
  /** The status of the application `applicationUuid` (the job application id of webhook payloads). */
  'GET /status/{applicationUuid}': {
    params: { applicationUuid: string };
    response: SrCandidateStatusInfo;
  };
}
