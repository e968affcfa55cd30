/**
 * The Assessment API (2021) as SmartRecruiters serves it
 * (https://developers.smartrecruiters.com/docs/partners-assessment-api-2021): a partner's
 * configuration and a company's integration set-up (master credentials, scope
 * `partner_configuration_manage`), an order's result and report (the company's customer-level
 * credentials, `assessment_result_manage`), and the orders of an application as the company sees
 * them (`assessment_orders_read`). The partner's endpoints are OAuth only, as SmartRecruiters'
 * specification has them: an API key is refused.
 *
 * UNCONFIRMED, the fake's choice where SmartRecruiters does not say: the error codes
 * (`CONFIGURATION_NOT_FOUND`, `CONSENT_NOT_FOUND`, `INTEGRATION_ALREADY_EXISTS`,
 * `ORDER_NOT_FOUND`), a report kept as an application-level attachment too (so it is read through
 * the attachments API), and the order's `score` text (`scoreText`).
 */
import { type AssessmentEngine, type PartnerConfigurationRecord, scoreText } from '../assessments.js';
import type { Credential } from '../auth.js';
import type { HandlerContext, RouteDef } from '../context.js';
import { absoluteUrl, found, mediaType, param, readJson, route } from '../context.js';
import { badRequest, notFound, srError, unsupportedMediaType } from '../errors.js';
import { fromUtf8, json, type RouteResponse } from '../http.js';
import type { AssessmentOrderRecord, AssessmentResultRecord, AssessmentScore } from '../model.js';
import { parseMultipart } from '../multipart.js';
import { Check, isObject } from '../validation.js';
import { callbackUrlProblem } from '../webhooks.js';

const PARTNER_API = '/assessment-api/v202010';
const ASSESSMENTS_API = '/assessment-api/v202107';
/** The master credentials' scope (SmartRecruiters' `oauth2_master` scheme). */
const MASTER = ['partner_configuration_manage'];
/** The customer-level credentials' scope (SmartRecruiters' `oauth2` scheme). */
const RESULTS = ['assessment_result_manage'];
const TYPES = [
  'VIDEO_INTERVIEW',
  'BEHAVIORAL_ASSESSMENT',
  'BACKGROUND_CHECK',
  'REFERENCE_CHECK',
  'SKILL_TEST',
  'INLINE_ASSESSMENT',
] as const;
const STATUSES = ['IN_PROGRESS', 'PENDING', 'COMPLETED', 'REJECTED', 'EXPIRED'] as const;
/** The multipart part of a result attachment (UNCONFIRMED, as `RESULT_ATTACHMENT_PART`). */
const FILE_PART = 'file';

function engine(ctx: HandlerContext): AssessmentEngine {
  return ctx.services.assessments;
}

/** The OAuth client id of the caller (`oauth:<clientId>`, or of a grant `oauth:<clientId>:grant_...`). */
function clientIdOf(credential: Credential): string {
  const id = credential.id.slice('oauth:'.length);
  const grant = id.lastIndexOf(':grant_');
  return grant >= 0 ? id.slice(0, grant) : id;
}

// ---- the partner's configuration -----------------------------------------------------------

function configurationView(config: PartnerConfigurationRecord): Record<string, unknown> {
  return {
    ...config,
    supportedAssessmentTypes: [...config.supportedAssessmentTypes],
    ...(config.fields ? { fields: config.fields.map((field) => ({ ...field })) } : {}),
  };
}

