/**
 * A 2xx that is not what the operation returns (a proxy's HTML page, JSON that does not parse, a
 * value that is not a record) is an `UnexpectedResponseError`: never a blank record, never the
 * base of a JSON Patch, never a record a sync moves its watermark past. Loopback only.
 */
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { SmartRecruiters, SmartRecruitersClient, UnexpectedResponseError } from '../../src/index.js';
import { uniqueKey } from '../helpers/msw.js';
import { failure, hostile, json, type Received } from './hostile.js';

const HTML = '<!doctype html><html><body><h1>Please sign in</h1></body></html>';

function sdk(origin: string) {
  return new SmartRecruiters({ apiKey: uniqueKey(), baseUrl: origin, logLevel: 'off', rateLimit: false });
}

function html(res: ServerResponse) {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(HTML);
}

function broken(res: ServerResponse) {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end('{"id":"j-1","title":"Engineer","location":{"city":');
}

const JOB = {
  id: 'j-1',
  title: 'Engineer',
  refNumber: 'REF-1',
  status: 'SOURCING',
  location: { country: 'Poland', countryCode: 'pl', city: 'Krakow', regionCode: '12', remote: false },
};

describe('a 2xx that is not JSON', () => {
  it.each([
    ['an HTML page', html],
    ['JSON that does not parse', broken],
  ])('%s is an UnexpectedResponseError for jobs.get and the raw client', async (_name, answer) => {
    const api = await hostile((_req, res) => answer(res));
    const error = await failure(() => sdk(api.origin).jobs.get('j-1'));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(String(error)).not.toContain('sign in');
    const raw = new SmartRecruitersClient({ apiKey: uniqueKey(), baseUrl: api.origin, logLevel: 'off' });
    expect(await failure(() => raw.get('/jobs/{jobId}', { params: { jobId: 'j-1' } }))).toBeInstanceOf(
      UnexpectedResponseError,
    );
  });

  it('the error names the content type, never the body', async () => {
    const api = await hostile((_req, res) => html(res));
    const error = (await failure(() => sdk(api.origin).users.get('u-1'))) as UnexpectedResponseError;
    expect(error.contentType).toBe('text/html; charset=utf-8');
    expect(JSON.stringify(error.toJSON())).not.toContain('sign in');
  });

  it('text the caller asked for (a report) is still text', async () => {
    const api = await hostile((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.end('id,name\n1,a\n');
    });
    const raw = new SmartRecruitersClient({ apiKey: uniqueKey(), baseUrl: api.origin, logLevel: 'off' });
    expect(await raw.get('/reporting-api/v201804/reports/r/files/f/data')).toBe('id,name\n1,a\n');
  });

  it.each([
    ['an array', []],
    ['null', null],
    ['a string', 'ok'],
    ['a number', 1],
  ])('JSON that is %s where a record is expected is an UnexpectedResponseError', async (_name, body) => {
    const api = await hostile((_req, res) => json(res, 200, body));
    const error = await failure(() => sdk(api.origin).jobs.get('j-1'));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
  });
});

describe('no write is computed from a read that failed', () => {
  it.each([
    ['an HTML page', html],
    ['JSON that does not parse', broken],
    ['an array', (res: ServerResponse) => json(res, 200, [])],
  ])('jobs.update after %s sends no PATCH', async (_name, answer) => {
    const api = await hostile((req, res) => (req.method === 'GET' ? answer(res) : json(res, 200, JOB)));
    const error = await failure(() =>
      sdk(api.origin).jobs.update('j-1', { location: { country_code: 'pl', city: 'Warsaw' } }),
    );
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(api.received.map((r) => r.method)).toEqual(['GET']);
  });

  it.each([
    ['an HTML page', html],
    ['JSON that does not parse', broken],
  ])('users.update after %s sends no PATCH', async (_name, answer) => {
    const api = await hostile((req, res) =>
      req.method === 'GET' ? answer(res) : json(res, 200, { id: 'u-1', firstName: 'A', lastName: 'B' }),
    );
    const error = await failure(() => sdk(api.origin).users.update('u-1', { first_name: 'C' }));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(api.received.map((r) => r.method)).toEqual(['GET']);
  });
});

describe('a hydrated sync never takes a blank record', () => {
  it('one detail that is an HTML page fails the run: no record is emitted, the state stays', async () => {
    const summaries = ['j-1', 'j-2', 'j-3'].map((id) => ({ ...JOB, id }));
    const api = await hostile((req: Received, res) => {
      const url = new URL(req.url, 'http://x');
      if (url.pathname === '/jobs') return json(res, 200, { content: summaries, totalFound: 3 });
      if (url.pathname === '/jobs/j-2') return html(res);
      return json(res, 200, { ...JOB, id: url.pathname.split('/').pop() });
    });
    const run = sdk(api.origin).jobs.sync({ hydrate: true, since: '2026-01-01T00:00:00Z' });
    const before = run.state;
    const records: Array<{ id: string }> = [];
    const error = await (async () => {
      for await (const { record } of run) records.push(record);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(records.filter((r) => r.id === '' || r.id === 'j-2')).toEqual([]);
    // The page failed as a whole: nothing of it was emitted, and the state did not move.
    expect(records).toEqual([]);
    expect(run.state).toBe(before);
  });
});
