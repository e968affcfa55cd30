/**
 * The Apply API (Application API, https://developers.smartrecruiters.com/docs/application-api) over
 * the Posting API's postings: a published job's application form, applying to it on a candidate's
 * behalf (a candidate with an application on the job, `NEW`, its answers as screening answers and
 * its files as attachments), and the application's status. Errors answer SR's `ApplyApiError`
 * (`{ id, code, message }`), not the Customer API's `{ errors }`.
 *
 * The fake's choices (UNCONFIRMED): every posting's form has two questions (work authorization,
 * required; motivation, optional); a posting that is not published, or a candidate without an
 * application to it, is 404 `RESOURCE_NOT_FOUND_ERROR`; an application by a candidate SR already
 * has (same e-mail and last name) joins that profile, and applying twice to one posting answers the
 * existing profile again; a file is at most the fake's `maxAttachmentBytes`, a link attachment
 * (`url`) is not stored.
 */
import { fromBase64 } from '../../internal/base64.js';
import { emit, type HandlerContext, mediaType, param, type RouteDef, route } from '../context.js';
import { FakeHttpError } from '../errors.js';
import { fromUtf8, json, type RouteResponse } from '../http.js';
import type {
  AttachmentType,
  CandidateLocation,
  CandidateWeb,
  JobRecord,
  ScreeningAnswer,
} from '../model.js';
import { S } from '../scopes.js';
import { Check, isObject } from '../validation.js';
import { APPLY_STATUS } from './candidate-status.js';
import { readEducation, readExperience } from './candidates.js';
import { postingIdentity } from './postings.js';
import { applicationPath, applicationPayload, validateSourceDetails } from './shared.js';

/** One field of an application form question. */
interface FormField {
  id: string;
  label: string;
  required: boolean;
  type: 'RADIO' | 'TEXTAREA';
  values: Array<{ id: string; label: string }>;
}

/** One question of a posting's application form. */
interface FormQuestion {
  id: string;
  label: string;
  repeatable: false;
  fields: FormField[];
}

/** The application form of a job's posting. */
function applicationForm(job: JobRecord): FormQuestion[] {
  return [
    {
      id: 'work_authorization',
      label: `Are you authorized to work in ${job.location.country ?? 'this country'}?`,
      repeatable: false,
      fields: [
        {
          id: 'answer',
          label: 'Answer',
          required: true,
          type: 'RADIO',
          values: [
            { id: 'yes', label: 'Yes' },
            { id: 'no', label: 'No' },
          ],
        },
      ],
    },
    {
      id: 'motivation',
      label: 'Why do you want to join us?',
      repeatable: false,
      fields: [{ id: 'text', label: 'Answer', required: false, type: 'TEXTAREA', values: [] }],
    },
  ];
}

/** SR's `ApplyApiError`. */
function applyError(ctx: HandlerContext, status: number, code: string, message: string): RouteResponse {
  return json(status, { id: ctx.services.state.ids.uuid(), code, message });
}

/** Runs a handler, answering its errors as `ApplyApiError`s. */
function applyRoute(method: string, path: string, handler: (ctx: HandlerContext) => RouteResponse): RouteDef {
  return route(method, path, S.applications, (ctx) => {
    try {
      return handler(ctx);
    } catch (error) {
      if (!(error instanceof FakeHttpError)) throw error;
      const code =
        error.status === 404
          ? 'RESOURCE_NOT_FOUND_ERROR'
          : error.status === 413
            ? 'FILE_UPLOAD_ERROR'
            : error.status === 415
              ? 'INVALID_REQUEST'
              : 'DATA_VALIDATION_ERROR';
      return applyError(ctx, error.status, code, error.message);
    }
  });
}

/** The published job of posting `uuid`; 404 otherwise. */
function postingJob(ctx: HandlerContext): JobRecord {
  const uuid = param(ctx, 'uuid').toLowerCase();
  for (const job of ctx.services.state.jobs.values()) {
    if (job.publication && postingIdentity(job).uuid === uuid) return job;
  }
  throw new FakeHttpError(404, { message: `Posting '${param(ctx, 'uuid')}' not found` });
}

function readBody(ctx: HandlerContext): Record<string, unknown> {
  if (mediaType(ctx.headers) !== 'application/json') {
    throw new FakeHttpError(415, { message: 'Content-Type must be application/json' });
  }
  let body: unknown;
  try {
    body = JSON.parse(fromUtf8(ctx.body));
  } catch {
    throw new FakeHttpError(400, { message: 'Malformed JSON in request body' });
  }
  if (!isObject(body)) throw new FakeHttpError(400, { message: 'The body must be an object' });
  return body;
}

