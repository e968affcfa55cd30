/**
 * Seed data of the hiring workflow around applications: the offer form, interview types,
 * interviews and reviews of the applications that reached the interview stage, scorecard
 * criteria, predefined locations (offices) and candidates' consent decisions. Runs after the rest
 * of the seed with its own generator, so the data seeded before it does not change.
 */
import { CITIES } from './catalog.js';
import { iso } from './clock.js';
import type { ConsentRecord, TimeslotRecord } from './model.js';
import { Rng } from './random.js';
import type { FakeState } from './state.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Time zone of each seeded city (TZ database names). */
export const TIME_ZONES: Record<string, string> = {
  Krakow: 'Europe/Warsaw',
  Berlin: 'Europe/Berlin',
  'San Francisco': 'America/Los_Angeles',
  'New York': 'America/New_York',
  Dublin: 'Europe/Dublin',
  Paris: 'Europe/Paris',
  Lisbon: 'Europe/Lisbon',
  Toronto: 'America/Toronto',
};

/** The fake's interview types. */
export const SEED_INTERVIEW_TYPES = ['Phone Screen', 'Video Call', 'Onsite', 'Case Study'] as const;

/** Fills the hiring-workflow collections of `state` (after `seedState`). */
export function seedHiring(state: FakeState, options: { seed: number; epochMs: number }): void {
  const rng = new Rng((options.seed ^ 0x51f7e3a9) >>> 0);
  const epoch = options.epochMs;
  const at = (ms: number) => iso(Math.min(ms, epoch - 1));

  state.offerProperties = [
    {
      id: 'COMPENSATION',
      properties: [
        { key: 'base_salary', label: 'Base salary', required: true, type: 'CURRENCY' },
        { key: 'signing_bonus', label: 'Signing bonus', required: false, type: 'CURRENCY' },
      ],
    },
    {
      id: 'EMPLOYMENT',
      properties: [
        { key: 'start_date', label: 'Start date', required: true, type: 'DATE' },
        { key: 'contract_type', label: 'Contract type', required: false, type: 'SELECT' },
      ],
    },
  ];
  state.interviewTypes = [...SEED_INTERVIEW_TYPES];

  for (const city of CITIES) {
    const id = rng.uuid();
    state.predefinedLocations.set(id, {
      id,
      name: `${city.city} Office`,
      country: city.country,
      countryCode: city.countryCode,
      region: city.region,
      regionCode: city.regionCode,
      city: city.city,
      address: `${rng.int(1, 200)} Market Street`,
      postalCode: city.postalCode,
    });
  }

  for (const job of state.jobs.values()) {
    state.scorecardCriteria.set(
      job.id,
      ['Role knowledge', 'Communication', 'Team fit'].map((label) => ({ id: rng.uuid(), label })),
    );
  }

  const activeUsers = [...state.users.values()].filter((user) => user.active).map((user) => user.id);
  for (const app of state.applications.values()) {
    const index = app.statusHistory.findIndex((change) => change.status === 'INTERVIEW');
    const interviewed = app.statusHistory[index];
    const job = state.jobs.get(app.jobId);
    if (!interviewed || !job || activeUsers.length === 0) continue;
    const team = job.hiringTeam.map((member) => member.userId).filter((id) => activeUsers.includes(id));
    const panel = team.length > 0 ? team : [rng.pick(activeUsers)];
    const interviewedMs = Date.parse(interviewed.changedOn);
    const days = rng.int(1, 5);
    const slotCount = rng.int(1, 2);
    // One-hour slots two hours apart, a few days after the move to INTERVIEW, or, when the
    // application moved on since, before that next change. An application still at INTERVIEW
    // may have its interview after the epoch: it is scheduled.
    const length = (slotCount - 1) * 2 * HOUR + HOUR;
    const nextChange = app.statusHistory[index + 1];
    const window = nextChange ? Date.parse(nextChange.changedOn) - interviewedMs : Number.POSITIVE_INFINITY;
    const start =
      days * DAY + 9 * HOUR + length < window
        ? interviewedMs + days * DAY + 9 * HOUR
        : interviewedMs + Math.max(0, Math.floor((window - length) / 2));
    const timeslots: TimeslotRecord[] = Array.from({ length: slotCount }, (_, k) => {
      const slotStart = start + k * 2 * HOUR;
      return {
        id: rng.uuid(),
        interviewType: SEED_INTERVIEW_TYPES[k % SEED_INTERVIEW_TYPES.length] ?? null,
        title: k === 0 ? `Interview: ${job.title}` : `Follow-up: ${job.title}`,
        place: null,
        startsOn: iso(slotStart),
        endsOn: iso(slotStart + HOUR),
        interviewers: rng.sample(panel, Math.max(1, Math.min(panel.length, rng.int(1, 2)))).map((id) => ({
          id,
          status: rng.pick(['accepted', 'accepted', 'tentative'] as const),
        })),
        candidateStatus: 'accepted',
        noShow: false,
      };
    });
    const remote = job.location.remote;
    const interview = state.addInterview({
      id: rng.uuid(),
      candidateId: app.candidateId,
      jobId: app.jobId,
      candidateStatus: 'accepted',
      location: remote
        ? `https://meet.example.com/${rng.hex(10)}`
        : `${job.location.address ?? 'Main Street'}, ${job.location.city}`,
      organizerId: panel[0] ?? state.meUserId,
      timezone: TIME_ZONES[job.location.city] ?? 'UTC',
      timeslots,
      createdOn: interviewed.changedOn,
    });
    for (const slot of interview.timeslots) {
      const ended = Date.parse(slot.endsOn);
      for (const interviewer of slot.interviewers) {
        // Written 1-20 hours after the slot ended; sooner when that would be after the epoch,
        // and not at all for a slot still to come.
        const delay = rng.int(1, 20) * HOUR;
        const review = {
          id: rng.uuid(),
          candidateId: app.candidateId,
          jobId: app.jobId,
          reviewerId: interviewer.id,
          overallRating: rng.int(1, 5),
          comment: rng.pick([
            'Strong fundamentals.',
            'Good communicator.',
            'Needs more depth.',
            'Great fit.',
          ]),
        };
        if (ended >= epoch) continue;
        const reviewedMs =
          ended + (ended + delay < epoch ? delay : Math.floor(((epoch - ended) * delay) / (21 * HOUR)));
        const reviewed = iso(Math.max(reviewedMs, ended + 1));
        state.addReview({ ...review, createdOn: reviewed, updatedOn: reviewed });
      }
    }
  }

  for (const candidate of state.candidates.values()) {
    const decided = at(Date.parse(candidate.createdOn) + rng.int(1, 48) * HOUR);
    let record: ConsentRecord;
    if (candidate.consentStatus === 'ACQUIRED') {
      record = rng.chance(0.25)
        ? {
            decisions: [
              { status: 'acquired', scope: 'SmartRecruit', decidedOn: decided },
              { status: 'declined', scope: 'SmartCRM', decidedOn: decided },
            ],
            recentPendingRequestCreatedOn: null,
          }
        : {
            decisions: [{ status: 'acquired', scope: 'Single', decidedOn: decided }],
            recentPendingRequestCreatedOn: null,
          };
    } else if (candidate.consentStatus === 'PENDING') {
      record = { decisions: [], recentPendingRequestCreatedOn: decided };
    } else {
      record = {
        decisions: [{ status: 'required', scope: 'Single', decidedOn: decided }],
        recentPendingRequestCreatedOn: null,
      };
    }
    state.consents.set(candidate.id, record);
  }
}
