/**
 * The agent tools on the fake: reads by default, writes only by name, field policies that keep
 * denied fields out of every result, paging by cursor within a budget, typed errors, the audit
 * hook; and the schemas, snapshotted so a model change shows in review.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Candidate, SmartRecruiters, ValidationError } from '../../src/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';
import {
  CANDIDATE_PII_FIELDS,
  createTools,
  type ToolAuditEvent,
  type ToolResult,
  toolInputSchema,
  WRITE_TOOLS,
} from '../../src/tools/index.js';

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({ seed: 7, rateLimits: false, latencyMs: 0 });
  sr = fake.client({ logLevel: 'off' });
});
afterAll(() => fake.close());

function data(result: ToolResult): Record<string, unknown> {
  if (!result.ok) throw new Error(`tool failed: ${JSON.stringify(result.error)}`);
  return result.data;
}

/** Every candidate's personal data as the fake holds it: what must never appear. */
function personalData(): string[] {
  const values = new Set<string>();
  for (const candidate of fake.state.candidates.values()) {
    for (const value of [candidate.firstName, candidate.lastName, candidate.email, candidate.phoneNumber]) {
      if (typeof value === 'string' && value.length >= 4) values.add(value);
    }
  }
  return [...values];
}

describe('tool definitions', () => {
  it('are reads only unless a write is enabled by name', () => {
    const reads = createTools(sr).definitions;
    expect(reads.length).toBeGreaterThan(20);
    expect(reads.every((tool) => !tool.write && tool.annotations.readOnlyHint)).toBe(true);
    expect(reads.map((tool) => tool.name)).not.toContain('candidates_create');

    const withWrite = createTools(sr, { allowWrites: ['applications_create'] }).definitions;
    const writes = withWrite.filter((tool) => tool.write).map((tool) => tool.name);
    expect(writes).toEqual(['applications_create']);
    for (const tool of withWrite) {
      expect(tool.name).toMatch(/^[a-z][a-z_]{0,63}$/);
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.description.length).toBeGreaterThan(20);
    }
  });

  it('refuse an unknown write name, a field the model lacks, a budget out of range', () => {
    expect(() => createTools(sr, { allowWrites: ['candidates_delete' as never] })).toThrow(ValidationError);
    // A misspelt field (emails, not email) would otherwise leak what it meant to hide.
    expect(() => createTools(sr, { fields: { candidate: { deny: ['email'] } } })).toThrow(
      /has no field email/,
    );
    expect(() => createTools(sr, { fields: { candidate: { deny: ['applications.jobb'] } } })).toThrow(
      /applications\.jobb/,
    );
    expect(() => createTools(sr, { fields: { candidates: { deny: [] } } as never })).toThrow(
      /not a unified model/,
    );
    expect(() => createTools(sr, { budget: { maxItems: 0 } })).toThrow(/maxItems/);
    expect(() => createTools(sr, { budget: { maxItems: 101 } })).toThrow(/maxItems/);
  });

  it("generate each tool's JSON Schema from the SDK's input models (snapshot)", async () => {
    const tools = createTools(sr, { allowWrites: [...WRITE_TOOLS], budget: { maxItems: 25 } });
    const schemas = Object.fromEntries(tools.definitions.map((tool) => [tool.name, tool.inputSchema]));
    await expect(`${JSON.stringify(schemas, null, 2)}\n`).toMatchFileSnapshot(
      './__snapshots__/tool-schemas.json',
    );
    // The same schema without tools (for registering them ahead of time).
    expect(toolInputSchema('jobs_list')).toEqual(schemas.jobs_list);
    expect(toolInputSchema('nope')).toBeUndefined();
    // JSON has no Date: a date filter is a string with a format, nothing else.
    const updatedAfter = (schemas.candidates_list!.properties as Record<string, { anyOf: unknown[] }>)
      .updated_after;
    expect(updatedAfter?.anyOf).toEqual([
      { type: 'string', format: 'date-time' },
      { type: 'string', format: 'date' },
    ]);
  });
});

