/**
 * Composite application ids. SR addresses an application by two keys,
 * `/candidates/{id}/jobs/{jobId}` (smartrecruiters-api.md §7), so the unified id is
 * `${candidateId}:${jobId}` (docs/unified-model.md).
 */
import { ValidationError } from '../core/errors.js';

/** The two SR keys of an application. */
export interface ApplicationKeys {
  candidateId: string;
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
 * Splits a unified application id into SR's candidate and job ids.
 *
 * @throws ValidationError unless `id` is exactly two non-empty parts joined by `:`
 */
export function parseApplicationId(id: string): ApplicationKeys {
  const parts = typeof id === 'string' ? id.split(':') : [];
  const [candidateId, jobId] = parts;
  if (
    parts.length !== 2 ||
    candidateId === undefined ||
    jobId === undefined ||
    badPart(candidateId) ||
    badPart(jobId)
  ) {
    throw new ValidationError('Invalid application id', [
      {
        path: [],
        message: `expected 'candidateId:jobId' (two non-empty parts), received ${typeof id === 'string' ? JSON.stringify(id) : typeof id}`,
        code: 'invalid_id',
      },
    ]);
  }
  return { candidateId, jobId };
}
