/**
 * Configuration: company, departments, hiring processes, sources (values offset-paged with
 * `totalFound`), rejection and withdrawal reasons, candidate properties and job properties.
 */
import {
  action,
  compact,
  found,
  type HandlerContext,
  param,
  type RouteDef,
  readJson,
  route,
} from '../context.js';
import { badRequest, notFound } from '../errors.js';
import { json } from '../http.js';
import type {
  CandidatePropertyRecord,
  JobPropertyRecord,
  SourceTypeRecord,
  SourceValueRecord,
} from '../model.js';
import { S } from '../scopes.js';
import { Check } from '../validation.js';
import { listOf, requireObject } from './shared.js';

function candidatePropertyView(ctx: HandlerContext, p: CandidatePropertyRecord): Record<string, unknown> {
  const actions: Record<string, unknown> = {
    self: action(ctx, `/configuration/candidate-properties/${p.id}`),
  };
  if (p.type === 'SINGLE_SELECT')
    actions.values = action(ctx, `/configuration/candidate-properties/${p.id}/values`);
  return { id: p.id, label: p.label, type: p.type, availability: p.availability, actions };
}

function jobPropertyView(ctx: HandlerContext, p: JobPropertyRecord): Record<string, unknown> {
  return {
    id: p.id,
    label: p.label,
    category: p.category,
    active: p.active,
    visible: p.visible,
    required: p.required,
    actions: { values: action(ctx, `/configuration/job-properties/${p.id}/values`) },
  };
}

