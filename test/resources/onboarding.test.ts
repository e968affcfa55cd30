import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  NotFoundError,
  SMARTONBOARD_API,
  type SmartRecruiters,
  ValidationError,
} from '../../src/index.js';
import {
  FormAnswersSchema,
  NewHireSchema,
  OnboardingAssignmentSchema,
  OnboardingProcessSchema,
} from '../../src/schemas/index.js';
import { createFakeSmartRecruitersCore, type FakeSmartRecruitersCore } from '../../src/testing/index.js';

let fake: FakeSmartRecruitersCore;
let sr: SmartRecruiters;

beforeEach(() => {
  fake = createFakeSmartRecruitersCore({
    rateLimits: false,
    latencyMs: 0,
    seed: 2,
    counts: { candidates: 60 },
  });
  sr = fake.client({ logLevel: 'off' });
});
afterEach(() => fake.close());

const processes = () => [...fake.state.onboardingProcesses.values()];

describe('onboarding', () => {
  it('seeds a process for every hired application', () => {
    const hired = [...fake.state.applications.values()].filter((a) => a.status === 'HIRED');
    expect(hired.length).toBeGreaterThan(0);
    expect(
      processes()
        .map((p) => p.applicationId)
        .sort(),
    ).toEqual(hired.map((a) => a.id).sort());
  });

  it('reads a process, its new hire and its assignments from a webhook payload', async () => {
    const seeded = processes()[0]!;
    const app = fake.state.applications.get(seeded.applicationId)!;
    const candidate = fake.state.candidates.get(app.candidateId)!;
    const { process, new_hire, assignments } = await sr.onboarding.details({
      onboarding_process_id: seeded.id,
      new_hire_id: seeded.newHireId,
    });
    expect(OnboardingProcessSchema.safeParse(process).success).toBe(true);
    expect(process).toMatchObject({
      id: seeded.id,
      new_hire: { id: seeded.newHireId },
      job: { id: app.jobId },
      job_application_id: app.id,
      starts_at: app.startsOn?.slice(0, 10) ?? null,
    });
    expect(NewHireSchema.safeParse(new_hire).success).toBe(true);
    expect(new_hire).toMatchObject({
      first_name: candidate.firstName,
      emails: [{ email: candidate.email, type: null, is_primary: true }],
    });
    expect(assignments.map((a) => a.kind)).toEqual(['activity', 'activity', 'web_form', 'fillable_pdf_form']);
    for (const a of assignments) expect(OnboardingAssignmentSchema.safeParse(a).success).toBe(true);
    expect(assignments[3]).toMatchObject({ file_name: 'tax-withholding.pdf', is_file_upload_required: null });
    expect(assignments[0]).toMatchObject({
      is_file_upload_required: true,
      has_sensitive_data: true,
      process: { id: seeded.id },
    });
    expect(await sr.onboarding.newHire({ new_hire_id: seeded.newHireId })).toEqual(new_hire);
  });

  it("reads a web form's answers with its fields' titles, and lists the fields left unanswered", async () => {
    const { process, form } = submittedForm();
    const answers = await sr.onboarding.formAnswers(form.id);
    expect(FormAnswersSchema.safeParse(answers).success).toBe(true);
    expect(answers.not_fetched).toEqual([]);
    expect(answers.answers.map((a) => [a.title, a.values])).toEqual(
      form.answers!.map((a) => [form.fields[a.fieldId]!.title, a.answerValue]),
    );
    const unanswered = Object.keys(form.fields).filter((id) => !form.answers!.some((a) => a.fieldId === id));
    expect(answers.unanswered_fields!.map((f) => f.field_id)).toEqual(unanswered);
    const bare = await sr.onboarding.formAnswers(form.id, { fields: false });
    expect(bare).toMatchObject({ not_fetched: ['unanswered_fields'], unanswered_fields: null });
    expect(bare.answers[0]).toMatchObject({ title: null, values: form.answers![0]!.answerValue });
    expect(process).toBeDefined();
  });

  it("answers SR's 404 codes for what was not submitted or does not exist", async () => {
    const fresh = processes().find((p) => p.assignments[2]!.answers === null) ?? processes()[0]!;
    fresh.assignments[2]!.answers = null;
    fresh.assignments[3]!.filledForm = null;
    const codes = async (call: Promise<unknown>) => {
      const error = await call.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      return (error as NotFoundError).errors.map((e) => e.code);
    };
    expect(await codes(sr.onboarding.formAnswers(fresh.assignments[2]!.id))).toEqual([
      'WEB_FORM_ASSIGNMENT_ANSWERS_NOT_FOUND',
    ]);
    expect(await codes(sr.onboarding.downloadPdfForm(fresh.assignments[3]!.id))).toEqual([
      'FILLABLE_PDF_FORM_ASSIGNMENT_ANSWERS_NOT_FOUND',
    ]);
    expect(await codes(sr.onboarding.formAnswers(fresh.assignments[0]!.id, { fields: false }))).toEqual([
      'WEB_FORM_ASSIGNMENT_NOT_FOUND',
    ]);
    expect(await codes(sr.onboarding.newHire('0b4ad3c6-0000-4000-8000-000000000000'))).toEqual([
      'NEW_HIRE_NOT_FOUND',
    ]);
    expect(await codes(sr.onboarding.process('0b4ad3c6-0000-4000-8000-000000000000'))).toEqual([
      'ONBOARDING_PROCESS_NOT_FOUND',
    ]);
  });

  it("lists and downloads an activity's files, and downloads a filled-in PDF form", async () => {
    const process = processes().find((p) => p.assignments[0]!.attachments.length > 0)!;
    const upload = process.assignments[0]!;
    const page = await sr.onboarding.attachments(upload.id);
    expect(page.result).toEqual(upload.attachments.map((a) => ({ id: a.id, assignment: { id: upload.id } })));
    const file = await sr.onboarding.downloadAttachment(upload.id, page.result[0]!.id);
    expect(file.contentType).toBe('application/pdf');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(upload.attachments[0]!.bytes);
    const withPdf = processes().find((p) => p.assignments[3]!.filledForm !== null)!;
    const pdf = await sr.onboarding.downloadPdfForm(withPdf.assignments[3]!.id);
    expect(new TextDecoder().decode(await pdf.arrayBuffer())).toMatch(/^%PDF-/);
  });

  it('starts onboarding when an application is hired through the API', async () => {
    const app = [...fake.state.applications.values()].find(
      (a) => a.status === 'OFFERED' || a.status === 'INTERVIEW',
    )!;
    await sr.applications.updateStatus(`${app.candidateId}:${app.jobId}`, {
      status: 'hired',
      starts_at: '2026-03-01T00:00:00.000Z',
    });
    const started = processes().find((p) => p.applicationId === app.id);
    expect(started).toBeDefined();
    const process = await sr.onboarding.process(started!.id);
    expect(process).toMatchObject({ job_application_id: app.id, starts_at: '2026-03-01' });
    const assignments = await sr.onboarding.assignments(process);
    expect(assignments.result).toHaveLength(4);
  });

  it('pages assignments with cursors that belong to their process', async () => {
    const [a, b] = processes();
    const first = await sr.onboarding.assignments(a!.id, { limit: 3 });
    expect(first.result).toHaveLength(3);
    const rest = await sr.onboarding.assignments(a!.id, { cursor: first.next_cursor! });
    expect(rest.result.map((x) => x.id)).toEqual([a!.assignments[3]!.id]);
    if (b) {
      await expect(sr.onboarding.assignments(b.id, { cursor: first.next_cursor! })).rejects.toBeInstanceOf(
        ValidationError,
      );
    }
  });

  it('refuses a bad reference before any request', async () => {
    const before = fake.requests.length;
    await expect(sr.onboarding.process({} as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(sr.onboarding.newHire({ new_hire_id: '' })).rejects.toBeInstanceOf(ValidationError);
    await expect(sr.onboarding.formAnswers('id', { fields: 'yes' as never })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(fake.requests.length).toBe(before);
  });

  it("answers 401 NOT_AUTHORIZED_TO_ACCESS_RESOURCE to a credential without SmartOnboard's scope", async () => {
    const scoped = createFakeSmartRecruitersCore({
      rateLimits: false,
      latencyMs: 0,
      oauthClients: [{ clientId: 'hr', clientSecret: 's', scopes: ['onboarding_processes_read'] }],
    });
    try {
      const client = scoped.client({ logLevel: 'off', oauth: { clientId: 'hr', clientSecret: 's' } });
      const process = [...scoped.state.onboardingProcesses.values()][0]!;
      await expect(client.onboarding.process(process.id)).resolves.toMatchObject({ id: process.id });
      const error = await client.onboarding.newHire(process.newHireId).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect((error as AuthenticationError).errors[0]?.code).toBe('NOT_AUTHORIZED_TO_ACCESS_RESOURCE');
      const raw = await scoped.fetch(`${SMARTONBOARD_API}/new-hires/${process.newHireId}`, {
        headers: { authorization: `Bearer ${scoped.issueAccessToken('hr')}` },
      });
      expect(raw.status).toBe(401);
    } finally {
      scoped.close();
    }
  });
});

function submittedForm() {
  const process =
    processes().find((p) => {
      const form = p.assignments[2]!;
      return form.answers !== null && form.answers.length < Object.keys(form.fields).length;
    }) ?? processes().find((p) => p.assignments[2]!.answers !== null)!;
  return { process, form: process.assignments[2]! };
}
