import type { RequestOptions } from '../client.js';
import { type APIPromise, respond } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource, listContent } from '../core/resource.js';
import { toUnifiedSource, toUnifiedSourceType } from '../mappers/configuration.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { rawId } from '../mappers/shared.js';
import { SrSourceTypeSchema } from '../schemas/compiled/sr/configuration.js';
import { SourceListParamsSchema, WholeListParamsSchema } from '../schemas/compiled/unified/list-params.js';
import type { SrSource } from '../schemas/sr/configuration.js';
import type { NamedRef } from '../schemas/unified/common.js';
import type { SourceListParams, WholeListParams } from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';

interface TypeNames {
  type: NamedRef;
  subtypeNames: Map<string, string | null>;
}

/**
 * Sources (`/configuration/sources`): where candidates come from. A source's `id`, `type.id` and
 * `subtype.id` are what a created candidate's or an application's `source` takes.
 */
export class Sources<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /** Lists source types with their sub-types (SR returns them whole; `limit` and `cursor` page them). */
  types(params: WholeListParams = {}, options?: RequestOptions): PagePromise<ModelsOf<Mp>['sourceType']> {
    return this.deferred(() =>
      this.paginateWhole({
        list: 'source-types',
        params,
        validate: (p) => parseInput(WholeListParamsSchema, p, 'source type list parameters'),
        load: () => listContent(this.client.get('/configuration/sources', options), 'source type'),
        map: (raw, warnings) => this.toModel('sourceType', toUnifiedSourceType, raw, warnings),
      }),
    );
  }

  /**
   * Lists the sources of a type (`type_id`, e.g. `JOB_BOARDS`), optionally of one sub-type
   * (`sub_type_id`). `limit` 1-100 (default 100, the largest page the SDK asks SmartRecruiters
   * for), `cursor`. Reads the types once per list to name the type and sub-types.
   */
  list(params: SourceListParams, options?: RequestOptions): PagePromise<ModelsOf<Mp>['source']> {
    return this.deferred(() => {
      // The type is one of the list's parameters (a cursor carries it) and names the path.
      const { params: effective } = this.resume('sources', params);
      const typeId = parseInput(SourceListParamsSchema, effective, 'source list parameters').type_id;
      let names: Promise<TypeNames> | undefined;
      return this.paginate({
        list: 'sources',
        path: '/configuration/sources/{sourceType}/values',
        pathParams: { sourceType: typeId },
        params,
        toQuery: (p) => {
          const parsed = parseInput(SourceListParamsSchema, p, 'source list parameters');
          return {
            ...(parsed.sub_type_id !== undefined ? { sourceSubType: parsed.sub_type_id } : {}),
            ...(parsed.limit !== undefined ? { limit: parsed.limit } : {}),
          };
        },
        request: options,
        mapPage: async (items, { warnings, processed }) => {
          const todo = items.filter((raw) => !processed(rawId(raw)));
          if (todo.length === 0) return [];
          names ??= this.names(typeId, options);
          const context = await names;
          return todo.map((raw) => this.toModel('source', toUnifiedSource, raw, warnings, { ...context }));
        },
      });
    });
  }

  /** One source of a type. */
  get(typeId: string, id: string, options?: RequestOptions): APIPromise<ModelsOf<Mp>['source'], SrSource> {
    return respond(() => {
      const sourceType = requireId(typeId, 'typeId');
      return this.one(
        'source',
        toUnifiedSource,
        this.client.get('/configuration/sources/{sourceType}/values/{sourceValueId}', {
          ...options,
          params: { sourceType, sourceValueId: requireId(id, 'id') },
        }),
        this.names(sourceType, options),
      );
    });
  }

  /** The name of a source type and of its sub-types (from `GET /configuration/sources`). */
  private async names(typeId: string, options?: RequestOptions): Promise<TypeNames> {
    const types = (await this.client.get('/configuration/sources', options)).content ?? [];
    const found = types.find((type) => rawId(type) === typeId);
    const subtypeNames = new Map<string, string | null>();
    if (!SrSourceTypeSchema.test(found)) return { type: { id: typeId, name: null }, subtypeNames };
    const data = SrSourceTypeSchema.output(found);
    for (const sub of data.subtypes ?? []) subtypeNames.set(sub.id, sub.label ?? null);
    return { type: { id: typeId, name: data.label ?? null }, subtypeNames };
  }
}
