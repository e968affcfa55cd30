/**
 * SmartRecruiters' Approvals API (`/approvals-api/v201910`,
 * https://developers.smartrecruiters.com/reference/approvalsget): approval requests of jobs and
 * offers, the approvers' decisions, and comments.
 */
import type { Open, SrList } from '../routes.js';

/** Path prefix of SmartRecruiters' Approvals API (https://developers.smartrecruiters.com/reference/approvalsget). */
export const APPROVALS_API = '/approvals-api/v201910';

/** Where an approval request stands. */
export type SrApprovalStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'ABANDONED';
/** Where one step, or one approver's decision, stands. */
export type SrApprovalDecision = 'PENDING' | 'APPROVED' | 'REJECTED' | 'SKIPPED';
/** `sequential`: steps one after the other; `parallel`: all at once. */
export type SrApprovalType = 'sequential' | 'parallel';
/** `any`: one approver of a step decides for it; `all`: every approver must approve. */
export type SrApprovalDecisionMode = 'any' | 'all';

/** One approver of a step and their decision. */
export interface SrApprover {
  /** The user's id. */
  id?: string;
  /** The approver's decision. */
  decision?: Open<SrApprovalDecision>;
  /** When they decided (ISO-8601). */
  decidedOn?: string;
  [key: string]: unknown;
}

/** One step of an approval request. */
export interface SrApprovalStep {
  /** The step's approvers; their order matters when the request's `type` is `sequential`. */
  approvers?: SrApprover[];
  /** Status of the step. */
  status?: Open<SrApprovalDecision>;
  [key: string]: unknown;
}

/**
 * An approval request (SR's `ApprovalRequest`): what it approves (`subject`, a job or an offer),
 * its steps and approvers, and where it stands.
 */
export interface SrApproval {
  /** Approval request id. */
  id?: string;
  approvalRequestId?: string;
  /** Status of the approval request. */
  status?: Open<SrApprovalStatus>;
  /** `sequential` or `parallel`. */
  type?: Open<SrApprovalType>;
  /** `any` or `all`. */
  decisionMode?: Open<SrApprovalDecisionMode>;
  /** What the request approves: a job or an offer. */
  subject?: {
    /** The job's or offer's id. */
    id?: string;
    /** `job` or `offer`. */
    type?: Open<'job' | 'offer'>;
    [key: string]: unknown;
  };
  /** The steps to complete the approval. */
  steps?: SrApprovalStep[];
  [key: string]: unknown;
}

/**
 * Body of `POST /approvals`: a new approval request based on an existing one (`baseId`, whose
 * subject it approves), with at least one step.
 */
export interface SrApprovalCreateInput {
  /** The approval request this one is based on. */
  baseId: string;
  /** `sequential` or `parallel`: with `sequential`, the order of approvers matters. */
  type: SrApprovalType;
  /** `any` or `all`. */
  decisionMode: SrApprovalDecisionMode;
  /** At least one step, each with at least one approver. */
  steps: Array<{
    /** The step's approvers, by user id. */
    approvers?: Array<{
      /** The approver's user id. */
      id?: string;
    }>;
  }>;
}

/** Body of `POST /approvals/{approvalRequestId}/approve-decisions`. */
export interface SrApprovalApproveInput {
  /** The approver who approves. */
  approverId: string;
}

/** Body of `POST /approvals/{approvalRequestId}/reject-decisions`: SR requires a comment. */
export interface SrApprovalRejectInput {
  /** The approver who rejects. */
  approverId: string;
  /** Why. */
  comment: string;
}

/** A comment on an approval request. */
export interface SrApprovalComment {
  /** The author's user id. */
  authorId?: string;
  /** The comment's text. */
  content?: string;
  /** When the comment was written (ISO-8601). */
  createdOn?: string;
  [key: string]: unknown;
}

/** Body of `POST /approvals/{approvalRequestId}/comments`: up to 10 000 characters. */
export interface SrApprovalCommentInput {
  /** The author's user id. */
  authorId: string;
  /** The comment's text. */
  content: string;
}

/** Path parameters of an approval request. @inline */
type ApprovalId = { approvalRequestId: string };

/** The Approvals API, relative to `APPROVALS_API`. */
export interface ApprovalRoutes {
  /**
   * The approval requests pending for the authenticated user, paged by `pageId` (the next page's
   * id comes in SR's answer; `client.paginate` follows it).
   */
  'GET /approvals': {
    query: {
      /** The page to return: the previous answer's `nextPageId`; none for the first page. */
      pageId?: string;
    };
    response: SrList<SrApproval>;
  };
  /** Creates an approval request (201). */
  'POST /approvals': { body: SrApprovalCreateInput; response: SrApproval };
  'GET /approvals/{approvalRequestId}': { params: ApprovalId; response: SrApproval };
  /** Approves on behalf of `approverId` (204). */
  'POST /approvals/{approvalRequestId}/approve-decisions': {
    params: ApprovalId;
    body: SrApprovalApproveInput;
    response: undefined;
  };
  /** Rejects on behalf of `approverId`, with a comment (204). */
  'POST /approvals/{approvalRequestId}/reject-decisions': {
    params: ApprovalId;
    body: SrApprovalRejectInput;
    response: undefined;
  };
  /** Every comment of an approval request (one answer, not paged). */
  'GET /approvals/{approvalRequestId}/comments': {
    params: ApprovalId;
    response: SrList<SrApprovalComment>;
  };
  /** Adds a comment (201). */
  'POST /approvals/{approvalRequestId}/comments': {
    params: ApprovalId;
    body: SrApprovalCommentInput;
    response: SrApprovalComment;
  };
}
