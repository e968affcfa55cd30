import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BadRequestError,
  NotFoundError,
  type SmartRecruiters,
  UnprocessableEntityError,
} from '../../src/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';
import { FAST_CLIENT, FAST_FAKE, rejectsBeforeAnyRequest, routesAfter, sdkFor } from '../helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({ ...FAST_FAKE, seed: 7, now: () => Date.UTC(2026, 0, 5, 7) });
  sr = sdkFor(fake, FAST_CLIENT);
});
afterAll(() => fake.close());

/** A job with a hiring process that has an INTERVIEW step, and that step. */
function jobWithStep(): { jobId: string; step: string } {
  for (const job of fake.state.jobs.values()) {
    const step = fake.state.hiringProcesses.get(job.hiringProcessId)?.subStatuses.INTERVIEW?.[0];
    if (step) return { jobId: job.id, step };
  }
  throw new Error('no job with an interview step');
}

function activeUser(): string {
  return [...fake.state.users.values()].find((u) => u.active)!.id;
}

describe('interviewTemplates: company templates', () => {
  it('lists every template across page-number pages, filtered, and resumes from a cursor', async () => {
    for (let k = 0; k < 5; k++) {
      fake.state.addInterviewTemplate({ name: `Panel ${k}`, type: 'GROUP', hiringStage: 'INTERVIEW' });
    }
    const before = fake.requests.length;
    const panels = await sr.interviewTemplates.list({ search: 'panel', type: 'GROUP', limit: 2 }).toArray();
    expect(panels.map((t) => t.name)).toEqual(['Panel 0', 'Panel 1', 'Panel 2', 'Panel 3', 'Panel 4']);
    // Pages of 2 by page number (the first without `page`), and one empty page closing the list.
    expect(fake.requests.entries.slice(before).map((e) => e.query.page?.[0])).toEqual([
      undefined,
      '1',
      '2',
      '3',
    ]);
    const first = await sr.interviewTemplates.list({ search: 'panel', type: 'GROUP', limit: 2 });
    expect(first.total).toBe(5);
    const rest = await sr.interviewTemplates.list({ cursor: first.next_cursor as string }).toArray();
    expect(rest.map((t) => t.name)).toEqual(['Panel 2', 'Panel 3', 'Panel 4']);
    const seeded = await sr.interviewTemplates.list({ hiring_stage: 'OFFER' }).toArray();
    expect(seeded.map((t) => t.name)).toEqual(['Offer Call']);
  });

  it('creates, reads, replaces and deletes a template, passing fields it does not name', async () => {
    const created = await sr.interviewTemplates.create({
      name: 'Architecture review',
      type: 'INDIVIDUAL',
      durationInMinutes: 90,
      hiringStage: 'INTERVIEW',
      hiringStep: 'Onsite Interview',
      interviewType: 'Onsite',
      interviewerRoles: ['INTERVIEW_TEAM'],
      roomCode: 'B2',
    });
    expect(created).toMatchObject({ name: 'Architecture review', durationInMinutes: 90, type: 'INDIVIDUAL' });
    expect(await sr.interviewTemplates.get(created.id)).toEqual(created);
    const replaced = await sr.interviewTemplates.update(created.id, {
      name: 'Architecture review',
      type: 'GROUP',
      durationInMinutes: 60,
    });
    // A PUT replaces: what was left out is gone.
    expect(replaced).toMatchObject({ type: 'GROUP', durationInMinutes: 60 });
    expect(replaced.hiringStage).toBeUndefined();
    await sr.interviewTemplates.delete(created.id);
    await expect(sr.interviewTemplates.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses bad input before any request, and SR refuses an unknown interview type', async () => {
    const issues = await rejectsBeforeAnyRequest(fake, () =>
      sr.interviewTemplates.create({ name: '', type: 'PANEL' as 'GROUP', durationInMinutes: 1.5 }),
    );
    expect(issues.map((i) => i.path.join('.'))).toEqual(['name', 'type', 'durationInMinutes']);
    await rejectsBeforeAnyRequest(fake, () => sr.interviewTemplates.get(' '));
    await rejectsBeforeAnyRequest(fake, () => sr.interviewTemplates.list({ hiring_stage: 'HIRED' as 'NEW' }));
    await expect(
      sr.interviewTemplates.create({
        name: 'x',
        type: 'GROUP',
        durationInMinutes: 30,
        interviewType: 'Karaoke',
      }),
    ).rejects.toBeInstanceOf(BadRequestError);
  });
});

describe('interviewTemplates: job templates, managed steps, preferences', () => {
  it('assigns a company template to a job step, reads it back by step and by application, and changes it', async () => {
    const { jobId, step } = jobWithStep();
    const template = fake.state.addInterviewTemplate({ name: 'Pairing', durationInMinutes: 75 });
    const assigned = await sr.interviewTemplates.assign(jobId, {
      hiring_stage: 'INTERVIEW',
      hiring_step: step,
      template_id: template.id,
    });
    expect(assigned).toMatchObject({
      jobId,
      templateId: template.id,
      hiringStep: step,
      durationInMinutes: 75,
    });
    expect(
      await sr.interviewTemplates.jobTemplate(jobId, { hiring_stage: 'INTERVIEW', hiring_step: step }),
    ).toEqual(assigned);
    expect(
      await sr.interviewTemplates.jobTemplate(jobId, { hiring_stage: 'NEW', hiring_step: 'none' }),
    ).toBeNull();
    expect((await sr.interviewTemplates.jobTemplates(jobId)).map((t) => t.id)).toContain(assigned.id);

    const user = activeUser();
    await sr.interviewTemplates.updateJobTemplate(assigned.id, { durationInMinutes: 50, location: 'Room 4' });
    await sr.interviewTemplates.updateJobTemplateInterviewers(assigned.id, { HIRING_MANAGER: [user] });
    const changed = await sr.interviewTemplates.jobTemplate(jobId, {
      hiring_stage: 'INTERVIEW',
      hiring_step: step,
    });
    expect(changed).toMatchObject({
      durationInMinutes: 50,
      location: 'Room 4',
      hiringTeamRoleToInterviewers: { HIRING_MANAGER: [user] },
    });
    await expect(
      sr.interviewTemplates.updateJobTemplateInterviewers(assigned.id, { HIRING_MANAGER: ['no-such-user'] }),
    ).rejects.toBeInstanceOf(UnprocessableEntityError);

    const app = fake.state.addApplication({
      candidateId: [...fake.state.candidates.values()][0]!.id,
      jobId,
      status: 'INTERVIEW',
      subStatus: step,
    });
    expect(await sr.interviewTemplates.applicationTemplate(app.id)).toMatchObject({ id: assigned.id });
    const [blueprint] = await sr.interviewTemplates.searchJobTemplates(jobId, [app.id]);
    expect(blueprint).toMatchObject({
      hiringStage: 'INTERVIEW',
      hiringStep: step,
      applicationIds: [app.id],
      jobTemplate: { id: assigned.id },
    });
  });

  it('refuses a step the job hiring process does not have', async () => {
    const { jobId } = jobWithStep();
    const template = [...fake.state.interviewTemplates.values()][0]!;
    const error = await sr.interviewTemplates
      .assign(jobId, { hiring_stage: 'INTERVIEW', hiring_step: 'Séance', template_id: template.id })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).errors[0]?.code).toBe('INVALID_HIRING_STEP');
  });

  it('replaces the managed steps of a job and reads them back', async () => {
    const { jobId, step } = jobWithStep();
    const set = await sr.interviewTemplates.setManagedSteps(jobId, [
      { hiringStage: 'INTERVIEW', hiringStep: step },
      { hiringStage: 'INTERVIEW', hiringStep: step },
    ]);
    expect(set).toEqual([{ hiringStage: 'INTERVIEW', hiringStep: step }]);
    expect(await sr.interviewTemplates.managedSteps(jobId)).toEqual(set);
    expect(await sr.interviewTemplates.setManagedSteps(jobId, [])).toEqual([]);
    await rejectsBeforeAnyRequest(fake, () =>
      sr.interviewTemplates.setManagedSteps(jobId, [{ hiringStage: 'HIRED' }]),
    );
  });

  it("reads a user's scheduling preferences; an unknown user is a 404", async () => {
    const user = activeUser();
    const prefs = await sr.interviewTemplates.schedulePreferences(user);
    expect(prefs.userId).toBe(user);
    expect(prefs.workingHours?.map((w) => w.dayOfWeek)).toEqual([
      'MONDAY',
      'TUESDAY',
      'WEDNESDAY',
      'THURSDAY',
      'FRIDAY',
    ]);
    await expect(sr.interviewTemplates.schedulePreferences('nobody')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('calls only Interview Templates API routes', async () => {
    const before = fake.requests.length;
    await sr.interviewTemplates.jobTemplates(jobWithStep().jobId);
    expect(routesAfter(fake, before)).toEqual(['GET /interview-templates/job-templates/jobs/{jobId}']);
  });
});
