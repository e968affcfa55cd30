/**
 * Candidates: search with cursor paging, create (talent pool or onto a
 * job), details, personal-details PATCH (plain JSON), delete, tags, consent.
 *
 * Status codes (SR's are UNCONFIRMED): create 201 with `CandidateDetails` (also when merged into
 * an existing profile), PATCH 200 `CandidateDetails`, DELETE 204, tags POST/PUT 200 `{ tags }`,
 * tags DELETE 204. The list sorts newest first (`createdOn`, then id); `nextPageId` and the
 * `Link rel="next"` header are absent on the last page.
 */
import {
  action,
  compact,
  conflict,
  emit,
  found,
  type HandlerContext,
  param,
  type RouteDef,
  readJson,
  route,
} from '../context.js';
import { badRequest } from '../errors.js';
import { json, noContent } from '../http.js';
import {
  type ApplicationRecord,
  type CandidateRecord,
  type Education,
  type Experience,
  SR_APPLICATION_STATUSES,
  SR_CONSENT_STATUSES,
  SR_ONBOARDING_STATUSES,
} from '../model.js';
import { keysetPageNewestFirst, nextLink } from '../pagination.js';
import { S } from '../scopes.js';
import { Check, isObject } from '../validation.js';
import {
  applicationPath,
  applicationPayload,
  readCandidateLocation,
  readWeb,
  requireObject,
  sourceAction,
  sourceLabel,
  validateSourceDetails,
} from './shared.js';

function jobRef(ctx: HandlerContext, jobId: string, withTitle: boolean, full: boolean) {
  const job = ctx.services.state.jobs.get(jobId);
  const actions: Record<string, unknown> = { details: action(ctx, `/jobs/${jobId}`) };
  if (full) actions.positionDetails = action(ctx, `/jobs/${jobId}/positions`);
  return compact({ id: jobId, title: withTitle ? job?.title : undefined, actions });
}

/** Full `Assignment` (CandidateDetails). */
function assignment(ctx: HandlerContext, app: ApplicationRecord): Record<string, unknown> {
  return compact({
    job: jobRef(ctx, app.jobId, true, true),
    status: app.status,
    subStatus: app.subStatus,
    startsOn: app.startsOn,
    source: sourceLabel(ctx, app.source),
    reasonOfRejection: app.reasonOfRejection,
    reasonOfWithdrawal: app.reasonOfWithdrawal,
    actions: { sourceDetails: sourceAction(ctx, app.source) },
  });
}

/** `Candidate` list item: partial. Secondary assignments carry only the job id and link. */
export function candidateListItem(ctx: HandlerContext, c: CandidateRecord): Record<string, unknown> {
  const apps = ctx.services.state.applicationsOf(c.id);
  const primary = apps.at(-1);
  return compact({
    id: c.id,
    internal: c.internal,
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    createdOn: c.createdOn,
    updatedOn: c.updatedOn,
    location: c.location,
    averageRating: c.averageRating,
    tags: c.tags,
    consent: { status: c.consentStatus },
    primaryAssignment: primary
      ? compact({
          job: jobRef(ctx, primary.jobId, true, false),
          status: primary.status,
          subStatus: primary.subStatus,
        })
      : undefined,
    secondaryAssignments: apps.slice(0, -1).map((a) => ({ job: jobRef(ctx, a.jobId, false, false) })),
    actions: {
      details: action(ctx, `/candidates/${c.id}`),
      properties: action(ctx, `/candidates/${c.id}/properties`),
    },
  });
}

/** `CandidateDetails`. */
export function candidateDetails(ctx: HandlerContext, c: CandidateRecord): Record<string, unknown> {
  const apps = ctx.services.state.applicationsOf(c.id);
  const primary = apps.at(-1);
  return compact({
    id: c.id,
    internal: c.internal,
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    phoneNumber: c.phoneNumber,
    location: c.location,
    web: c.web,
    createdOn: c.createdOn,
    updatedOn: c.updatedOn,
    tags: c.tags,
    averageRating: c.averageRating,
    education: c.education,
    experience: c.experience,
    primaryAssignment: primary ? assignment(ctx, primary) : undefined,
    secondaryAssignments: apps.slice(0, -1).map((a) => assignment(ctx, a)),
    actions: {
      properties: action(ctx, `/candidates/${c.id}/properties`),
      attachments: action(ctx, `/candidates/${c.id}/attachments`),
      consent: action(ctx, `/candidates/${c.id}/consent`),
      consents: action(ctx, `/candidates/${c.id}/consents`),
    },
  });
}

