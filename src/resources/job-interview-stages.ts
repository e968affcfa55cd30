import type { RequestOptions } from '../client.js';
import { type APIPromise, respond, type WithResponse } from '../core/api-promise.js';
import { NotFoundError } from '../core/errors.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource, listContent } from '../core/resource.js';
import { toUnifiedJobInterviewStages } from '../mappers/configuration.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { JobInterviewStageListParamsSchema } from '../schemas/compiled/unified/list-params.js';
import type { SrHiringProcess } from '../schemas/sr/configuration.js';
import type { Warning } from '../schemas/unified/common.js';
import type { JobInterviewStageListParams } from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';

type Stage<Mp extends Mappings> = ModelsOf<Mp>['jobInterviewStage'];

/**
 * Job interview stages: the sub-statuses of SmartRecruiters' hiring processes
 * (`/configuration/hiring-processes`), per application status. A stage's `name` is what an
 * application's `sub_status` takes.
 */
export class JobInterviewStages<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /**
   * Lists the stages of every hiring process, or of one (`hiring_process_id`), optionally of one
   * status (`in_review`, `interview`, `offered`, or SR's value). `limit` and `cursor` page them.
   */
  list(params: JobInterviewStageListParams = {}, options?: RequestOptions): PagePromise<Stage<Mp>> {
    return this.deferred(() =>
      this.paginateWhole({
        list: 'job-interview-stages',
        params,
        validate: (p) =>
          parseInput(JobInterviewStageListParamsSchema, p, 'job interview stage list parameters'),
        load: async (warnings, p) => {
          const status = p.status?.toUpperCase();
          const { data: stages, response } = await this.stages(p.hiring_process_id, warnings, options);
          return {
            data: stages.filter((stage) => status === undefined || stage.remote_status === status),
            response,
          };
        },
        map: (stage) => stage as Stage<Mp>,
      }),
    );
  }

  /** One stage by id (`${hiringProcessId}:${status}:${index}`); `NotFoundError` when there is none. */
  get(id: string, options?: RequestOptions): APIPromise<Stage<Mp>, SrHiringProcess> {
    return respond(async () => {
      const parts = requireId(id, 'id').split(':');
      const processId = parts.slice(0, -2).join(':');
      const notFound = () =>
        new NotFoundError({
          status: 404,
          body: { message: `No job interview stage '${id}'` },
          request: { method: 'GET', path: '/configuration/hiring-processes/{id}' },
        });
      if (!processId) throw notFound();
      const { data: process, response } = await this.client
        .get('/configuration/hiring-processes/{id}', { ...options, params: { id: processId } })
        .withResponse();
      const warnings: Warning[] = [];
      const stage = this.toStages([process], warnings).find((candidate) => candidate.id === id);
      this.client.emitWarnings(warnings);
      if (!stage) throw notFound();
      return { data: stage, response };
    });
  }

  /** The stages of one hiring process, or of all, with the response they were read from. */
  private async stages(
    processId: string | undefined,
    warnings: Warning[],
    options?: RequestOptions,
  ): Promise<WithResponse<Stage<Mp>[], unknown>> {
    if (processId === undefined) {
      const { data, response } = await listContent(
        this.client.get('/configuration/hiring-processes', options),
        'hiring process',
      );
      return { data: this.toStages(data, warnings), response };
    }
    const { data, response } = await this.client
      .get('/configuration/hiring-processes/{id}', { ...options, params: { id: processId } })
      .withResponse();
    return { data: this.toStages([data], warnings), response };
  }

  private toStages(processes: readonly unknown[], warnings: Warning[]): Stage<Mp>[] {
    const mapping = this.options.mappings?.jobInterviewStage;
    return processes.flatMap((raw) =>
      toUnifiedJobInterviewStages(raw, {
        includeRemoteData: this.options.includeRemoteData ?? true,
        warnings,
        ...(mapping ? { mapping } : {}),
      }),
    ) as Stage<Mp>[];
  }
}
