/**
 * SmartRecruiters webhook event names and payloads
 * (https://developers.smartrecruiters.com/docs/receiving-webhook-notifications). Payloads are
 * snake_case and carry only ids; fetch the current state from the `Link` header or the resources.
 */

/** Payload of `job.created`, `job.updated`, `job.status.updated`, `job.hiring-team.updated`. */
export interface JobWebhookPayload {
  id: string;
}
/** Payload of `job.ad.*`. */
export interface JobAdWebhookPayload {
  job_id: string;
  job_ad_id: string;
}
/** Payload of `position.*`. */
export interface PositionWebhookPayload {
  job_id: string;
  position_id: string;
}
/**
 * Payload of `application.*`. `application_id` is in the 2023 model but not in the docs' example,
 * so it is optional.
 */
export interface ApplicationWebhookPayload {
  job_id: string;
  candidate_id: string;
  application_id?: string;
}
/** Payload of `application.attachment.created`. */
export interface ApplicationAttachmentWebhookPayload extends ApplicationWebhookPayload {
  attachment_id: string;
}
/** Payload of `candidate.*`. */
export interface CandidateWebhookPayload {
  id: string;
}
/** Payload of `offer.created`, `offer.updated`. */
export interface OfferWebhookPayload {
  job_id: string;
  candidate_id: string;
  offer_id: string;
}
/** Payload of `offer.approval.*` and `offer.approver.*`. */
export interface OfferApprovalWebhookPayload extends OfferWebhookPayload {
  approval_id: string;
}
/** Payload of `job.approval.*` and `job.approver.*`. */
export interface JobApprovalWebhookPayload {
  approval_id: string;
  job_id: string;
}
/** Payload of `review.*`. */
export interface ReviewWebhookPayload {
  application_id: string;
  review_id: string;
}
/**
 * Payload of `interview.created`, `interview.updated`, `interview.canceled`
 * (developers.smartrecruiters.com/docs/interview-api-1). `application_id` is SmartRecruiters' job
 * application id, the one `interviews.list` takes.
 */
export interface InterviewWebhookPayload {
  interview_id: string;
  application_id: string;
  candidate_id: string;
  company_id: string;
}
/**
 * Payload of `self-schedule.created` (developers.smartrecruiters.com/docs/self-scheduling-api).
 * `application_id` is SmartRecruiters' job application id (`applicationUuid` in the Self
 * Scheduling API).
 */
export interface SelfScheduleWebhookPayload {
  self_schedule_id: string;
  candidate_id: string;
  application_id: string;
  job_id: string;
  company_id: string;
}
/** Payload of `onboarding.*`. */
export interface OnboardingWebhookPayload {
  onboarding_process_id: string;
  new_hire_id: string;
}

/** Every documented event name with its payload type. */
export interface WebhookEventPayloads {
  'job.created': JobWebhookPayload;
  'job.updated': JobWebhookPayload;
  'job.status.updated': JobWebhookPayload;
  'job.hiring-team.updated': JobWebhookPayload;
  'job.ad.created': JobAdWebhookPayload;
  'job.ad.updated': JobAdWebhookPayload;
  'job.ad.postings.updated': JobAdWebhookPayload;
  'position.created': PositionWebhookPayload;
  'position.updated': PositionWebhookPayload;
  'position.deleted': PositionWebhookPayload;
  'application.created': ApplicationWebhookPayload;
  'application.status.updated': ApplicationWebhookPayload;
  'application.fields.updated': ApplicationWebhookPayload;
  'application.onboarding-status.updated': ApplicationWebhookPayload;
  'application.attachment.created': ApplicationAttachmentWebhookPayload;
  'application.source.updated': ApplicationWebhookPayload;
  'application.screening-answers.created': ApplicationWebhookPayload;
  'application.screening-answers.updated': ApplicationWebhookPayload;
  'candidate.created': CandidateWebhookPayload;
  'candidate.updated': CandidateWebhookPayload;
  'candidate.deleted': CandidateWebhookPayload;
  'offer.created': OfferWebhookPayload;
  'offer.updated': OfferWebhookPayload;
  'offer.approval.created': OfferApprovalWebhookPayload;
  'offer.approval.approved': OfferApprovalWebhookPayload;
  'offer.approval.rejected': OfferApprovalWebhookPayload;
  'offer.approval.abandoned': OfferApprovalWebhookPayload;
  'offer.approval.step.approved': OfferApprovalWebhookPayload;
  'offer.approval.step.rejected': OfferApprovalWebhookPayload;
  'offer.approver.skipped': OfferApprovalWebhookPayload;
  'offer.approver.delegated': OfferApprovalWebhookPayload;
  'offer.approval.comment.created': OfferApprovalWebhookPayload;
  'job.approval.created': JobApprovalWebhookPayload;
  'job.approval.approved': JobApprovalWebhookPayload;
  'job.approval.rejected': JobApprovalWebhookPayload;
  'job.approval.abandoned': JobApprovalWebhookPayload;
  'job.approval.step.approved': JobApprovalWebhookPayload;
  'job.approval.step.rejected': JobApprovalWebhookPayload;
  'job.approver.skipped': JobApprovalWebhookPayload;
  'job.approver.delegated': JobApprovalWebhookPayload;
  'job.approval.comment.created': JobApprovalWebhookPayload;
  'review.created': ReviewWebhookPayload;
  'review.updated': ReviewWebhookPayload;
  'review.deleted': ReviewWebhookPayload;
  'onboarding.process.started': OnboardingWebhookPayload;
  'onboarding.assignments.high-priority.completed': OnboardingWebhookPayload;
  'onboarding.assignments.completed': OnboardingWebhookPayload;
  'interview.created': InterviewWebhookPayload;
  'interview.updated': InterviewWebhookPayload;
  'interview.canceled': InterviewWebhookPayload;
  'self-schedule.created': SelfScheduleWebhookPayload;
}

