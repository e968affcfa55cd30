import type { RequestOptions } from '../client.js';
import { type APIPromise, respond } from '../core/api-promise.js';
import { APIResource } from '../core/resource.js';
import {
  toSrConsentRequests,
  toUnifiedConsentDecisions,
  toUnifiedConsentRequestResults,
} from '../mappers/consent.js';
import type { Mappings } from '../mappers/context.js';
import { JOB_APPLICATIONS_API } from '../routes.js';
import type {
  SrConsentDecisions,
  SrConsentRequestResult,
  SrConsentRequestsResults,
} from '../schemas/sr/consent.js';
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
  get(candidateId: string, options?: RequestOptions): APIPromise<ConsentDecisions, SrConsentDecisions> {
    return respond(async () => {
      const id = requireId(candidateId, 'candidateId');
      const { data: raw, response } = await this.client
        .get('/candidates/{id}/consents', { ...options, params: { id } })
        .withResponse();
      const data = this.mapOne((warnings) =>
        toUnifiedConsentDecisions(raw, { candidateId: id, warnings, includeRemoteData: this.remoteData() }),
      );
      return { data, response };
    });
  }

  /**
   * Asks candidates for consent (at most 1000 at once). One result per candidate, in order:
   * `requested`, or `unavailable` when SmartRecruiters cannot ask that candidate.
   */
  request(
    input: ConsentRequestInput,
    options?: RequestOptions,
  ): APIPromise<ConsentRequestResult[], SrConsentRequestsResults> {
    return respond(async () => {
      const body = toSrConsentRequests(input);
      const { data: raw, response } = await this.client
        .post('/candidates/consent-requests', { ...options, body })
        .withResponse();
      const data = this.mapOne((warnings) =>
        toUnifiedConsentRequestResults(
          raw,
          body.content.map((candidate) => candidate.id),
          warnings,
        ),
      );
      return { data, response };
    });
  }

  /**
   * A job application's consent decisions, by SmartRecruiters' job application id (the
   * `application_id` of webhook payloads).
   */
  getForJobApplication(
    jobApplicationId: string,
    options?: RequestOptions,
  ): APIPromise<ConsentDecisions, SrConsentDecisions> {
    return respond(async () => {
      const id = requireId(jobApplicationId, 'jobApplicationId');
      const { data: raw, response } = await this.client
        .get(`${JOB_APPLICATIONS_API}/job-applications/{jobApplicationId}/consents`, {
          ...options,
          params: { jobApplicationId: id },
        })
        .withResponse();
      const data = this.mapOne((warnings) =>
        toUnifiedConsentDecisions(raw, {
          jobApplicationId: id,
          warnings,
          includeRemoteData: this.remoteData(),
        }),
      );
      return { data, response };
    });
  }

  /** Asks for consent in the context of one job application (SmartRecruiters' job application id). */
  requestForJobApplication(
    jobApplicationId: string,
    options?: RequestOptions,
  ): APIPromise<void, SrConsentRequestResult | undefined> {
    return respond(() =>
      this.noResult(
        this.client.post(`${JOB_APPLICATIONS_API}/job-applications/{jobApplicationId}/consent-request`, {
          ...options,
          params: { jobApplicationId: requireId(jobApplicationId, 'jobApplicationId') },
        }),
      ),
    );
  }

  private remoteData(): boolean {
    return this.options.includeRemoteData ?? true;
  }
}
