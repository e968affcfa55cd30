/**
 * Seed data after the hires: Report Builder reports (their rows are the account's applications)
 * with a scheduled file each, and a SmartOnboard new hire and onboarding process for every hired
 * application, with activities, a web form and a PDF form, some of them submitted. Runs after the
 * rest of the seed with its own generator, so the data seeded before it does not change.
 *
 * `startOnboarding` is what a hire made through the API starts (nothing submitted yet).
 */
import { iso } from './clock.js';
import type {
  ApplicationRecord,
  NewHireRecord,
  OnboardingAssignmentRecord,
  OnboardingProcessRecord,
  WebFormFieldRecord,
} from './model.js';
import { Rng } from './random.js';
import { APPLICATION_ROW_ENTITY, applicationColumns } from './reporting.js';
import { minimalPdf, withLazyBytes } from './seed.js';
import type { FakeState } from './state.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The seeded reports: name, columns (data point ids), schedule, and why its files fail. */
const SEED_REPORTS = [
  {
    name: 'All applications',
    columns: [
      'APPLICATION_ID',
      'CANDIDATE_ID',
      'CANDIDATE_FIRST_NAME',
      'CANDIDATE_LAST_NAME',
      'JOB_ID',
      'JOB_TITLE',
      'APPLICATION_STATUS',
      'APPLICATION_SUB_STATUS',
      'APPLICATION_DATE',
      'REJECTION_DATE',
      'HIRE_DATE',
      'START_DATE',
      'SOURCE',
      'REJECTION_REASON',
      'WITHDRAWAL_REASON',
      'CANDIDATE_EMAIL',
      'CANDIDATE_AVERAGE_RATING',
      'CANDIDATE_INTERNAL',
    ],
    frequency: null,
    failsWith: null,
  },
  {
    name: 'Weekly pipeline',
    columns: ['CANDIDATE_ID', 'JOB_ID', 'JOB_TITLE', 'APPLICATION_STATUS', 'APPLICATION_DATE', 'SOURCE'],
    frequency: 'WEEKLY',
    failsWith: null,
  },
  {
    name: 'Hires by department (restricted)',
    columns: ['CANDIDATE_ID', 'JOB_ID', 'HIRE_DATE', 'START_DATE'],
    frequency: 'MONTHLY',
    failsWith: 'MISSING_ACCESS_GROUP',
  },
] as const;

/** Seeds the reports, each with one scheduled file generated before the epoch. */
export function seedReports(state: FakeState, options: { seed: number; epochMs: number }): void {
  const rng = new Rng((options.seed ^ 0x2e907a11) >>> 0);
  const epoch = options.epochMs;
  SEED_REPORTS.forEach((spec, i) => {
    const created = epoch - (200 - i * 30) * DAY - rng.int(0, DAY - 1);
    const report = {
      id: rng.uuid(),
      name: spec.name,
      rowEntityTypeId: APPLICATION_ROW_ENTITY,
      columns: applicationColumns(spec.columns),
      creatorId: state.meUserId,
      createdOn: iso(created),
      updatedOn: iso(created + rng.int(1, 20) * DAY),
      reportFormats: ['CSV'],
      frequency: spec.frequency,
      grantees: [state.meUserId].filter((id) => id !== ''),
      failsWith: spec.failsWith,
    };
    state.reports.set(report.id, report);
    if (spec.frequency === null) return;
    const scheduled = epoch - rng.int(2, 6) * DAY;
    const file = {
      id: rng.uuid(),
      reportId: report.id,
      scheduleType: 'SCHEDULED' as const,
      requestorId: state.meUserId,
      scheduledAt: scheduled,
      runningAt: scheduled + 1000,
      readyAt: scheduled + 4 * 60_000,
      errorReason: spec.failsWith,
      columns: report.columns.map((column) => ({ ...column })),
      data: null,
    };
    state.reportFiles.set(file.id, file);
  });
}

const WEB_FORM_FIELDS: ReadonlyArray<WebFormFieldRecord & { key: string }> = [
  {
    key: 'preferred_name',
    type: 'TEXT',
    title: 'Preferred name',
    isRequired: true,
    hintText: null,
    integrationKey: 'preferred_name',
  },
  {
    key: 'date_of_birth',
    type: 'DATE',
    title: 'Date of birth',
    isRequired: true,
    hintText: 'YYYY-MM-DD',
    integrationKey: 'date_of_birth',
  },
  {
    key: 'tshirt',
    type: 'SINGLE_CHOICE',
    title: 'T-shirt size',
    isRequired: false,
    hintText: null,
    integrationKey: null,
  },
  {
    key: 'dietary',
    type: 'MULTIPLE_CHOICE',
    title: 'Dietary needs',
    isRequired: false,
    hintText: 'Pick all that apply',
    integrationKey: 'dietary_needs',
  },
];

/** The answers of a submitted web form, by field key (the last field is left empty by some). */
function webFormAnswers(
  rng: Rng,
  fieldIds: Record<string, string>,
  hire: NewHireRecord,
): OnboardingAssignmentRecord['answers'] {
  const values: Record<string, string[]> = {
    preferred_name: [hire.firstName],
    date_of_birth: [`19${rng.int(60, 99)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`],
    tshirt: [rng.pick(['S', 'M', 'L', 'XL'])],
    dietary: rng.chance(0.5)
      ? rng.sample(['Vegetarian', 'Vegan', 'Gluten-free', 'Nut allergy'], rng.int(1, 2))
      : [],
  };
  return WEB_FORM_FIELDS.filter((field) => (values[field.key] ?? []).length > 0).map((field) => ({
    fieldId: fieldIds[field.key] as string,
    integrationKey: field.integrationKey,
    answerValue: values[field.key] ?? [],
  }));
}