function readConfiguration(ctx: HandlerContext): PartnerConfigurationRecord {
  const body = readJson(ctx);
  if (!isObject(body)) throw badRequest('The configuration must be a JSON object', 'VALIDATION_ERROR');
  const check = new Check();
  const loopback = engine(ctx).allowLoopbackHttp;
  const url = (key: string, required: boolean): string | undefined => {
    const value = check.string(body, key, '', { required });
    if (typeof value !== 'string') return undefined;
    const problem = callbackUrlProblem(value, loopback, key);
    if (problem) check.fail(problem);
    return value;
  };
  const list = url('assessmentPackageListUrl', true);
  const single = url('singleAssessmentPackageUrl', true);
  const consent = url('consentUrl', true);
  const token = url('oauthTokenUrl', true);
  const order = url('packageOrderUrl', false);
  const inline = url('inlineAssessmentPackageOrderUrl', false);
  const disable = url('integrationDisableUrl', false);
  const mode = check.enumValue(body, 'consentDisplayMode', ['REDIRECT', 'POPUP'], '', { required: true });
  const types = body.supportedAssessmentTypes;
  if (
    !Array.isArray(types) ||
    types.length < 1 ||
    types.length > TYPES.length ||
    !types.every((t) => (TYPES as readonly unknown[]).includes(t))
  ) {
    check.fail(`supportedAssessmentTypes must list 1 to 6 of ${TYPES.join(', ')}`);
  }
  let fields: PartnerConfigurationRecord['fields'];
  if (body.fields !== undefined && body.fields !== null) {
    if (!Array.isArray(body.fields) || body.fields.length > 5) check.fail('fields must be at most 5 fields');
    else {
      fields = [];
      body.fields.forEach((field, i) => {
        const item = check.object(field, `fields[${i}]`);
        if (!item) {
          if (field === null || field === undefined) check.fail(`fields[${i}] must be an object`);
          return;
        }
        const id = check.string(item, 'id', `fields[${i}].`, { required: true });
        const name = check.string(item, 'name', `fields[${i}].`, { required: true });
        const description = check.string(item, 'description', `fields[${i}].`, { required: true });
        if (id && name && typeof description === 'string') fields?.push({ id, name, description });
      });
    }
  }
  check.done();
  return {
    assessmentPackageListUrl: list as string,
    singleAssessmentPackageUrl: single as string,
    consentUrl: consent as string,
    consentDisplayMode: mode as string,
    oauthTokenUrl: token as string,
    supportedAssessmentTypes: [...(types as string[])],
    ...(order ? { packageOrderUrl: order } : {}),
    ...(inline ? { inlineAssessmentPackageOrderUrl: inline } : {}),
    ...(disable ? { integrationDisableUrl: disable } : {}),
    ...(fields ? { fields } : {}),
  };
}

function setUpIntegration(ctx: HandlerContext): RouteResponse {
  const assessments = engine(ctx);
  const partner = clientIdOf(ctx.credential);
  const companyId = param(ctx, 'companyId');
  const body = readJson(ctx);
  const check = new Check();
  const credentials = check.object(body, 'body') ?? {};
  if (!isObject(body)) check.fail('The body must be { clientId, clientSecret }');
  const clientId = check.string(credentials, 'clientId', '', { required: true });
  const clientSecret = check.string(credentials, 'clientSecret', '', { required: true });
  check.done();
  if (!assessments.configurations.has(partner)) {
    throw notFound('The partner has no configuration', 'CONFIGURATION_NOT_FOUND');
  }
  if (assessments.integrations.get(partner)?.companyId === companyId) {
    throw srError(409, 'INTEGRATION_ALREADY_EXISTS', 'The partner is already integrated with this company');
  }
  if (!assessments.hasConsent(partner, companyId)) {
    throw srError(
      403,
      'CONSENT_NOT_FOUND',
      'The company has not consented to an integration with this partner',
    );
  }
  const customer = assessments.setUp(partner, companyId, {
    clientId: clientId as string,
    clientSecret: clientSecret as string,
  });
  return json(200, { clientId: customer.clientId, clientSecret: customer.clientSecret });
}

// ---- an order's result -------------------------------------------------------------------

/** The order, when the caller's customer-level credentials are its company's with its partner. */
function ownOrder(ctx: HandlerContext): AssessmentOrderRecord {
  const integration = engine(ctx).integrationOfCustomer(clientIdOf(ctx.credential));
  const order = ctx.services.state.assessmentOrders.get(param(ctx, 'orderId'));
  if (!order || !integration || order.partnerClientId !== integration.partnerClientId) {
    throw notFound('Order with given id does not exist', 'ORDER_NOT_FOUND');
  }
  return order;
}

function attachmentView(ctx: HandlerContext, id: string): Record<string, unknown> | undefined {
  const attachment = ctx.services.state.attachments.get(id);
  if (!attachment) return undefined;
  return {
    id: attachment.id,
    name: attachment.name,
    contentType: attachment.contentType,
    actions: {
      download: { url: absoluteUrl(ctx, `/candidates/attachments/${attachment.id}`), method: 'GET' },
    },
  };
}

function attachmentsOf(ctx: HandlerContext, order: AssessmentOrderRecord): Record<string, unknown>[] {
  return order.attachmentIds.flatMap((id): Record<string, unknown>[] => {
    const view = attachmentView(ctx, id);
    return view ? [view] : [];
  });
}

function resultView(ctx: HandlerContext, order: AssessmentOrderRecord): Record<string, unknown> {
  const { assessmentResults, ...rest } = order.result;
  return {
    ...rest,
    ...(rest.score ? { score: { ...rest.score } } : {}),
    assessmentResults: assessmentResults.map((r) => ({
      ...r,
      ...(r.score ? { score: { ...r.score } } : {}),
    })),
    attachments: attachmentsOf(ctx, order),
  };
}

