import { describe, expect, it } from 'vitest';
import {
  createFakeSmartRecruitersCore,
  SR_APPLICATION_STATUSES,
  SR_CANDIDATE_PROPERTY_TYPES,
  SR_JOB_STATUSES,
  SR_POSTING_STATUSES,
  SR_SYSTEM_ROLE_IDS,
} from '../../src/testing/index.js';
import { DEFAULT_SEED_EPOCH } from '../../src/testing/seed.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEX24 = /^[0-9a-f]{24}$/;

function snapshot(seed: number, counts = {}) {
  const core = createFakeSmartRecruitersCore({ seed, counts });
  return JSON.stringify(core.state.snapshot());
}

describe('seed data', () => {
  it('is byte-identical for the same seed and differs for another', () => {
    const a = snapshot(42);
    expect(snapshot(42)).toBe(a);
    expect(snapshot(43)).not.toBe(a);
  });

  it('does not depend on the wall clock', () => {
    const early = createFakeSmartRecruitersCore({ seed: 5, now: () => Date.UTC(2020, 0, 1) });
    const late = createFakeSmartRecruitersCore({ seed: 5, now: () => Date.UTC(2030, 0, 1) });
    expect(JSON.stringify(early.state.snapshot())).toBe(JSON.stringify(late.state.snapshot()));
  });

  it('covers every application status, with sub-statuses, reasons and startsOn', () => {
    const { state } = createFakeSmartRecruitersCore({ seed: 3 });
    const apps = [...state.applications.values()];
    expect(new Set(apps.map((a) => a.status))).toEqual(new Set(SR_APPLICATION_STATUSES));
    for (const a of apps) {
      expect(a.reasonOfRejection !== null).toBe(a.status === 'REJECTED');
      expect(state.rejectionReasons.has(a.reasonOfRejection?.id ?? '') || a.status !== 'REJECTED').toBe(true);
      expect(a.reasonOfWithdrawal !== null).toBe(a.status === 'WITHDRAWN');
      expect(a.startsOn !== null).toBe(a.status === 'HIRED');
      if (a.subStatus !== null) {
        const job = state.jobs.get(a.jobId)!;
        const process = state.hiringProcesses.get(job.hiringProcessId)!;
        expect(process.subStatuses[a.status as 'IN_REVIEW']).toContain(a.subStatus);
      }
    }
    expect(apps.some((a) => a.subStatus !== null)).toBe(true);
  });

  it('gives some candidates several applications and some none', () => {
    const { state } = createFakeSmartRecruitersCore({ seed: 3 });
    const counts = [...state.candidates.keys()].map((id) => state.applicationsOf(id).length);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(2);
    expect(counts).toContain(0);
  });

  it('covers every job status, posting status, system role and candidate property type', () => {
    const { state } = createFakeSmartRecruitersCore({ seed: 9 });
    const jobs = [...state.jobs.values()];
    expect(new Set(jobs.map((j) => j.status))).toEqual(new Set(SR_JOB_STATUSES));
    expect(new Set(jobs.map((j) => j.postingStatus))).toEqual(new Set(SR_POSTING_STATUSES));
    expect(jobs.some((j) => j.location.remote)).toBe(true);
    expect(jobs.some((j) => !j.location.remote)).toBe(true);
    expect(jobs.some((j) => j.compensation !== null)).toBe(true);
    expect(jobs.every((j) => j.hiringTeam.length > 0 && j.jobAd.sections.jobDescription)).toBe(true);
    expect(new Set([...state.users.values()].map((u) => u.systemRoleId))).toEqual(
      new Set(SR_SYSTEM_ROLE_IDS),
    );
    expect(new Set([...state.candidateProperties.values()].map((p) => p.type))).toEqual(
      new Set(SR_CANDIDATE_PROPERTY_TYPES),
    );
    expect(
      [...state.candidateProperties.values()].find((p) => p.type === 'SINGLE_SELECT')!.values.length,
    ).toBeGreaterThan(1);
  });

  it('uses SR id shapes and ISO timestamps with milliseconds', () => {
    const { state } = createFakeSmartRecruitersCore({ seed: 11 });
    for (const c of state.candidates.values()) expect(c.id).toMatch(UUID);
    for (const j of state.jobs.values()) expect(j.id).toMatch(UUID);
    for (const a of state.attachments.values()) expect(a.id).toMatch(UUID);
    for (const u of state.users.values()) expect(u.id).toMatch(HEX24);
    for (const g of state.accessGroups.values()) expect(g.id).toMatch(HEX24);
    for (const r of state.systemRoles.values()) expect(r.id).toMatch(/^[A-Z]+$/);
    for (const c of state.candidates.values())
      expect(c.createdOn).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('has the default API source, reasons, departments, attachments with real bytes and offers', () => {
    const { state } = createFakeSmartRecruitersCore({ seed: 1 });
    expect(state.sourceValues.get(state.defaultSource.sourceId)?.label).toBe('API');
    expect(state.rejectionReasons.size).toBeGreaterThan(0);
    expect(state.withdrawalReasons.size).toBeGreaterThan(0);
    expect(state.departments.size).toBeGreaterThan(0);
    const resume = [...state.attachments.values()].find((a) => a.type === 'RESUME')!;
    expect(new TextDecoder().decode(resume.bytes.slice(0, 8))).toBe('%PDF-1.4');
    expect([...state.attachments.values()].some((a) => a.jobId !== null)).toBe(true);
    expect(state.offers.size).toBeGreaterThan(0);
    const candidate = [...state.candidates.values()];
    expect(
      candidate.some((c) => c.education.length > 0 && c.experience.length > 0 && c.web && c.tags.length > 0),
    ).toBe(true);
  });

  it('dates every record realistically and in order, never at the seed epoch (a large seed)', () => {
    const core = createFakeSmartRecruitersCore({
      seed: 11,
      counts: { candidates: 2000, jobs: 100, users: 300 },
    });
    const { state } = core;
    const epoch = DEFAULT_SEED_EPOCH;
    const ms = (iso: string) => Date.parse(iso);
    const stamps: string[] = [];
    for (const app of state.applications.values()) {
      const times = app.statusHistory.map((h) => ms(h.changedOn));
      // Each status change after the previous one, all before the epoch.
      for (let i = 1; i < times.length; i++) expect(times[i]!, app.id).toBeGreaterThan(times[i - 1]!);
      expect(times.at(-1)!).toBeLessThan(epoch);
      stamps.push(app.createdOn, app.updatedOn, ...app.statusHistory.map((h) => h.changedOn));
    }
    for (const candidate of state.candidates.values()) stamps.push(candidate.updatedOn);
    for (const offer of state.offers.values()) {
      expect(ms(offer.createdOn)).toBeLessThanOrEqual(ms(offer.updatedOn));
      expect(ms(offer.updatedOn)).toBeLessThan(epoch);
      for (const doc of offer.documents)
        expect(ms(doc.createdOn)).toBeGreaterThanOrEqual(ms(offer.createdOn));
      stamps.push(offer.createdOn, offer.updatedOn, ...offer.documents.map((d) => d.createdOn));
    }
    const slotEnds = new Map<string, number[]>();
    let slots = 0;
    for (const interview of state.interviews.values()) {
      for (const slot of interview.timeslots) {
        slots++;
        expect(ms(slot.endsOn), slot.id).toBeGreaterThan(ms(slot.startsOn));
        expect(ms(slot.startsOn)).toBeGreaterThanOrEqual(ms(interview.createdOn));
        const key = `${interview.candidateId}:${interview.jobId}`;
        slotEnds.set(key, [...(slotEnds.get(key) ?? []), ms(slot.endsOn)]);
      }
      stamps.push(interview.createdOn);
    }
    expect(slots).toBeGreaterThan(1000);
    for (const review of state.reviews.values()) {
      // Written after an interview of the application ended, and before the epoch.
      const ends = slotEnds.get(`${review.candidateId}:${review.jobId}`) ?? [];
      expect(ends.some((end) => end < ms(review.createdOn))).toBe(true);
      expect(ms(review.createdOn)).toBeLessThan(epoch);
      stamps.push(review.createdOn, review.updatedOn);
    }
    expect(state.reviews.size).toBeGreaterThan(1000);
    for (const job of state.jobs.values()) {
      const times = job.statusHistory.map((h) => ms(h.changedOn));
      for (let i = 1; i < times.length; i++) expect(times[i]!, job.id).toBeGreaterThan(times[i - 1]!);
      expect(ms(job.updatedOn)).toBeGreaterThanOrEqual(times.at(-1)!);
      expect(ms(job.updatedOn)).toBeLessThan(epoch);
    }
    for (const user of state.users.values()) expect(ms(user.updatedOn)).toBeLessThan(epoch);
    // A timestamp clamped to the epoch is an artefact, not a date: none, anywhere in the state.
    const clamped = stamps.filter((stamp) => ms(stamp) === epoch - 1);
    expect(clamped).toEqual([]);
    expect(JSON.stringify(state.snapshot())).not.toContain(new Date(epoch - 1).toISOString());
  });

  it('honours counts, including empty collections', () => {
    const { state } = createFakeSmartRecruitersCore({
      counts: { jobs: 3, candidates: 0, users: 2, accessGroups: 0 },
    });
    expect(state.jobs.size).toBe(3);
    expect(state.candidates.size).toBe(0);
    expect(state.users.size).toBe(2);
    expect(state.accessGroups.size).toBe(0);
  });
});
