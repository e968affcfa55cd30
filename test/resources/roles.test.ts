import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, type SmartRecruiters } from '../../src/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';
import { FAST_CLIENT, FAST_FAKE, rejectsBeforeAnyRequest, routesAfter, sdkFor } from '../helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({
    ...FAST_FAKE,
    seed: 2,
    counts: { users: 3, candidates: 1, jobs: 1 },
  });
  sr = sdkFor(fake, FAST_CLIENT);
});
afterAll(() => fake.close());

const roleIds = () => [...fake.state.systemRoles.keys()];

describe('roles', () => {
  it('lists the system roles SR returns whole, in one page', async () => {
    const seq = fake.requests.length;
    const page = await sr.roles.list();
    expect(routesAfter(fake, seq)).toEqual(['GET /user-api/v201804/system-roles']);
    expect(page.result.map((r) => r.id)).toEqual(roleIds());
    expect(page).toMatchObject({
      next_cursor: null,
      total: roleIds().length,
      result_count: roleIds().length,
    });
    expect(page.result.find((r) => r.id === 'ADMINISTRATOR')).toEqual({
      id: 'ADMINISTRATOR',
      name: 'Administrator',
      type: 'system',
      created_at: null,
      updated_at: null,
      not_fetched: [],
      remote_data: { id: 'ADMINISTRATOR', name: 'Administrator' },
    });
  });

  it('pages them with limit, and a saved cursor resumes with the same page size', async () => {
    const pages = [];
    for await (const page of sr.roles.list({ limit: 2 }).pages()) pages.push(page);
    expect(pages.map((p) => p.result.map((r) => r.id))).toEqual([
      roleIds().slice(0, 2),
      roleIds().slice(2, 4),
      roleIds().slice(4),
    ]);
    const first = await sr.roles.list({ limit: 2 });
    const second = await sr.roles.list({ cursor: first.next_cursor! });
    expect(second.result.map((r) => r.id)).toEqual(roleIds().slice(2, 4));
    const rest = await sr.roles.list({ cursor: second.next_cursor!, limit: 10 });
    expect(rest.result.map((r) => r.id)).toEqual(roleIds().slice(4));
    expect(rest.next_cursor).toBeNull();
    const all = [];
    for await (const role of sr.roles.list({ cursor: first.next_cursor! })) all.push(role.id);
    expect(all).toEqual(roleIds().slice(2));
  });

  it('gets one role by id; an unknown id is NotFoundError', async () => {
    const role = await sr.roles.get('STANDARD');
    expect(role).toMatchObject({ id: 'STANDARD', name: 'Standard', type: 'system' });
    const error = await sr.roles.get('SUPERUSER').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404 });
    // The id given is not repeated: a caller's value may be anything.
    expect((error as Error).message).not.toContain('SUPERUSER');
  });

  it('refuses bad input before any request', async () => {
    await rejectsBeforeAnyRequest(fake, () => sr.roles.get(''));
    await rejectsBeforeAnyRequest(fake, () => sr.roles.list({ limit: 0 }));
    await rejectsBeforeAnyRequest(fake, () => sr.roles.list({ limit: 101 }));
    await rejectsBeforeAnyRequest(fake, () => sr.roles.list({ cursor: '' }));
    await rejectsBeforeAnyRequest(fake, () => sr.roles.list({ type: 'system' } as never));
    const groupsCursor = (await sr.groups.list({ limit: 1 })).next_cursor!;
    await rejectsBeforeAnyRequest(fake, () => sr.roles.list({ cursor: groupsCursor }));
  });
});