function readScore(check: Check, value: unknown, path: string): AssessmentScore | undefined {
  const score = check.object(value, path);
  if (!score) return undefined;
  const raw = check.number(score, 'raw', `${path}.`, { required: true });
  const min = check.number(score, 'min', `${path}.`, { required: true });
  const max = check.number(score, 'max', `${path}.`, { required: true });
  if (raw === undefined || min === undefined || max === undefined) return undefined;
  if (![raw, min, max].every(Number.isInteger)) {
    check.fail(`${path} values must be integers`);
    return undefined;
  }
  if (min > max || raw < min || raw > max) {
    check.fail(`${path}.raw must be within ${path}.min and ${path}.max`);
    return undefined;
  }
  return { raw, min, max };
}

const TEXT_FIELDS = ['name', 'description', 'scoreLabel', 'summary'] as const;
const DATE_FIELDS = ['assessmentPackageDate', 'submissionDate'] as const;

/** Applies a `PackageResult` merge patch (RFC 7396: a `null` removes the field) to an order's result. */
function mergeResult(ctx: HandlerContext, order: AssessmentOrderRecord): void {
  const type = mediaType(ctx.headers);
  if (type !== 'application/json' && type !== 'application/merge-patch+json') {
    throw unsupportedMediaType('application/json (an RFC 7396 merge patch)', ctx.headers.get('content-type'));
  }
  let patch: unknown;
  try {
    patch = JSON.parse(fromUtf8(ctx.body));
  } catch {
    throw badRequest('Malformed JSON in request body', 'MALFORMED_JSON');
  }
  if (!isObject(patch)) throw badRequest('The result must be a JSON object', 'VALIDATION_ERROR');
  const check = new Check();
  const next = { ...order.result, assessmentResults: [...order.result.assessmentResults] };
  if (patch.status === null) check.fail('status cannot be removed');
  const status = check.enumValue(patch, 'status', STATUSES, '');
  if (status) next.status = status;
  for (const key of TEXT_FIELDS) {
    if (patch[key] === null) delete next[key];
    else {
      const value = check.string(patch, key, '');
      if (typeof value === 'string') next[key] = value;
    }
  }
  for (const key of DATE_FIELDS) {
    if (patch[key] === null) delete next[key];
    else {
      const value = check.date(patch, key, '');
      if (value !== undefined) next[key] = value;
    }
  }
  if (patch.score === null) delete next.score;
  else if (patch.score !== undefined) {
    const score = readScore(check, patch.score, 'score');
    if (score) next.score = score;
  }
  if (patch.assessmentResults === null) next.assessmentResults = [];
  else if (patch.assessmentResults !== undefined) {
    if (!Array.isArray(patch.assessmentResults)) check.fail('assessmentResults must be an array');
    else
      next.assessmentResults = patch.assessmentResults.flatMap((item, i) => readAssessment(check, item, i));
  }
  check.done();
  order.result = next;
}

function readAssessment(check: Check, value: unknown, i: number): AssessmentResultRecord[] {
  const path = `assessmentResults[${i}]`;
  const item = check.object(value, path);
  if (!item) {
    if (value === null || value === undefined) check.fail(`${path} must be an object`);
    return [];
  }
  const assessmentId = check.string(item, 'assessmentId', `${path}.`, { required: true });
  const out: AssessmentResultRecord = { assessmentId: assessmentId ?? '' };
  const status = check.enumValue(item, 'status', STATUSES, `${path}.`);
  if (status) out.status = status;
  for (const key of ['name', 'assessmentName', 'scoreLabel', 'summary'] as const) {
    const text = check.string(item, key, `${path}.`);
    if (typeof text === 'string') out[key] = text;
  }
  for (const key of ['assessmentDate', 'submissionDate'] as const) {
    const date = check.date(item, key, `${path}.`);
    if (date !== undefined) out[key] = date;
  }
  if (item.score !== undefined && item.score !== null) {
    const score = readScore(check, item.score, `${path}.score`);
    if (score) out.score = score;
  }
  return assessmentId ? [out] : [];
}

