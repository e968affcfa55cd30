/**
 * What the fake's interview templates and self-scheduling share: the hiring stage and step an
 * application is at, users' scheduling preferences (the company default for a user who set none),
 * and the free slots of a set of interviewers.
 *
 * A slot is free when it lies within every interviewer's working hours (in their own time zone),
 * overlaps none of their interviews (Interviews API time slots and self-scheduled interviews), and
 * falls on a day each of them has fewer interviews than their daily maximum. Slots start on the
 * half hour, from the next half hour after "now" for `SLOT_WINDOW_DAYS` days.
 *
 * UNCONFIRMED (the fake's choices, SR publishes no schema for these APIs): the default
 * preferences, the half-hour grid, the 14-day window, the stage of each application status.
 */
import type {
  ApplicationRecord,
  HiringStage,
  JobTemplateRecord,
  SchedulePreferencesRecord,
  WorkingHoursRecord,
} from './model.js';
import type { FakeState } from './state.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Slots start on this grid, in minutes. */
export const SLOT_STEP_MINUTES = 30;
/** How far ahead slots are offered, in days. */
export const SLOT_WINDOW_DAYS = 14;

/** The hiring stage of each application status that has one. */
const STAGE_OF_STATUS: Readonly<Record<string, HiringStage>> = {
  NEW: 'NEW',
  IN_REVIEW: 'IN_PROGRESS',
  INTERVIEW: 'INTERVIEW',
  OFFERED: 'OFFER',
};

/** The application status of each hiring stage (whose sub-statuses are the stage's steps). */
export const STATUS_OF_STAGE: Readonly<Record<HiringStage, string>> = {
  NEW: 'NEW',
  IN_PROGRESS: 'IN_REVIEW',
  INTERVIEW: 'INTERVIEW',
  OFFER: 'OFFERED',
};

/** The hiring stage and step an application is at, or `null` when its status has no stage. */
export function stageOf(app: ApplicationRecord): { hiringStage: HiringStage; hiringStep: string } | null {
  const hiringStage = STAGE_OF_STATUS[app.status];
  if (!hiringStage || app.subStatus === null) return null;
  return { hiringStage, hiringStep: app.subStatus };
}

/** The active users a job template names as interviewers, once each. */
export function templateInterviewers(state: FakeState, template: JobTemplateRecord): string[] {
  return [...new Set(Object.values(template.interviewersByRole).flat())].filter(
    (id) => state.users.get(id)?.active === true,
  );
}

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const;

/** A user's preferences: their own, or the company default (9:00-17:00 UTC on weekdays, 4 a day). */
export function preferencesOf(state: FakeState, userId: string): SchedulePreferencesRecord {
  return (
    state.schedulePreferences.get(userId) ?? {
      userId,
      timezone: 'UTC',
      workingHours: WEEKDAYS.map((dayOfWeek) => ({ dayOfWeek, startTime: '09:00', endTime: '17:00' })),
      maxInterviewsPerDay: 4,
    }
  );
}

/** Minutes since midnight of `HH:mm`. */
function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The weekday, local date and minutes since midnight of `ms` in `timeZone`. */
function localTime(ms: number, timeZone: string): { day: string; date: string; minutes: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'long',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(ms)) parts[part.type] = part.value;
  return {
    day: (parts.weekday ?? '').toUpperCase(),
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** Whether `[start, end)` lies within one of the working windows, on one local day. */
function withinHours(start: number, end: number, prefs: SchedulePreferencesRecord): boolean {
  const from = localTime(start, prefs.timezone);
  const to = localTime(end - MINUTE, prefs.timezone);
  if (from.date !== to.date) return false;
  return prefs.workingHours.some(
    (window: WorkingHoursRecord) =>
      window.dayOfWeek === from.day &&
      from.minutes >= minutesOf(window.startTime) &&
      to.minutes + 1 <= minutesOf(window.endTime),
  );
}

/** Every interview of each user: `[start, end)` in ms, optionally leaving one self-scheduled interview out. */
function busyTimes(
  state: FakeState,
  userIds: readonly string[],
  except?: string,
): Map<string, Array<[number, number]>> {
  const busy = new Map<string, Array<[number, number]>>(userIds.map((id) => [id, []]));
  for (const interview of state.interviews.values()) {
    for (const slot of interview.timeslots) {
      for (const interviewer of slot.interviewers) {
        busy.get(interviewer.id)?.push([Date.parse(slot.startsOn), Date.parse(slot.endsOn)]);
      }
    }
  }
  for (const interview of state.selfScheduledInterviews.values()) {
    if (interview.id === except) continue;
    for (const id of interview.interviewerIds) {
      busy.get(id)?.push([Date.parse(interview.startsAt), Date.parse(interview.endsAt)]);
    }
  }
  return busy;
}

/** A bookable slot. */
export interface Slot {
  startsAt: number;
  endsAt: number;
}

/**
 * The slots of `durationMinutes` every one of `interviewerIds` has free in `[from, to)`,
 * earliest first (`except`: a self-scheduled interview whose time counts as free, when moving it).
 */
export function freeSlots(
  state: FakeState,
  options: {
    interviewerIds: readonly string[];
    durationMinutes: number;
    from: number;
    to: number;
    except?: string;
  },
): Slot[] {
  const ids = [...new Set(options.interviewerIds)];
  if (ids.length === 0) return [];
  const prefs = ids.map((id) => preferencesOf(state, id));
  const busy = busyTimes(state, ids, options.except);
  // Interviews per local day of each interviewer, for their daily maximum.
  const perDay = ids.map((id, k) => {
    const counts = new Map<string, number>();
    const zone = (prefs[k] as SchedulePreferencesRecord).timezone;
    for (const [s] of busy.get(id) ?? []) {
      const date = localTime(s, zone).date;
      counts.set(date, (counts.get(date) ?? 0) + 1);
    }
    return counts;
  });
  const step = SLOT_STEP_MINUTES * MINUTE;
  const length = options.durationMinutes * MINUTE;
  const out: Slot[] = [];
  for (let start = Math.ceil(options.from / step) * step; start + length <= options.to; start += step) {
    const end = start + length;
    const free = ids.every((id, k) => {
      const pref = prefs[k] as SchedulePreferencesRecord;
      if (!withinHours(start, end, pref)) return false;
      const times = busy.get(id) ?? [];
      if (times.some(([s, e]) => s < end && start < e)) return false;
      const day = localTime(start, pref.timezone).date;
      return (perDay[k]?.get(day) ?? 0) < pref.maxInterviewsPerDay;
    });
    if (free) out.push({ startsAt: start, endsAt: end });
  }
  return out;
}

/** The default window of slots from `now`: `SLOT_WINDOW_DAYS` days. */
export function slotWindow(now: number, days = SLOT_WINDOW_DAYS): { from: number; to: number } {
  return { from: now, to: now + days * DAY };
}