describe('tool calls', () => {
  it('page a list by cursor within the budget, every record once', async () => {
    const tools = createTools(sr, { budget: { maxItems: 7, maxBytes: 6_000 } });
    const all = await sr.candidates.list().toArray();
    const seen: string[] = [];
    let cursor: unknown;
    let calls = 0;
    do {
      const page = data(await tools.call('candidates_list', cursor ? { cursor } : {}));
      const items = page.items as Candidate[];
      expect(items.length).toBeGreaterThan(0);
      expect(items.length).toBeLessThanOrEqual(7);
      // Over the byte budget only with a single record.
      if (items.length > 1)
        expect(new TextEncoder().encode(JSON.stringify(items)).length).toBeLessThanOrEqual(
          6_000 + items.length,
        );
      seen.push(...items.map((item) => item.id));
      cursor = page.next_cursor;
      expect(page.total).toBe(all.length);
      calls++;
    } while (cursor);
    expect(seen).toEqual(all.map((candidate) => candidate.id));
    expect(calls).toBeGreaterThan(all.length / 7);
  });

  it('stop at the byte budget mid-page and resume at the next record', async () => {
    const tools = createTools(sr, { budget: { maxItems: 25, maxBytes: 2_000 } });
    const first = data(await tools.call('jobs_list', {}));
    const firstItems = first.items as Array<{ id: string }>;
    expect(firstItems.length).toBeLessThan(12);
    const rest = data(await tools.call('jobs_list', { cursor: first.next_cursor }));
    const ids = [...firstItems, ...(rest.items as Array<{ id: string }>)].map((job) => job.id);
    const all = (await sr.jobs.list().toArray()).map((job) => job.id);
    expect(ids).toEqual(all.slice(0, ids.length));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keep denied fields out of every result (CANDIDATE_PII_FIELDS)', async () => {
    const tools = createTools(sr, {
      fields: CANDIDATE_PII_FIELDS,
      budget: { maxItems: 100, maxBytes: 16_000_000 },
    });
    const outputs: string[] = [];
    const candidates = data(await tools.call('candidates_list', { limit: 100, hydrate: true }));
    outputs.push(JSON.stringify(candidates));
    const first = (candidates.items as Candidate[])[0]!;
    expect(first.id).toBeTruthy();
    expect(first).not.toHaveProperty('name');
    expect(first).not.toHaveProperty('emails');
    expect(first).not.toHaveProperty('remote_data');
    expect(first).toHaveProperty('applications');
    outputs.push(
      JSON.stringify(data(await tools.call('candidates_get', { id: first.id, include: ['consent'] }))),
    );
    const applications = data(await tools.call('applications_list', { limit: 100 }));
    outputs.push(JSON.stringify(applications));
    const application = (applications.items as Array<{ id: string; candidate: object }>)[0]!;
    expect(application.candidate).not.toHaveProperty('name');
    outputs.push(JSON.stringify(data(await tools.call('applications_get', { id: application.id }))));
    outputs.push(JSON.stringify(data(await tools.call('attachments_list', { candidate_id: first.id }))));
    const text = outputs.join('\n');
    const leaked = personalData().filter((value) => text.includes(value));
    expect(leaked).toEqual([]);
  });

  it('keep only the allowed fields with an allow-list, nested paths included', async () => {
    const tools = createTools(sr, { fields: { candidate: { allow: ['id', 'applications.status'] } } });
    const items = data(await tools.call('candidates_list', { limit: 3 })).items as Array<
      Record<string, unknown>
    >;
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(['applications', 'id']);
      for (const app of item.applications as Array<Record<string, unknown>>)
        expect(Object.keys(app)).toEqual(['status']);
    }
  });

  it('refuse a write that was not enabled, and run one that was', async () => {
    const input = { first_name: 'Grace', last_name: 'Hopper', email: 'grace.hopper@example.com' };
    const readOnly = createTools(sr);
    const refused = await readOnly.call('candidates_create', input);
    expect(refused).toMatchObject({ ok: false, error: { type: 'write_not_allowed' } });
    expect([...fake.state.candidates.values()].some((c) => c.email === input.email)).toBe(false);

    const writer = createTools(sr, { allowWrites: ['candidates_create'] });
    const created = data(await writer.call('candidates_create', input));
    expect(created.email ?? (created.emails as Array<{ email: string }>)[0]?.email).toBe(input.email);
    expect([...fake.state.candidates.values()].some((c) => c.email === input.email)).toBe(true);
    // Another write stays refused.
    expect(await writer.call('candidates_add_tags', { id: created.id, tags: ['x'] })).toMatchObject({
      ok: false,
      error: { type: 'write_not_allowed' },
    });
  });

  it('return typed errors, never throw', async () => {
    const tools = createTools(sr);
    expect(await tools.call('nope', {})).toMatchObject({ ok: false, error: { type: 'unknown_tool' } });
    const invalid = await tools.call('candidates_list', { status: 'hird', bogus: 1 });
    expect(invalid).toMatchObject({ ok: false, error: { type: 'invalid_arguments', retryable: false } });
    expect(invalid.ok ? [] : invalid.error.issues?.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['status', 'bogus']),
    );
    expect(await tools.call('candidates_get', null)).toMatchObject({
      ok: false,
      error: { type: 'invalid_arguments' },
    });
    expect(await tools.call('jobs_get', 'x')).toMatchObject({
      ok: false,
      error: { type: 'invalid_arguments' },
    });
    const missing = await tools.call('jobs_get', { id: 'no-such-job' });
    expect(missing).toMatchObject({ ok: false, error: { type: 'not_found', status: 404 } });
    const badCursor = await tools.call('jobs_list', { cursor: 'garbage' });
    expect(badCursor).toMatchObject({ ok: false, error: { type: 'invalid_arguments' } });
    // Another list's cursor is refused too.
    const jobsPage = data(await createTools(sr, { budget: { maxItems: 2 } }).call('jobs_list', {}));
    expect(await tools.call('candidates_list', { cursor: jobsPage.next_cursor })).toMatchObject({
      ok: false,
      error: { type: 'invalid_arguments' },
    });
  });

  it('answer an auth failure as a typed error without the key', async () => {
    const wrong = new SmartRecruiters({
      apiKey: 'wrong-key-1234567890',
      baseUrl: fake.url,
      rateLimit: false,
      logLevel: 'off',
    });
    const result = await createTools(wrong).call('jobs_list', {});
    expect(result).toMatchObject({ ok: false, error: { type: 'authentication', status: 401 } });
    expect(JSON.stringify(result)).not.toContain('wrong-key-1234567890');
  });
});

