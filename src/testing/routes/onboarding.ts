/**
 * SmartOnboard (`/smartonboard-api/v202205`), read-only: new hires, onboarding processes, their
 * assignments, and what the new hire submitted (web form answers, a filled-in PDF form, an
 * activity's files). Every hired application of the seed has a process; a hire made through the
 * API starts one (see `startOnboarding`).
 *
 * Errors as SmartRecruiters documents them: 404 with `NEW_HIRE_NOT_FOUND`,
 * `ONBOARDING_PROCESS_NOT_FOUND`, `WEB_FORM_ASSIGNMENT_NOT_FOUND`,
 * `WEB_FORM_ASSIGNMENT_ANSWERS_NOT_FOUND`, `FILLABLE_PDF_FORM_ASSIGNMENT_NOT_FOUND`,
 * `FILLABLE_PDF_FORM_ASSIGNMENT_ANSWERS_NOT_FOUND`, `ACTIVITY_ASSIGNMENT_NOT_FOUND`,
 * `ATTACHMENT_NOT_FOUND`; a credential without the route's scope is refused with 401
 * `NOT_AUTHORIZED_TO_ACCESS_RESOURCE`. An id that is not a UUID is not found (SR types every id
 * as one).
 */
import { SMARTONBOARD_API } from '../../routes/smartonboard.js';
import { found, type HandlerContext, param, type RouteDef } from '../context.js';
import { notFound, srError } from '../errors.js';
import { binary, json } from '../http.js';
import type { OnboardingAssignmentRecord, OnboardingFileRecord } from '../model.js';
import { S } from '../scopes.js';

const API = SMARTONBOARD_API;

const KIND_LISTS = {
  activity: 'activityAssignments',
  webForm: 'webFormAssignments',
  fillablePdfForm: 'fillablePdfFormAssignments',
} as const;

/** SmartOnboard's answer to a credential without the route's scope. */
const denied = () =>
  srError(401, 'NOT_AUTHORIZED_TO_ACCESS_RESOURCE', 'Not authorized to access the resource');

function onboardingRoute(path: string, scopes: readonly string[], handler: RouteDef['handler']): RouteDef {
  return { method: 'GET', path: `${API}${path}`, scopes, handler, scopeDenied: denied };
}

function assignmentView(assignment: OnboardingAssignmentRecord): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: assignment.id,
    title: assignment.title,
    description: assignment.description,
    hasSensitiveData: assignment.hasSensitiveData,
    isHighPriority: assignment.isHighPriority,
  };
  if (assignment.kind === 'activity') view.isFileUploadRequired = assignment.isFileUploadRequired;
  if (assignment.kind === 'fillablePdfForm') view.fileName = assignment.fileName;
  return view;
}

/** The assignment of `kind` with the id in path parameter `name`, else 404 with `code`. */
function findAssignment(
  ctx: HandlerContext,
  name: string,
  kind: OnboardingAssignmentRecord['kind'],
  code: string,
): OnboardingAssignmentRecord {
  const entry = ctx.services.state.onboardingAssignment(param(ctx, name));
  if (!entry || entry.assignment.kind !== kind) throw notFound('Assignment not found', code);
  return entry.assignment;
}

function file(record: OnboardingFileRecord) {
  return binary(200, record.bytes, {
    'content-type': record.contentType,
    'content-disposition': `attachment; filename="${record.name.replace(/["\\\r\n]/g, '_')}"`,
  });
}

