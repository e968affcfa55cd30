import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  toSrInterviewInput,
  toSrInterviewUpdate,
  toSrTimeslotUpdate,
  toUnifiedAttendeeStatus,
  toUnifiedInterview,
} from '../../src/mappers/interview.js';
import type { Warning } from '../../src/schemas/unified/common.js';
import {
  type Interview,
  type InterviewCreateInput,
  InterviewSchema,
} from '../../src/schemas/unified/interview.js';
import { fixture, thrown } from '../helpers/fixtures.js';

const CANDIDATE = '50da5f6e-f8d3-4475-ab01-82a5aadee9b2';
const JOB = '211ef34c-3bf6-40b9-a3eb-a38b6fde2253';

describe('toUnifiedInterview', () => {
  it('maps the documented interview: time slots kept, summed up at the top', () => {
    const raw = fixture('interview');
    const mapped = toUnifiedInterview(raw);
    expect(mapped).toEqual({
      id: 'bfaaf864-df89-4cda-8bda-5c6b624fa9e7',
      created_at: '2026-01-20T09:11:56.372Z',
      updated_at: null,
      // SR names the organizer and the interviewers by id only.
      not_fetched: ['organizer', 'interviewers'],
      application: { id: `${CANDIDATE}:${JOB}` },
      candidate: { id: CANDIDATE },
      job: { id: JOB },
      organizer: { id: '60f818625414a64b384c8705', name: null },
      title: 'Technical interview',
      starts_at: '2026-02-03T10:00:00.000Z',
      ends_at: '2026-02-03T12:45:00.000Z',
      timezone: 'Europe/Warsaw',
      location: null,
      video_url: 'https://meet.example.com/abc-defg-hij',
      interviewers: [
        {
          user: { id: '60f818625414a64b384c8705', name: null },
          status: 'accepted',
          remote_status: 'accepted',
        },
        {
          user: { id: '60497fe33e2b74a609b7e410', name: null },
          status: 'tentative',
          remote_status: 'tentative',
        },
      ],
      candidate_status: 'accepted',
      remote_candidate_status: 'accepted',
      status: 'scheduled',
      remote_status: null,
      timeslots: [
        {
          id: '7a1c3e1e-4a1b-4c7e-9b0e-5f7d0c7c1a01',
          title: 'Technical interview',
          interview_type: 'Video Call',
          location: 'Room 4',
          starts_at: '2026-02-03T10:00:00.000Z',
          ends_at: '2026-02-03T11:00:00.000Z',
          candidate_status: 'accepted',
          remote_candidate_status: 'accepted',
          interviewers: [
            {
              user: { id: '60f818625414a64b384c8705', name: null },
              status: 'accepted',
              remote_status: 'accepted',
            },
            {
              user: { id: '60497fe33e2b74a609b7e410', name: null },
              status: 'tentative',
              remote_status: 'tentative',
            },
          ],
        },
        {
          id: '7a1c3e1e-4a1b-4c7e-9b0e-5f7d0c7c1a02',
          title: 'Team fit',
          interview_type: 'Onsite',
          location: 'Room 2',
          starts_at: '2026-02-03T12:00:00.000Z',
          ends_at: '2026-02-03T12:45:00.000Z',
          candidate_status: 'accepted',
          remote_candidate_status: 'accepted',
          interviewers: [
            {
              user: { id: '60497fe33e2b74a609b7e410', name: null },
              status: 'declined',
              remote_status: 'declined',
            },
          ],
        },
      ],
      web_url: 'https://scheduler.example.com/interviews/42',
      remote_data: raw,
    });
    expect(InterviewSchema.safeParse(mapped).success).toBe(true);
  });

  it("puts an address in location, and keeps an unknown status as 'other' with its remote value", () => {
    const mapped = toUnifiedInterview({
      id: 'i',
      location: '1 Main Street, Krakow',
      candidate: { id: 'c', status: 'rescheduling' },
      timeslots: [{ startsOn: 'x', interviewers: [{ id: 'u', status: 'ACCEPTED' }] }],
    });
    expect(mapped).toMatchObject({
      location: '1 Main Street, Krakow',
      video_url: null,
      candidate_status: 'other',
      remote_candidate_status: 'rescheduling',
      starts_at: null,
      application: null,
      interviewers: [{ user: { id: 'u' }, status: 'accepted', remote_status: 'ACCEPTED' }],
    });
    expect(toUnifiedAttendeeStatus(null)).toBe('pending');
    expect(toUnifiedAttendeeStatus('null')).toBe('pending');
  });

  it("reads the candidate's status from each time slot; the interview's sums them up", () => {
    const slot = (candidateStatus?: string) => ({
      startsOn: '2026-03-02T09:00:00.000Z',
      endsOn: '2026-03-02T10:00:00.000Z',
      interviewers: [],
      ...(candidateStatus === undefined ? {} : { candidateStatus }),
    });
    const of = (statuses: Array<string | undefined>, deprecated?: string) =>
      toUnifiedInterview({
        id: 'i',
        candidate: { id: 'c', ...(deprecated === undefined ? {} : { status: deprecated }) },
        timeslots: statuses.map(slot),
      });
    // One declined slot: the candidate declined (the deprecated interview-level field is absent).
    const declined = of(['declined']);
    expect(declined).toMatchObject({ candidate_status: 'declined', remote_candidate_status: 'declined' });
    expect(declined.timeslots[0]).toMatchObject({
      candidate_status: 'declined',
      remote_candidate_status: 'declined',
    });
    // Several slots: declined, then an unknown answer, then pending, then tentative, then accepted.
    expect(of(['accepted', 'declined']).candidate_status).toBe('declined');
    expect(of(['accepted', 'no_show'])).toMatchObject({
      candidate_status: 'other',
      remote_candidate_status: 'no_show',
    });
    expect(of(['accepted', 'pending']).candidate_status).toBe('pending');
    expect(of(['accepted', undefined]).candidate_status).toBe('pending');
    expect(of(['tentative', 'accepted']).candidate_status).toBe('tentative');
    expect(of(['accepted', 'accepted']).candidate_status).toBe('accepted');
    // A slot without its own status inherits SR's deprecated interview-level one.
    const legacy = of([undefined, 'declined'], 'accepted');
    expect(legacy.timeslots.map((t) => [t.candidate_status, t.remote_candidate_status])).toEqual([
      ['accepted', 'accepted'],
      ['declined', 'declined'],
    ]);
    expect(legacy.candidate_status).toBe('declined');
    expect(of([], 'tentative').candidate_status).toBe('tentative');
    expect(of([]).candidate_status).toBe('pending');
  });

  it('keeps unknown fields in remote_data and warns on wrong ones', () => {
    const warnings: Warning[] = [];
    const raw = { ...fixture('interview'), meetingProvider: 'zoom', timezone: 3 };
    const mapped = toUnifiedInterview(raw, { warnings });
    expect(mapped.remote_data?.meetingProvider).toBe('zoom');
    expect(mapped.timezone).toBeNull();
    expect(warnings.map((w) => w.path)).toEqual([['timezone']]);
  });

  it('types custom_mappings', () => {
    const mapped = toUnifiedInterview(fixture('interview'), { mapping: (raw) => raw.timeslots?.length ?? 0 });
    expect(mapped.custom_mappings).toBe(2);
    expectTypeOf(mapped.custom_mappings).toEqualTypeOf<number>();
    expectTypeOf(toUnifiedInterview({})).toEqualTypeOf<Interview>();
  });
});

