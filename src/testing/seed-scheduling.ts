/**
 * Seed data of interview templates and self-scheduling: the company's templates, each job's
 * templates for the steps its hiring process has (interviewers from its hiring team), managed
 * steps, active users' scheduling preferences, and self-schedules of some applications at the
 * interview stage: pending invitations and interviews booked after the seed epoch. Runs after the
 * rest of the seed with its own generator, so the data seeded before it does not change.
 */
import { iso } from './clock.js';
import type { HiringStage, HiringTeamRole, InterviewTemplateRecord, ScheduleType } from './model.js';
import { Rng } from './random.js';
import { freeSlots, STATUS_OF_STAGE, slotWindow, stageOf, templateInterviewers } from './scheduling.js';
import { TIME_ZONES } from './seed-hiring.js';
import type { FakeState } from './state.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Most seeded self-schedules. */
const MAX_SELF_SCHEDULES = 10;

/** The company's templates: name, type, minutes, stage, step, interview type, interviewer roles. */
const TEMPLATES: ReadonlyArray<
  [string, ScheduleType, number, HiringStage, string, string, readonly HiringTeamRole[]]
> = [
  ['Screening Call', 'INDIVIDUAL', 30, 'IN_PROGRESS', 'Screening', 'Phone Screen', ['RECRUITER']],
  [
    'Recruiter Phone Screen',
    'INDIVIDUAL',
    30,
    'IN_PROGRESS',
    'Recruiter Screen',
    'Phone Screen',
    ['RECRUITER'],
  ],
  [
    'Phone Screen',
    'INDIVIDUAL',
    45,
    'INTERVIEW',
    'Phone Screen',
    'Phone Screen',
    ['RECRUITER', 'HIRING_MANAGER'],
  ],
  [
    'Technical Interview',
    'INDIVIDUAL',
    60,
    'INTERVIEW',
    'Technical Interview',
    'Video Call',
    ['INTERVIEW_TEAM', 'HIRING_MANAGER'],
  ],
  [
    'Onsite Interview',
    'INDIVIDUAL',
    120,
    'INTERVIEW',
    'Onsite Interview',
    'Onsite',
    ['INTERVIEW_TEAM', 'HIRING_MANAGER'],
  ],
  ['Sales Role Play', 'GROUP', 90, 'INTERVIEW', 'Role Play', 'Case Study', ['HIRING_MANAGER']],
  [
    'Final Interview',
    'INDIVIDUAL',
    45,
    'INTERVIEW',
    'Final Interview',
    'Video Call',
    ['HIRING_MANAGER', 'EXECUTIVE'],
  ],
  ['Offer Call', 'INDIVIDUAL', 30, 'OFFER', 'Verbal Offer', 'Phone Screen', ['RECRUITER']],
];

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const;
const HOURS: ReadonlyArray<[string, string]> = [
  ['09:00', '17:00'],
  ['08:00', '16:00'],
  ['10:00', '18:00'],
];

/** Fills the scheduling collections of `state` (after `seedHiring`). */
export function seedScheduling(state: FakeState, options: { seed: number; epochMs: number }): void {
  const rng = new Rng((options.seed ^ 0x5c4ed01e) >>> 0);
  const epoch = options.epochMs;
  const active = (id: string) => state.users.get(id)?.active === true;

  const templates: InterviewTemplateRecord[] = TEMPLATES.map(
    ([name, type, minutes, stage, step, interviewType, roles], k) => {
      const created = iso(epoch - (120 - k * 7) * DAY);
      return state.addInterviewTemplate({
        id: rng.uuid(),
        name,
        type,
        durationInMinutes: minutes,
        hiringStage: stage,
        hiringStep: step,
        interviewType: state.interviewTypes.includes(interviewType) ? interviewType : null,
        location: interviewType === 'Onsite' ? 'Main office, reception' : null,
        interviewerRoles: [...roles],
        createdOn: created,
        updatedOn: created,
      });
    },
  );

  for (const user of state.users.values()) {
    if (!user.active) continue;
    const [startTime, endTime] = rng.pick(HOURS);
    state.schedulePreferences.set(user.id, {
      userId: user.id,
      timezone: TIME_ZONES[user.location?.city ?? ''] ?? 'UTC',
      workingHours: WEEKDAYS.map((dayOfWeek) => ({ dayOfWeek, startTime, endTime })),
      maxInterviewsPerDay: rng.int(3, 6),
    });
  }

  for (const job of state.jobs.values()) {
    const process = state.hiringProcesses.get(job.hiringProcessId);
    const team = job.hiringTeam.filter((member) => active(member.userId));
    const managed: Array<{ hiringStage: HiringStage; hiringStep: string }> = [];
    for (const template of templates) {
      const stage = template.hiringStage as HiringStage;
      const step = template.hiringStep as string;
      const steps = (process?.subStatuses as Record<string, string[] | undefined> | undefined)?.[
        STATUS_OF_STAGE[stage]
      ];
      if (!steps?.includes(step)) continue;
      const byRole: Partial<Record<HiringTeamRole, string[]>> = {};
      for (const role of template.interviewerRoles) {
        const ids = team.filter((member) => member.role === role).map((member) => member.userId);
        if (ids.length > 0) byRole[role] = ids;
      }
      if (Object.keys(byRole).length === 0) {
        const anyone = [...state.users.values()].filter((user) => user.active);
        const role = template.interviewerRoles[0];
        if (anyone.length > 0 && role) byRole[role] = [rng.pick(anyone).id];
      }
      state.assignJobTemplate({
        jobId: job.id,
        templateId: template.id,
        hiringStage: stage,
        hiringStep: step,
        interviewersByRole: byRole,
      });
      if (stage === 'INTERVIEW') managed.push({ hiringStage: stage, hiringStep: step });
    }
    if (managed.length > 0) state.managedSteps.set(job.id, managed);
  }

  let made = 0;
  for (const app of state.applications.values()) {
    if (made >= MAX_SELF_SCHEDULES) break;
    const stage = stageOf(app);
    if (stage?.hiringStage !== 'INTERVIEW') continue;
    const template = state.jobTemplate(app.jobId, stage.hiringStage, stage.hiringStep);
    const interviewerIds = template ? templateInterviewers(state, template) : [];
    if (!template || interviewerIds.length === 0 || !rng.chance(0.7)) continue;
    const invited = iso(Math.max(Date.parse(app.updatedOn) + HOUR, epoch - rng.int(2, 72) * HOUR));
    const schedule = state.addSelfSchedule({
      id: rng.uuid(),
      jobTemplate: template,
      applicationUuid: app.id,
      interviewerIds,
      createdOn: invited,
    });
    made += 1;
    // About half the candidates booked already: the first free slot a day or more after the epoch.
    if (!rng.chance(0.5)) continue;
    const window = slotWindow(epoch + DAY);
    const [slot] = freeSlots(state, {
      interviewerIds,
      durationMinutes: template.durationInMinutes,
      ...window,
    });
    if (!slot) continue;
    const interviewId = rng.uuid();
    state.selfScheduledInterviews.set(interviewId, {
      id: interviewId,
      selfScheduleId: schedule.id,
      applicationUuid: app.id,
      startsAt: iso(slot.startsAt),
      endsAt: iso(slot.endsAt),
      interviewerIds,
      location: template.location,
      timezone: 'UTC',
      createdOn: iso(Date.parse(invited) + rng.int(1, 20) * 60_000),
    });
    const [entry] = schedule.applications;
    if (entry) Object.assign(entry, { status: 'SCHEDULED', interviewId });
  }
}