/** A documented event name. */
export type KnownWebhookEventName = keyof WebhookEventPayloads;

/** An event name: the documented ones, typed, and any other string SmartRecruiters adds later. */
export type WebhookEventName = KnownWebhookEventName | (string & {});

/** Every documented event name, in SmartRecruiters' order. */
export const WEBHOOK_EVENT_NAMES = [
  'job.created',
  'job.updated',
  'job.status.updated',
  'job.hiring-team.updated',
  'job.ad.created',
  'job.ad.updated',
  'job.ad.postings.updated',
  'position.created',
  'position.updated',
  'position.deleted',
  'application.created',
  'application.status.updated',
  'application.fields.updated',
  'application.onboarding-status.updated',
  'application.attachment.created',
  'application.source.updated',
  'application.screening-answers.created',
  'application.screening-answers.updated',
  'candidate.created',
  'candidate.updated',
  'candidate.deleted',
  'offer.created',
  'offer.updated',
  'offer.approval.created',
  'offer.approval.approved',
  'offer.approval.rejected',
  'offer.approval.abandoned',
  'offer.approval.step.approved',
  'offer.approval.step.rejected',
  'offer.approver.skipped',
  'offer.approver.delegated',
  'offer.approval.comment.created',
  'job.approval.created',
  'job.approval.approved',
  'job.approval.rejected',
  'job.approval.abandoned',
  'job.approval.step.approved',
  'job.approval.step.rejected',
  'job.approver.skipped',
  'job.approver.delegated',
  'job.approval.comment.created',
  'review.created',
  'review.updated',
  'review.deleted',
  'onboarding.process.started',
  'onboarding.assignments.high-priority.completed',
  'onboarding.assignments.completed',
  'interview.created',
  'interview.updated',
  'interview.canceled',
  'self-schedule.created',
] as const satisfies readonly KnownWebhookEventName[];

/** A verified delivery of the documented event `K`, with its typed payload. */
export type KnownWebhookEvent<K extends KnownWebhookEventName = KnownWebhookEventName> = {
  [N in K]: WebhookEventBase & { known: true; name: N; payload: WebhookEventPayloads[N] };
}[K];

/** A verified delivery of an event the SDK does not know yet: passed through, never refused. */
export interface UnknownWebhookEvent extends WebhookEventBase {
  known: false;
  name: string;
  payload: Record<string, unknown>;
}

/**
 * A verified webhook delivery. `if (event.known) switch (event.name) { ... }` narrows the payload;
 * so does `isWebhookEvent(event, 'application.status.updated')`.
 */
export type WebhookEvent = KnownWebhookEvent | UnknownWebhookEvent;

/** What every webhook event has, whatever its name. */
export interface WebhookEventBase {
  /** The `event-id` header: dedupe on it, deliveries are at-least-once. */
  id: string;
  /** The `event-version` header, opaque (`v1`, `v201910`, ... have all been seen). */
  version: string;
  /** The URL of the changed record, from the `Link` header's `rel=self`, when present. */
  link: string | null;
  /** When SmartRecruiters signed the delivery (`smartrecruiters-timestamp`), ISO-8601. */
  signed_at: string | null;
}

/** Whether `name` is a documented event name. */
export function isKnownWebhookEventName(name: string): name is KnownWebhookEventName {
  return (WEBHOOK_EVENT_NAMES as readonly string[]).includes(name);
}

/** The delivery of the documented event `K`: what `isWebhookEvent(event, name)` narrows to. */
export type WebhookEventOf<K extends KnownWebhookEventName> = Extract<
  WebhookEvent,
  {
    /** The event's name. */
    name: K;
    /** A documented event. */
    known: true;
  }
>;

/** Narrows `event` to the documented event `name`, with its typed payload. */
export function isWebhookEvent<K extends KnownWebhookEventName>(
  event: WebhookEvent,
  name: K,
): event is WebhookEventOf<K> {
  return event.known && event.name === name;
}
