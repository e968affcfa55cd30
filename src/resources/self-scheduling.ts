import type { RequestOptions } from '../client.js';
import { UnexpectedResponseError } from '../core/errors.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource, expectRecord } from '../core/resource.js';
import { rawId } from '../mappers/shared.js';
import type { SelfScheduleListParams } from '../models/unified/scheduling.js';
import type { SrInterviewTemplateType } from '../routes/interview-templates.js';
import {
  SELF_SCHEDULING_API,
  type SrApplicationSelfSchedule,
  type SrAutomatedSelfScheduleCreated,
  type SrAutomatedSelfScheduleInput,
  type SrSelfSchedule,
  type SrSelfScheduledInterview,
  type SrSelfScheduleInterviewInput,
  type SrSelfScheduleInviteInput,
  type SrSelfScheduleSlot,
  type SrSlotsCount,
  type SrSlotsCountInput,
} from '../routes/self-scheduling.js';
import {
  ScheduleTypeSchema,
  SelfScheduleListParamsSchema,
  SrAutomatedSelfScheduleInputSchema,
  SrSelfScheduleInterviewInputSchema,
  SrSelfScheduleInviteInputSchema,
  SrSlotsCountInputSchema,
} from '../schemas/compiled/scheduling.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';

/** Path parameters and body of a booking: checked before any request. */
function slotRequest(id: string, applicationUuid: string, slot: SrSelfScheduleInterviewInput) {
  const params = scheduleApplication(id, applicationUuid);
  return { params, body: parseInput(SrSelfScheduleInterviewInputSchema, slot, 'slot') };
}

/** Path parameters of one application's part in a self-schedule. */
function scheduleApplication(id: string, applicationUuid: string) {
  return { id: requireId(id, 'id'), applicationUuid: requireId(applicationUuid, 'applicationUuid') };
}

/**
 * Self-scheduling (SmartRecruiters Self Scheduling API,
 * https://developers.smartrecruiters.com/docs/self-scheduling-api): candidates book their own
 * interview from the slots their interviewers have free. `create` invites an application's
 * candidate, from the template its job uses at the application's hiring stage and step
 * (`sr.interviewTemplates`); the candidate (or you, on their behalf) books a slot, which becomes
 * an interview; `requestReschedule` asks for a new slot, `cancel` ends it all.
 *
 * Applications are named by SmartRecruiters' job application id (`applicationUuid`: the
 * `application_id` of webhook payloads, `job_application_id` of an Application read with
 * `applications.get()`). Records and write bodies are SmartRecruiters' own, as received (SR
 * publishes no schema for this API and no unified model covers self-schedules); list parameters
 * are the SDK's.
 *
 * ```ts
 * const { selfScheduleId } = await sr.selfScheduling.create({ applicationUuid });
 * const [slot] = await sr.selfScheduling.slots(selfScheduleId, applicationUuid);
 * if (slot) await sr.selfScheduling.book(selfScheduleId, applicationUuid, slot);
 * ```
 */
export class SelfScheduling extends APIResource {
  /**
   * The self-schedules of one application (`with_interviews`: with their booked interviews).
   * SmartRecruiters pages them by offset; the SDK asks for 100 a page and follows them to the end.
   */
  list(params: SelfScheduleListParams, options?: RequestOptions): PagePromise<SrSelfSchedule> {
    return this.deferred(() =>
      this.paginate({
        list: 'self-schedules',
        path: `${SELF_SCHEDULING_API}/self-schedules`,
        params,
        toQuery: (p) => {
          const parsed = parseInput(SelfScheduleListParamsSchema, p, 'self-schedule list parameters');
          const query: Record<string, unknown> = { applicationId: parsed.application_id };
          if (parsed.with_interviews !== undefined) query.withInterviews = parsed.with_interviews;
          if (parsed.limit !== undefined) query.limit = parsed.limit;
          return query;
        },
        request: options,
        mapPage: async (items, { processed }) =>
          items
            .filter((raw) => !processed(rawId(raw)))
            .map((raw) => expectRecord(raw, 'self-schedule') as SrSelfSchedule),
      }),
    );
  }

  /** One self-schedule, with its applications. */
  async get(id: string, options?: RequestOptions): Promise<SrSelfSchedule> {
    const raw = await this.client.get(`${SELF_SCHEDULING_API}/self-schedules/{id}`, {
      ...options,
      params: { id: requireId(id, 'id') },
    });
    return expectRecord(raw, 'self-schedule') as SrSelfSchedule;
  }

  /**
   * Creates an automated self-schedule for an application: SmartRecruiters invites its candidate to
   * book an interview from the template its job uses at the application's hiring stage and step.
   * Returns the new self-schedule's id.
   *
   * @throws ValidationError on invalid input, before any request
   */
  async create(
    input: SrAutomatedSelfScheduleInput,
    options?: RequestOptions,
  ): Promise<SrAutomatedSelfScheduleCreated> {
    const body = parseInput(SrAutomatedSelfScheduleInputSchema, input, 'self-schedule input');
    const raw = await this.client.post(`${SELF_SCHEDULING_API}/automated-self-schedules`, {
      ...options,
      body,
    });
    const created = expectRecord(raw, 'self-schedule creation');
    if (typeof created.selfScheduleId !== 'string' || created.selfScheduleId === '') {
      throw new UnexpectedResponseError(
        "SmartRecruiters' answer to the self-schedule creation has no selfScheduleId",
      );
    }
    return created as SrAutomatedSelfScheduleCreated;
  }

