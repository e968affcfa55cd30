/**
 * Errors as data: what went wrong, in a form an agent (or a script) can act on, with no secret
 * and no personal data in it. Tool handlers return these instead of throwing into an agent loop;
 * the command line maps their `type` to exit codes.
 */
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RequestAbortedError,
  ResponseTooLargeError,
  TimeoutError,
  TokenResponseError,
  UnexpectedResponseError,
  UnprocessableEntityError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../core/errors.js';
import { PaginationError } from '../core/pagination.js';

/** What kind of failure a tool call (or a command) met. */
export type ToolErrorType =
  /** The arguments do not match the tool's input schema (nothing was sent). */
  | 'invalid_arguments'
  /** No tool of that name. */
  | 'unknown_tool'
  /** A write tool that was not enabled (`allowWrites`). */
  | 'write_not_allowed'
  /** SmartRecruiters refused the credential (401), or no usable token could be had. */
  | 'authentication'
  /** The credential lacks a scope or role (403). */
  | 'permission_denied'
  /** No such record (404). */
  | 'not_found'
  /** The record conflicts with another (409: a candidate with that email and last name). */
  | 'conflict'
  /** SmartRecruiters refused the request as invalid (400, 415, 422). */
  | 'rejected'
  /** SmartRecruiters' rate limit, still hit after the SDK's retries (429). */
  | 'rate_limited'
  /** No answer: DNS, refused or dropped connection, refused redirect. */
  | 'connection'
  /** No answer in time. */
  | 'timeout'
  /** SmartRecruiters failed (5xx) or answered something unusable. */
  | 'server_error'
  /** The call was cancelled. */
  | 'aborted'
  /** Anything else (a bug, a failing hook). */
  | 'internal';

/** A failure, as data. */
export interface ToolError {
  /** What kind of error (`invalid_arguments`, `not_found`, `rate_limited`...): what an agent branches on. */
  type: ToolErrorType;
  /**
   * What happened, in a sentence: the SDK's message (field names, never values; SmartRecruiters'
   * own message with email addresses masked), never a secret.
   */
  message: string;
  /** Whether trying again later may succeed (rate limits, timeouts, 5xx, connection errors). */
  retryable: boolean;
  /** HTTP status of SmartRecruiters' answer, when there was one. */
  status?: number;
  /** SmartRecruiters' error code (`CANDIDATE_DATA_CONFLICT`...), when it gave one. */
  code?: string;
  /** The problems found in the input: `{ path, message }`, naming fields, never values. */
  issues?: Array<{
    /** The field, as a dotted path. */
    path: string;
    /** What is wrong with it. */
    message: string;
  }>;
  /** SmartRecruiters' own id of the answer (quote it to its support). */
  sr_request_id?: string;
}

/** Whether `char` ends an email address: whitespace, `@` and the delimiters around one. */
const endsAddress = (char: string | undefined) => char === undefined || /[\s@<>"'(),;:]/.test(char);
const isLetter = (char: string | undefined) =>
  char !== undefined && ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z'));

/**
 * A message with every email address in it masked: a run of characters, `@`, and a domain ending
 * in `.` and two or more letters. Found from each `@` outwards, so the time grows linearly with the
 * message (a pattern scanning for the local part from every position takes quadratic time on a
 * long message without one).
 */
export function maskEmails(message: string): string {
  let out = '';
  let copied = 0;
  for (let at = message.indexOf('@'); at !== -1; at = message.indexOf('@', at + 1)) {
    let start = at;
    while (start > copied && !endsAddress(message[start - 1])) start--;
    let end = at + 1;
    while (!endsAddress(message[end])) end++;
    // The domain's last `.` followed by two letters, after at least one character.
    let dot = end - 3;
    while (
      dot > at + 1 &&
      !(message[dot] === '.' && isLetter(message[dot + 1]) && isLetter(message[dot + 2]))
    )
      dot--;
    if (start === at || dot <= at + 1) continue;
    let last = dot + 3;
    while (isLetter(message[last])) last++;
    out += `${message.slice(copied, start)}[email]`;
    copied = last;
    at = last - 1;
  }
  return out + message.slice(copied);
}

function apiType(error: APIError): ToolErrorType {
  if (error instanceof AuthenticationError) return 'authentication';
  if (error instanceof PermissionDeniedError) return 'permission_denied';
  if (error instanceof NotFoundError) return 'not_found';
  if (error instanceof ConflictError) return 'conflict';
  if (
    error instanceof BadRequestError ||
    error instanceof UnprocessableEntityError ||
    error instanceof UnsupportedMediaTypeError
  )
    return 'rejected';
  if (error instanceof RateLimitError) return 'rate_limited';
  if (error instanceof InternalServerError) return 'server_error';
  return error.status >= 500 ? 'server_error' : 'rejected';
}

/** Whether `error` is the Redis limiter's or token store's (from `smartrecruiters-sdk/redis`). */
function isRedisUnavailable(error: unknown): boolean {
  return error instanceof Error && error.name === 'RedisUnavailableError';
}

/** Describes any error as a `ToolError`: typed by the SDK's error classes, safe to show. */
export function toToolError(error: unknown): ToolError {
  if (error instanceof ValidationError) {
    return {
      type: 'invalid_arguments',
      message: maskEmails(error.message),
      retryable: false,
      issues: error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    };
  }
  if (error instanceof APIError) {
    const type = apiType(error);
    return {
      type,
      message: maskEmails(error.message),
      retryable: type === 'rate_limited' || type === 'server_error',
      status: error.status,
      ...(error.code !== undefined ? { code: error.code } : {}),
      ...(error.srRequestId !== undefined ? { sr_request_id: error.srRequestId } : {}),
    };
  }
  if (error instanceof TimeoutError) return { type: 'timeout', message: error.message, retryable: true };
  if (error instanceof ConnectionError || isRedisUnavailable(error)) {
    return { type: 'connection', message: (error as Error).message, retryable: true };
  }
  if (error instanceof TokenResponseError) {
    return { type: 'authentication', message: error.message, retryable: false };
  }
  if (error instanceof RequestAbortedError)
    return { type: 'aborted', message: error.message, retryable: false };
  if (error instanceof PaginationError)
    return { type: 'server_error', message: error.message, retryable: true };
  if (error instanceof UnexpectedResponseError || error instanceof ResponseTooLargeError) {
    return { type: 'server_error', message: error.message, retryable: false };
  }
  // Not the SDK's: its message could hold anything, so it is not repeated.
  return { type: 'internal', message: 'Internal error', retryable: false };
}