/** Reads `education` entries (`institution` and `degree` required). */
export function readEducation(check: Check, value: unknown): Education[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    check.fail('education must be an array');
    return undefined;
  }
  return value.flatMap((item, i): Education[] => {
    const obj = check.object(item, `education[${i}]`);
    if (!obj) return [];
    const p = `education[${i}].`;
    const institution = check.string(obj, 'institution', p, { required: true });
    const degree = check.string(obj, 'degree', p, { required: true });
    const out: Education = { institution: institution ?? '', degree: degree ?? '' };
    for (const key of ['major', 'location', 'startDate', 'endDate', 'description'] as const) {
      const v = check.string(obj, key, p);
      if (typeof v === 'string') out[key] = v;
    }
    const current = check.boolean(obj, 'current', p);
    if (current !== undefined) out.current = current;
    return [out];
  });
}

/** Reads `experience` entries. */
export function readExperience(check: Check, value: unknown): Experience[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    check.fail('experience must be an array');
    return undefined;
  }
  return value.flatMap((item, i): Experience[] => {
    const obj = check.object(item, `experience[${i}]`);
    if (!obj) return [];
    const p = `experience[${i}].`;
    const out: Experience = {};
    for (const key of ['title', 'company', 'startDate', 'endDate', 'location', 'description'] as const) {
      const v = check.string(obj, key, p);
      if (typeof v === 'string') out[key] = v;
    }
    const current = check.boolean(obj, 'current', p);
    if (current !== undefined) out.current = current;
    return [out];
  });
}

/** Parses `CandidateInput`: firstName, lastName and email required. */
function readCandidateInput(ctx: HandlerContext) {
  const body = requireObject(readJson(ctx));
  const check = new Check();
  const firstName = check.string(body, 'firstName', '', { required: true, maxLength: 400 });
  const lastName = check.string(body, 'lastName', '', { required: true, maxLength: 400 });
  const email = check.string(body, 'email', '', { required: true, email: true });
  const phoneNumber = check.string(body, 'phoneNumber', '');
  const location = readCandidateLocation(check, body.location, 'location');
  const web = readWeb(check, body.web, 'web');
  const tags = check.stringArray(body, 'tags', '');
  const education = readEducation(check, body.education);
  const experience = readExperience(check, body.experience);
  const internal = check.boolean(body, 'internal', '');
  check.done();
  const source =
    body.sourceDetails === undefined || body.sourceDetails === null
      ? { ...ctx.services.state.defaultSource }
      : validateSourceDetails(ctx, body.sourceDetails, 'sourceDetails', 'create');
  return {
    candidate: {
      firstName: firstName as string,
      lastName: lastName as string,
      email: email as string,
      phoneNumber: phoneNumber ?? null,
      location: location ?? null,
      web: web ?? null,
      tags: [...new Set(tags ?? [])],
      education: education ?? [],
      experience: experience ?? [],
      internal: internal ?? false,
    },
    source,
  };
}

function createCandidate(ctx: HandlerContext, jobId: string | undefined) {
  const { state, config } = ctx.services;
  const job = jobId === undefined ? undefined : found(state.jobs.get(jobId), 'Job');
  const input = readCandidateInput(ctx);
  let candidate = state.findDuplicate(input.candidate.email, input.candidate.lastName);
  if (candidate && config.onDuplicateCandidate === 'conflict') {
    throw conflict(
      'CANDIDATE_DATA_CONFLICT',
      'A candidate with this email address and last name already exists',
    );
  }
  const now = state.nowIso();
  if (candidate) {
    // Merge (the default): SR keeps one profile per email + last name (§13); the request adds its
    // tags and, for a job, an application when the profile has none on that job.
    const merged = candidate;
    const added = input.candidate.tags.filter((t) => !merged.tags.includes(t));
    if (added.length > 0) {
      merged.tags.push(...added);
      merged.updatedOn = now;
      emit(ctx, 'candidate.updated', { id: merged.id }, `/candidates/${merged.id}`);
    }
  } else {
    candidate = state.addCandidate({ ...input.candidate, createdOn: now, updatedOn: now });
    emit(ctx, 'candidate.created', { id: candidate.id }, `/candidates/${candidate.id}`);
  }
  if (job && !state.application(candidate.id, job.id)) {
    const app = state.addApplication({
      candidateId: candidate.id,
      jobId: job.id,
      status: 'NEW',
      source: input.source,
    });
    candidate.updatedOn = now;
    job.lastActivityOn = now;
    emit(ctx, 'application.created', applicationPayload(app), applicationPath(app));
  }
  return json(201, candidateDetails(ctx, candidate));
}

