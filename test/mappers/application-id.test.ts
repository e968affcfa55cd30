import { describe, expect, it } from 'vitest';
import { applicationId, parseApplicationId } from '../../src/mappers/application-id.js';
import { thrown } from '../helpers/fixtures.js';

describe('application ids', () => {
  it('round-trips candidate and job ids', () => {
    const id = applicationId('8b5e3c1a-1f2d-4c3b-9a8e-7d6c5b4a3f21', '3588f6b0-ae55-4c10-aaa5-2903ee3a7fe6');
    expect(id).toBe('8b5e3c1a-1f2d-4c3b-9a8e-7d6c5b4a3f21:3588f6b0-ae55-4c10-aaa5-2903ee3a7fe6');
    expect(parseApplicationId(id)).toEqual({
      candidateId: '8b5e3c1a-1f2d-4c3b-9a8e-7d6c5b4a3f21',
      jobId: '3588f6b0-ae55-4c10-aaa5-2903ee3a7fe6',
    });
  });

  it.each(['', ':', 'abc', 'abc:', ':def', 'a:b:c', ' :b', 'a: '])('rejects malformed id %j', (id) => {
    const error = thrown(() => parseApplicationId(id));
    expect(error.issues).toEqual([
      {
        path: [],
        message: expect.stringMatching(
          /^expected 'candidateId:jobId' as applicationId\(candidateId, jobId\) builds it, or a webhook payload's \{ candidate_id, job_id \} \(its application_id is another id\); received a string of \d+ character\(s\) in \d+ ':'-separated part\(s\)$/,
        ),
        code: 'invalid_id',
      },
    ]);
  });

  it('never repeats the value it refuses: it may be personal data', () => {
    const email = 'ada.lovelace@example.com';
    const error = thrown(() => parseApplicationId(email));
    expect(error.message).not.toContain('ada');
    expect(JSON.stringify(error.toJSON())).not.toContain('ada');
    expect(error.message).toMatch(/applicationId\(/);
  });

  it('rejects a non-string id', () => {
    expect(thrown(() => parseApplicationId(42 as never)).issues[0]?.message).toMatch(/received number$/);
  });

  it("takes a webhook payload's candidate_id and job_id, not its application_id", () => {
    const payload = { job_id: 'job-1', candidate_id: 'cand-1', application_id: 'sr-application-9' };
    expect(parseApplicationId(payload)).toEqual({ candidateId: 'cand-1', jobId: 'job-1' });
    expect(thrown(() => parseApplicationId({ candidate_id: 'c', job_id: '' })).issues[0]?.message).toMatch(
      /received an object without a valid candidate_id and job_id$/,
    );
    expect(thrown(() => parseApplicationId(payload.application_id)).issues[0]?.message).toMatch(
      /its application_id is another id/,
    );
  });

  it('refuses to build an id that could not be split back', () => {
    expect(thrown(() => applicationId('a:b', 'c')).issues).toEqual([
      { path: ['candidateId'], message: "must not contain ':'", code: 'invalid_id' },
    ]);
    expect(thrown(() => applicationId('', ' ')).issues).toEqual([
      { path: ['candidateId'], message: 'must not be empty', code: 'invalid_id' },
      { path: ['jobId'], message: 'must not be empty', code: 'invalid_id' },
    ]);
  });
});
