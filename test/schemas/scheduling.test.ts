/**
 * The input of `sr.interviewTemplates` and `sr.selfScheduling`: each schema is the same type as
 * its interface (a change to one without the other fails the typecheck), and bad input is a
 * `ValidationError` naming the field.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import type {
  SrInterviewTemplateInput,
  SrJobInterviewTemplateInput,
} from '../../src/routes/interview-templates.js';
import type {
  SrAutomatedSelfScheduleInput,
  SrSelfScheduleInterviewInput,
  SrSelfScheduleInviteInput,
  SrSlotsCountInput,
} from '../../src/routes/self-scheduling.js';
import {
  type InterviewTemplateListParams,
  InterviewTemplateListParamsSchema,
  type JobStageParams,
  type JobStageParamsSchema,
  type JobTemplateAssignParams,
  type JobTemplateAssignParamsSchema,
  type SelfScheduleListParams,
  SelfScheduleListParamsSchema,
  type SrAutomatedSelfScheduleInputSchema,
  SrInterviewTemplateInputSchema,
  type SrJobInterviewTemplateInputSchema,
  SrSelfScheduleInterviewInputSchema,
  type SrSelfScheduleInviteInputSchema,
  SrSlotsCountInputSchema,
} from '../../src/schemas/scheduling.js';
import { parseInput } from '../../src/schemas/unified/parse-input.js';
import type * as z from '../../src/schemas/zod.js';

describe('scheduling input schemas', () => {
  it('are the same types as their interfaces', () => {
    expectTypeOf<z.output<typeof SrInterviewTemplateInputSchema>>().toEqualTypeOf<SrInterviewTemplateInput>();
    expectTypeOf<
      z.output<typeof SrJobInterviewTemplateInputSchema>
    >().toEqualTypeOf<SrJobInterviewTemplateInput>();
    expectTypeOf<
      z.output<typeof SrAutomatedSelfScheduleInputSchema>
    >().toEqualTypeOf<SrAutomatedSelfScheduleInput>();
    expectTypeOf<
      z.output<typeof SrSelfScheduleInterviewInputSchema>
    >().toEqualTypeOf<SrSelfScheduleInterviewInput>();
    expectTypeOf<
      z.output<typeof SrSelfScheduleInviteInputSchema>
    >().toEqualTypeOf<SrSelfScheduleInviteInput>();
    expectTypeOf<z.output<typeof SrSlotsCountInputSchema>>().toEqualTypeOf<SrSlotsCountInput>();
    expectTypeOf<
      z.output<typeof InterviewTemplateListParamsSchema>
    >().toEqualTypeOf<InterviewTemplateListParams>();
    expectTypeOf<z.output<typeof JobStageParamsSchema>>().toEqualTypeOf<JobStageParams>();
    expectTypeOf<z.output<typeof JobTemplateAssignParamsSchema>>().toEqualTypeOf<JobTemplateAssignParams>();
    expectTypeOf<z.output<typeof SelfScheduleListParamsSchema>>().toEqualTypeOf<SelfScheduleListParams>();
  });

  const issues = (schema: z.ZodMiniType, input: unknown) => {
    try {
      parseInput(schema, input, 'input');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      return (error as ValidationError).issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    }
    return [];
  };

  it('checks the fields the SDK knows and passes the others through', () => {
    const template = { name: 'Panel', type: 'GROUP', durationInMinutes: 45, roomCode: 'B2' };
    expect(parseInput(SrInterviewTemplateInputSchema, template, 'template')).toEqual(template);
    expect(
      issues(SrInterviewTemplateInputSchema, { ...template, type: 'PANEL', durationInMinutes: 0 }),
    ).toEqual(["type: expected one of 'INDIVIDUAL', 'GROUP'", 'durationInMinutes: must be >= 1']);
    expect(issues(SrInterviewTemplateInputSchema, { type: 'GROUP', durationInMinutes: 30 })).toEqual([
      'name: required (expected string)',
    ]);
  });

  it('keeps list parameters strict, in the SDK words', () => {
    expect(issues(InterviewTemplateListParamsSchema, { hiringStage: 'NEW' })).toEqual([
      'hiringStage: unknown field',
    ]);
    expect(issues(InterviewTemplateListParamsSchema, { hiring_stage: 'HIRED', limit: 101 })).toEqual([
      "hiring_stage: expected one of 'NEW', 'IN_PROGRESS', 'INTERVIEW', 'OFFER'",
      'limit: must be <= 100',
    ]);
    expect(issues(SelfScheduleListParamsSchema, {})).toEqual(['application_id: required (expected string)']);
  });

  it('refuses a slot that ends before it starts, or without a time zone', () => {
    expect(
      issues(SrSelfScheduleInterviewInputSchema, {
        startsAt: '2026-03-02T10:00:00Z',
        endsAt: '2026-03-02T09:00:00Z',
      }),
    ).toEqual(['endsAt: must be after startsAt']);
    expect(
      issues(SrSelfScheduleInterviewInputSchema, {
        startsAt: '2026-03-02T10:00:00',
        endsAt: '2026-03-02T11:00:00Z',
      }),
    ).toEqual(['startsAt: expected an ISO-8601 date-time with a time zone']);
  });

  it('needs at least one interviewer to count slots', () => {
    expect(issues(SrSlotsCountInputSchema, { interviewerIdsByRole: { RECRUITER: [] } })).toEqual([
      'interviewerIdsByRole: must name at least one interviewer',
    ]);
    expect(
      issues(SrSlotsCountInputSchema, { interviewerIdsByRole: { RECRUITER: ['u1'] }, startDate: '1/2/26' }),
    ).toEqual(['startDate: expected an ISO-8601 date (YYYY-MM-DD)']);
  });
});
