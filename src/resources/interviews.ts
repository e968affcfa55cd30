import type { RequestOptions } from '../client.js';
import { type APIPromise, respond } from '../core/api-promise.js';
import { SmartRecruitersError, ValidationError } from '../core/errors.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource, expectRecord, listContent } from '../core/resource.js';
import { parseApplicationId } from '../mappers/application-id.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import {
  toSrInterviewInput,
  toSrInterviewUpdate,
  toSrTimeslotUpdate,
  toUnifiedInterview,
} from '../mappers/interview.js';
import { isRecord } from '../mappers/shared.js';
import { INTERVIEWS_API } from '../routes.js';
import {
  AttendeeStatusInputSchema,
  InterviewTimeslotUpdateInputSchema,
} from '../schemas/compiled/unified/interview.js';
import { InterviewListParamsSchema } from '../schemas/compiled/unified/list-params.js';
import type { SrInterview } from '../schemas/sr/interview.js';
import type {
  InterviewCreateInput,
  InterviewTimeslotUpdateInput,
  InterviewUpdateInput,
} from '../schemas/unified/interview.js';
import type { InterviewListParams } from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';

/**
 * `interviews.list` parameters with `application` read: its `job_application_id` when it carries
 * one, else its id as `application_id`.
 *
 * @throws ValidationError when `application` is not an Application or comes with another id
 */
function withoutApplication(params: InterviewListParams): Omit<InterviewListParams, 'application'> {
  if (!isRecord(params) || params.application === undefined) return params;
  const { application, ...rest } = params;
  const invalid = (message: string) =>
    new ValidationError('Invalid interview list parameters', [{ path: ['application'], message }]);
  if (rest.application_id !== undefined || rest.job_application_id !== undefined) {
    throw invalid('give exactly one of application, application_id and job_application_id');
  }
  if (!isRecord(application) || typeof application.id !== 'string') {
    throw invalid("expected an Application (with its id, 'candidateId:jobId')");
  }
  const jobApplicationId = application.job_application_id;
  if (typeof jobApplicationId === 'string' && jobApplicationId !== '') {
    return { ...rest, job_application_id: jobApplicationId };
  }
  return { ...rest, application_id: application.id };
}

/**
 * Interviews (SmartRecruiters Interviews API, developers.smartrecruiters.com/reference/interviews).
 * SmartRecruiters returns, updates and cancels only interviews created through this API, not
 * those scheduled in its own calendar.
 */
