import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
  Applications,
  Attachments,
  type Candidate,
  Candidates,
  Groups,
  Jobs,
  Roles,
  SmartRecruiters,
  SmartRecruitersClient,
  Users,
  Webhooks,
} from '../src/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../src/testing/index.js';
import { FAST_CLIENT, FAST_FAKE, sdkOptions } from './helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({
    ...FAST_FAKE,
    seed: 3,
    counts: { candidates: 6, jobs: 3, users: 3 },
  });
});
afterAll(() => fake.close());

const slug = (url: string | null | undefined) => url?.split('/').pop();

/** The fake's URL and key, at the fake's rate limit. */
const options = () => ({ ...sdkOptions(fake), ...FAST_CLIENT });

describe('SmartRecruiters', () => {
  it('holds the raw client and every unified resource, all on that client', () => {
    const sr = new SmartRecruiters(options());
    expect(sr.client).toBeInstanceOf(SmartRecruitersClient);
    expect(sr.client.baseUrl).toBe(fake.url);
    const resources = [
      [sr.candidates, Candidates],
      [sr.applications, Applications],
      [sr.jobs, Jobs],
      [sr.attachments, Attachments],
      [sr.users, Users],
      [sr.roles, Roles],
      [sr.groups, Groups],
      [sr.webhooks, Webhooks],
    ] as const;
    for (const [resource, type] of resources) {
      expect(resource).toBeInstanceOf(type);
      expect(resource.client).toBe(sr.client);
    }
  });

  it('uses a given client instead of creating one', async () => {
    const client = new SmartRecruitersClient({
      apiKey: fake.apiKey,
      baseUrl: fake.url,
      logLevel: 'off',
      ...FAST_CLIENT,
    });
    const sr = new SmartRecruiters({ client });
    expect(sr.client).toBe(client);
    const page = await sr.jobs.list({ limit: 1 });
    expect(page.result).toHaveLength(1);
  });

  it('adds typed mapping extensions as custom_mappings, on details and on list items', async () => {
    const sr = new SmartRecruiters({
      ...options(),
      mappings: {
        candidate: (raw, unified) => ({
          linkedin_slug: raw.web?.linkedin?.split('/').pop(),
          name: unified.name,
        }),
        job: (raw) => ({ ref: raw.refNumber ?? null }),
      },
    });
    const record = [...fake.state.candidates.values()].find((c) => c.web?.linkedin)!;
    const candidate = await sr.candidates.get(record.id);
    expectTypeOf(candidate.custom_mappings).toEqualTypeOf<{
      linkedin_slug: string | undefined;
      name: string | null;
    }>();
    expect(candidate.custom_mappings).toEqual({
      linkedin_slug: slug(record.web?.linkedin),
      name: `${record.firstName} ${record.lastName}`,
    });
    expect(candidate.custom_mappings.linkedin_slug).toMatch(/-[0-9a-f]{6}$/);

    // List items are partial (no `web`): the extension still runs, on what the item has.
    const page = await sr.candidates.list({ limit: 100 });
    expectTypeOf(page.result[0]!.custom_mappings.linkedin_slug).toEqualTypeOf<string | undefined>();
    for (const item of page.result) {
      expect(item.custom_mappings).toEqual({ linkedin_slug: undefined, name: item.name });
    }
    const hydrated = await sr.candidates.list({ limit: 100, hydrate: true });
    expect(hydrated.result.map((c) => c.custom_mappings.linkedin_slug)).toEqual(
      hydrated.result.map((c) => slug(fake.state.candidates.get(c.id)?.web?.linkedin)),
    );

    const job = await sr.jobs.get([...fake.state.jobs.keys()][0]!);
    expectTypeOf(job.custom_mappings).toEqualTypeOf<{ ref: string | null }>();
    expect(job.custom_mappings).toEqual({ ref: fake.state.jobs.get(job.id)!.refNumber });
    // Models without a mapping have no custom_mappings, in types and at runtime.
    const user = (await sr.users.list({ limit: 1 })).result[0]!;
    expectTypeOf(user).not.toHaveProperty('custom_mappings');
    expect('custom_mappings' in user).toBe(false);
  });

  it('matches the documented example exactly', async () => {
    const sr = new SmartRecruiters({
      apiKey: fake.apiKey,
      baseUrl: fake.url,
      logLevel: 'off',
      ...FAST_CLIENT,
      mappings: { candidate: (raw, _unified) => ({ linkedin_slug: raw.web?.linkedin?.split('/').pop() }) },
    });
    const record = [...fake.state.candidates.values()].find((c) => c.web?.linkedin)!;
    const c = await sr.candidates.get(record.id);
    expectTypeOf(c.custom_mappings).toEqualTypeOf<{ linkedin_slug: string | undefined }>();
    expect(c.custom_mappings).toEqual({ linkedin_slug: slug(record.web?.linkedin) });
    const listed = await sr.candidates.list({ limit: 2 });
    expectTypeOf(listed.result[0]!.custom_mappings).toEqualTypeOf<{ linkedin_slug: string | undefined }>();
    expect(listed.result.every((item) => 'custom_mappings' in item)).toBe(true);
  });

  it('has no custom_mappings without mappings', async () => {
    const sr = new SmartRecruiters(options());
    const page = await sr.candidates.list({ limit: 1 });
    const candidate = page.result[0]!;
    expectTypeOf(candidate).toEqualTypeOf<Candidate>();
    expectTypeOf(candidate).not.toHaveProperty('custom_mappings');
    expect('custom_mappings' in candidate).toBe(false);
    expect(candidate.remote_data).toMatchObject({ id: candidate.id });
  });

  it('drops remote_data with includeRemoteData: false, everywhere', async () => {
    const sr = new SmartRecruiters({ ...options(), includeRemoteData: false });
    const [candidates, jobs, users, roles, groups] = await Promise.all([
      sr.candidates.list({ limit: 3 }),
      sr.jobs.list({ limit: 3, hydrate: true }),
      sr.users.list({ limit: 3 }),
      sr.roles.list(),
      sr.groups.list(),
    ]);
    const candidate = await sr.candidates.get(candidates.result[0]!.id);
    const apps = await sr.applications.list({ candidate_id: candidate.id });
    const attachments = await sr.attachments.list({ candidate_id: candidate.id });
    const models: object[] = [
      ...candidates.result,
      ...jobs.result,
      ...users.result,
      ...roles.result,
      ...groups.result,
      candidate,
      ...apps.result,
      ...attachments.result,
    ];
    expect(models.length).toBeGreaterThan(15);
    for (const model of models) expect('remote_data' in model).toBe(false);
    // Mappings still see SR's record.
    const mapped = new SmartRecruiters({
      ...options(),
      includeRemoteData: false,
      mappings: { candidate: (raw) => raw.email ?? null },
    });
    const withMapping = await mapped.candidates.get(candidate.id);
    expect(withMapping.custom_mappings).toBe(fake.state.candidates.get(candidate.id)!.email);
    expect('remote_data' in withMapping).toBe(false);
  });

  it('lets each resource stand alone on a client', async () => {
    const client = new SmartRecruitersClient({
      apiKey: fake.apiKey,
      baseUrl: fake.url,
      logLevel: 'off',
      ...FAST_CLIENT,
    });
    const jobs = new Jobs(client);
    const roles = new Roles(client, { includeRemoteData: false });
    expect((await jobs.list({ limit: 2 })).result).toHaveLength(2);
    const admin = await roles.get('ADMINISTRATOR');
    expect(admin).toEqual({
      id: 'ADMINISTRATOR',
      name: 'Administrator',
      type: 'system',
      created_at: null,
      updated_at: null,
      not_fetched: [],
    });
  });
});
