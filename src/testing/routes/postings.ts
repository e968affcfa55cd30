/**
 * The public Posting API (`/v1/companies/{companyIdentifier}/…`,
 * https://developers.smartrecruiters.com/docs/posting-api) over the fake's jobs: a job whose
 * default job ad is published is a posting (`PUBLIC` or `INTERNAL` as published). No credential is
 * needed, and none is counted by the rate limiter. Shapes are SR's `PostingList`, `Posting` and
 * `Departments`.
 *
 * The fake's choices (UNCONFIRMED): an unknown company has no postings (an empty list, and 404 for
 * one posting); `destination` defaults to `PUBLIC`; `limit` 1-100, default 100; newest release
 * first; `q` searches the name and reference number; location filters ignore case; a posting is
 * found by its `id` or its `uuid`; `sourceTypeId`, `sourceSubTypeId` and `sourceId` (the source an
 * apply link credits) change nothing. A posting's `uuid` and numeric `id` are derived from its job
 * ad's id (stable for a given job ad).
 */
import { absoluteUrl, compact, type HandlerContext, param, type RouteDef } from '../context.js';
import { badRequest, notFound } from '../errors.js';
import { json } from '../http.js';
import type { JobRecord } from '../model.js';

/** SR's path prefix of the Posting API. */
const PREFIX = '/v1/companies/{companyIdentifier}';
/** The career site the fake's postings link to. */
const CAREERS = 'https://jobs.smartrecruiters.com';

const DESTINATIONS = ['PUBLIC', 'INTERNAL', 'INTERNAL_OR_PUBLIC'] as const;
const LOCATION_TYPES = ['REMOTE', 'ONSITE', 'ANY'] as const;

/** A hex digit mapped one-to-one onto another: keeps the posting's UUID distinct from the job ad's. */
function scramble(digit: string): string {
  return ((Number.parseInt(digit, 16) * 7 + 3) % 16).toString(16);
}

/** The posting's `uuid` and numeric `id`, derived from the job ad's id (one-to-one). */
export function postingIdentity(job: Pick<JobRecord, 'jobAdId'>): { id: string; uuid: string } {
  const hex = job.jobAdId.toLowerCase().replace(/[^0-9a-f]/g, '');
  const mixed = [...hex].map(scramble).join('').padEnd(32, '0').slice(0, 32);
  const uuid = `${mixed.slice(0, 8)}-${mixed.slice(8, 12)}-4${mixed.slice(13, 16)}-a${mixed.slice(17, 20)}-${mixed.slice(20)}`;
  // 48 bits of the UUID: a 15-digit number at most, as SR's posting ids are.
  const id = String(Number.parseInt(mixed.slice(20, 32), 16)).padStart(15, '7');
  return { id, uuid };
}

/** The company of the path, or `undefined` when it is not the fake's (compared without case). */
function company(ctx: HandlerContext) {
  const identifier = param(ctx, 'companyIdentifier');
  const own = ctx.services.state.company;
  return identifier.toLowerCase() === own.identifier.toLowerCase() ? own : undefined;
}

/** The fake's published jobs, newest release first. */
function published(ctx: HandlerContext): JobRecord[] {
  return [...ctx.services.state.jobs.values()]
    .filter((job) => job.publication !== null)
    .sort((a, b) => (b.publication?.publishedOn ?? '').localeCompare(a.publication?.publishedOn ?? ''));
}

function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'job'
  );
}

/** The fields a posting and its list entry share (`PostingItem`). */
function postingItem(ctx: HandlerContext, job: JobRecord): Record<string, unknown> {
  const { state } = ctx.services;
  const { id, uuid } = postingIdentity(job);
  const department = job.departmentId ? state.departments.get(job.departmentId) : undefined;
  const creator = job.creatorId ? state.users.get(job.creatorId) : undefined;
  const identifier = state.company.identifier;
  const language = job.jobAd.language;
  return compact({
    id,
    name: job.title,
    uuid,
    jobAdId: job.jobAdId,
    defaultJobAd: true,
    refNumber: job.refNumber,
    company: { identifier, name: state.company.name },
    releasedDate: job.publication?.publishedOn,
    location: compact({
      city: job.location.city,
      region: job.location.region,
      country: job.location.countryCode.toLowerCase(),
      remote: job.location.remote,
      latitude: job.location.latitude,
      longitude: job.location.longitude,
    }),
    industry: job.industry,
    department: department
      ? compact({ id: department.id, label: department.label, description: department.description })
      : undefined,
    function: job.function,
    typeOfEmployment: job.typeOfEmployment,
    experienceLevel: job.experienceLevel
      ? { id: job.experienceLevel.id, name: job.experienceLevel.label }
      : undefined,
    customField: job.properties.flatMap((p) => {
      const definition = state.jobProperties.get(p.id);
      const value = definition?.values.find((v) => v.id === p.valueId);
      return definition && value
        ? [
            {
              fieldId: definition.id,
              fieldLabel: definition.label,
              valueId: value.id,
              valueLabel: value.label,
            },
          ]
        : [];
    }),
    ref: absoluteUrl(ctx, `/v1/companies/${identifier}/postings/${id}`),
    creator: creator ? { name: `${creator.firstName} ${creator.lastName}` } : undefined,
    language: {
      code: language.code,
      label: language.label,
      labelNative: language.labelNative,
    },
    visibility: job.publication?.visibility,
  });
}

