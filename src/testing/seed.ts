/**
 * Deterministic seed data. One seeded PRNG drives everything; dates are relative to a fixed
 * epoch, never the wall clock, so a seed always yields byte-identical state. The data covers every
 * enum the SDK maps: every application status (with sub-statuses, reasons and `startsOn`), every
 * job status and posting status, every system role, every candidate property type, remote and
 * on-site locations, candidates with several applications, attachments with real bytes, offers,
 * and (seed-hiring.ts) interviews, reviews, offices and consent decisions.
 */
import {
  CITIES,
  COMPANIES,
  CURRENCIES,
  DEGREES,
  DEPARTMENTS,
  EEO_CATEGORIES,
  EMPLOYMENT_TYPES,
  EXPERIENCE_LEVELS,
  FIRST_NAMES,
  FUNCTION_BY_DEPARTMENT,
  FUNCTIONS,
  INDUSTRIES,
  JOB_TITLES,
  LANGUAGES,
  LAST_NAMES,
  labelFor,
  MAJORS,
  SCHOOLS,
  TAGS,
} from './catalog.js';
import { iso } from './clock.js';
import { utf8 } from './http.js';
import {
  type ApplicationRecord,
  type ApplicationStatus,
  type ApplicationStatusChange,
  type AttachmentRecord,
  type CandidatePropertyType,
  type CandidateRecord,
  type CompanyRecord,
  type HiringProcessRecord,
  type HiringTeamMember,
  type JobRecord,
  type JobStatus,
  type JobStatusChange,
  type PostingStatus,
  type SourceDetails,
  SR_APPLICATION_STATUSES,
  SR_CONSENT_STATUSES,
  SR_HIRING_TEAM_ROLES,
  SR_ONBOARDING_STATUSES,
  SR_SYSTEM_ROLE_IDS,
  type SubStatusStatus,
  type UserRecord,
} from './model.js';
import { Rng } from './random.js';
import { seedHiring } from './seed-hiring.js';
import { seedOnboarding, seedReports } from './seed-onboarding.js';
import { seedScheduling } from './seed-scheduling.js';
import { type FakeState, objectId } from './state.js';

/** How many records of each kind the seed creates. */
export interface SeedCounts {
  /** Default 12 (at least 7 covers every job status). */
  jobs: number;
  /** Default 40 (at least 9 covers every application status). */
  candidates: number;
  /** Default 12 (at least 5 covers every system role). */
  users: number;
  /** Default 4. */
  accessGroups: number;
}

/** How many records the fake generates by default (the `counts` option's defaults). */
export const DEFAULT_SEED_COUNTS: SeedCounts = { jobs: 12, candidates: 40, users: 12, accessGroups: 4 };

