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
        message: `expected 'candidateId:jobId' (two non-empty parts), received ${JSON.stringify(id)}`,
        code: 'invalid_id',
      },
    ]);
  });

  it('rejects a non-string id', () => {
    expect(thrown(() => parseApplicationId(42 as never)).issues[0]?.message).toBe(
      "expected 'candidateId:jobId' (two non-empty parts), received number",
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
