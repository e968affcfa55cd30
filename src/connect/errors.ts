/**
 * Errors of the connect flows and of `Connections`. None carries a token, a secret, an
 * authorization code or a state value: a tenant id, a reason and SmartRecruiters' error code only.
 */
import { SmartRecruitersError } from '../core/errors.js';

/**
 * Why a connect state was refused: absent (`missing_state`), not a state of this SDK
 * (`malformed_state`), not signed with your `stateSecret` (`invalid_signature`), past its
 * `stateTtlMs` (`expired`), the browser does not hold the state's cookie (`missing_session`:
 * another browser, cookies blocked, or the flow was started more than `stateTtlMs` ago), the
 * cookie is another session's (`session_mismatch`), used already (`replayed`), or a state of the
 * other flow (`wrong_flow`: a partner consent state at the Authorization Code callback, or the
 * other way round).
 */
export type ConnectStateReason =
  | 'missing_state'
  | 'malformed_state'
  | 'invalid_signature'
  | 'expired'
  | 'missing_session'
  | 'session_mismatch'
  | 'replayed'
  | 'wrong_flow';

/**
 * A connect callback whose `state` cannot be trusted: nothing was sent to SmartRecruiters (the
 * state is checked before anything else). Show the user a "start again" link; never retry with
 * the same URL.
 */
export class ConnectStateError extends SmartRecruitersError {
  /** Always `'ConnectStateError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'ConnectStateError';
  /** Why the state was refused. */
  readonly reason: ConnectStateReason;

  constructor(reason: ConnectStateReason, message: string) {
    super(message);
    this.reason = reason;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason };
  }
}

/**
 * SmartRecruiters sent the user back without a grant: the user clicked Deny (`error` is
 * `access_denied`), or SmartRecruiters refused the request (`invalid_scope`...). Nothing was
 * stored.
 */
export class AuthorizationDeniedError extends SmartRecruitersError {
  /** Always `'AuthorizationDeniedError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'AuthorizationDeniedError';
  /** The tenant the flow was for (from the verified state). */
  readonly tenantId: string;
  /** SmartRecruiters' `error` parameter, e.g. `access_denied`. */
  readonly error: string;
  /** SmartRecruiters' `error_description`, when it sent one (at most 200 characters). */
  readonly description: string | undefined;

  constructor(tenantId: string, error: string, description: string | undefined) {
    super(
      error === 'access_denied'
        ? 'The SmartRecruiters user declined the connection'
        : `SmartRecruiters refused the authorization (${error})`,
    );
    this.tenantId = tenantId;
    this.error = error;
    this.description = description;
  }

  /** True when the user clicked Deny (as opposed to SmartRecruiters refusing the request). */
  get userDenied(): boolean {
    return this.error === 'access_denied';
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), tenantId: this.tenantId, error: this.error };
  }
}

/**
 * Why a connection was lost: SmartRecruiters refused the refresh token (`grant_revoked`:
 * `invalid_grant`, a revoked app, an expired refresh token or a deleted consenting user), refused
 * the tenant's client credentials (`credentials_revoked`: `invalid_client`), answered 401 right
 * after a fresh token or to an API key (`unauthorized`), or the store holds no refresh token for
 * an Authorization Code connection (`no_refresh_token`).
 */
export type ConnectionLostReason =
  | 'grant_revoked'
  | 'credentials_revoked'
  | 'unauthorized'
  | 'no_refresh_token';

/**
 * A tenant's connection stopped working: its grant or credential was revoked or expired. Every
 * request of the tenant fails with this error at once, without reaching SmartRecruiters, until the
 * tenant connects again; `onConnectionLost` was called once. Ask the customer to reconnect.
 */
export class ConnectionLostError extends SmartRecruitersError {
  /** Always `'ConnectionLostError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'ConnectionLostError';
  /** The tenant whose connection was lost. */
  readonly tenantId: string;
  /** Why. */
  readonly reason: ConnectionLostReason;
  /** When the loss was first seen (ISO-8601). */
  readonly lostAt: string;

  constructor(tenantId: string, reason: ConnectionLostReason, lostAt: string, options?: { cause?: unknown }) {
    super(
      `The SmartRecruiters connection of tenant "${tenantId}" was lost (${reason}): connect again`,
      options,
    );
    this.tenantId = tenantId;
    this.reason = reason;
    this.lostAt = lostAt;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), tenantId: this.tenantId, reason: this.reason, lostAt: this.lostAt };
  }
}

/** The tenant has no SmartRecruiters connection (never connected, or disconnected). */
export class NotConnectedError extends SmartRecruitersError {
  /** Always `'NotConnectedError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'NotConnectedError';
  /** The tenant asked for. */
  readonly tenantId: string;

  constructor(tenantId: string) {
    super(`Tenant "${tenantId}" has no SmartRecruiters connection`);
    this.tenantId = tenantId;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), tenantId: this.tenantId };
  }
}