export class Interviews<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /**
   * The interviews of one application. SmartRecruiters lists them by its job application id (there
   * is no list by job); give exactly one of:
   * - `application`: an Application. One read with `applications.get()` carries SR's job
   *   application id (`job_application_id`); one from `applications.list()` does not, and is read
   *   as `application_id` is.
   * - `application_id`: `candidateId:jobId`. Its job application id is read from SmartRecruiters'
   *   answer for the application (`GET /candidates/{id}/jobs/{jobId}`, `applicationId`): one more
   *   request per list.
   * - `job_application_id`: SmartRecruiters' id, as the `application_id` of `application.*`,
   *   `interview.*` and `review.*` webhook payloads gives it.
   *
   * SR returns the interviews all at once; `limit` and `cursor` page them.
   *
   * @throws SmartRecruitersError when SmartRecruiters' answer for the application has no
   *   `applicationId`: pass `job_application_id` (a webhook payload's `application_id`) instead
   */
  list(params: InterviewListParams, options?: RequestOptions): PagePromise<ModelsOf<Mp>['interview']> {
    return this.deferred(() => {
      let resolved: Promise<string> | undefined;
      return this.paginateWhole({
        // The application is one of the list's parameters: a cursor carries it, and one passed
        // with another application is refused.
        list: 'interviews',
        params: withoutApplication(params),
        validate: (p) => parseInput(InterviewListParamsSchema, p, 'interview list parameters'),
        load: async (_warnings, p) => {
          let jobApplicationId = p.job_application_id;
          if (jobApplicationId === undefined) {
            resolved ??= this.jobApplicationId(p.application_id ?? '', options).catch((error: unknown) => {
              resolved = undefined;
              throw error;
            });
            jobApplicationId = await resolved;
          }
          return listContent(
            this.client.get(`${INTERVIEWS_API}/interviews`, {
              ...options,
              query: { applicationId: jobApplicationId },
            }),
            'interview',
          );
        },
        map: (raw, warnings) => this.toModel('interview', toUnifiedInterview, raw, warnings),
      });
    });
  }

  /** SmartRecruiters' job application id of an application (`candidateId:jobId`). */
  private async jobApplicationId(application: string, options?: RequestOptions): Promise<string> {
    const { candidateId, jobId } = parseApplicationId(application);
    const raw = await this.client.get('/candidates/{id}/jobs/{jobId}', {
      ...options,
      params: { id: candidateId, jobId },
    });
    const id = isRecord(raw) ? raw.applicationId : undefined;
    if (typeof id === 'string' && id.trim() !== '') return id;
    throw new SmartRecruitersError(
      "SmartRecruiters' answer for the application (GET /candidates/{id}/jobs/{jobId}) has no applicationId, " +
        'its job application id, which its Interviews API lists interviews by: pass job_application_id, the application_id of an application.*, interview.* or review.* webhook payload',
    );
  }

  /** One interview. */
  get(id: string, options?: RequestOptions): APIPromise<ModelsOf<Mp>['interview'], SrInterview> {
    return respond(() =>
      this.one(
        'interview',
        toUnifiedInterview,
        this.client.get(`${INTERVIEWS_API}/interviews/{interviewId}`, {
          ...options,
          params: { interviewId: requireId(id, 'id') },
        }),
      ),
    );
  }

  /**
   * Schedules an interview on an application (`candidateId:jobId`): organizer, time zone,
   * location (an address or a meeting link, 500 characters at most) and 1 to 50 time slots, each
   * with 1 to 50 interviewers (titles 200 characters at most, places 500).
   *
   * @throws ValidationError on invalid input, before any request
   * @throws BadRequestError (400) `INVALID_TIMEZONE`
   * @throws UnprocessableEntityError (422) with SmartRecruiters' code: `END_DATE_BEFORE_START_DATE`,
   *   `NON_EXISTING_ORGANIZER`, `NON_EXISTING_INTERVIEWERS`, `INACTIVE_OR_DELETED_ORGANIZER`,
   *   `INACTIVE_OR_DELETED_INTERVIEWERS`, `CANDIDATE_NOT_FOUND`, `JOB_NOT_FOUND`,
   *   `APPLICATION_NOT_FOUND`
   */
  create(
    input: InterviewCreateInput,
    options?: RequestOptions,
  ): APIPromise<ModelsOf<Mp>['interview'], SrInterview> {
    return respond(() =>
      this.one(
        'interview',
        toUnifiedInterview,
        this.client.post(`${INTERVIEWS_API}/interviews`, { ...options, body: toSrInterviewInput(input) }),
      ),
    );
  }

  /**
   * Changes what SmartRecruiters lets an interview change: `location`, `timezone` (one `PATCH`),
   * and `candidate_status`, which SmartRecruiters keeps per time slot: the interview is read and
   * the status written to each of its slots (`PUT …/timeslots/{timeslotId}/candidateStatus`, one
   * request per slot). Returns the interview as it now is (one more read; `withResponse()`: the
   * response of that read).
   */
  update(
    id: string,
    input: InterviewUpdateInput,
    options?: RequestOptions,
  ): APIPromise<ModelsOf<Mp>['interview'], SrInterview> {
    return respond(async () => {
      const body = toSrInterviewUpdate(input);
      const interviewId = requireId(id, 'id');
      if (Object.keys(body).length > 0) {
        await this.client.patch(`${INTERVIEWS_API}/interviews/{interviewId}`, {
          ...options,
          params: { interviewId },
          body,
        });
      }
      const status = input.candidate_status;
      if (status !== undefined) {
        // The slots to write to come from this read: one that is not the interview fails here.
        const current = toUnifiedInterview(
          expectRecord(
            await this.client.get(`${INTERVIEWS_API}/interviews/{interviewId}`, {
              ...options,
              params: { interviewId },
            }),
            'interview',
          ),
        );
        for (const slot of current.timeslots) {
          if (slot.id !== null) await this.updateCandidateStatus(interviewId, slot.id, status, options);
        }
      }
      return this.get(interviewId, options).withResponse();
    });
  }

  /**
   * Records whether the candidate attends one time slot: `accepted`, `declined`, `pending`,
   * `tentative` (SmartRecruiters keeps the candidate's status per slot).
   */
  updateCandidateStatus(
    id: string,
    timeslotId: string,
    status: 'accepted' | 'declined' | 'pending' | 'tentative',
    options?: RequestOptions,
  ): APIPromise<void, undefined> {
    return respond(() => {
      const value = parseInput(AttendeeStatusInputSchema, status, 'candidate status');
      return this.noResult(
        this.client.put(`${INTERVIEWS_API}/interviews/{interviewId}/timeslots/{timeslotId}/candidateStatus`, {
          ...options,
          params: { interviewId: requireId(id, 'id'), timeslotId: requireId(timeslotId, 'timeslotId') },
          body: { status: value },
        }),
      );
    });
  }

  /**
   * Changes one time slot: its times, interviewers (those already in the slot keep their answer),
   * title, interview type or place (`location`). SmartRecruiters replaces a slot with what it is
   * sent, so the slot is read first and sent back whole with the changes: 2 requests, plus one
   * to return the interview as it now is (`withResponse()`: the response of that read). A slot
   * read back without its times or interviewers is never sent.
   */
  updateTimeslot(
    id: string,
    timeslotId: string,
    input: InterviewTimeslotUpdateInput,
    options?: RequestOptions,
  ): APIPromise<ModelsOf<Mp>['interview'], SrInterview> {
    return respond(async () => {
      parseInput(InterviewTimeslotUpdateInputSchema, input, 'time slot update input');
      const params = { interviewId: requireId(id, 'id'), timeslotId: requireId(timeslotId, 'timeslotId') };
      const current = await this.client.get(
        `${INTERVIEWS_API}/interviews/{interviewId}/timeslots/{timeslotId}`,
        { ...options, params },
      );
      const body = toSrTimeslotUpdate(current, input);
      await this.client.patch(`${INTERVIEWS_API}/interviews/{interviewId}/timeslots/{timeslotId}`, {
        ...options,
        params,
        body,
      });
      return this.get(params.interviewId, options).withResponse();
    });
  }

  /** Cancels an interview (SmartRecruiters deletes it and sends `interview.canceled`). */
  cancel(id: string, options?: RequestOptions): APIPromise<void, undefined> {
    return respond(() =>
      this.noResult(
        this.client.delete(`${INTERVIEWS_API}/interviews/{interviewId}`, {
          ...options,
          params: { interviewId: requireId(id, 'id') },
        }),
      ),
    );
  }

  /** Records whether an interviewer attends one time slot: `accepted`, `declined`, `pending`, `tentative`. */
  updateInterviewerStatus(
    id: string,
    timeslotId: string,
    userId: string,
    status: 'accepted' | 'declined' | 'pending' | 'tentative',
    options?: RequestOptions,
  ): APIPromise<void, undefined> {
    return respond(() => {
      const value = parseInput(AttendeeStatusInputSchema, status, 'interviewer status');
      return this.noResult(
        this.client.put(
          `${INTERVIEWS_API}/interviews/{interviewId}/timeslots/{timeslotId}/interviewers/{userId}/status`,
          {
            ...options,
            params: {
              interviewId: requireId(id, 'id'),
              timeslotId: requireId(timeslotId, 'timeslotId'),
              userId: requireId(userId, 'userId'),
            },
            body: { status: value },
          },
        ),
      );
    });
  }

  /** The company's interview types (the `interview_type` values time slots take). */
  types(options?: RequestOptions): APIPromise<string[], string[]> {
    return respond(async () => {
      const { data: types, response } = await this.client
        .get(`${INTERVIEWS_API}/interview-types`, options)
        .withResponse();
      const data = Array.isArray(types)
        ? types.filter((type): type is string => typeof type === 'string')
        : [];
      return { data, response };
    });
  }
}
