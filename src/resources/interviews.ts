import type { RequestOptions } from '../client.js';
import { type APIPromise, respond } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource, listContent } from '../core/resource.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { toSrInterviewInput, toSrInterviewUpdate, toUnifiedInterview } from '../mappers/interview.js';
import { INTERVIEWS_API } from '../routes.js';
import type { SrInterview } from '../schemas/sr/interview.js';
import {
  AttendeeStatusInputSchema,
  type InterviewCreateInput,
  type InterviewUpdateInput,
} from '../schemas/unified/interview.js';
import { type InterviewListParams, InterviewListParamsSchema } from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';

/**
 * Interviews (SmartRecruiters Interviews API, developers.smartrecruiters.com/reference/interviews).
 * SmartRecruiters returns, updates and cancels only interviews created through this API, not
 * those scheduled in its own calendar.
 */
export class Interviews<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /**
   * The interviews of one job application: `job_application_id` is SmartRecruiters' job application
   * id, the `application_id` of `interview.*`, `application.*` and `review.*` webhook payloads
   * (SmartRecruiters lists interviews by it; there is no list by job). SR returns them all at once;
   * `limit` and `cursor` page them.
   */
  list(params: InterviewListParams, options?: RequestOptions): PagePromise<ModelsOf<Mp>['interview']> {
    return this.deferred(() =>
      this.paginateWhole({
        // The job application id is one of the list's parameters: a cursor carries it, and one
        // passed with another id is refused.
        list: 'interviews',
        params,
        validate: (p) => parseInput(InterviewListParamsSchema, p, 'interview list parameters'),
        load: (_warnings, p) =>
          listContent(
            this.client.get(`${INTERVIEWS_API}/interviews`, {
              ...options,
              query: { applicationId: p.job_application_id },
            }),
          ),
        map: (raw, warnings) => this.toModel('interview', toUnifiedInterview, raw, warnings),
      }),
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
   * location (an address or a meeting link) and one or more time slots with their interviewers.
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
   * Changes what SmartRecruiters lets an interview change: `location`, `timezone`,
   * `candidate_status`. Returns the interview as it now is (`withResponse()`: the response of
   * that read).
   */
  update(
    id: string,
    input: InterviewUpdateInput,
    options?: RequestOptions,
  ): APIPromise<ModelsOf<Mp>['interview'], SrInterview> {
    return respond(async () => {
      const body = toSrInterviewUpdate(input);
      const params = { interviewId: requireId(id, 'id') };
      await this.client.patch(`${INTERVIEWS_API}/interviews/{interviewId}`, { ...options, params, body });
      return this.get(id, options).withResponse();
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