async function addAttachment(ctx: HandlerContext): Promise<RouteResponse> {
  const { state, config } = ctx.services;
  const order = ownOrder(ctx);
  if (mediaType(ctx.headers) !== 'multipart/form-data') {
    throw unsupportedMediaType('multipart/form-data', ctx.headers.get('content-type'));
  }
  if (ctx.body.length > config.maxAttachmentBytes + 64 * 1024) {
    throw srError(413, 'PAYLOAD_TOO_LARGE', `Attachments are limited to ${config.maxAttachmentBytes} bytes`);
  }
  const form = await parseMultipart(ctx.body, ctx.headers.get('content-type') ?? '');
  const file = form.files.get(FILE_PART);
  if (!file) throw badRequest(`Multipart part '${FILE_PART}' (a file) is required`, 'INVALID_FILE');
  if (file.bytes.length > config.maxAttachmentBytes) {
    throw srError(413, 'PAYLOAD_TOO_LARGE', `Attachments are limited to ${config.maxAttachmentBytes} bytes`);
  }
  const attachment = state.addAttachment({
    candidateId: order.candidateId,
    jobId: order.jobId,
    name: file.name,
    type: 'GENERIC_FILE',
    contentType: file.contentType,
    bytes: file.bytes,
  });
  order.attachmentIds.push(attachment.id);
  return json(201, { url: absoluteUrl(ctx, `/candidates/attachments/${attachment.id}`) });
}

// ---- the orders a company sees -------------------------------------------------------------

function orderView(ctx: HandlerContext, order: AssessmentOrderRecord): Record<string, unknown> {
  const { result } = order;
  return {
    orderId: order.id,
    applicationId: order.applicationId,
    assessmentPackageName: result.name ?? order.packageName,
    ...(result.assessmentPackageDate ? { assessmentPackageDate: result.assessmentPackageDate } : {}),
    ...(result.submissionDate ? { submissionDate: result.submissionDate } : {}),
    status: result.status,
    ...(result.score ? { score: scoreText(result.score) } : {}),
    ...(result.scoreLabel ? { scoreLabel: result.scoreLabel } : {}),
    ...(result.summary ? { summary: result.summary } : {}),
    ...(result.description ? { description: result.description } : {}),
    assessments: result.assessmentResults.map((r) => ({
      ...r,
      ...(r.score ? { score: { ...r.score } } : {}),
    })),
    attachments: attachmentsOf(ctx, order),
  };
}

function listOrders(ctx: HandlerContext): RouteResponse {
  const { state, auth } = ctx.services;
  const applicationId = ctx.query.get('applicationId');
  if (!applicationId) throw badRequest('applicationId is required', 'INVALID_PARAMETER');
  const app = found(state.applications.get(applicationId), 'Application', 'APPLICATION_NOT_FOUND');
  const integrated = [...engine(ctx).integrations.values()].some((i) => i.companyId === auth.companyId);
  if (!integrated) {
    throw notFound('No integration with an assessment partner was found', 'MISSING_COMPANY_INTEGRATION');
  }
  const orders = [...state.assessmentOrders.values()]
    .filter((order) => order.applicationId === app.id)
    .sort((a, b) => (a.createdOn < b.createdOn ? -1 : a.createdOn > b.createdOn ? 1 : 0));
  return json(
    200,
    orders.map((order) => orderView(ctx, order)),
  );
}

/** The Assessment API's routes. */
export const assessmentRoutes: RouteDef[] = [
  {
    ...route('GET', `${PARTNER_API}/partner/configuration`, MASTER, (ctx) => {
      const config = engine(ctx).configurations.get(clientIdOf(ctx.credential));
      return json(200, configurationView(found(config, 'Configuration', 'CONFIGURATION_NOT_FOUND')));
    }),
    oauthOnly: true,
  },
  {
    ...route('PUT', `${PARTNER_API}/partner/configuration`, MASTER, (ctx) => {
      const config = readConfiguration(ctx);
      engine(ctx).configurations.set(clientIdOf(ctx.credential), config);
      return json(200, configurationView(config));
    }),
    oauthOnly: true,
  },
  {
    ...route('POST', `${PARTNER_API}/integration/company/{companyId}`, MASTER, setUpIntegration),
    oauthOnly: true,
  },
  {
    ...route('PATCH', `${PARTNER_API}/orders/{orderId}/results`, RESULTS, (ctx) => {
      const order = ownOrder(ctx);
      mergeResult(ctx, order);
      return json(200, resultView(ctx, order));
    }),
    oauthOnly: true,
  },
  {
    ...route('POST', `${PARTNER_API}/orders/{orderId}/results/attachment`, RESULTS, addAttachment),
    oauthOnly: true,
  },
  route('GET', `${ASSESSMENTS_API}/assessment-orders`, ['assessment_orders_read'], listOrders),
];