/** The assignments every onboarding process gets, nothing submitted. */
function defaultAssignments(
  state: FakeState,
  hire: NewHireRecord,
  jobTitle: string,
): OnboardingAssignmentRecord[] {
  const base = {
    attachments: [],
    fields: {},
    answers: null,
    filledForm: null,
    fileName: null,
    isFileUploadRequired: false,
  };
  const fieldIds: Record<string, string> = {};
  const fields: Record<string, WebFormFieldRecord> = {};
  for (const { key, ...field } of WEB_FORM_FIELDS) {
    const id = state.ids.uuid();
    fieldIds[key] = id;
    fields[id] = field;
  }
  return [
    {
      ...base,
      id: state.ids.uuid(),
      kind: 'activity',
      title: 'Upload your ID document',
      description: `A scan of a passport or ID card, ${hire.firstName}: we need it before your first day.`,
      hasSensitiveData: true,
      isHighPriority: true,
      isFileUploadRequired: true,
    },
    {
      ...base,
      id: state.ids.uuid(),
      kind: 'activity',
      title: 'Read the employee handbook',
      description: `Everything a new ${jobTitle} should know, in one place.`,
      hasSensitiveData: false,
      isHighPriority: false,
    },
    {
      ...base,
      id: state.ids.uuid(),
      kind: 'webForm',
      title: 'Personal details',
      description: 'Tell us how to address you and what to prepare.',
      hasSensitiveData: true,
      isHighPriority: true,
      fields,
    },
    {
      ...base,
      id: state.ids.uuid(),
      kind: 'fillablePdfForm',
      title: 'Tax withholding form',
      description: 'Fill in and sign the tax form.',
      hasSensitiveData: true,
      isHighPriority: false,
      fileName: 'tax-withholding.pdf',
    },
  ];
}

/**
 * Starts onboarding for a hired application: a new hire (from the candidate) and a process with
 * the default assignments, nothing submitted. Returns the process.
 */
export function startOnboarding(state: FakeState, app: ApplicationRecord): OnboardingProcessRecord {
  const candidate = state.candidates.get(app.candidateId);
  if (!candidate) throw new Error(`No candidate ${app.candidateId}`);
  const socialMedia: Record<string, string> = {};
  for (const [key, target] of [
    ['linkedin', 'linkedIn'],
    ['facebook', 'facebook'],
    ['twitter', 'twitter'],
    ['skype', 'skype'],
    ['website', 'website'],
  ] as const) {
    const value = (candidate.web as Record<string, string | null | undefined> | null)?.[key];
    if (value) socialMedia[target] = value;
  }
  const hire: NewHireRecord = {
    id: state.ids.uuid(),
    firstName: candidate.firstName,
    lastName: candidate.lastName,
    email: candidate.email,
    phone: candidate.phoneNumber,
    socialMedia,
  };
  state.newHires.set(hire.id, hire);
  const process: OnboardingProcessRecord = {
    id: state.ids.uuid(),
    newHireId: hire.id,
    candidateId: app.candidateId,
    jobId: app.jobId,
    applicationId: app.id,
    employmentStartDate: app.startsOn ? app.startsOn.slice(0, 10) : null,
    assignments: defaultAssignments(state, hire, state.jobs.get(app.jobId)?.title ?? 'colleague'),
  };
  state.onboardingProcesses.set(process.id, process);
  return process;
}

/**
 * Seeds onboarding for every hired application: a new hire and a process each; most new hires
 * have uploaded their ID and submitted the web form, about half the PDF form.
 */
export function seedOnboarding(state: FakeState, options: { seed: number }): void {
  const rng = new Rng((options.seed ^ 0x0b0a2d) >>> 0);
  for (const app of state.applications.values()) {
    if (app.status !== 'HIRED') continue;
    const process = startOnboarding(state, app);
    const hire = state.newHires.get(process.newHireId) as NewHireRecord;
    const [idUpload, , webForm, pdfForm] = process.assignments as [
      OnboardingAssignmentRecord,
      OnboardingAssignmentRecord,
      OnboardingAssignmentRecord,
      OnboardingAssignmentRecord,
    ];
    if (rng.chance(0.8)) {
      const name = `${hire.lastName}-id.pdf`;
      idUpload.attachments.push(
        withLazyBytes({ id: rng.uuid(), name, contentType: 'application/pdf' }, () =>
          minimalPdf([`ID document of ${hire.firstName} ${hire.lastName}`]),
        ),
      );
    }
    if (rng.chance(0.8)) {
      const fieldIds: Record<string, string> = {};
      const keys = WEB_FORM_FIELDS.map((field) => field.key);
      Object.keys(webForm.fields).forEach((id, i) => {
        fieldIds[keys[i] as string] = id;
      });
      webForm.answers = webFormAnswers(rng, fieldIds, hire);
    }
    if (rng.chance(0.5)) {
      pdfForm.filledForm = withLazyBytes(
        { id: rng.uuid(), name: pdfForm.fileName ?? 'form.pdf', contentType: 'application/pdf' },
        () => minimalPdf([`Tax withholding form`, `${hire.firstName} ${hire.lastName}`, 'Signed']),
      );
    }
  }
}
