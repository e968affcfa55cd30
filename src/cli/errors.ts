/**
 * Exit codes and error messages of the command line: one code per kind of failure, a message
 * that names what went wrong and what to do, never a secret or a candidate's personal data
 * (messages come from the SDK's typed errors, with email addresses masked).
 */
import { type ToolError, type ToolErrorType, toToolError } from 'smartrecruiters-sdk/tools';

/** Exit codes, by kind of failure. */
export const EXIT = {
  ok: 0,
  /** A failure of the command line itself. */
  internal: 1,
  /** Bad usage or input: an unknown option, a bad filter, a bad id (nothing was sent). */
  usage: 2,
  /** No credentials, or SmartRecruiters refused them (401). */
  authentication: 3,
  /** The credential lacks a scope or role (403). */
  permission: 4,
  /** No such record (404). */
  notFound: 5,
  /** SmartRecruiters' rate limit, still hit after the retries (429). */
  rateLimited: 6,
  /** No answer: connection refused or dropped, DNS, timeout, refused redirect, Redis unavailable. */
  connection: 7,
  /** SmartRecruiters failed (5xx) or answered something unusable. */
  server: 8,
  /** SmartRecruiters refused the request (400, 409, 415, 422). */
  rejected: 9,
  /** An export's state file or output file cannot be resumed from (changed, shortened, another export's). */
  state: 10,
  /** Interrupted (Ctrl-C): an export's progress is saved. */
  interrupted: 130,
} as const;

const BY_TYPE: Record<ToolErrorType, number> = {
  invalid_arguments: EXIT.usage,
  unknown_tool: EXIT.usage,
  write_not_allowed: EXIT.usage,
  authentication: EXIT.authentication,
  permission_denied: EXIT.permission,
  not_found: EXIT.notFound,
  conflict: EXIT.rejected,
  rejected: EXIT.rejected,
  rate_limited: EXIT.rateLimited,
  connection: EXIT.connection,
  timeout: EXIT.connection,
  server_error: EXIT.server,
  aborted: EXIT.interrupted,
  internal: EXIT.internal,
};

const HINTS: Partial<Record<ToolErrorType, string>> = {
  authentication:
    'check SMARTRECRUITERS_API_KEY (or SMARTRECRUITERS_CLIENT_ID and SMARTRECRUITERS_CLIENT_SECRET), or use --fake',
  permission_denied: "the credential lacks a scope or system role for this; ask the account's administrator",
  rate_limited: 'SmartRecruiters kept answering 429; try again later or lower --requests-per-second',
  connection: 'check the network and SMARTRECRUITERS_BASE_URL',
  timeout: 'SmartRecruiters did not answer in time; try again',
};

/** A failure the command line reports itself, with its exit code. */
export class CliError extends Error {
  /** Always `'CliError'` (the class's name). */
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** The message and exit code for any error a command met. */
export function describeFailure(error: unknown): { message: string; exitCode: number } {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
  if (
    error instanceof Error &&
    error.name === 'ValidationError' &&
    /No SmartRecruiters credentials/.test(error.message)
  ) {
    return {
      message: `no SmartRecruiters credentials: set SMARTRECRUITERS_API_KEY (or SMARTRECRUITERS_CLIENT_ID and SMARTRECRUITERS_CLIENT_SECRET), or use --fake`,
      exitCode: EXIT.authentication,
    };
  }
  const failure: ToolError = toToolError(error);
  const parts = [failure.message];
  if (failure.sr_request_id) parts.push(`SmartRecruiters request id ${failure.sr_request_id}`);
  const hint = HINTS[failure.type];
  if (hint) parts.push(hint);
  if (failure.type === 'internal' && error instanceof Error) {
    // Not the SDK's error (a file system error...): its code and message are the command line's own.
    const code = (error as { code?: unknown }).code;
    parts[0] = `${typeof code === 'string' ? `${code}: ` : ''}${error.message}`;
  }
  return { message: parts.join('; '), exitCode: BY_TYPE[failure.type] };
}