/** Reads the answers against the form: known questions and fields, allowed values, required ones given. */
function readAnswers(check: Check, value: unknown, form: FormQuestion[]): ScreeningAnswer[] {
  const given = new Map<string, Map<string, string[]>>();
  if (value !== undefined && value !== null) {
    if (!Array.isArray(value)) check.fail('answers must be an array');
    else
      value.forEach((item, i) => {
        const path = `answers[${i}]`;
        const obj = check.object(item, path);
        const question = form.find((q) => q.id === obj?.id);
        if (!obj || !question) {
          if (obj) check.fail(`${path}.id is not a question of this posting`);
          return;
        }
        const records = obj.records;
        if (!Array.isArray(records) || records.length !== 1) {
          check.fail(`${path}.records must hold one record (the question is not repeatable)`);
          return;
        }
        const fields = (records[0] as { fields?: unknown } | undefined)?.fields;
        if (!isObject(fields)) {
          check.fail(`${path}.records[0].fields must map field ids to their values`);
          return;
        }
        const answer = new Map<string, string[]>();
        for (const [fieldId, values] of Object.entries(fields)) {
          const field = question.fields.find((f) => f.id === fieldId);
          if (!field) check.fail(`${path}: '${fieldId}' is not a field of question '${question.id}'`);
          else if (!Array.isArray(values) || values.some((v) => typeof v !== 'string')) {
            check.fail(`${path}: field '${fieldId}' takes an array of strings`);
          } else if (field.values.length > 0 && values.some((v) => !field.values.some((c) => c.id === v))) {
            check.fail(`${path}: field '${fieldId}' takes ${field.values.map((c) => c.id).join(' or ')}`);
          } else answer.set(fieldId, values as string[]);
        }
        given.set(question.id, answer);
      });
  }
  for (const question of form) {
    for (const field of question.fields) {
      if (field.required && !(given.get(question.id)?.get(field.id)?.length ?? 0)) {
        check.fail(`answers: question '${question.id}' (field '${field.id}') is required`);
      }
    }
  }
  return form.flatMap((question): ScreeningAnswer[] => {
    const answer = given.get(question.id);
    if (!answer) return [];
    return [
      {
        id: question.id,
        type: question.fields[0]?.type.toLowerCase() ?? 'input_text',
        category: 'APPLY',
        name: question.id,
        label: question.label,
        records: [
          {
            fields: question.fields.flatMap((field) => {
              const values = answer.get(field.id);
              if (!values) return [];
              return [
                {
                  id: field.id,
                  label: field.label,
                  values: values.map((v) => ({
                    id: field.values.length > 0 ? v : field.id,
                    label: field.values.find((c) => c.id === v)?.label ?? v,
                  })),
                },
              ];
            }),
          },
        ],
      },
    ];
  });
}

/** A file of the application: `{ fileName, fileContent (base64), mimeType }`; a link is not stored. */
function readFile(
  ctx: HandlerContext,
  check: Check,
  value: unknown,
  path: string,
  type: AttachmentType,
): Array<{ name: string; contentType: string; bytes: Uint8Array; type: AttachmentType }> {
  const obj = check.object(value, path);
  if (!obj || obj.fileContent === undefined) {
    if (obj && typeof obj.url !== 'string') check.fail(`${path} needs fileContent or url`);
    return [];
  }
  const name = check.string(obj, 'fileName', `${path}.`, { required: true, maxLength: 100 });
  const content = check.string(obj, 'fileContent', `${path}.`, { required: true });
  const contentType = check.string(obj, 'mimeType', `${path}.`) ?? 'application/octet-stream';
  if (typeof name !== 'string' || typeof content !== 'string') return [];
  const bytes = fromBase64(content);
  if (!bytes || bytes.length === 0) {
    check.fail(`${path}.fileContent must be base64`);
    return [];
  }
  if (bytes.length > ctx.services.config.maxAttachmentBytes) {
    throw new FakeHttpError(413, {
      message: `${path} is larger than ${ctx.services.config.maxAttachmentBytes} bytes`,
    });
  }
  return [{ name, contentType, bytes, type }];
}

