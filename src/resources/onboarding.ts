import type { RequestOptions } from '../client.js';
import { ValidationError } from '../core/errors.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { BinaryResponse } from '../internal/response.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import {
  toOnboardingAttachments,
  toUnifiedFormAnswers,
  toUnifiedNewHire,
  toUnifiedOnboardingAssignments,
  toUnifiedOnboardingProcess,
} from '../mappers/onboarding.js';
import { isRecord } from '../mappers/shared.js';
import type { OnboardingAttachment, OnboardingListParams } from '../models/unified/onboarding.js';
import { SMARTONBOARD_API } from '../routes/smartonboard.js';
import { OnboardingListParamsSchema } from '../schemas/compiled/unified/onboarding.js';
import type { Warning } from '../schemas/unified/common.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';

/**
 * An onboarding process as the methods take it: its id, an `OnboardingProcess`, or the payload of
 * an `onboarding.*` webhook (`{ onboarding_process_id }`).
 */
export type OnboardingProcessRef =
  | string
  | {
      /** The process's id (an `OnboardingProcess`). */
      id: string;
    }
  | {
      /** The process's id (an `onboarding.*` webhook payload). */
      onboarding_process_id: string;
      /** The new hire's id (not read: the process names its new hire). */
      new_hire_id?: string | undefined;
    };

/** A new hire as `newHire` takes it: its id, or an `onboarding.*` webhook payload (`{ new_hire_id }`). */
export type NewHireRef =
  | string
  | {
      /** The new hire's id (an `onboarding.*` webhook payload). */
      new_hire_id: string;
    }
  | {
      /** The new hire (an `OnboardingProcess`). */
      new_hire: {
        /** The new hire's id. */
        id: string;
      } | null;
    };

/** Options of `onboarding.formAnswers`. */
export interface FormAnswersOptions extends RequestOptions {
  /**
   * Also read the form's fields (one more request): the answers get their titles and types, and
   * the fields left unanswered are listed. Default `true`.
   */
  fields?: boolean | undefined;
}

/** What `onboarding.details` reads: a process, its new hire and its assignments. */
export interface OnboardingDetails<Mp extends Mappings = Mappings> {
  /** The process. */
  process: ModelsOf<Mp>['onboardingProcess'];
  /** Its new hire, `null` when the process names none. */
  new_hire: ModelsOf<Mp>['newHire'] | null;
  /** Its assignments (activities, web forms, fillable PDF forms). */
  assignments: Array<ModelsOf<Mp>['onboardingAssignment']>;
}

function invalid(name: string, message: string): ValidationError {
  return new ValidationError(`Invalid ${name}`, [{ path: [name], message }]);
}

function processId(ref: OnboardingProcessRef): string {
  if (typeof ref === 'string') return requireId(ref, 'process');
  if (isRecord(ref)) {
    if ('onboarding_process_id' in ref)
      return requireId(ref.onboarding_process_id, 'process.onboarding_process_id');
    if ('id' in ref) return requireId(ref.id, 'process.id');
  }
  throw invalid('process', 'expected a process id, an OnboardingProcess or an onboarding.* webhook payload');
}

function newHireId(ref: NewHireRef): string {
  if (typeof ref === 'string') return requireId(ref, 'newHire');
  if (isRecord(ref)) {
    if ('new_hire_id' in ref) return requireId(ref.new_hire_id, 'newHire.new_hire_id');
    if ('new_hire' in ref && isRecord(ref.new_hire)) return requireId(ref.new_hire.id, 'newHire.new_hire.id');
  }
  throw invalid('newHire', 'expected a new hire id, an onboarding.* webhook payload or an OnboardingProcess');
}

/**
 * SmartOnboard, read-only (SmartRecruiters SmartOnboard API, https://developers.smartrecruiters.com/reference):
 * after a hire, the new hire, their onboarding process, its assignments and what the new hire
 * submitted. SmartOnboard lists no new hires or processes: their ids come with the
 * `onboarding.process.started`, `onboarding.assignments.high-priority.completed` and
 * `onboarding.assignments.completed` webhooks, whose payloads every method takes as they are.
 *
 * ```ts
 * const { process, new_hire, assignments } = await sr.onboarding.details(payload);
 * ```
 */