function listCandidates(ctx: HandlerContext) {
  const { state } = ctx.services;
  const q = ctx.query;
  const limit = q.limit(10);
  const pageId = q.get('pageId');
  const statuses = q.enumValues('status', SR_APPLICATION_STATUSES);
  const subStatus = q.get('subStatus');
  if (subStatus !== undefined && statuses.length === 0) {
    throw badRequest(
      "Query parameter 'subStatus' can only be used together with 'status'",
      'INVALID_PARAMETER',
    );
  }
  const jobIds = q.getAll('jobId');
  const tags = q.getAll('tag');
  const consent = q.enumValues('consentStatus', SR_CONSENT_STATUSES);
  const ratings = q.getAll('averageRating').map((r) => {
    if (!/^\d+$/.test(r))
      throw badRequest("Query parameter 'averageRating' must be an integer", 'INVALID_PARAMETER');
    return Number(r);
  });
  const locations = q.getAll('location').map((l) => l.toLowerCase());
  const updatedAfter = q.date('updatedAfter');
  const onboarding = q.enumValue('onboardingStatus', SR_ONBOARDING_STATUSES);
  const sourceTypes = q.getAll('sourceType');
  const sourceSubTypes = q.getAll('sourceSubType');
  const sourceValues = q.getAll('sourceValueId');
  const propertyIds = q.getAll('propertyId');
  const propertyValueIds = q.getAll('propertyValueId');
  const words = (q.get('q') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const appFilter =
    jobIds.length + statuses.length + sourceTypes.length + sourceSubTypes.length + sourceValues.length > 0 ||
    onboarding !== undefined ||
    propertyIds.length > 0;

  const filtered =
    words.length +
      tags.length +
      consent.length +
      ratings.length +
      locations.length +
      (updatedAfter === undefined ? 0 : 1) >
      0 || appFilter;
  const matches = (c: CandidateRecord): boolean => {
    if (words.length > 0) {
      const hay = `${c.firstName} ${c.lastName} ${c.email}`.toLowerCase();
      if (!words.every((w) => hay.includes(w))) return false;
    }
    if (tags.length > 0 && !tags.some((t) => c.tags.includes(t))) return false;
    if (consent.length > 0 && !consent.includes(c.consentStatus)) return false;
    if (ratings.length > 0 && !ratings.includes(Math.round(c.averageRating))) return false;
    if (updatedAfter !== undefined && !(Date.parse(c.updatedOn) > updatedAfter)) return false;
    if (locations.length > 0) {
      const loc = c.location;
      const values = [loc?.city, loc?.region, loc?.country, loc?.countryCode]
        .filter(Boolean)
        .map((v) => (v as string).toLowerCase());
      if (!locations.some((l) => values.includes(l))) return false;
    }
    if (appFilter) {
      const ok = state.applicationsOf(c.id).some(
        (a) =>
          (jobIds.length === 0 || jobIds.includes(a.jobId)) &&
          (statuses.length === 0 || statuses.includes(a.status)) &&
          (subStatus === undefined || a.subStatus === subStatus) &&
          (onboarding === undefined || a.onboardingStatus === onboarding) &&
          (sourceTypes.length === 0 || sourceTypes.includes(a.source.sourceTypeId)) &&
          (sourceSubTypes.length === 0 ||
            (a.source.sourceSubTypeId !== null && sourceSubTypes.includes(a.source.sourceSubTypeId))) &&
          (sourceValues.length === 0 || sourceValues.includes(a.source.sourceId)) &&
          (propertyIds.length === 0 ||
            propertyIds.some((pid) => {
              const value = a.properties[pid];
              return (
                value !== undefined &&
                (propertyValueIds.length === 0 || propertyValueIds.includes(String(value)))
              );
            })),
      );
      if (!ok) return false;
    }
    return true;
  };
  // Newest first; the keyset cursor (createdOn, id) keeps paging stable while records change.
  const order = state.candidates.newestFirst();
  let { records, keys } = order;
  if (filtered) {
    const kept: number[] = [];
    for (let i = 0; i < records.length; i++) if (matches(records[i] as CandidateRecord)) kept.push(i);
    records = kept.map((i) => order.records[i] as CandidateRecord);
    keys = kept.map((i) => order.keys[i] as string);
  }
  const page = keysetPageNewestFirst(records, keys, limit, pageId);
  const headers: Record<string, string> = {};
  if (page.nextPageId) headers.link = nextLink('/candidates', q.params, 'pageId', page.nextPageId);
  return json(
    200,
    compact({
      limit,
      offset: page.offset,
      nextPageId: page.nextPageId,
      totalFound: page.totalFound,
      content: page.items.map((c) => candidateListItem(ctx, c)),
    }),
    headers,
  );
}

function updateCandidate(ctx: HandlerContext) {
  const { state } = ctx.services;
  const candidate = found(state.candidates.get(param(ctx, 'id')), 'Candidate');
  const body = requireObject(readJson(ctx));
  const check = new Check();
  const firstName = check.string(body, 'firstName', '', { maxLength: 400 });
  const lastName = check.string(body, 'lastName', '', { maxLength: 400 });
  const email = check.string(body, 'email', '', { email: true });
  for (const key of ['firstName', 'lastName', 'email'] as const) {
    if (body[key] === null || (typeof body[key] === 'string' && (body[key] as string).trim() === '')) {
      check.fail(`${key} must not be blank`);
    }
  }
  const phoneNumber = check.string(body, 'phoneNumber', '', { nullable: true });
  const location = readCandidateLocation(check, body.location, 'location');
  const web = readWeb(check, body.web, 'web');
  check.done();
  const nextEmail = email ?? candidate.email;
  const nextLastName = lastName ?? candidate.lastName;
  if (state.findDuplicate(nextEmail, nextLastName, candidate.id)) {
    throw conflict(
      'CANDIDATE_DATA_CONFLICT',
      'Another candidate already has this email address and last name',
    );
  }
  if (typeof firstName === 'string') candidate.firstName = firstName;
  candidate.lastName = nextLastName;
  candidate.email = nextEmail;
  if (phoneNumber !== undefined) candidate.phoneNumber = phoneNumber;
  if (location !== undefined) candidate.location = location;
  if (web !== undefined) candidate.web = web;
  candidate.updatedOn = state.nowIso();
  emit(ctx, 'candidate.updated', { id: candidate.id }, `/candidates/${candidate.id}`);
  return json(200, candidateDetails(ctx, candidate));
}

function readTags(ctx: HandlerContext): string[] {
  const body = readJson(ctx);
  if (
    !isObject(body) ||
    !Array.isArray(body.tags) ||
    body.tags.some((t) => typeof t !== 'string' || t.trim() === '')
  ) {
    throw badRequest('Body must be { "tags": ["..."] } with non-blank strings', 'VALIDATION_ERROR');
  }
  return [...new Set(body.tags as string[])];
}

function changeTags(ctx: HandlerContext, mode: 'add' | 'replace') {
  const { state } = ctx.services;
  const candidate = found(state.candidates.get(param(ctx, 'id')), 'Candidate');
  const tags = readTags(ctx);
  const next =
    mode === 'add' ? [...candidate.tags, ...tags.filter((t) => !candidate.tags.includes(t))] : tags;
  const changed = next.length !== candidate.tags.length || next.some((t, i) => t !== candidate.tags[i]);
  candidate.tags = next;
  if (changed) {
    candidate.updatedOn = state.nowIso();
    emit(ctx, 'candidate.updated', { id: candidate.id }, `/candidates/${candidate.id}`);
  }
  return json(201, { tags: candidate.tags });
}

/** Candidate routes. */
export const candidateRoutes: RouteDef[] = [
  route('GET', '/candidates', S.candidatesRead, listCandidates),
  route('POST', '/candidates', S.candidatesCreate, (ctx) => createCandidate(ctx, undefined)),
  route('POST', '/jobs/{jobId}/candidates', S.candidatesCreate, (ctx) =>
    createCandidate(ctx, param(ctx, 'jobId')),
  ),
  route('GET', '/candidates/{id}', S.candidatesRead, (ctx) =>
    json(200, candidateDetails(ctx, found(ctx.services.state.candidates.get(param(ctx, 'id')), 'Candidate'))),
  ),
  route('PATCH', '/candidates/{id}', S.candidatesManage, updateCandidate),
  route('DELETE', '/candidates/{id}', S.candidatesManage, (ctx) => {
    const id = param(ctx, 'id');
    if (!ctx.services.state.deleteCandidate(id)) found(undefined, 'Candidate');
    emit(ctx, 'candidate.deleted', { id }, `/candidates/${id}`);
    return noContent();
  }),
  route('GET', '/candidates/{id}/tags', S.candidatesRead, (ctx) =>
    json(200, { tags: found(ctx.services.state.candidates.get(param(ctx, 'id')), 'Candidate').tags }),
  ),
  route('POST', '/candidates/{id}/tags', S.candidatesManage, (ctx) => changeTags(ctx, 'add')),
  route('PUT', '/candidates/{id}/tags', S.candidatesManage, (ctx) => changeTags(ctx, 'replace')),
  route('DELETE', '/candidates/{id}/tags', S.candidatesManage, (ctx) => {
    const { state } = ctx.services;
    const candidate = found(state.candidates.get(param(ctx, 'id')), 'Candidate');
    if (candidate.tags.length > 0) {
      candidate.tags = [];
      candidate.updatedOn = state.nowIso();
      emit(ctx, 'candidate.updated', { id: candidate.id }, `/candidates/${candidate.id}`);
    }
    return noContent();
  }),
  route('GET', '/candidates/{id}/consent', S.candidatesRead, (ctx) => {
    const candidate = found(ctx.services.state.candidates.get(param(ctx, 'id')), 'Candidate');
    return json(200, { status: candidate.consentStatus });
  }),
];
