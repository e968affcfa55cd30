/**
 * SmartRecruiters' Apps Integrations API: the General Partner Integration's exchange of a
 * company's customer-level credentials
 * (https://developers.smartrecruiters.com/docs/oauth-20-general-partner-integration), which
 * `smartrecruiters-sdk/connect` runs (`Connections.completePartnerConsent`).
 */
import type { SrClientCredentials } from './assessment-partner-api.js';

/** Path prefix of SmartRecruiters' Apps Integrations API (developers.smartrecruiters.com/docs/oauth-20-general-partner-integration). */
export const APPS_INTEGRATIONS_API = '/apps-integrations';

/**
 * Body of `POST /partner-api/integrations`: the company that consented. UNCONFIRMED:
 * SmartRecruiters does not publish this body.
 */
export interface SrPartnerIntegrationRequest {
  /** Id of the company setting up the integration. */
  companyId: string;
}

/** The Apps Integrations API, relative to `APPS_INTEGRATIONS_API`. */
export interface AppsIntegrationsRoutes {
  /**
   * Exchanges a company's consent for its customer-level client credentials (a master token with
   * `client_credentials_write`). The answer's field names are UNCONFIRMED.
   */
  'POST /partner-api/integrations': { body: SrPartnerIntegrationRequest; response: SrClientCredentials };
}