export class Onboarding<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /** A new hire: name, email, phone, social profiles. */
  async newHire(newHire: NewHireRef, options?: RequestOptions): Promise<ModelsOf<Mp>['newHire']> {
    const raw = await this.client.get(`${SMARTONBOARD_API}/new-hires/{newHireId}`, {
      ...options,
      params: { newHireId: newHireId(newHire) },
    });
    return this.mapOne((warnings) => this.toModel('newHire', toUnifiedNewHire, raw, warnings));
  }

  /** An onboarding process: its new hire, job, job application id and start date. */
  async process(
    process: OnboardingProcessRef,
    options?: RequestOptions,
  ): Promise<ModelsOf<Mp>['onboardingProcess']> {
    const raw = await this.client.get(`${SMARTONBOARD_API}/onboarding-processes/{onboardingProcessId}`, {
      ...options,
      params: { onboardingProcessId: processId(process) },
    });
    return this.mapOne((warnings) =>
      this.toModel('onboardingProcess', toUnifiedOnboardingProcess, raw, warnings),
    );
  }

  /**
   * The assignments of a process: activities, web forms and PDF forms, in that order (`kind`
   * says which). SmartOnboard returns them whole; `limit` and `cursor` page them.
   */
  assignments(
    process: OnboardingProcessRef,
    params: OnboardingListParams = {},
    options?: RequestOptions,
  ): PagePromise<ModelsOf<Mp>['onboardingAssignment']> {
    return this.deferred(() => {
      const id = processId(process);
      return this.paginateWhole({
        list: `onboarding-assignments:${id}`,
        params,
        validate: (p) => parseInput(OnboardingListParamsSchema, p, 'onboarding list parameters'),
        load: (warnings) => this.loadAssignments(id, warnings, options),
        map: (assignment) => assignment as ModelsOf<Mp>['onboardingAssignment'],
      });
    });
  }

  /** One assignment of a process, read with the process's assignments (one request). */
  async assignment(
    process: OnboardingProcessRef,
    assignmentId: string,
    options?: RequestOptions,
  ): Promise<ModelsOf<Mp>['onboardingAssignment'] | null> {
    const id = requireId(assignmentId, 'assignmentId');
    const all = await this.loadReported(processId(process), options);
    return all.find((assignment) => assignment.id === id) ?? null;
  }

  /** A process, its new hire and its assignments: 3 requests (the last two in parallel). */
  async details(process: OnboardingProcessRef, options?: RequestOptions): Promise<OnboardingDetails<Mp>> {
    const read = await this.process(process, options);
    const [newHire, assignments] = await Promise.all([
      read.new_hire ? this.newHire(read.new_hire.id, options) : Promise.resolve(null),
      this.loadReported(read.id, options),
    ]);
    return { process: read, new_hire: newHire, assignments };
  }

  /**
   * What the new hire submitted in a web form assignment, with the form's fields (titles, types,
   * the fields left unanswered) unless `fields: false`: 2 requests, or 1.
   *
   * @throws NotFoundError `WEB_FORM_ASSIGNMENT_ANSWERS_NOT_FOUND` until the form was submitted
   */
  async formAnswers(
    webFormAssignmentId: string,
    options: FormAnswersOptions = {},
  ): Promise<ModelsOf<Mp>['formAnswers']> {
    const { fields = true, ...request } = options;
    if (typeof fields !== 'boolean') throw invalid('fields', 'must be a boolean');
    const id = requireId(webFormAssignmentId, 'webFormAssignmentId');
    const params = { webFormAssignmentId: id };
    const [answers, metadata] = await Promise.all([
      this.client.get(`${SMARTONBOARD_API}/web-form-assignments/{webFormAssignmentId}/form-answers`, {
        ...request,
        params,
      }),
      fields
        ? this.client.get(`${SMARTONBOARD_API}/web-form-assignments/{webFormAssignmentId}/fields-metadata`, {
            ...request,
            params,
          })
        : Promise.resolve(undefined),
    ]);
    return this.mapOne((warnings) =>
      this.toModel('formAnswers', toUnifiedFormAnswers, answers, warnings, {
        assignmentId: id,
        ...(metadata !== undefined ? { fields: metadata } : {}),
      }),
    );
  }

  /**
   * The files the new hire uploaded for an activity assignment (ids; download each with
   * `downloadAttachment`). SmartOnboard returns them whole; `limit` and `cursor` page them.
   */
  attachments(
    activityAssignmentId: string,
    params: OnboardingListParams = {},
    options?: RequestOptions,
  ): PagePromise<OnboardingAttachment> {
    return this.deferred(() => {
      const id = requireId(activityAssignmentId, 'activityAssignmentId');
      return this.paginateWhole({
        list: `onboarding-attachments:${id}`,
        params,
        validate: (p) => parseInput(OnboardingListParamsSchema, p, 'onboarding list parameters'),
        load: async (warnings) => {
          const raw = await this.client.get(
            `${SMARTONBOARD_API}/activity-assignments/{activityAssignmentId}/attachments`,
            { ...options, params: { activityAssignmentId: id } },
          );
          return toOnboardingAttachments(raw, id, warnings);
        },
        map: (attachment) => attachment as OnboardingAttachment,
      });
    });
  }

  /** Downloads a file the new hire uploaded for an activity (a stream with its name and type). */
  async downloadAttachment(
    activityAssignmentId: string,
    attachmentId: string,
    options?: RequestOptions,
  ): Promise<BinaryResponse> {
    return this.client.request<BinaryResponse>({
      ...options,
      method: 'GET',
      path: `${SMARTONBOARD_API}/activity-assignments/{activityAssignmentId}/attachments/{attachmentId}`,
      params: {
        activityAssignmentId: requireId(activityAssignmentId, 'activityAssignmentId'),
        attachmentId: requireId(attachmentId, 'attachmentId'),
      },
      // Always a stream: a file is not a body to parse, whatever its type.
      responseType: 'stream',
    });
  }

  /**
   * Downloads a fillable PDF form filled in with the new hire's answers.
   *
   * @throws NotFoundError `FILLABLE_PDF_FORM_ASSIGNMENT_ANSWERS_NOT_FOUND` until it was submitted
   */
  async downloadPdfForm(
    fillablePdfFormAssignmentId: string,
    options?: RequestOptions,
  ): Promise<BinaryResponse> {
    return this.client.request<BinaryResponse>({
      ...options,
      method: 'GET',
      path: `${SMARTONBOARD_API}/fillable-pdf-form-assignments/{fillablePdfFormAssignmentId}/form-answers`,
      params: {
        fillablePdfFormAssignmentId: requireId(fillablePdfFormAssignmentId, 'fillablePdfFormAssignmentId'),
      },
      responseType: 'stream',
    });
  }

  /** The assignments of a process, their warnings reported. */
  private async loadReported(id: string, options?: RequestOptions) {
    const warnings: Warning[] = [];
    const assignments = await this.loadAssignments(id, warnings, options);
    this.client.emitWarnings(warnings);
    return assignments;
  }

  private async loadAssignments(
    id: string,
    warnings: Warning[],
    options?: RequestOptions,
  ): Promise<Array<ModelsOf<Mp>['onboardingAssignment']>> {
    const raw = await this.client.get(
      `${SMARTONBOARD_API}/onboarding-processes/{onboardingProcessId}/assignments`,
      {
        ...options,
        params: { onboardingProcessId: id },
      },
    );
    // Each assignment goes through `toModel`'s settings (remote_data, the mapping extension).
    return toUnifiedOnboardingAssignments(raw, {
      processId: id,
      includeRemoteData: this.options.includeRemoteData ?? true,
      warnings,
      ...(this.options.mappings?.onboardingAssignment
        ? { mapping: this.options.mappings.onboardingAssignment as never }
        : {}),
    }) as Array<ModelsOf<Mp>['onboardingAssignment']>;
  }
}
