import { describe, expect, it } from 'vitest';
import {
  SmartRecruiters,
  SmartRecruitersError,
  UnexpectedResponseError,
  ValidationError,
} from '../../src/index.js';
import { hostile, json } from './hostile.js';

async function sdk() {
  const api = await hostile((req, res) => {
    if (req.url.startsWith('/pdf/') || req.url.startsWith('/candidates/') || req.url.startsWith('/jobs/')) {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      return res.end('%PDF-1.4 not json');
    }
    json(res, 200, { content: [] });
  });
  return {
    api,
    sr: new SmartRecruiters({ apiKey: 'k', baseUrl: api.origin, logLevel: 'off', rateLimit: false }),
  };
}

async function rejection(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('every failure is a SmartRecruitersError', () => {
  it('malformed Unicode in paths, ids and queries is a ValidationError before any request', async () => {
    const { api, sr } = await sdk();
    for (const call of [
      () => sr.client.get('\uD800'),
      () => sr.client.get('/jobs/\uDC00x'),
      () => sr.client.get('/candidates/{id}', { params: { id: '\uD800' } }),
      () => sr.client.get('/jobs', { query: { q: 'a\uD800' } }),
      () => sr.candidates.get('\uD800'),
    ]) {
      expect(await rejection(call)).toBeInstanceOf(ValidationError);
    }
    expect(api.received).toEqual([]);
  });

  it('arguments of the wrong type are ValidationErrors, not TypeErrors', async () => {
    const { api, sr } = await sdk();
    for (const call of [
      () => sr.client.request({ method: 'GET', path: 123 } as never),
      () => sr.client.request(null as never),
      () => sr.client.request('GET /jobs' as never),
      () => sr.client.get('/jobs', 5 as never),
      () => sr.client.get('/jobs', { headers: 'x' } as never),
      () => sr.client.get('/jobs', { headers: { a: 1 } } as never),
      () => sr.client.get('/jobs', { signal: 'nope' } as never),
      () => sr.client.get('/jobs', { params: 'id' } as never),
      () => sr.client.get('/jobs', { query: 'a=1' } as never),
      () => sr.attachments.upload({ file: 'x' } as never),
      () => sr.attachments.upload({ candidate_id: 'c1', file_name: 'a.pdf', file: 'x' } as never),
    ]) {
      const error = await rejection(call);
      expect(error, String(call)).toBeInstanceOf(ValidationError);
    }
    expect(api.received).toEqual([]);
  });

  it('validation errors name the field, never echo the caller value', async () => {
    const { sr } = await sdk();
    for (const call of [
      () => sr.client.get('candidates/ada@example.com'),
      () => sr.client.get('/candidates/ada@example.com', { params: { id: 'x' } } as never),
      () => sr.client.post('/candidates', { body: { email: 'ada@example.com', n: 10n } } as never),
      () => sr.client.get('/jobs', { headers: { 'X-Email': 'ada@example.com\n' } }),
    ]) {
      const error = await rejection(call);
      expect(error).toBeInstanceOf(ValidationError);
      expect(JSON.stringify(error) + (error as Error).message).not.toContain('ada@example.com');
    }
  });

  it('client options of the wrong type are ValidationErrors at construction', () => {
    for (const options of [
      { fetch: 'not a function' },
      { logger: 5 },
      { logger: {} },
      { hooks: 'x' },
      { rateLimit: 'x' },
      { baseUrl: 'ftp://example.test' },
      { timeoutMs: '5' },
    ]) {
      expect(
        () => new SmartRecruiters({ apiKey: 'k', ...options } as never),
        JSON.stringify(options),
      ).toThrow(ValidationError);
    }
  });

  it('a unified get answered with a file instead of JSON is an UnexpectedResponseError', async () => {
    const { sr } = await sdk();
    for (const call of [() => sr.candidates.get('c1'), () => sr.jobs.get('j1')]) {
      const error = await rejection(call);
      expect(error).toBeInstanceOf(UnexpectedResponseError);
      expect(error).toBeInstanceOf(SmartRecruitersError);
      expect((error as Error).message).toContain('application/pdf');
    }
  });
});
