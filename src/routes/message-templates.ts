/**
 * SmartRecruiters' company message templates (e-mail and SMS/WhatsApp templates), the `email-company`
 * registry, also indexed as `message-templates-api` (developers.smartrecruiters.com/reference).
 * SmartRecruiters publishes the routes and the list's filters, not the template's fields: the
 * types name what the filters say and keep the rest as received (UNCONFIRMED).
 */
import type { OneOrMany, Open } from '../routes.js';
import type { SrUnpublishedList } from './common.js';

/** Path prefix of SmartRecruiters' message templates API. */
export const MESSAGE_TEMPLATES_API = '/message-templates-api';

/** What a message template is for. */
export type SrMessageTemplateType = Open<
  | 'INTERVIEW_INVITATION'
  | 'JOB_OFFER'
  | 'REJECTION'
  | 'NORMAL_MESSAGE'
  | 'NEW_APPLICANT_AUTO_RESPOND'
  | 'NEW_INTERNAL_APPLICANT_AUTO_RESPOND'
  | 'CAMPAIGN'
  | 'SELF_SCHEDULE'
  | 'NORMAL_PROSPECT_MESSAGE'
  | 'WORKFLOWS_EMAIL_TO_EMPLOYEE'
  | 'WORKFLOWS_EMAIL_TO_CANDIDATE'
  | 'GROUP_EVENT_INVITATION'
  | 'GROUP_EVENT_REMINDER'
  | 'SESSION_SELF_SCHEDULE_CONFIRMATION'
  | 'SESSION_MANUAL_SCHEDULE_CONFIRMATION'
  | 'GROUP_EVENT_CANCELLED'
  | 'SESSION_MANUAL_RESCHEDULE_CONFIRMATION'
  | 'SESSION_UPDATE'
  | 'AUTOMATED_SELF_SCHEDULE_INVITATION'
  | 'INTERVIEW_INVITATION_CANCEL_NOTIFICATION'
  | 'SELF_SCHEDULE_CANCEL_NOTIFICATION'
  | 'INTERVIEW_REMINDER'
  | 'INVITATION_TO_SELF_SCHEDULE_UPDATED'
  | 'REQUEST_SELF_RESCHEDULE'
  | 'AUTOMATED_GROUP_INTERVIEW_INVITATION'
  | 'AUTOMATED_GROUP_INTERVIEW_REMINDER'
  | 'AUTOMATED_GROUP_INTERVIEW_CONFIRMATION'
  | 'GROUP_EVENT_CONFIRMATION'
>;

/** The channel a message template is sent through. */
export type SrMessageTemplateChannel = Open<'EMAIL' | 'SMS_WHATSAPP'>;

/** A company message template (UNCONFIRMED beyond the fields the list filters on). */
export interface SrMessageTemplate {
  /** The template's id. */
  id?: string;
  /** The template's name. */
  name?: string;
  /** The template's type. */
  type?: SrMessageTemplateType;
  /** The channel the template is sent through. */
  channel?: SrMessageTemplateChannel;
  [key: string]: unknown;
}

/** Body of a message template create or replace (UNCONFIRMED beyond the filtered fields). */
export interface SrMessageTemplateInput {
  /** The template's name. */
  name?: string;
  /** The template's type. */
  type?: SrMessageTemplateType;
  /** The channel the template is sent through. */
  channel?: SrMessageTemplateChannel;
  [key: string]: unknown;
}

/** Query of `GET /message-templates`: types and channels repeated, `name` a search text. */
export interface SrMessageTemplatesQuery {
  /** Only templates of these types. */
  type?: OneOrMany<SrMessageTemplateType>;
  /** Only templates sent through these channels. */
  channel?: OneOrMany<SrMessageTemplateChannel>;
  /** Text searched in the names. */
  name?: string;
}

/** The message templates API, relative to `MESSAGE_TEMPLATES_API`. */
export interface MessageTemplateRoutes {
  /** The company's templates (unpaged), filtered by type, channel and name. */
  'GET /message-templates': {
    query: SrMessageTemplatesQuery;
    response: SrUnpublishedList<SrMessageTemplate>;
  };
  'POST /message-templates': { body: SrMessageTemplateInput; response: SrMessageTemplate };
  'GET /message-templates/{messageTemplateId}': {
    params: { messageTemplateId: string };
    response: SrMessageTemplate;
  };
  'PUT /message-templates/{messageTemplateId}': {
    params: { messageTemplateId: string };
    body: SrMessageTemplateInput;
    response: SrMessageTemplate;
  };
  'DELETE /message-templates/{messageTemplateId}': {
    params: { messageTemplateId: string };
    response: undefined;
  };
}