const input: InterviewCreateInput = {
  application_id: `${CANDIDATE}:${JOB}`,
  organizer_id: 'u1',
  timezone: 'Europe/Warsaw',
  location: 'https://meet.example.com/x',
  web_url: 'https://scheduler.example.com/1',
  timeslots: [
    {
      starts_at: '2026-02-03T11:00:00+01:00',
      ends_at: '2026-02-03T12:00:00+01:00',
      interviewer_ids: ['u1', 'u2'],
      title: 'Panel',
      interview_type: 'Onsite',
      location: 'Room 1',
    },
  ],
};

describe('toSrInterviewInput', () => {
  it('builds the create body, and round-trips through what SR returns', () => {
    const body = toSrInterviewInput(input);
    expect(body).toEqual({
      candidate: { id: CANDIDATE },
      jobId: JOB,
      organizerId: 'u1',
      timezone: 'Europe/Warsaw',
      location: 'https://meet.example.com/x',
      refUrl: 'https://scheduler.example.com/1',
      timeslots: [
        {
          startsOn: '2026-02-03T10:00:00.000Z',
          endsOn: '2026-02-03T11:00:00.000Z',
          title: 'Panel',
          interviewType: 'Onsite',
          place: 'Room 1',
          // SR's Interviewer requires a status: new interviewers have not answered.
          interviewers: [
            { id: 'u1', status: 'pending' },
            { id: 'u2', status: 'pending' },
          ],
        },
      ],
    });
    const returned = {
      ...body,
      id: 'i1',
      createdOn: '2026-01-01T00:00:00.000Z',
      candidate: { ...body.candidate, status: 'pending' },
      timeslots: body.timeslots.map((slot, i) => ({
        ...slot,
        id: `s${i}`,
        interviewers: slot.interviewers.map((person) => ({ ...person, status: 'pending' })),
      })),
    };
    const unified = toUnifiedInterview(returned);
    expect(unified).toMatchObject({
      application: { id: input.application_id },
      organizer: { id: 'u1' },
      timezone: input.timezone,
      video_url: input.location,
      web_url: input.web_url,
      starts_at: '2026-02-03T10:00:00.000Z',
      ends_at: '2026-02-03T11:00:00.000Z',
      title: 'Panel',
    });
    expect(unified.timeslots[0]).toMatchObject({ interview_type: 'Onsite', location: 'Room 1' });
    expect(unified.interviewers.map((i) => i.user.id)).toEqual(['u1', 'u2']);
  });

  it('refuses bad input', () => {
    const issues = (change: Partial<InterviewCreateInput>) =>
      thrown(() => toSrInterviewInput({ ...input, ...change } as InterviewCreateInput)).issues;
    expect(issues({ timezone: 'Mars/Olympus' })[0]?.path).toEqual(['timezone']);
    expect(issues({ timeslots: [] })[0]?.path).toEqual(['timeslots']);
    expect(issues({ application_id: 'nope' })[0]?.path).toEqual([]);
    const slot = input.timeslots[0]!;
    expect(issues({ timeslots: [{ ...slot, ends_at: slot.starts_at }] })[0]?.path).toEqual([
      'timeslots',
      0,
      'ends_at',
    ]);
    expect(issues({ timeslots: [{ ...slot, interviewer_ids: ['u1', 'u1'] }] })[0]?.path).toEqual([
      'timeslots',
      0,
      'interviewer_ids',
      1,
    ]);
    expect(issues({ timeslots: [{ ...slot, starts_at: '2026-02-03 10:00' }] })[0]?.path).toEqual([
      'timeslots',
      0,
      'starts_at',
    ]);
  });
});