/** `Posting`: the list entry with the job ad and the career site's links. */
function posting(ctx: HandlerContext, job: JobRecord): Record<string, unknown> {
  const item = postingItem(ctx, job);
  const page = `${CAREERS}/${ctx.services.state.company.identifier}/${item.id as string}-${slug(job.title)}`;
  const { language: _language, ...rest } = item;
  return compact({
    ...rest,
    active: true,
    jobId: job.id,
    postingUrl: page,
    applyUrl: `${page}?oga=true`,
    jobAd: { sections: job.jobAd.sections },
  });
}

function listPostings(ctx: HandlerContext) {
  const q = ctx.query;
  const limit = q.limit(100, 100);
  const offset = q.int('offset', { default: 0, min: 0, max: 2_147_483_647 });
  const destination = q.enumValue('destination', DESTINATIONS) ?? 'PUBLIC';
  const locationType = q.enumValue('locationType', LOCATION_TYPES) ?? 'ANY';
  const languages = q.getAll('language');
  const releasedAfter = q.date('releasedAfter');
  const text = q.get('q')?.toLowerCase();
  const same = (a: string | undefined, b: string | undefined) =>
    b === undefined || (a !== undefined && a.toLowerCase() === b.toLowerCase());
  const country = q.get('country');
  const region = q.get('region');
  const city = q.get('city');
  const department = q.get('department');
  // `custom_field.{fieldId}={valueId}`: a job property's value.
  const fields: Array<[string, string]> = [];
  for (const [name, value] of q.params) {
    if (!name.startsWith('custom_field.')) continue;
    const fieldId = name.slice('custom_field.'.length);
    if (fieldId === '' || value === '') throw badRequest(`Invalid filter '${name}'`, 'INVALID_PARAMETER');
    fields.push([fieldId, value]);
  }
  const jobs = company(ctx)
    ? published(ctx).filter((job) => {
        const visibility = job.publication?.visibility;
        if (destination !== 'INTERNAL_OR_PUBLIC' && visibility !== destination) return false;
        if (locationType === 'REMOTE' && !job.location.remote) return false;
        if (locationType === 'ONSITE' && job.location.remote) return false;
        if (!same(job.location.countryCode, country)) return false;
        if (!same(job.location.region, region)) return false;
        if (!same(job.location.city, city)) return false;
        if (department !== undefined && job.departmentId !== department) return false;
        if (languages.length > 0 && !languages.includes(job.jobAd.language.code)) return false;
        if (releasedAfter !== undefined && Date.parse(job.publication?.publishedOn ?? '') <= releasedAfter)
          return false;
        if (text && !`${job.title} ${job.refNumber ?? ''}`.toLowerCase().includes(text)) return false;
        return fields.every(([fieldId, valueId]) =>
          job.properties.some((p) => p.id === fieldId && p.valueId === valueId),
        );
      })
    : [];
  return json(200, {
    offset,
    limit,
    totalFound: jobs.length,
    content: jobs.slice(offset, offset + limit).map((job) => postingItem(ctx, job)),
  });
}

function getPosting(ctx: HandlerContext) {
  const postingId = param(ctx, 'postingId');
  const job = company(ctx)
    ? published(ctx).find((j) => {
        const identity = postingIdentity(j);
        return identity.id === postingId || identity.uuid === postingId.toLowerCase();
      })
    : undefined;
  if (!job) throw notFound(`Posting '${postingId}' not found`, 'POSTING_NOT_FOUND');
  return json(200, posting(ctx, job));
}

function listDepartments(ctx: HandlerContext) {
  const departments = company(ctx) ? [...ctx.services.state.departments.values()] : [];
  return json(200, {
    totalFound: departments.length,
    content: departments.map((d) => compact({ id: d.id, label: d.label, description: d.description })),
  });
}

/** A public route: no credential, not rate limited. */
function publicRoute(path: string, handler: RouteDef['handler']): RouteDef {
  return { method: 'GET', path, scopes: [], public: true, handler };
}

/** Posting API routes. */
export const postingRoutes: RouteDef[] = [
  publicRoute(`${PREFIX}/postings`, listPostings),
  publicRoute(`${PREFIX}/postings/{postingId}`, getPosting),
  publicRoute(`${PREFIX}/departments`, listDepartments),
];
