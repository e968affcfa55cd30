/**
 * Composite application ids. SR addresses an application by two keys,
 * `/candidates/{id}/jobs/{jobId}`, so the unified id is
 * `${candidateId}:${jobId}`.
 */
import { ValidationError } from '../core/errors.js';

/** Whether `id` is a composite application id: two non-empty parts joined by `:` (`candidateId:jobId`). */
export function isApplicationId(id: unknown): id is string {
  if (typeof id !== 'string') return false;
  const parts = id.split(':');
  return parts.length === 2 && parts.every((part) => part.trim() !== '');
}

/** The two SR keys of an application. */
export interface ApplicationKeys {
  /** The candidate's id (`{id}` in `/candidates/{id}/jobs/{jobId}`). */
  candidateId: string;
  /** The job's id (`{jobId}`). */
  jobId: string;
}

function badPart(part: unknown): string | null {
  if (typeof part !== 'string') return 'expected a string';
  if (part.trim() === '') return 'must not be empty';
  if (part.includes(':')) return "must not contain ':'";
  return null;
}

/**
 * Builds the unified application id `${candidateId}:${jobId}`.
 *
 * @throws ValidationError when an id is empty or contains `:` (the id could not be split back)
 */
export function applicationId(candidateId: string, jobId: string): string {
  const issues = [
    { path: ['candidateId'], message: badPart(candidateId) },
    { path: ['jobId'], message: badPart(jobId) },
  ].flatMap((issue) =>
    issue.message ? [{ path: issue.path, message: issue.message, code: 'invalid_id' }] : [],
  );
  if (issues.length > 0) throw new ValidationError('Invalid application id parts', issues);
  return `${candidateId}:${jobId}`;
}

/**
 * An application as the SDK's methods take it: its unified id (`applicationId()`), or the
 * `{ candidate_id, job_id }` of an `application.*` webhook payload (whose own `application_id` is
 * another id, SmartRecruiters' job-application id).
 */
export type ApplicationRef =
  | string
  | {
      /** The candidate's id. */
      readonly candidate_id: string;
      /** The job's id. */
      readonly job_id: string;
    };

function describeReceived(id: unknown): string {
  if (typeof id === 'string') {
    // The value itself is not repeated: it may be personal data (an email pasted by mistake).
    return `a string of ${id.length} character(s) in ${id.split(':').length} ':'-separated part(s)`;
  }
  if (id === null) return 'null';
  return Array.isArray(id) ? 'an array' : typeof id;
}

function invalidId(received: string): ValidationError {
  return new ValidationError('Invalid application id', [
    {
      path: [],
      message:
        "expected 'candidateId:jobId' as applicationId(candidateId, jobId) builds it, or a webhook " +
        `payload's { candidate_id, job_id } (its application_id is another id); received ${received}`,
      code: 'invalid_id',
    },
  ]);
}

/**
 * Splits a unified application id into SR's candidate and job ids. Also takes the
 * `{ candidate_id, job_id }` of a webhook payload.
 *
 * @throws ValidationError unless `id` is two non-empty parts joined by `:` (or such a payload);
 *   the message never repeats the value
 */
export function parseApplicationId(id: ApplicationRef): ApplicationKeys {
  if (id !== null && typeof id === 'object' && !Array.isArray(id)) {
    const { candidate_id: candidateId, job_id: jobId } = id as Record<string, unknown>;
    if (
      typeof candidateId === 'string' &&
      typeof jobId === 'string' &&
      !badPart(candidateId) &&
      !badPart(jobId)
    ) {
      return { candidateId, jobId };
    }
    throw invalidId('an object without a valid candidate_id and job_id');
  }
  const parts = typeof id === 'string' ? id.split(':') : [];
  const [candidateId, jobId] = parts;
  if (
    parts.length !== 2 ||
    candidateId === undefined ||
    jobId === undefined ||
    badPart(candidateId) ||
    badPart(jobId)
  ) {
    throw invalidId(describeReceived(id));
  }
  return { candidateId, jobId };
}