/** The fixed instant seeded dates count back from: 2026-01-01T00:00:00.000Z. */
export const DEFAULT_SEED_EPOCH = Date.UTC(2026, 0, 1);

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * How long before the seed epoch a seeded timeline (status changes, updates) ends at the latest,
 * leaving room for what follows it (the candidate's update, a review).
 */
const LAST_CHANGE_BEFORE_EPOCH_MS = 6 * HOUR;

/**
 * Times `startMs + offset` for increasing `offsets`, compressed in proportion when the last would
 * be later than `LAST_CHANGE_BEFORE_EPOCH_MS` before `epoch`: the order and the spacing's shape
 * stay, and no date is pushed against the epoch (a clamp would stamp many records with the same
 * instant).
 */
function fitBefore(epoch: number, startMs: number, offsets: readonly number[]): number[] {
  const span = offsets.at(-1) ?? 0;
  const room = epoch - LAST_CHANGE_BEFORE_EPOCH_MS - startMs;
  const scale = span > room ? Math.max(room, 0) / span : 1;
  return offsets.map((offset) => startMs + Math.floor(offset * scale));
}

/** The seeded company (`GET /configuration/company`). */
export function seedCompany(): CompanyRecord {
  return {
    identifier: 'AcmeFakeCorp',
    name: 'Acme Fake Corp',
    location: {
      country: 'Poland',
      countryCode: 'pl',
      city: 'Krakow',
      region: 'Lesser Poland',
      regionCode: 'pl-12',
    },
    website: 'https://www.acme.example',
    industry: { id: 'computer_software', label: 'Computer Software' },
    logo: 'https://www.acme.example/logo.png',
  };
}

const SYSTEM_ROLE_NAMES: Record<string, string> = {
  EMPLOYEE: 'Employee',
  RESTRICTED: 'Restricted',
  STANDARD: 'Standard',
  EXTENDED: 'Extended',
  ADMINISTRATOR: 'Administrator',
};

const ACCESS_GROUP_NAMES = [
  'Engineering Hiring',
  'Sales Hiring',
  'EMEA Recruiters',
  'Leadership',
  'Interns',
  'Contractors',
];

const STATUS_PATHS: Record<ApplicationStatus, ApplicationStatus[]> = {
  LEAD: ['LEAD'],
  NEW: ['NEW'],
  IN_REVIEW: ['NEW', 'IN_REVIEW'],
  INTERVIEW: ['NEW', 'IN_REVIEW', 'INTERVIEW'],
  OFFERED: ['NEW', 'IN_REVIEW', 'INTERVIEW', 'OFFERED'],
  HIRED: ['NEW', 'IN_REVIEW', 'INTERVIEW', 'OFFERED', 'HIRED'],
  REJECTED: ['NEW', 'IN_REVIEW', 'INTERVIEW', 'REJECTED'],
  WITHDRAWN: ['NEW', 'IN_REVIEW', 'WITHDRAWN'],
  TRANSFERRED: ['NEW', 'IN_REVIEW', 'TRANSFERRED'],
};

const JOB_STATUS_COVERAGE: JobStatus[] = [
  'SOURCING',
  'INTERVIEW',
  'OFFER',
  'CREATED',
  'ON_HOLD',
  'FILLED',
  'CANCELLED',
];
const JOB_STATUS_PATHS: Record<JobStatus, JobStatus[]> = {
  CREATED: ['CREATED'],
  SOURCING: ['CREATED', 'SOURCING'],
  INTERVIEW: ['CREATED', 'SOURCING', 'INTERVIEW'],
  OFFER: ['CREATED', 'SOURCING', 'INTERVIEW', 'OFFER'],
  FILLED: ['CREATED', 'SOURCING', 'INTERVIEW', 'OFFER', 'FILLED'],
  ON_HOLD: ['CREATED', 'SOURCING', 'ON_HOLD'],
  CANCELLED: ['CREATED', 'SOURCING', 'CANCELLED'],
};

// Names come from a small catalog: each slug is computed once.
const slugs = new Map<string, string>();

function slug(text: string): string {
  let out = slugs.get(text);
  if (out === undefined) {
    out = text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '');
    slugs.set(text, out);
  }
  return out;
}

// Stands in for `bytes` until `withLazyBytes` replaces it (keeping the key's place in the record).
const PENDING = new Uint8Array(0);

/**
 * A record whose `bytes` are made on first read (a seeded file costs more than the rest of its
 * record, and most are never downloaded); the same bytes whenever that is. Setting `bytes`
 * replaces them.
 */