function apply(ctx: HandlerContext): RouteResponse {
  const job = postingJob(ctx);
  const { state } = ctx.services;
  const body = readBody(ctx);
  const check = new Check();
  const firstName = check.string(body, 'firstName', '', { required: true, maxLength: 128 });
  const lastName = check.string(body, 'lastName', '', { required: true, maxLength: 128 });
  const email = check.string(body, 'email', '', { required: true, email: true, maxLength: 128 });
  const phoneNumber = check.string(body, 'phoneNumber', '', { maxLength: 128 });
  check.string(body, 'messageToHiringManager', '', { maxLength: 4000 });
  const tags = check.stringArray(body, 'tags', '') ?? [];
  let location: CandidateLocation | null = null;
  const place = check.object(body.location, 'location');
  if (place) {
    const city = check.string(place, 'city', 'location.', { required: true });
    const countryCode = check.string(place, 'countryCode', 'location.', { required: true });
    const region = check.string(place, 'region', 'location.');
    const country = check.string(place, 'country', 'location.');
    location = {
      ...(city ? { city } : {}),
      ...(countryCode ? { countryCode: countryCode.toLowerCase() } : {}),
      ...(region ? { region } : {}),
      ...(country ? { country } : {}),
    };
  }
  let web: CandidateWeb | null = null;
  const links = check.object(body.web, 'web');
  if (links) {
    web = {};
    for (const [from, to] of [
      ['linkedIn', 'linkedin'],
      ['facebook', 'facebook'],
      ['twitter', 'twitter'],
      ['skype', 'skype'],
      ['website', 'website'],
    ] as const) {
      const v = check.string(links, from, 'web.');
      if (typeof v === 'string') web[to] = v;
    }
  }
  const education = readEducation(check, body.education) ?? [];
  const experience = readExperience(check, body.experience) ?? [];
  experience.forEach((entry, i) => {
    if (!entry.title) check.fail(`experience[${i}].title is required`);
    if (!entry.startDate || !/^\d{4}-\d{2}-\d{2}$/.test(entry.startDate)) {
      check.fail(`experience[${i}].startDate is required, as yyyy-MM-dd`);
    }
  });
  const answers = readAnswers(check, body.answers, applicationForm(job));
  const files = [
    ...(body.resume === undefined ? [] : readFile(ctx, check, body.resume, 'resume', 'RESUME')),
    ...(Array.isArray(body.attachments)
      ? body.attachments.flatMap((a, i) => readFile(ctx, check, a, `attachments[${i}]`, 'GENERIC_FILE'))
      : []),
  ];
  if (body.attachments !== undefined && !Array.isArray(body.attachments))
    check.fail('attachments must be an array');
  check.done();
  const source =
    body.sourceDetails === undefined || body.sourceDetails === null
      ? { ...state.defaultSource }
      : validateSourceDetails(ctx, body.sourceDetails, 'sourceDetails', 'create');

  const now = state.nowIso();
  let candidate = state.findDuplicate(email as string, lastName as string);
  if (!candidate) {
    candidate = state.addCandidate({
      firstName: firstName as string,
      lastName: lastName as string,
      email: email as string,
      phoneNumber: phoneNumber ?? null,
      location,
      web,
      tags: [...new Set(tags)],
      education,
      experience,
      internal: body.internal === true,
      consentStatus: body.consent === true ? 'ACQUIRED' : 'REQUIRED',
      createdOn: now,
      updatedOn: now,
    });
    emit(ctx, 'candidate.created', { id: candidate.id }, `/candidates/${candidate.id}`);
  }
  if (!state.application(candidate.id, job.id)) {
    const app = state.addApplication({
      candidateId: candidate.id,
      jobId: job.id,
      status: 'NEW',
      source,
      screeningAnswers: answers,
    });
    for (const file of files) {
      state.addAttachment({ candidateId: candidate.id, jobId: job.id, createdOn: now, ...file });
    }
    candidate.updatedOn = now;
    job.lastActivityOn = now;
    emit(ctx, 'application.created', applicationPayload(app), applicationPath(app));
  }
  return json(200, { id: candidate.id, createdOn: candidate.createdOn });
}

/** Apply API routes. */
export const applyRoutes: RouteDef[] = [
  applyRoute('GET', '/postings/{uuid}/configuration', (ctx) => {
    const job = postingJob(ctx);
    const { company } = ctx.services.state;
    return json(200, {
      questions: applicationForm(job),
      settings: { avatarUploadAvailable: false },
      privacyPolicies: [{ orgName: company.name, url: `${company.website}/privacy` }],
    });
  }),
  applyRoute('POST', '/postings/{uuid}/candidates', apply),
  applyRoute('GET', '/postings/{uuid}/candidates/{candidateId}/status', (ctx) => {
    const job = postingJob(ctx);
    const app = ctx.services.state.application(param(ctx, 'candidateId'), job.id);
    if (!app) throw new FakeHttpError(404, { message: 'The candidate has not applied to this posting' });
    return json(200, { status: APPLY_STATUS[app.status] ?? 'OTHER' });
  }),
];
