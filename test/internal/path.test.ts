import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { fillPath } from '../../src/internal/path.js';

describe('fillPath', () => {
  it('fills and percent-encodes each parameter as one segment', () => {
    expect(fillPath('/candidates/{id}/jobs/{jobId}', { id: 'c 1', jobId: 42 })).toBe(
      '/candidates/c%201/jobs/42',
    );
  });

  it.each([
    ['../users', '/candidates/..%2Fusers'],
    ['a/b?c', '/candidates/a%2Fb%3Fc'],
    ['x#frag', '/candidates/x%23frag'],
    ['%2e%2e', '/candidates/%252e%252e'],
    ['id&admin=true', '/candidates/id%26admin%3Dtrue'],
  ])('keeps the hostile id %j inside its segment', (id, expected) => {
    const filled = fillPath('/candidates/{id}', { id });
    expect(filled).toBe(expected);
    // The URL parser must not turn it into another route.
    expect(new URL(`https://api.smartrecruiters.com${filled}`).pathname).toBe(expected);
  });

  it.each(['.', '..'])('refuses the dot segment %j, which URL parsers collapse even when encoded', (id) => {
    expect(() => fillPath('/candidates/{id}', { id })).toThrow(ValidationError);
  });

  it('reports missing, empty and unknown parameters together', () => {
    try {
      fillPath('/candidates/{id}/jobs/{jobId}', { id: ' ', other: 'x' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const issues = (error as ValidationError).issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      expect(issues).toEqual([
        'params.id: must not be empty',
        'params.jobId: is required',
        'params.other: is not a placeholder of the path',
      ]);
    }
  });

  it('refuses templates without a leading slash or with a query string', () => {
    expect(() => fillPath('candidates')).toThrow(/must start with/);
    expect(() => fillPath('/candidates?limit=1')).toThrow(/query/);
  });
});
