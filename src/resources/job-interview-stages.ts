import type { RequestOptions } from '../client.js';
import { NotFoundError } from '../core/errors.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource, contentOf } from '../core/resource.js';
import { toUnifiedJobInterviewStages } from '../mappers/configuration.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import type { Warning } from '../schemas/unified/common.js';
import {
  type JobInterviewStageListParams,
  JobInterviewStageListParamsSchema,
} from '../schemas/unified/list-params.js';
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
          return (await this.stages(p.hiring_process_id, warnings, options)).filter(
            (stage) => status === undefined || stage.remote_status === status,
          );
        },
        map: (stage) => stage as Stage<Mp>,
      }),
    );
  }

  /** One stage by id (`${hiringProcessId}:${status}:${index}`); `NotFoundError` when there is none. */
  async get(id: string, options?: RequestOptions): Promise<Stage<Mp>> {
    const parts = requireId(id, 'id').split(':');
    const processId = parts.slice(0, -2).join(':');
    const warnings: Warning[] = [];
    const stages = processId ? await this.stages(processId, warnings, options) : [];
    this.client.emitWarnings(warnings);
    const stage = stages.find((candidate) => candidate.id === id);
    if (!stage) {
      throw new NotFoundError({
        status: 404,
        body: { message: `No job interview stage '${id}'` },
        request: { method: 'GET', path: '/configuration/hiring-processes/{id}' },
      });
    }
    return stage;
  }

  private async stages(processId: string | undefined, warnings: Warning[], options?: RequestOptions) {
    const processes =
      processId === undefined
        ? contentOf(await this.client.get('/configuration/hiring-processes', options), 'hiring process')
        : [
            await this.client.get('/configuration/hiring-processes/{id}', {
              ...options,
              params: { id: processId },
            }),
          ];
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
