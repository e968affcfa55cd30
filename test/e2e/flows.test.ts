/**
 * The seed's flows end to end, through the unified resources, against the fake SmartRecruiters
 * with SR's rate limits in force: what an integration built on this SDK does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmartRecruiters, User } from '../../src/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters, minimalPdf } from '../../src/testing/index.js';
import { sdkFor } from '../helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({ seed: 42, latencyMs: 2 });
  sr = sdkFor(fake);
});
afterAll(() => fake.close());

interface SourceValue {
  id: string;
  label: string;
}

describe('end-to-end flows', () => {
  it('pushes a sourced candidate onto a job, and the application carries the source', async () => {
    // Find the job and the source the way an integration does: from SR's configuration.
    const job = (await sr.jobs.list({ status: 'open', limit: 1 })).result[0]!;
    const types = await sr.client.get<{ content: Array<{ id: string; label: string }> }>(
      '/configuration/sources',
    );
    const referrals = types.content.find((t) => t.label === 'Referrals')!;
    const values = await sr.client.get<{ content: SourceValue[] }>(
      '/configuration/sources/{sourceType}/values',
      {
        params: { sourceType: referrals.id },
      },
    );
    const source = values.content[0]!;

    const created = await sr.applications.create({
      job_id: job.id,
      candidate: {
        first_name: 'Grace',
        last_name: 'Referred',
        email: 'grace.referred@example.test',
        phone: '+1 555 0199',
        tags: ['referral'],
      },
      source: { type_id: referrals.id, id: source.id },
    });
    expect(created).toMatchObject({
      job: { id: job.id, name: job.name },
      candidate: { name: 'Grace Referred' },
      status: 'new',
      source: { name: source.label },
    });

    // Read back: the application, the job's applications, and the candidate.
    const application = await sr.applications.get(created.id);
    expect(application.source?.name).toBe(source.label);
    expect(application.applied_at).not.toBeNull();
    // SR's candidate list items carry no source: a list with the source hydrates. SR lists the
    // newest candidates first, so the new application leads the job's list.
    const onJob = await sr.applications.list({ job_id: job.id, limit: 100 });
    expect(onJob.result.map((a) => a.id)).toContain(created.id);
    const hydrated = await sr.applications.list({ job_id: job.id, limit: 1, hydrate: true });
    expect(hydrated.result).toEqual([
      expect.objectContaining({ id: created.id, source: application.source }),
    ]);
    const candidate = await sr.candidates.get(created.candidate.id);
    expect(candidate).toMatchObject({
      name: 'Grace Referred',
      tags: [{ name: 'referral' }],
      applications: [{ id: created.id, job: { id: job.id }, status: 'new' }],
    });
    expect(fake.state.application(created.candidate.id, job.id)?.source.sourceId).toBe(source.id);
  });

  it('uploads an assessment report onto an application, then lists and downloads it', async () => {
    const app = (await sr.applications.list({ status: 'interview', limit: 1 })).result[0]!;
    const report = minimalPdf(['Assessment report', `Application ${app.id}`, 'Score: 87/100']);
    const uploaded = await sr.attachments.upload({
      application_id: app.id,
      file: new Blob([report as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
      file_name: 'assessment-report.pdf',
      attachment_type: 'other',
    });
    expect(uploaded).toMatchObject({ application: { id: app.id }, attachment_type: 'other' });

    const listed = await sr.attachments.list({ application_id: app.id });
    const found = listed.result.find((a) => a.id === uploaded.id)!;
    expect(found).toMatchObject({
      file_name: 'assessment-report.pdf',
      content_type: 'application/pdf',
      job: { id: app.job.id },
      candidate: { id: app.candidate.id },
    });
    const file = await sr.attachments.download(found);
    expect(file.fileName).toBe('assessment-report.pdf');
    expect(file.contentType).toBe('application/pdf');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(report);
  });

  it('hires an application with a start date, then reads the candidate, the job compensation and the resume', async () => {
    // An offered application on a job with a compensation, whose candidate has a resume.
    let target: { id: string; candidateId: string; jobId: string } | undefined;
    for await (const app of sr.applications.list({ status: 'offered', limit: 20 })) {
      const job = fake.state.jobs.get(app.job.id);
      const hasResume = [...fake.state.attachments.values()].some(
        (a) => a.candidateId === app.candidate.id && a.type === 'RESUME',
      );
      if (job?.compensation && hasResume) {
        target = { id: app.id, candidateId: app.candidate.id, jobId: app.job.id };
        break;
      }
    }
    expect(target).toBeDefined();
    const { id, candidateId, jobId } = target!;

    const hired = await sr.applications.updateStatus(id, {
      status: 'hired',
      starts_at: '2026-05-04T08:00:00.000Z',
    });
    expect(hired).toMatchObject({
      status: 'hired',
      outcome: 'hired',
      starts_at: '2026-05-04T08:00:00.000Z',
      hired_at: expect.any(String),
    });

    const [candidate, job, attachments] = await Promise.all([
      sr.candidates.get(candidateId),
      sr.jobs.get(jobId),
      sr.attachments.list({ candidate_id: candidateId }),
    ]);
    expect(candidate.applications.find((a) => a.job.id === jobId)?.status).toBe('hired');
    const compensation = fake.state.jobs.get(jobId)!.compensation!;
    expect(job.compensation).toEqual({
      min: compensation.min,
      max: compensation.max,
      currency: compensation.currency,
    });
    const resume = attachments.result.find((a) => a.attachment_type === 'resume')!;
    const file = await sr.attachments.download(resume);
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(bytes).toEqual(fake.state.attachments.get(resume.id)!.bytes);
    expect(file.fileName).toBe(resume.file_name);
  });

  it('syncs users, roles and groups: every user once, group members consistent with users', async () => {
    const seq = fake.requests.length;
    // A sync that stops after its first page and resumes from the saved cursor.
    const first = await sr.users.list({ limit: 5, hydrate: true });
    const saved = first.next_cursor!;
    const users = new Map<string, User>(first.result.map((u) => [u.id, u]));
    for await (const user of sr.users.list({ cursor: saved, hydrate: true })) {
      expect(users.has(user.id)).toBe(false);
      users.set(user.id, user);
    }
    expect([...users.keys()].sort()).toEqual([...fake.state.users.keys()].sort());

    const roles = await sr.roles.list().toArray();
    const roleIds = new Set(roles.map((r) => r.id));
    for (const user of users.values()) {
      expect(user.roles).toHaveLength(1);
      expect(roleIds.has(user.roles[0]!.id)).toBe(true);
      expect(user.roles[0]!.name).toBe(roles.find((r) => r.id === user.roles[0]!.id)?.name);
    }

    const groups = await sr.groups.list().toArray();
    expect(groups.map((g) => g.id).sort()).toEqual([...fake.state.accessGroups.keys()].sort());
    for (const group of groups) {
      const members = await sr.groups.members(group.id).toArray();
      const fromUsers = [...users.values()].filter((u) => u.groups.some((g) => g.id === group.id));
      expect(members.map((m) => m.id).sort()).toEqual(fromUsers.map((u) => u.id).sort());
      // Hydrated users name their groups as the groups list does.
      for (const user of fromUsers) expect(user.groups.find((g) => g.id === group.id)?.name).toBe(group.name);
    }

    // All of it within SR's limits.
    const window = (e: { seq: number }) => e.seq > seq;
    expect(fake.requests.maxRequestsInWindow(1000, window)).toBeLessThanOrEqual(10);
    expect(fake.requests.all((e) => window(e) && e.status === 429)).toEqual([]);
  });
});
