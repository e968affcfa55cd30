/**
 * `smartrecruiters-sdk/connect`: connecting your customers' SmartRecruiters accounts, and one
 * connection per customer (tenant) from then on. Runs wherever the SDK runs (Node, Bun, Deno, edge
 * runtimes: Web Crypto and the Fetch API only); the `node:http` adapter of the callback is in
 * `smartrecruiters-sdk/node`, the Redis stores in `smartrecruiters-sdk/redis`.
 *
 * SmartRecruiters' three ways in
 * (https://developers.smartrecruiters.com/docs/authentication-oauth-authorization-code,
 * https://developers.smartrecruiters.com/docs/oauth-20-general-partner-integration,
 * https://developers.smartrecruiters.com/docs/authentication-oauth-client-credential):
 * `authorize` and `handleCallback` (Authorization Code), `beginPartnerConsent` and
 * `completePartnerConsent` (General Partner Integration), `connectWithCredentials` (client
 * credentials or an API key the customer created).
 *
 * @module smartrecruiters-sdk/connect
 */
export { type ConnectionCheck, checkConnection } from './check.js';
export {
  type AuthorizationCodeApp,
  type AuthorizationRequest,
  type Connected,
  type ConnectionLostEvent,
  type ConnectionStatus,
  Connections,
  type ConnectionsOptions,
  type ConnectOutcome,
  type PartnerApp,
  type PartnerConsentRequest,
  type TenantCredential,
} from './connections.js';
export {
  DENIED_ERROR,
  PARTNER_EXCHANGE_PATH,
  PARTNER_EXCHANGE_SCOPE,
  SCOPE_PROBES,
  type ScopeProbe,
  SR_ACCESS_TOKEN_LIFETIME_MS,
  SR_AUTHORIZE_URL,
  SR_REFRESH_TOKEN_LIFETIME_MS,
  SR_TOKEN_PATH,
} from './constants.js';
export {
  AuthorizationDeniedError,
  ConnectionLostError,
  type ConnectionLostReason,
  ConnectStateError,
  type ConnectStateReason,
  NotConnectedError,
} from './errors.js';
export type { ConnectFlow } from './state.js';
export {
  type ConnectionLoss,
  type ConnectionMethod,
  type ConnectionRecord,
  type ConnectionStore,
  MemoryConnectionStore,
  type MemoryConnectionStoreOptions,
  type StoredConnection,
} from './store.js';