/** SR's `Source`: `{ id, label, sourceSubType: { id }, sourceIdentifier, actions: { sourceDetails } }`. */
function sourceValueView(ctx: HandlerContext, v: SourceValueRecord): Record<string, unknown> {
  return {
    id: v.id,
    label: v.label,
    sourceSubType: { id: v.subTypeId },
    sourceIdentifier: v.identifier,
    actions: { sourceDetails: action(ctx, `/configuration/sources/${v.typeId}/values/${v.id}`) },
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The source type of the path, else SR's 404 (list) or 400 `SOURCE_TYPE_INVALID` (one source). */
function sourceTypeOf(ctx: HandlerContext, missing: 'list' | 'one'): SourceTypeRecord {
  const type = ctx.services.state.sourceTypes.get(param(ctx, 'sourceType'));
  if (type) return type;
  if (missing === 'one') throw badRequest('Source type does not exist', 'SOURCE_TYPE_INVALID');
  throw notFound('Source type not found');
}

/** `sourceSubType`, which must be one of the type's: SR's 400 `SOURCE_TYPE_AND_SUBTYPE_INVALID`. */
function subTypeOf(ctx: HandlerContext, type: SourceTypeRecord): string | undefined {
  const subType = ctx.query.get('sourceSubType');
  if (subType !== undefined && !type.subtypes.some((s) => s.id === subType)) {
    throw badRequest(
      `Source sub-type '${subType}' is not one of type '${type.id}'`,
      'SOURCE_TYPE_AND_SUBTYPE_INVALID',
    );
  }
  return subType;
}

/** Configuration routes. */
export const configurationRoutes: RouteDef[] = [
  route('GET', '/configuration/company', S.companyRead, (ctx) => json(200, ctx.services.state.company)),
  route('GET', '/configuration/departments', S.configurationRead, (ctx) =>
    json(200, listOf([...ctx.services.state.departments.values()].map((d) => compact({ ...d })))),
  ),
  route('GET', '/configuration/departments/{id}', S.configurationRead, (ctx) =>
    json(200, compact({ ...found(ctx.services.state.departments.get(param(ctx, 'id')), 'Department') })),
  ),
  route('POST', '/configuration/departments', ['configuration_manage'], (ctx) => {
    const body = requireObject(readJson(ctx));
    const check = new Check();
    const label = check.string(body, 'label', '', { required: true });
    const description = check.string(body, 'description', '', { nullable: true });
    check.done();
    const department = {
      id: ctx.services.state.ids.uuid(),
      label: label as string,
      description: description ?? null,
    };
    ctx.services.state.departments.set(department.id, department);
    return json(201, compact({ ...department }));
  }),
  route('GET', '/configuration/hiring-processes', S.configurationRead, (ctx) =>
    json(200, listOf([...ctx.services.state.hiringProcesses.values()])),
  ),
  route('GET', '/configuration/hiring-processes/{id}', S.configurationRead, (ctx) =>
    json(200, found(ctx.services.state.hiringProcesses.get(param(ctx, 'id')), 'Hiring process')),
  ),
  route('GET', '/configuration/sources', S.configurationRead, (ctx) =>
    json(
      200,
      listOf(
        [...ctx.services.state.sourceTypes.values()].map((t) => ({
          id: t.id,
          label: t.label,
          subtypes: t.subtypes,
          actions: { values: action(ctx, `/configuration/sources/${t.id}/values`) },
        })),
      ),
    ),
  ),
  route('GET', '/configuration/sources/{sourceType}/values', S.configurationRead, (ctx) => {
    const { state } = ctx.services;
    const type = sourceTypeOf(ctx, 'list');
    // SR's default page here is 100 (its maximum), not the usual 10.
    const limit = ctx.query.limit(100);
    const offset = ctx.query.int('offset', { default: 0, min: 0, max: Number.MAX_SAFE_INTEGER });
    const subType = subTypeOf(ctx, type);
    const values = [...state.sourceValues.values()].filter(
      (v) => v.typeId === type.id && !v.deleted && (subType === undefined || v.subTypeId === subType),
    );
    return json(200, {
      totalFound: values.length,
      limit,
      offset,
      content: values.slice(offset, offset + limit).map((v) => sourceValueView(ctx, v)),
    });
  }),
  route('GET', '/configuration/sources/{sourceType}/values/{sourceValueId}', S.configurationRead, (ctx) => {
    const type = sourceTypeOf(ctx, 'one');
    const subType = subTypeOf(ctx, type);
    const value = ctx.services.state.sourceValues.get(param(ctx, 'sourceValueId'));
    const match =
      value?.typeId === type.id && !value.deleted && (subType === undefined || value.subTypeId === subType)
        ? value
        : undefined;
    return json(200, sourceValueView(ctx, found(match, 'Source')));
  }),
  // SR's `SourceDefinition` (no id), deleted sources included.
  route('GET', '/configuration/sources/{sourceIdentifier}', S.configurationRead, (ctx) => {
    const identifier = param(ctx, 'sourceIdentifier');
    if (!UUID.test(identifier)) throw badRequest('Invalid source identifier', 'INVALID_IDENTIFIER');
    const value = [...ctx.services.state.sourceValues.values()].find((v) => v.identifier === identifier);
    const source = found(value, 'Source', 'SOURCE_NOT_FOUND');
    return json(200, { label: source.label, type: { id: source.typeId }, subType: { id: source.subTypeId } });
  }),
  route('GET', '/configuration/rejection-reasons', S.configurationRead, (ctx) =>
    json(200, listOf([...ctx.services.state.rejectionReasons.values()])),
  ),
  route('GET', '/configuration/withdrawal-reasons', S.configurationRead, (ctx) =>
    json(200, listOf([...ctx.services.state.withdrawalReasons.values()])),
  ),
  route('GET', '/configuration/candidate-properties', S.configurationRead, (ctx) =>
    json(
      200,
      listOf([...ctx.services.state.candidateProperties.values()].map((p) => candidatePropertyView(ctx, p))),
    ),
  ),
  route('GET', '/configuration/candidate-properties/{id}', S.configurationRead, (ctx) =>
    json(
      200,
      candidatePropertyView(
        ctx,
        found(ctx.services.state.candidateProperties.get(param(ctx, 'id')), 'Candidate property'),
      ),
    ),
  ),
  route('GET', '/configuration/candidate-properties/{id}/values', S.configurationRead, (ctx) => {
    const property = found(
      ctx.services.state.candidateProperties.get(param(ctx, 'id')),
      'Candidate property',
    );
    return json(200, listOf(property.values.map((v) => ({ id: v.id, label: v.label }))));
  }),
  route('GET', '/configuration/job-properties', S.configurationRead, (ctx) =>
    json(200, listOf([...ctx.services.state.jobProperties.values()].map((p) => jobPropertyView(ctx, p)))),
  ),
  route('GET', '/configuration/job-properties/{id}', S.configurationRead, (ctx) =>
    json(
      200,
      jobPropertyView(ctx, found(ctx.services.state.jobProperties.get(param(ctx, 'id')), 'Job property')),
    ),
  ),
  route('GET', '/configuration/job-properties/{id}/values', S.configurationRead, (ctx) => {
    const property = found(ctx.services.state.jobProperties.get(param(ctx, 'id')), 'Job property');
    return json(200, listOf(property.values.map((v) => ({ ...v }))));
  }),
];