export function withLazyBytes<T extends object>(
  record: T,
  make: () => Uint8Array,
): T & { bytes: Uint8Array } {
  const settle = (bytes: Uint8Array) => {
    Object.defineProperty(record, 'bytes', {
      value: bytes,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    return bytes;
  };
  Object.defineProperty(record, 'bytes', {
    get: () => settle(make()),
    set: settle,
    enumerable: true,
    configurable: true,
  });
  return record as T & { bytes: Uint8Array };
}

/**
 * A small, valid one-page PDF showing `lines` (real bytes a PDF reader opens).
 */
export function minimalPdf(lines: string[]): Uint8Array {
  const pdfEscape = (s: string) => s.replace(/[\\()]/g, (m) => `\\${m}`).replace(/[^\x20-\x7e]/g, '?');
  const content = `BT /F1 12 Tf 72 720 Td 16 TL ${lines.map((l) => `(${pdfEscape(l)}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return utf8(out);
}

/** Fills `state` with seeded data. */
export function seedState(
  state: FakeState,
  options: { seed: number; counts: SeedCounts; epochMs: number },
): void {
  const rng = new Rng(options.seed);
  const epoch = options.epochMs;
  const counts = options.counts;
  const at = (ms: number) => iso(Math.min(ms, epoch - 1));
  const uuid = () => rng.uuid();

  // System roles (§10.2): the five built-in ids.
  for (const id of SR_SYSTEM_ROLE_IDS) state.systemRoles.set(id, { id, name: SYSTEM_ROLE_NAMES[id] ?? id });

  // Access groups.
  const groupIds: string[] = [];
  for (let i = 0; i < counts.accessGroups; i++) {
    const id = objectId(Math.floor((epoch - (900 - i) * DAY) / 1000), rng);
    const name =
      ACCESS_GROUP_NAMES[i % ACCESS_GROUP_NAMES.length] + (i >= ACCESS_GROUP_NAMES.length ? ` ${i}` : '');
    state.accessGroups.set(id, { id, name });
    groupIds.push(id);
  }

  // Users: the first is the administrator behind API keys (`/users/me`).
  const users: UserRecord[] = [];
  const usedEmails = new Set<string>();
  for (let i = 0; i < counts.users; i++) {
    // Twenty days apart, the first 800 days before the epoch (past 39 users, round again).
    const createdMs = epoch - (800 - ((i * 20) % 780)) * DAY - rng.int(0, DAY - 1);
    const firstName = FIRST_NAMES[(i * 7 + 3) % FIRST_NAMES.length] as string;
    const lastName = LAST_NAMES[(i * 11 + 5) % LAST_NAMES.length] as string;
    let email = `${slug(firstName)}.${slug(lastName)}@acme.example`;
    if (usedEmails.has(email)) email = `${slug(firstName)}.${slug(lastName)}${i}@acme.example`;
    usedEmails.add(email);
    const city = rng.pick(CITIES);
    const user: UserRecord = {
      id: objectId(Math.floor(createdMs / 1000), rng),
      email,
      firstName,
      lastName,
      systemRoleId: i === 0 ? 'ADMINISTRATOR' : (SR_SYSTEM_ROLE_IDS[i % SR_SYSTEM_ROLE_IDS.length] as string),
      externalData: rng.chance(0.5) ? `EMP-${1000 + i}` : null,
      ssoIdentifier: rng.chance(0.4) ? email : null,
      ssoLoginMode: 'PASSWORD',
      languageCode: rng.pick(LANGUAGES).code,
      active: i === 0 || i % 6 !== 5,
      updatedOn: at(
        fitBefore(epoch, createdMs, [0, rng.int(1, 300) * DAY + rng.int(0, DAY)])[1] ?? createdMs,
      ),
      location: rng.chance(0.7)
        ? {
            country: city.country,
            countryCode: city.countryCode,
            regionCode: city.regionCode,
            region: city.region,
            city: city.city,
          }
        : null,
      accessGroupIds: i === 0 ? [...groupIds] : rng.sample(groupIds, rng.int(0, 2)),
    };
    if (user.ssoIdentifier) user.ssoLoginMode = 'SSO';
    users.push(user);
    state.users.set(user.id, user);
  }
  state.meUserId = users[0]?.id ?? '';
  const activeUsers = users.filter((u) => u.active);

  // Departments.
  const departmentIds = new Map<string, string>();
  for (const d of DEPARTMENTS) {
    const id = uuid();
    state.departments.set(id, { id, label: d.label, description: d.description });
    departmentIds.set(d.label, id);
  }

  // Hiring processes: sub-statuses per status (§7).
  const processes: HiringProcessRecord[] = [
    {
      id: uuid(),
      name: 'Standard Hiring Process',
      active: true,
      subStatuses: {
        IN_REVIEW: ['Screening', 'Hiring Manager Review'],
        INTERVIEW: ['Phone Screen', 'Technical Interview', 'Onsite Interview'],
        OFFERED: ['Offer Drafted', 'Offer Sent'],
      },
    },
    {
      id: uuid(),
      name: 'Sales Hiring Process',
      active: true,
      subStatuses: {
        IN_REVIEW: ['Recruiter Screen'],
        INTERVIEW: ['Role Play', 'Final Interview'],
        OFFERED: ['Verbal Offer'],
      },
    },
    { id: uuid(), name: 'Legacy Process', active: false, subStatuses: {} },
  ];
  for (const p of processes) state.hiringProcesses.set(p.id, p);

  // Sources (§11, §13): the "API" type holds the default source. Every source type has at least
  // one sub-type, and every source a sub-type and an identifier (a UUID, drawn from a generator of
  // its own so that the rest of the seed does not change with them).
  const identifiers = new Rng((options.seed ^ 0x50c1d3) >>> 0);
  const apiValueId = uuid();
  state.sourceTypes.set('API', {
    id: 'API',
    label: 'API',
    subtypes: [{ id: 'INTEGRATION', label: 'Integration' }],
  });
  state.sourceValues.set(apiValueId, {
    id: apiValueId,
    label: 'API',
    typeId: 'API',
    subTypeId: 'INTEGRATION',
    identifier: identifiers.uuid(),
  });
  state.defaultSource = { sourceTypeId: 'API', sourceSubTypeId: 'INTEGRATION', sourceId: apiValueId };
  const sourceCatalog: Array<{
    id: string;
    label: string;
    subtypes: Array<[string, string]>;
    values: Array<[string, string]>;
  }> = [
    {
      id: 'JOB_BOARDS',
      label: 'Job Boards',
      subtypes: [
        ['PAID', 'Paid'],
        ['FREE', 'Free'],
      ],
      values: [
        ['LinkedIn Jobs', 'PAID'],
        ['Indeed', 'PAID'],
        ['Glassdoor', 'PAID'],
        ['StepStone', 'PAID'],
        ['Monster', 'PAID'],
        ['ZipRecruiter', 'PAID'],
        ['Pracuj.pl', 'PAID'],
        ['Xing', 'PAID'],
        ['Welcome to the Jungle', 'FREE'],
        ['Stack Overflow Jobs', 'FREE'],
        ['Hacker News', 'FREE'],
        ['GitHub Jobs', 'FREE'],
        ['Remote OK', 'FREE'],
        ['We Work Remotely', 'FREE'],
      ],
    },
    {
      id: 'SOCIAL_MEDIA',
      label: 'Social Media',
      subtypes: [['ORGANIC', 'Organic']],
      values: [
        ['LinkedIn', 'ORGANIC'],
        ['X (Twitter)', 'ORGANIC'],
        ['Facebook', 'ORGANIC'],
      ],
    },
    {
      id: 'AGENCIES',
      label: 'Agencies',
      subtypes: [['AGENCY', 'Agency']],
      values: [
        ['Hays', 'AGENCY'],
        ['Randstad', 'AGENCY'],
        ['Michael Page', 'AGENCY'],
      ],
    },
    {
      id: 'REFERRALS',
      label: 'Referrals',
      subtypes: [['EMPLOYEE', 'Employee referral']],
      values: [['Employee Referral', 'EMPLOYEE']],
    },
    {
      id: 'CAREER_SITE',
      label: 'Career Site',
      subtypes: [['CAREER_SITE', 'Career site']],
      values: [['Company Career Site', 'CAREER_SITE']],
    },
  ];
  const sourceChoices: SourceDetails[] = [];
  for (const type of sourceCatalog) {
    state.sourceTypes.set(type.id, {
      id: type.id,
      label: type.label,
      subtypes: type.subtypes.map(([id, label]) => ({ id, label })),
    });
    for (const [label, subTypeId] of type.values) {
      const id = uuid();
      state.sourceValues.set(id, { id, label, typeId: type.id, subTypeId, identifier: identifiers.uuid() });
      sourceChoices.push({ sourceTypeId: type.id, sourceSubTypeId: subTypeId, sourceId: id });
    }
  }

  // Rejection and withdrawal reasons.
  for (const label of [
    'Not qualified',
    'Position filled',
    'Salary expectations too high',
    'Failed interview',
    'No response',
  ]) {
    const id = uuid();
    state.rejectionReasons.set(id, { id, label });
  }
  for (const label of [
    'Accepted another offer',
    'Compensation too low',
    'Cannot relocate',
    'Personal reasons',
  ]) {
    const id = uuid();
    state.withdrawalReasons.set(id, { id, label });
  }
  const rejectionReasons = [...state.rejectionReasons.values()];
  const withdrawalReasons = [...state.withdrawalReasons.values()];

  // Candidate properties: one of every type, plus a second single-select.
  const propertyDefs: Array<[string, CandidatePropertyType, string[]]> = [
    ['Eligible to work', 'BOOLEAN', []],
    ['Citizenship', 'COUNTRY', []],
    ['Expected salary', 'CURRENCY', []],
    ['Available from', 'DATE', []],
    ['Years of experience', 'NUMBER', []],
    ['Willingness to travel', 'PERCENT', []],
    ['Preferred region', 'REGION', []],
    ['Notice period', 'TEXT', []],
    ['Referred by', 'USER', []],
    ['Seniority', 'SINGLE_SELECT', ['Junior', 'Mid', 'Senior', 'Lead']],
    ['Work model', 'SINGLE_SELECT', ['On-site', 'Hybrid', 'Remote']],
  ];
  for (const [label, type, values] of propertyDefs) {
    const id = uuid();
    state.candidateProperties.set(id, {
      id,
      label,
      type,
      values: values.map((v) => ({ id: uuid(), label: v })),
      availability: {
        toUsers: label === 'Expected salary' ? 'FULL_ACCESS' : 'ALL',
        context: ['PROFILE'],
        forOrgFields: [],
      },
    });
  }

  // Job properties (job custom fields).
  const jobPropertyDefs: Array<[string, 'job' | 'organization', boolean, Array<[string, boolean]>]> = [
    [
      'Cost center',
      'organization',
      true,
      [
        ['CC-100', false],
        ['CC-200', false],
        ['CC-300', false],
      ],
    ],
    [
      'Hiring priority',
      'job',
      false,
      [
        ['Low', false],
        ['Medium', false],
        ['High', false],
        ['Urgent', true],
      ],
    ],
    [
      'Budget approved',
      'job',
      false,
      [
        ['Yes', false],
        ['No', false],
      ],
    ],
  ];
  for (const [label, category, required, values] of jobPropertyDefs) {
    const id = uuid();
    state.jobProperties.set(id, {
      id,
      label,
      category,
      active: true,
      visible: true,
      required,
      values: values.map(([v, archived]) => ({ id: uuid(), label: v, archived })),
    });
  }

  // Jobs.
  const jobs: JobRecord[] = [];
  const postingCycle: PostingStatus[] = ['PUBLIC', 'INTERNAL', 'PRIVATE', 'PUBLIC'];
  for (let i = 0; i < counts.jobs; i++) {
    const department = DEPARTMENTS[i % DEPARTMENTS.length] ?? DEPARTMENTS[0];
    const titles = JOB_TITLES[department.label] ?? ['Specialist'];
    const title = titles[Math.floor(i / DEPARTMENTS.length) % titles.length] as string;
    const status: JobStatus =
      i < JOB_STATUS_COVERAGE.length
        ? (JOB_STATUS_COVERAGE[i] as JobStatus)
        : rng.pick<JobStatus>(['SOURCING', 'SOURCING', 'INTERVIEW', 'OFFER', 'ON_HOLD', 'FILLED']);
    const open = status === 'SOURCING' || status === 'INTERVIEW' || status === 'OFFER';
    const postingStatus: PostingStatus = open
      ? (postingCycle[i % postingCycle.length] as PostingStatus)
      : 'NOT_PUBLISHED';
    const remote = i % 4 === 1;
    const city = rng.pick(CITIES);
    const createdMs = epoch - rng.int(90, 420) * DAY - rng.int(0, DAY - 1);
    const path = JOB_STATUS_PATHS[status];
    // The status changes 1-21 days apart and the last update up to 10 days later, fitted before
    // the epoch (same draws as ever).
    const offsets: number[] = [];
    let t = 0;
    for (const _ of path) {
      offsets.push(t);
      t += rng.int(1, 20) * DAY + rng.int(0, DAY);
    }
    offsets.push(t + rng.int(0, 10) * DAY);
    const times = fitBefore(epoch, createdMs, offsets);
    const history: JobStatusChange[] = path.map((s, k) => ({
      changedOn: at(times[k] ?? createdMs),
      status: s,
      userId: users[0]?.id ?? null,
    }));
    const updatedMs = times.at(-1) ?? createdMs;
    const team: HiringTeamMember[] = [];
    const teamUsers = rng.sample(activeUsers, Math.min(activeUsers.length, rng.int(1, 3)));
    teamUsers.forEach((u, k) => {
      team.push({
        userId: u.id,
        role: k === 0 ? 'RECRUITER' : k === 1 ? 'HIRING_MANAGER' : rng.pick(SR_HIRING_TEAM_ROLES),
      });
    });
    const processId = (department.label === 'Sales' ? processes[1] : processes[0])?.id ?? '';
    const currency = rng.pick(CURRENCIES);
    const min = rng.int(4, 12) * 10_000;
    const properties = [...state.jobProperties.values()]
      .filter((p) => p.required || rng.chance(0.5))
      .map((p) => ({ id: p.id, valueId: rng.pick(p.values.filter((v) => !v.archived)).id }));
    const language = i % 5 === 4 ? (LANGUAGES[1] ?? LANGUAGES[0]) : LANGUAGES[0];
    const job: JobRecord = {
      id: uuid(),
      title,
      refNumber: `REF-${String(1000 + i)}`,
      createdOn: at(createdMs),
      updatedOn: at(updatedMs),
      lastActivityOn: at(updatedMs),
      departmentId: departmentIds.get(department.label) ?? null,
      location: {
        country: city.country,
        countryCode: city.countryCode,
        regionCode: city.regionCode,
        region: city.region,
        city: city.city,
        address: `${rng.int(1, 200)} Main Street`,
        postalCode: city.postalCode,
        longitude: String(city.lng),
        latitude: String(city.lat),
        manual: false,
        remote,
      },
      status,
      postingStatus,
      // Target dates may be after the epoch: they are dates to come.
      targetHiringDate: rng.chance(0.7) ? iso(createdMs + rng.int(60, 150) * DAY) : null,
      industry: rng.pick(INDUSTRIES),
      function: labelFor(FUNCTIONS, FUNCTION_BY_DEPARTMENT[department.label] ?? 'engineering'),
      typeOfEmployment: rng.pick(EMPLOYMENT_TYPES),
      experienceLevel: rng.pick(EXPERIENCE_LEVELS),
      eeoCategory: rng.chance(0.3) ? rng.pick(EEO_CATEGORIES) : null,
      template: false,
      creatorId: users[0]?.id ?? null,
      compensation: i % 3 === 2 ? null : { min, max: min + rng.int(1, 6) * 10_000, currency },
      jobAd: {
        sections: {
          companyDescription: {
            title: 'Company Description',
            text: '<p>Acme Fake Corp builds hiring software.</p>',
          },
          jobDescription: {
            title: 'Job Description',
            text: `<p>As a ${title} in ${department.label} you will own meaningful work${remote ? ' from anywhere' : ` in ${city.city}`}.</p>`,
          },
          qualifications: {
            title: 'Qualifications',
            text: `<ul><li>${rng.int(1, 8)}+ years of relevant experience</li></ul>`,
          },
          additionalInformation: {
            title: 'Additional Information',
            text: '<p>Equal opportunity employer.</p>',
          },
        },
        language: language ?? { code: 'en', label: 'English', labelNative: 'English' },
      },
      properties,
      hiringProcessId: processId,
      hiringTeam: team,
      statusHistory: history,
      publication:
        postingStatus === 'NOT_PUBLISHED'
          ? null
          : {
              visibility: postingStatus === 'INTERNAL' ? 'INTERNAL' : 'PUBLIC',
              aggregators: postingStatus === 'PUBLIC',
              publishedOn: history[1]?.changedOn ?? at(createdMs),
            },
      jobAdId: uuid(),
      positions: Array.from({ length: rng.int(1, 2) }, (_, k) => ({
        id: uuid(),
        positionId: `POS-${1000 + i}-${k + 1}`,
        type: k === 0 ? 'NEW' : 'REPLACEMENT',
        incumbentName: k === 0 ? null : `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
        positionOpenDate: at(createdMs),
        targetStartDate: iso(createdMs + rng.int(60, 120) * DAY),
        status: status === 'FILLED' ? 'FILLED' : 'OPEN',
      })),
    };
    jobs.push(job);
    state.jobs.set(job.id, job);
  }

  // Candidates and their applications.
  const ALL_JOB_TITLES = Object.values(JOB_TITLES).flat();
  const applicationJobs = jobs.filter((j) => j.status !== 'CREATED');
  const jobPool = applicationJobs.length > 0 ? applicationJobs : jobs;
  const properties = [...state.candidateProperties.values()];
  const candidateEmails = new Set<string>();
  for (let i = 0; i < counts.candidates; i++) {
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    const domain = rng.pick(['mail.example', 'post.example', 'inbox.example']);
    let email = `${slug(firstName)}.${slug(lastName)}@${domain}`;
    if (candidateEmails.has(email)) email = `${slug(firstName)}.${slug(lastName)}.${i}@${domain}`;
    candidateEmails.add(email);
    const city = rng.pick(CITIES);
    const createdMs = epoch - rng.int(5, 300) * DAY - rng.int(0, DAY - 1);
    const candidate: CandidateRecord = {
      id: uuid(),
      internal: i % 11 === 10,
      firstName,
      lastName,
      email,
      phoneNumber: rng.chance(0.8)
        ? `+${rng.int(1, 49)} ${rng.int(100, 999)} ${rng.int(100, 999)} ${rng.int(100, 999)}`
        : null,
      location: rng.chance(0.9)
        ? {
            country: city.country,
            countryCode: city.countryCode,
            regionCode: city.regionCode,
            region: city.region,
            city: city.city,
            lat: city.lat,
            lng: city.lng,
          }
        : null,
      web: rng.chance(0.6)
        ? {
            linkedin: `https://www.linkedin.com/in/${slug(firstName)}-${slug(lastName)}-${rng.hex(6)}`,
            ...(rng.chance(0.4) ? { website: `https://${slug(firstName)}${slug(lastName)}.example` } : {}),
            ...(rng.chance(0.3)
              ? { twitter: `https://twitter.com/${slug(firstName)}${rng.int(1, 99)}` }
              : {}),
            ...(rng.chance(0.2) ? { skype: `${slug(firstName)}.${slug(lastName)}` } : {}),
            ...(rng.chance(0.2)
              ? { facebook: `https://www.facebook.com/${slug(firstName)}.${slug(lastName)}` }
              : {}),
          }
        : null,
      createdOn: at(createdMs),
      updatedOn: at(createdMs),
      tags: rng.sample(TAGS, rng.int(0, 3)),
      averageRating: rng.chance(0.3) ? 0 : rng.int(2, 10) / 2,
      education: Array.from({ length: rng.int(0, 2) }, (_, k) => {
        const start = 2005 + rng.int(0, 12) + k * 4;
        return {
          institution: rng.pick(SCHOOLS),
          degree: rng.pick(DEGREES),
          major: rng.pick(MAJORS),
          current: false,
          location: rng.pick(CITIES).city,
          startDate: String(start),
          endDate: String(start + rng.int(2, 5)),
          description: '',
        };
      }),
      experience: Array.from({ length: rng.int(0, 3) }, (_, k) => ({
        title: rng.pick(ALL_JOB_TITLES),
        company: rng.pick(COMPANIES),
        current: k === 0,
        startDate: `${2024 - k * 3 - rng.int(0, 2)}-0${rng.int(1, 9)}`,
        ...(k === 0 ? {} : { endDate: `${2024 - k * 3 + 1}-0${rng.int(1, 9)}` }),
        location: rng.pick(CITIES).city,
        description: 'Shipped things that mattered.',
      })),
      consentStatus: rng.pick(SR_CONSENT_STATUSES),
    };
    state.candidates.set(candidate.id, candidate);

    // The first nine candidates cover every application status; a few have several applications.
    let appCount: number;
    if (i < SR_APPLICATION_STATUSES.length) appCount = i % 3 === 0 ? 2 : 1;
    else {
      const r = rng.next();
      appCount = r < 0.1 ? 0 : r < 0.7 ? 1 : r < 0.9 ? 2 : 3;
    }
    const appJobs = rng.sample(jobPool, appCount);
    let latest = createdMs;
    appJobs.forEach((job, k) => {
      const status: ApplicationStatus =
        i < SR_APPLICATION_STATUSES.length && k === 0
          ? (SR_APPLICATION_STATUSES[i] as ApplicationStatus)
          : rng.pick(SR_APPLICATION_STATUSES);
      const process = state.hiringProcesses.get(job.hiringProcessId);
      const subStatusFor = (s: ApplicationStatus): string | null => {
        const list = process?.subStatuses[s as SubStatusStatus];
        return list && list.length > 0 && rng.chance(0.8) ? rng.pick(list) : null;
      };
      const appliedMs =
        Math.max(createdMs, Date.parse(job.createdOn)) + rng.int(1, 72) * HOUR + rng.int(0, HOUR);
      // The status changes, 1-11 days apart; a path that would run past the epoch is compressed
      // to end a few hours before it (same draws, so the rest of the seed does not change).
      const path = STATUS_PATHS[status];
      const offsets: number[] = [];
      const subStatuses: Array<string | null> = [];
      let t = 0;
      for (const s of path) {
        offsets.push(t);
        subStatuses.push(subStatusFor(s));
        t += rng.int(1, 10) * DAY + rng.int(0, DAY);
      }
      const times = fitBefore(epoch, appliedMs, offsets);
      const history: ApplicationStatusChange[] = path.map((s, k) => ({
        changedOn: at(times[k] ?? appliedMs),
        status: s,
        subStatus: subStatuses[k] ?? null,
      }));
      const last = history[history.length - 1] as ApplicationStatusChange;
      const updatedMs = Date.parse(last.changedOn);
      latest = Math.max(latest, updatedMs);
      const props: Record<string, unknown> = {};
      for (const p of rng.sample(properties, rng.int(2, 6))) {
        props[p.id] = samplePropertyValue(p.type, p.values, rng, users, epoch);
      }
      const application: ApplicationRecord = {
        id: uuid(),
        candidateId: candidate.id,
        jobId: job.id,
        status,
        subStatus: last.subStatus,
        // A hire's start date may be after the epoch: it is a date to come.
        startsOn: status === 'HIRED' ? iso(updatedMs + rng.int(14, 60) * DAY) : null,
        reasonOfRejection: status === 'REJECTED' ? { ...rng.pick(rejectionReasons) } : null,
        reasonOfWithdrawal: status === 'WITHDRAWN' ? { ...rng.pick(withdrawalReasons) } : null,
        source: rng.chance(0.3) ? { ...state.defaultSource } : { ...rng.pick(sourceChoices) },
        createdOn: at(appliedMs),
        updatedOn: at(updatedMs),
        statusHistory: history,
        properties: props,
        screeningAnswers: rng.chance(0.5)
          ? [
              {
                id: uuid(),
                type: 'radio',
                category: uuid(),
                name: 'work_authorization',
                label: `Are you authorized to work in ${job.location.country ?? 'this country'}?`,
                records: [
                  {
                    fields: [
                      {
                        id: 'answer',
                        label: 'Answer',
                        values: [rng.chance(0.8) ? { id: 'yes', label: 'Yes' } : { id: 'no', label: 'No' }],
                      },
                    ],
                  },
                ],
              },
              {
                id: uuid(),
                type: 'textarea',
                category: 'LIBRARY',
                name: 'motivation',
                label: 'Why do you want to join us?',
                records: [
                  {
                    // SR's AnswerFieldValue requires `id` and `label`: a free-text value carries its field's id.
                    fields: [
                      {
                        id: 'text',
                        label: 'Answer',
                        values: [{ id: 'text', label: 'I like what you build.' }],
                      },
                    ],
                  },
                ],
              },
            ]
          : [],
        onboardingStatus: status === 'HIRED' ? rng.pick(SR_ONBOARDING_STATUSES) : null,
      };
      state.applications.set(application.id, application);

      if (status === 'OFFERED' || status === 'HIRED') {
        const offerId = uuid();
        const offeredMs = Date.parse(
          history.find((h) => h.status === 'OFFERED')?.changedOn ?? last.changedOn,
        );
        state.offers.set(offerId, {
          id: offerId,
          candidateId: candidate.id,
          jobId: job.id,
          status:
            status === 'HIRED'
              ? 'ACCEPTED'
              : rng.pick(['CREATED', 'PENDING_APPROVAL', 'APPROVED', 'PENDING_ACCEPTANCE'] as const),
          createdOn: at(offeredMs),
          updatedOn: at(updatedMs),
          properties: {
            base_salary: `${job.compensation?.max ?? 80_000}.00 ${job.compensation?.currency ?? 'EUR'}`,
            // A start date at midnight UTC, a month after the offer (the hire's own when hired).
            start_date: application.startsOn ?? iso(Math.floor(offeredMs / DAY + 30) * DAY),
            contract_type: 'Permanent',
          },
          documents: [
            withLazyBytes(
              {
                id: uuid(),
                name: `Offer letter - ${firstName} ${lastName}.pdf`,
                contentType: 'application/pdf',
                createdOn: at(offeredMs),
                bytes: PENDING,
              },
              pdf([`Offer letter for ${firstName} ${lastName}`, `Position: ${job.title}`]),
            ),
          ],
        });
      }

      if (k === 0 && i % 3 === 0) {
        state.attachments.set(
          ...attachmentEntry(
            uuid(),
            {
              candidateId: candidate.id,
              jobId: job.id,
              name: 'cover-letter.pdf',
              type: 'COVER_LETTER',
              contentType: 'application/pdf',
              createdOn: at(appliedMs),
            },
            pdf([`Dear ${job.title} hiring team,`, `I am ${firstName} ${lastName}.`]),
          ),
        );
      }
      if (k === 1) {
        state.attachments.set(
          ...attachmentEntry(
            uuid(),
            {
              candidateId: candidate.id,
              jobId: job.id,
              name: 'portfolio-notes.txt',
              type: 'GENERIC_FILE',
              contentType: 'text/plain',
              createdOn: at(appliedMs),
            },
            text(`Portfolio notes for ${firstName} ${lastName}\n`),
          ),
        );
      }
    });
    candidate.updatedOn = at(latest + rng.int(0, 3) * HOUR);

    if (i % 4 !== 3) {
      state.attachments.set(
        ...attachmentEntry(
          uuid(),
          {
            candidateId: candidate.id,
            jobId: null,
            name: `${firstName} ${lastName} - Resume.pdf`,
            type: 'RESUME',
            contentType: 'application/pdf',
            createdOn: candidate.createdOn,
          },
          pdf([`${firstName} ${lastName}`, email, candidate.experience[0]?.title ?? 'Candidate']),
        ),
      );
    }
  }

  seedHiring(state, { seed: options.seed, epochMs: epoch });
  seedReports(state, { seed: options.seed, epochMs: epoch });
  seedOnboarding(state, { seed: options.seed });
  seedScheduling(state, { seed: options.seed, epochMs: epoch });
}

// The file's text is fixed now (later edits of the records it quotes do not change it); its bytes
// are made on first read.
const pdf = (lines: string[]) => () => minimalPdf(lines);
const text = (content: string) => () => utf8(content);

/** A seeded attachment, its bytes made on first read (see `withLazyBytes`). */
function attachmentEntry(
  id: string,
  data: Omit<AttachmentRecord, 'id' | 'bytes'>,
  bytes: () => Uint8Array,
): [string, AttachmentRecord] {
  const { createdOn, ...rest } = data;
  // `bytes` before `createdOn`, where a record added through `addAttachment` has it.
  return [id, withLazyBytes({ id, ...rest, bytes: PENDING, createdOn }, bytes)];
}

function samplePropertyValue(
  type: string,
  values: Array<{ id: string }>,
  rng: Rng,
  users: UserRecord[],
  epoch: number,
): unknown {
  switch (type) {
    case 'BOOLEAN':
      return rng.chance(0.7);
    case 'COUNTRY':
      return rng.pick(CITIES).countryCode;
    case 'CURRENCY':
      return { code: rng.pick(CURRENCIES), value: rng.int(4, 20) * 5000 };
    case 'DATE':
      return iso(epoch + rng.int(10, 90) * DAY);
    case 'NUMBER':
      return rng.int(0, 20);
    case 'PERCENT':
      return rng.int(0, 10) * 10;
    case 'REGION':
      return rng.pick(CITIES).regionCode;
    case 'TEXT':
      return `${rng.int(1, 3)} months`;
    case 'USER':
      return rng.pick(users).id;
    default:
      return rng.pick(values).id;
  }
}
