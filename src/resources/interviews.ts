import type { RequestOptions } from '../client.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import {
  toSrInterviewInput,
  toSrInterviewUpdate,
  toSrTimeslotUpdate,
  toUnifiedInterview,
} from '../mappers/interview.js';
import { INTERVIEWS_API } from '../routes.js';
import {
  AttendeeStatusInputSchema,
  type InterviewCreateInput,
  type InterviewTimeslotUpdateInput,
  InterviewTimeslotUpdateInputSchema,
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
        load: async (_warnings, p) =>
          (
            await this.client.get(`${INTERVIEWS_API}/interviews`, {
              ...options,
              query: { applicationId: p.job_application_id },
            })
          ).content ?? [],
        map: (raw, warnings) => this.toModel('interview', toUnifiedInterview, raw, warnings),
      }),
    );
  }

  /** One interview. */
  async get(id: string, options?: RequestOptions): Promise<ModelsOf<Mp>['interview']> {
    const raw = await this.client.get(`${INTERVIEWS_API}/interviews/{interviewId}`, {
      ...options,
      params: { interviewId: requireId(id, 'id') },
    });
    return this.mapOne((warnings) => this.toModel('interview', toUnifiedInterview, raw, warnings));
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
  async create(input: InterviewCreateInput, options?: RequestOptions): Promise<ModelsOf<Mp>['interview']> {
    const raw = await this.client.post(`${INTERVIEWS_API}/interviews`, {
      ...options,
      body: toSrInterviewInput(input),
    });
    return this.mapOne((warnings) => this.toModel('interview', toUnifiedInterview, raw, warnings));
  }

  /**
   * Changes what SmartRecruiters lets an interview change: `location`, `timezone` (one `PATCH`),
   * and `candidate_status`, which SmartRecruiters keeps per time slot: the interview is read and
   * the status written to each of its slots (`PUT …/timeslots/{timeslotId}/candidateStatus`, one
   * request per slot). Returns the interview as it now is (one more read).
   */
  async update(
    id: string,
    input: InterviewUpdateInput,
    options?: RequestOptions,
  ): Promise<ModelsOf<Mp>['interview']> {
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
      const current = toUnifiedInterview(
        await this.client.get(`${INTERVIEWS_API}/interviews/{interviewId}`, {
          ...options,
          params: { interviewId },
        }),
      );
      for (const slot of current.timeslots) {
        if (slot.id !== null) await this.updateCandidateStatus(interviewId, slot.id, status, options);
      }
    }
    return this.get(interviewId, options);
  }

  /**
   * Records whether the candidate attends one time slot: `accepted`, `declined`, `pending`,
   * `tentative` (SmartRecruiters keeps the candidate's status per slot).
   */
  async updateCandidateStatus(
    id: string,
    timeslotId: string,
    status: 'accepted' | 'declined' | 'pending' | 'tentative',
    options?: RequestOptions,
  ): Promise<void> {
    const value = parseInput(AttendeeStatusInputSchema, status, 'candidate status');
    await this.client.put(
      `${INTERVIEWS_API}/interviews/{interviewId}/timeslots/{timeslotId}/candidateStatus`,
      {
        ...options,
        params: { interviewId: requireId(id, 'id'), timeslotId: requireId(timeslotId, 'timeslotId') },
        body: { status: value },
      },
    );
  }

  /**
   * Changes one time slot: its times, interviewers (those already in the slot keep their answer),
   * title, interview type or place (`location`). SmartRecruiters replaces a slot with what it is
   * sent, so the slot is read first and sent back whole with the changes: 2 requests, plus one
   * to return the interview as it now is. A slot read back without its times or interviewers is
   * never sent.
   */
  async updateTimeslot(
    id: string,
    timeslotId: string,
    input: InterviewTimeslotUpdateInput,
    options?: RequestOptions,
  ): Promise<ModelsOf<Mp>['interview']> {
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
    return this.get(params.interviewId, options);
  }

  /** Cancels an interview (SmartRecruiters deletes it and sends `interview.canceled`). */
  async cancel(id: string, options?: RequestOptions): Promise<void> {
    await this.client.delete(`${INTERVIEWS_API}/interviews/{interviewId}`, {
      ...options,
      params: { interviewId: requireId(id, 'id') },
    });
  }

  /** Records whether an interviewer attends one time slot: `accepted`, `declined`, `pending`, `tentative`. */
  async updateInterviewerStatus(
    id: string,
    timeslotId: string,
    userId: string,
    status: 'accepted' | 'declined' | 'pending' | 'tentative',
    options?: RequestOptions,
  ): Promise<void> {
    const value = parseInput(AttendeeStatusInputSchema, status, 'interviewer status');
    await this.client.put(
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
    );
  }

  /** The company's interview types (the `interview_type` values time slots take). */
  async types(options?: RequestOptions): Promise<string[]> {
    const types = await this.client.get(`${INTERVIEWS_API}/interview-types`, options);
    return Array.isArray(types) ? types.filter((type): type is string => typeof type === 'string') : [];
  }
}