/** SmartOnboard routes. */
export const onboardingRoutes: RouteDef[] = [
  onboardingRoute('/new-hires/{newHireId}', S.newHiresRead, (ctx) => {
    const hire = found(ctx.services.state.newHires.get(param(ctx, 'newHireId')), 'New hire');
    const view: Record<string, unknown> = {
      id: hire.id,
      firstName: hire.firstName,
      lastName: hire.lastName,
      email: hire.email,
    };
    if (hire.phone !== null) view.phone = hire.phone;
    view.socialMedia = { ...hire.socialMedia };
    return json(200, view);
  }),
  onboardingRoute('/onboarding-processes/{onboardingProcessId}', S.onboardingProcessesRead, (ctx) => {
    const process = found(
      ctx.services.state.onboardingProcesses.get(param(ctx, 'onboardingProcessId')),
      'Onboarding process',
    );
    const view: Record<string, unknown> = {
      id: process.id,
      newHireId: process.newHireId,
      jobId: process.jobId,
      applicationId: process.applicationId,
    };
    if (process.employmentStartDate !== null) view.employmentStartDate = process.employmentStartDate;
    return json(200, view);
  }),
  onboardingRoute('/onboarding-processes/{onboardingProcessId}/assignments', S.assignmentsRead, (ctx) => {
    const process = found(
      ctx.services.state.onboardingProcesses.get(param(ctx, 'onboardingProcessId')),
      'Onboarding process',
    );
    const body: Record<string, unknown[]> = {
      activityAssignments: [],
      webFormAssignments: [],
      fillablePdfFormAssignments: [],
    };
    for (const assignment of process.assignments)
      body[KIND_LISTS[assignment.kind]]?.push(assignmentView(assignment));
    return json(200, body);
  }),
  onboardingRoute(
    '/onboarding-processes/{onboardingProcessId}/assignments/{assignmentId}',
    S.assignmentsRead,
    (ctx) => {
      const process = found(
        ctx.services.state.onboardingProcesses.get(param(ctx, 'onboardingProcessId')),
        'Onboarding process',
      );
      const assignment = process.assignments.find((a) => a.id === param(ctx, 'assignmentId'));
      if (!assignment) throw notFound('Assignment not found', 'ASSIGNMENT_NOT_FOUND');
      return json(200, assignmentView(assignment));
    },
  ),
  onboardingRoute(
    '/web-form-assignments/{webFormAssignmentId}/form-answers',
    S.assignmentsSubmissionsRead,
    (ctx) => {
      const form = findAssignment(ctx, 'webFormAssignmentId', 'webForm', 'WEB_FORM_ASSIGNMENT_NOT_FOUND');
      if (form.answers === null) {
        throw notFound('The web form was not submitted', 'WEB_FORM_ASSIGNMENT_ANSWERS_NOT_FOUND');
      }
      // One answer per answered field (docs/conformance/exceptions.json: SR's schema gives one).
      return json(200, {
        answers: form.answers.map((answer) => ({
          fieldId: answer.fieldId,
          ...(answer.integrationKey !== null ? { integrationKey: answer.integrationKey } : {}),
          answerValue: [...answer.answerValue],
        })),
      });
    },
  ),
  onboardingRoute(
    '/web-form-assignments/{webFormAssignmentId}/fields-metadata',
    S.assignmentsSubmissionsRead,
    (ctx) => {
      const form = findAssignment(ctx, 'webFormAssignmentId', 'webForm', 'WEB_FORM_ASSIGNMENT_NOT_FOUND');
      const fields: Record<string, Record<string, unknown>> = {};
      for (const [id, field] of Object.entries(form.fields)) {
        fields[id] = {
          type: field.type,
          title: field.title,
          isRequired: field.isRequired,
          ...(field.hintText !== null ? { hintText: field.hintText } : {}),
          ...(field.integrationKey !== null ? { integrationKey: field.integrationKey } : {}),
        };
      }
      return json(200, { fields });
    },
  ),
  onboardingRoute(
    '/fillable-pdf-form-assignments/{fillablePdfFormAssignmentId}/form-answers',
    S.assignmentsSubmissionsRead,
    (ctx) => {
      const form = findAssignment(
        ctx,
        'fillablePdfFormAssignmentId',
        'fillablePdfForm',
        'FILLABLE_PDF_FORM_ASSIGNMENT_NOT_FOUND',
      );
      if (form.filledForm === null) {
        throw notFound('The PDF form was not submitted', 'FILLABLE_PDF_FORM_ASSIGNMENT_ANSWERS_NOT_FOUND');
      }
      return file(form.filledForm);
    },
  ),
  onboardingRoute(
    '/activity-assignments/{activityAssignmentId}/attachments',
    S.assignmentsSubmissionsRead,
    (ctx) => {
      const activity = findAssignment(
        ctx,
        'activityAssignmentId',
        'activity',
        'ACTIVITY_ASSIGNMENT_NOT_FOUND',
      );
      return json(200, { attachmentIds: activity.attachments.map((a) => a.id) });
    },
  ),
  onboardingRoute(
    '/activity-assignments/{activityAssignmentId}/attachments/{attachmentId}',
    S.assignmentsSubmissionsRead,
    (ctx) => {
      const activity = findAssignment(
        ctx,
        'activityAssignmentId',
        'activity',
        'ACTIVITY_ASSIGNMENT_NOT_FOUND',
      );
      const attachment = activity.attachments.find((a) => a.id === param(ctx, 'attachmentId'));
      if (!attachment) throw notFound('Attachment not found', 'ATTACHMENT_NOT_FOUND');
      return file(attachment);
    },
  ),
];