describe('toSrTimeslotUpdate', () => {
  const current = {
    id: 's1',
    title: 'Panel',
    place: 'Room 4',
    interviewType: 'Onsite',
    startsOn: '2026-03-02T09:00:00.000Z',
    endsOn: '2026-03-02T10:00:00.000Z',
    candidateStatus: 'accepted',
    interviewers: [
      { id: 'u1', status: 'accepted' },
      { id: 'u2', status: 'declined' },
    ],
  };

  it('sends the slot back whole with the changes; null clears a field', () => {
    expect(toSrTimeslotUpdate(current, { title: null, interviewer_ids: ['u2', 'u3'] })).toEqual({
      startsOn: current.startsOn,
      endsOn: current.endsOn,
      interviewers: [
        { id: 'u2', status: 'declined' },
        { id: 'u3', status: 'pending' },
      ],
      interviewType: 'Onsite',
      place: 'Room 4',
      candidateStatus: 'accepted',
    });
  });

  it('refuses a slot that would end before it starts, and a read slot that is not whole', () => {
    expect(
      thrown(() => toSrTimeslotUpdate(current, { starts_at: '2026-03-02T11:00:00Z' })).issues[0]?.path,
    ).toEqual(['starts_at']);
    expect(() => toSrTimeslotUpdate({ ...current, endsOn: undefined }, { title: 'x' })).toThrow(/endsOn/);
    expect(() => toSrTimeslotUpdate({ ...current, interviewers: [] }, { title: 'x' })).toThrow(
      /interviewers/,
    );
  });
});

describe('toSrInterviewUpdate', () => {
  it('builds the update body and refuses an empty one', () => {
    // The candidate's status is written per time slot, not in SR's deprecated interview-level field.
    expect(toSrInterviewUpdate({ location: 'Room 9', candidate_status: 'declined' })).toEqual({
      location: 'Room 9',
    });
    expect(thrown(() => toSrInterviewUpdate({})).issues[0]?.message).toMatch(/nothing to update/);
    expect(thrown(() => toSrInterviewUpdate({ candidate_status: 'maybe' } as never)).issues[0]?.path).toEqual(
      ['candidate_status'],
    );
  });
});