describe('the audit hook', () => {
  it('sees every call with personal data redacted', async () => {
    const events: ToolAuditEvent[] = [];
    const tools = createTools(sr, {
      allowWrites: ['candidates_create'],
      audit: (event) => void events.push(event),
    });
    await tools.call('candidates_list', { q: 'Lovelace', status: 'hired', limit: 2 });
    await tools.call('candidates_create', {
      first_name: 'Ada',
      last_name: 'Lovelace',
      email: 'ada.l@example.com',
      job_id: 'j1',
    });
    await tools.call('candidates_update', { id: 'c1', update: { email: 'x@example.com' } });
    expect(events.map((event) => [event.tool, event.outcome, event.error_type])).toEqual([
      ['candidates_list', 'ok', undefined],
      ['candidates_create', 'error', 'not_found'],
      ['candidates_update', 'error', 'write_not_allowed'],
    ]);
    expect(events[0]).toMatchObject({
      args: { q: '[redacted]', status: 'hired', limit: 2 },
      write: false,
      items: 0,
    });
    expect(events[1]).toMatchObject({
      args: { first_name: '[redacted]', last_name: '[redacted]', email: '[redacted]', job_id: 'j1' },
      write: true,
    });
    const text = JSON.stringify(events);
    for (const value of ['Lovelace', 'Ada', 'ada.l@example.com', 'x@example.com'])
      expect(text).not.toContain(value);
    for (const event of events) expect(event.duration_ms).toBeGreaterThanOrEqual(0);
  });

  it('redacts cursors (they carry the filters) and withholds the result when it fails', async () => {
    const events: ToolAuditEvent[] = [];
    const paged = createTools(sr, { budget: { maxItems: 2 }, audit: (event) => void events.push(event) });
    const first = data(await paged.call('candidates_list', { q: 'a' }));
    await paged.call('candidates_list', { cursor: first.next_cursor });
    expect(events[1]?.args).toEqual({ cursor: '[cursor]' });

    const failing = createTools(sr, {
      audit: () => {
        throw new Error('log store down');
      },
    });
    const result = await failing.call('jobs_list', {});
    expect(result).toMatchObject({ ok: false, error: { type: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('log store down');
  });
});
