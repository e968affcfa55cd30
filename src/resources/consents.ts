import type { RequestOptions } from '../client.js';
import { APIResource } from '../core/resource.js';
import {
  toSrConsentRequests,
  toUnifiedConsentDecisions,
  toUnifiedConsentRequestResults,
} from '../mappers/consent.js';
import type { Mappings } from '../mappers/context.js';
import { JOB_APPLICATIONS_API } from '../routes.js';
import type {
  ConsentDecisions,
  ConsentRequestInput,
  ConsentRequestResult,
} from '../schemas/unified/consent.js';
import { requireId } from './ids.js';

/**
 * GDPR consent (developers.smartrecruiters.com/reference/candidatesconsentdecisions-1): the
 * decisions a candidate (or a job application) made, and consent requests. A candidate's overall
 * consent status is on the candidate model.
 */
export class Consents<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /** A candidate's consent decisions: one company-wide ("single consent"), or one per data scope. */
  async get(candidateId: string, options?: RequestOptions): Promise<ConsentDecisions> {
    const id = requireId(candidateId, 'candidateId');
    const raw = await this.client.get('/candidates/{id}/consents', { ...options, params: { id } });
    return this.mapOne((warnings) =>
      toUnifiedConsentDecisions(raw, { candidateId: id, warnings, includeRemoteData: this.remoteData() }),
    );
  }

  /**
   * Asks candidates for consent (at most 1000 at once). One result per candidate, in order:
   * `requested`, or `unavailable` when SmartRecruiters cannot ask that candidate.
   */
  async request(input: ConsentRequestInput, options?: RequestOptions): Promise<ConsentRequestResult[]> {
    const body = toSrConsentRequests(input);
    const raw = await this.client.post('/candidates/consent-requests', { ...options, body });
    return this.mapOne((warnings) =>
      toUnifiedConsentRequestResults(
        raw,
        body.content.map((candidate) => candidate.id),
        warnings,
      ),
    );
  }

  /**
   * A job application's consent decisions, by SmartRecruiters' job application id (the
   * `application_id` of webhook payloads).
   */
  async getForJobApplication(jobApplicationId: string, options?: RequestOptions): Promise<ConsentDecisions> {
    const id = requireId(jobApplicationId, 'jobApplicationId');
    const raw = await this.client.get(
      `${JOB_APPLICATIONS_API}/job-applications/{jobApplicationId}/consents`,
      {
        ...options,
        params: { jobApplicationId: id },
      },
    );
    return this.mapOne((warnings) =>
      toUnifiedConsentDecisions(raw, {
        jobApplicationId: id,
        warnings,
        includeRemoteData: this.remoteData(),
      }),
    );
  }

  /** Asks for consent in the context of one job application (SmartRecruiters' job application id). */
  async requestForJobApplication(jobApplicationId: string, options?: RequestOptions): Promise<void> {
    await this.client.post(`${JOB_APPLICATIONS_API}/job-applications/{jobApplicationId}/consent-request`, {
      ...options,
      params: { jobApplicationId: requireId(jobApplicationId, 'jobApplicationId') },
    });
  }

  private remoteData(): boolean {
    return this.options.includeRemoteData ?? true;
  }
}