  /** Cancels a self-schedule, and the interviews booked from it. */
  async cancel(id: string, options?: RequestOptions): Promise<void> {
    await this.client.delete(`${SELF_SCHEDULING_API}/self-schedules/{id}`, {
      ...options,
      params: { id: requireId(id, 'id') },
    });
  }

  /** One application's part in a self-schedule: its invitation and, once booked, its interview. */
  async invitation(
    id: string,
    applicationUuid: string,
    options?: RequestOptions,
  ): Promise<SrApplicationSelfSchedule> {
    const raw = await this.client.get(
      `${SELF_SCHEDULING_API}/self-schedules/{id}/application/{applicationUuid}`,
      {
        ...options,
        params: scheduleApplication(id, applicationUuid),
      },
    );
    return expectRecord(raw, 'application self-schedule') as SrApplicationSelfSchedule;
  }

  /** The slots the application's candidate can book, earliest first. */
  async slots(id: string, applicationUuid: string, options?: RequestOptions): Promise<SrSelfScheduleSlot[]> {
    const raw = await this.client.get(
      `${SELF_SCHEDULING_API}/self-schedules/{id}/application/{applicationUuid}/slots`,
      {
        ...options,
        params: scheduleApplication(id, applicationUuid),
      },
    );
    if (!Array.isArray(raw)) {
      throw new UnexpectedResponseError("SmartRecruiters' answer for the slots is not a list");
    }
    return raw;
  }

  /** The interview the application's candidate booked. */
  async interview(
    id: string,
    applicationUuid: string,
    options?: RequestOptions,
  ): Promise<SrSelfScheduledInterview> {
    const raw = await this.client.get(
      `${SELF_SCHEDULING_API}/self-schedules/{id}/application/{applicationUuid}/interview`,
      {
        ...options,
        params: scheduleApplication(id, applicationUuid),
      },
    );
    return expectRecord(raw, 'self-scheduled interview') as SrSelfScheduledInterview;
  }

  /**
   * Books a slot (one of `slots`) for the application's candidate: the interview is created.
   *
   * @throws ValidationError on invalid input (a slot that ends before it starts...), before any request
   */
  async book(
    id: string,
    applicationUuid: string,
    slot: SrSelfScheduleInterviewInput,
    options?: RequestOptions,
  ): Promise<SrSelfScheduledInterview> {
    const request = { ...options, ...slotRequest(id, applicationUuid, slot) };
    const raw = await this.client.post(
      `${SELF_SCHEDULING_API}/self-schedules/{id}/application/{applicationUuid}/interview`,
      request,
    );
    return expectRecord(raw, 'self-scheduled interview') as SrSelfScheduledInterview;
  }

  /**
   * Moves the booked interview to another free slot.
   *
   * @throws ValidationError on invalid input, before any request
   */
  async rebook(
    id: string,
    applicationUuid: string,
    slot: SrSelfScheduleInterviewInput,
    options?: RequestOptions,
  ): Promise<SrSelfScheduledInterview> {
    const request = { ...options, ...slotRequest(id, applicationUuid, slot) };
    const raw = await this.client.put(
      `${SELF_SCHEDULING_API}/self-schedules/{id}/application/{applicationUuid}/interview`,
      request,
    );
    return expectRecord(raw, 'self-scheduled interview') as SrSelfScheduledInterview;
  }

  /**
   * Updates a pending invitation (its candidate has not booked yet): its reminders (`repeat`) and
   * whatever else SmartRecruiters takes. The link the candidate has stays the same.
   *
   * @throws ValidationError on invalid input, before any request
   */
  async updateInvite(input: SrSelfScheduleInviteInput, options?: RequestOptions): Promise<void> {
    const body = parseInput(SrSelfScheduleInviteInputSchema, input, 'invitation input');
    await this.client.post(`${SELF_SCHEDULING_API}/automated-self-schedules/update-invite`, {
      ...options,
      body,
    });
  }

  /**
   * Asks a candidate who booked to pick a new slot: the booked interview is cancelled and the
   * invitation (same link) opens again.
   *
   * @throws ValidationError on invalid input, before any request
   */
  async requestReschedule(input: SrSelfScheduleInviteInput, options?: RequestOptions): Promise<void> {
    const body = parseInput(SrSelfScheduleInviteInputSchema, input, 'reschedule input');
    await this.client.post(`${SELF_SCHEDULING_API}/automated-self-schedules/reschedule`, {
      ...options,
      body,
    });
  }

  /**
   * How many slots the given interviewers (by hiring team role) have free for an application,
   * from `startDate` (default today) to `endDate` or for `slotsAvailabilityLimitInDays` days.
   *
   * @throws ValidationError on invalid input, before any request
   */
  async countSlots(
    scheduleType: SrInterviewTemplateType,
    applicationUuid: string,
    input: SrSlotsCountInput,
    options?: RequestOptions,
  ): Promise<number> {
    const type = parseInput(ScheduleTypeSchema, scheduleType, 'schedule type');
    const application = requireId(applicationUuid, 'applicationUuid');
    const body = parseInput(SrSlotsCountInputSchema, input, 'slot count input');
    const raw: SrSlotsCount = await this.client.post(
      `${SELF_SCHEDULING_API}/automated-self-schedules/{scheduleType}/application/{applicationUuid}/slots/count/by-role`,
      { ...options, params: { scheduleType: type, applicationUuid: application }, body },
    );
    const count = expectRecord(raw, 'slot count').count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
      throw new UnexpectedResponseError("SmartRecruiters' slot count answer has no count");
    }
    return count;
  }
}
