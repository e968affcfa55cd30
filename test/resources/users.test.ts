import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, type SmartRecruiters, type User } from '../../src/index.js';
import {
  createFakeSmartRecruiters,
  type FakeSmartRecruiters,
  type UserRecord,
} from '../../src/testing/index.js';
import {
  FAST_CLIENT,
  FAST_FAKE,
  rejectsBeforeAnyRequest,
  requestsAfter,
  routesAfter,
  sdkFor,
} from '../helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({
    ...FAST_FAKE,
    seed: 17,
    counts: { users: 12, accessGroups: 3, candidates: 2, jobs: 2 },
  });
  sr = sdkFor(fake, FAST_CLIENT);
});
afterAll(() => fake.close());

/** Users in SR's list order (by id). */
function expectedIds(filter: (user: UserRecord) => boolean = () => true): string[] {
  return [...fake.state.users.values()]
    .filter(filter)
    .map((u) => u.id)
    .sort();
}

function user(id: string): UserRecord {
  const found = fake.state.users.get(id);
  if (!found) throw new Error(`no user ${id}`);
  return found;
}

async function all<T>(list: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of list) out.push(item);
  return out;
}

describe('users.list', () => {
  it('pages through every user once; SR gives no total', async () => {
    const seq = fake.requests.length;
    const pages = [];
    for await (const page of sr.users.list({ limit: 5 }).pages()) pages.push(page);
    const users = pages.flatMap((p) => p.result);
    expect(users.map((u) => u.id)).toEqual(expectedIds());
    expect(pages.map((p) => p.result_count)).toEqual([5, 5, 2]);
    expect(pages.every((p) => p.total === null)).toBe(true);
    // List items carry access group ids only: one read of the access groups names them all.
    expect(routesAfter(fake, seq)).toEqual([
      'GET /user-api/v201804/users',
      'GET /user-api/v201804/access-groups',
      'GET /user-api/v201804/users',
      'GET /user-api/v201804/users',
    ]);

    const admin = users.find((u) => u.id === fake.state.meUserId)!;
    const record = user(admin.id);
    expect(admin).toMatchObject({
      first_name: record.firstName,
      last_name: record.lastName,
      emails: [{ email: record.email, type: 'work', is_primary: true }],
      status: 'active',
      remote_status: true,
      roles: [{ id: 'ADMINISTRATOR', name: 'Administrator' }],
      external_id: record.externalData,
      language: record.languageCode,
      updated_at: record.updatedOn,
    });
    expect(admin.groups).toEqual(
      record.accessGroupIds.map((id) => ({ id, name: fake.state.accessGroups.get(id)!.name })),
    );
    expect(admin.groups.length).toBeGreaterThan(0);
    // A list item has no location: said, not passed off as none.
    expect(admin.not_fetched).toEqual(['locations']);
    const inactive = users.filter((u) => u.status === 'inactive').map((u) => u.id);
    expect(inactive).toEqual(expectedIds((u) => !u.active));
  });

  it('leaves group names unknown, with a warning, when the credential may not read access groups', async () => {
    const warnings: string[] = [];
    const client = sdkFor(fake, { ...FAST_CLIENT, hooks: { warning: (w) => warnings.push(w.code) } });
    const fault = fake.faults.add({ route: 'GET /user-api/v201804/access-groups', status: 403 });
    try {
      const users = await all(client.users.list({ limit: 5 }));
      expect(users).toHaveLength(fake.state.users.size);
      const member = users.find((u) => u.groups.length > 0)!;
      expect(member.groups.every((g) => g.name === null)).toBe(true);
      expect(member.not_fetched).toEqual(['locations', 'groups']);
      expect(warnings).toEqual(['access_groups_unreadable']);
      // One attempt per walk, not one per page.
      expect(fault.fired).toBe(1);
    } finally {
      fault.remove();
    }
  });

  it('searches with q and updated_after', async () => {
    const sample = [...fake.state.users.values()][3]!;
    const found = await sr.users.list({ q: sample.lastName });
    expect(found.result.map((u) => u.id)).toEqual(
      expectedIds((u) =>
        `${u.firstName} ${u.lastName} ${u.email} ${u.externalData ?? ''}`
          .toLowerCase()
          .includes(sample.lastName.toLowerCase()),
      ),
    );
    expect(found.result.map((u) => u.id)).toContain(sample.id);
    const dates = [...fake.state.users.values()].map((u) => u.updatedOn).sort();
    const cut = dates[6]!;
    const seq = fake.requests.length;
    const recent = await all(sr.users.list({ updated_after: cut }));
    expect(requestsAfter(fake, seq)[0]?.query.updatedAfter).toEqual([cut]);
    expect(recent.map((u) => u.id)).toEqual(expectedIds((u) => Date.parse(u.updatedOn) > Date.parse(cut)));
  });

  it('hydrates users with details (named access groups)', async () => {
    const seq = fake.requests.length;
    const page = await sr.users.list({ hydrate: true, limit: 4 });
    // Details name their groups: no access-group read.
    expect(routesAfter(fake, seq)).toEqual([
      'GET /user-api/v201804/users',
      ...Array(4).fill('GET /user-api/v201804/users/{id}'),
    ]);
    for (const item of page.result) {
      const record = user(item.id);
      expect(item.groups).toEqual(
        record.accessGroupIds.map((id) => ({ id, name: fake.state.accessGroups.get(id)!.name })),
      );
      expect(item.locations).toHaveLength(record.location ? 1 : 0);
    }
  });

  it('resumes from a saved cursor', async () => {
    const first = await sr.users.list({ limit: 4 });
    const rest = await all(sr.users.list({ cursor: first.next_cursor! }));
    expect([...first.result, ...rest].map((u) => u.id)).toEqual(expectedIds());
    await rejectsBeforeAnyRequest(fake, () => sr.users.list({ cursor: first.next_cursor!, q: 'x' }));
  });

  it('refuses bad parameters before any request', async () => {
    await rejectsBeforeAnyRequest(fake, () => sr.users.list({ limit: 0 }));
    await rejectsBeforeAnyRequest(fake, () => sr.users.list({ limit: 101 }));
    await rejectsBeforeAnyRequest(fake, () => sr.users.list({ updated_after: 'last week' }));
    await rejectsBeforeAnyRequest(fake, () => sr.users.list({ role: 'ADMINISTRATOR' } as never));
  });
});

describe('users.get, create, update, activate, deactivate', () => {
  it('gets a user with named access groups; unknown id is NotFoundError', async () => {
    const record = [...fake.state.users.values()].find((u) => u.accessGroupIds.length > 0 && u.location)!;
    const found = await sr.users.get(record.id);
    expect(found.groups).toEqual(
      record.accessGroupIds.map((id) => ({ id, name: fake.state.accessGroups.get(id)!.name })),
    );
    expect(found.locations[0]).toMatchObject({
      city: record.location!.city,
      country_code: record.location!.countryCode,
    });
    await expect(sr.users.get('000000000000000000000000')).rejects.toBeInstanceOf(NotFoundError);
    await rejectsBeforeAnyRequest(fake, () => sr.users.get(''));
  });

  let created: User;

  it('creates a user, inactive as SR creates them', async () => {
    created = await sr.users.create({
      email: 'new.recruiter@acme.example',
      first_name: 'New',
      last_name: 'Recruiter',
      role_id: 'STANDARD',
      external_id: 'EMP-9001',
      language: 'de',
      location: { country_code: 'de', city: 'Berlin' },
    });
    expect(created).toMatchObject({
      name: 'New Recruiter',
      status: 'inactive',
      roles: [{ id: 'STANDARD', name: 'Standard' }],
      external_id: 'EMP-9001',
      language: 'de',
      groups: [],
    });
    expect(user(created.id)).toMatchObject({
      active: false,
      email: 'new.recruiter@acme.example',
      systemRoleId: 'STANDARD',
      location: { countryCode: 'de', city: 'Berlin' },
    });
    const duplicate = await sr.users
      .create({
        email: 'NEW.recruiter@acme.example',
        first_name: 'Dup',
        last_name: 'Licate',
        role_id: 'STANDARD',
      })
      .catch((e: unknown) => e);
    expect(duplicate).toBeInstanceOf(ConflictError);
    await rejectsBeforeAnyRequest(fake, () =>
      sr.users.create({ email: 'not-an-email', first_name: 'A', last_name: 'B', role_id: 'STANDARD' }),
    );
    await rejectsBeforeAnyRequest(fake, () =>
      sr.users.create({ email: 'a@b.example', first_name: 'A', last_name: 'B' } as never),
    );
  });

  it('updates with a JSON Patch', async () => {
    const seq = fake.requests.length;
    const updated = await sr.users.update(created.id, {
      first_name: 'Renamed',
      role_id: 'EXTENDED',
      external_id: null,
      sso_identifier: 'renamed@sso.example',
      location: { city: 'Hamburg', postal_code: '20095' },
    });
    expect(routesAfter(fake, seq)).toEqual([
      'GET /user-api/v201804/users/{id}',
      'PATCH /user-api/v201804/users/{id}',
    ]);
    expect(user(created.id)).toMatchObject({
      firstName: 'Renamed',
      systemRoleId: 'EXTENDED',
      externalData: null,
      ssoIdentifier: 'renamed@sso.example',
      location: { countryCode: 'de', city: 'Hamburg', postalCode: '20095' },
    });
    expect(updated).toMatchObject({
      first_name: 'Renamed',
      roles: [{ id: 'EXTENDED', name: 'Extended' }],
      external_id: null,
      sso_identifier: 'renamed@sso.example',
    });
    expect(updated.locations[0]).toMatchObject({ city: 'Hamburg', postal_code: '20095', country_code: 'de' });
    await rejectsBeforeAnyRequest(fake, () => sr.users.update(created.id, {}));
    await rejectsBeforeAnyRequest(fake, () => sr.users.update(created.id, { email: 'nope' }));
    await rejectsBeforeAnyRequest(fake, () => sr.users.update('', { first_name: 'X' }));
  });

  it('adds a location whole to a user who has none (RFC 6902 cannot add into a missing parent)', async () => {
    const record = [...fake.state.users.values()].find((u) => u.id !== created.id)!;
    record.location = null as never;
    const updated = await sr.users.update(record.id, { location: { country_code: 'fr', city: 'Lyon' } });
    expect(fake.requests.last({ method: 'PATCH' })?.status).toBe(200);
    expect(record.location).toMatchObject({ countryCode: 'fr', city: 'Lyon' });
    expect(updated.locations[0]).toMatchObject({ city: 'Lyon', country_code: 'fr' });
  });

  it('activates and deactivates, returning the user as it now is', async () => {
    const seq = fake.requests.length;
    const active = await sr.users.activate(created.id);
    expect(routesAfter(fake, seq)).toEqual([
      'PUT /user-api/v201804/users/{id}/activation',
      'GET /user-api/v201804/users/{id}',
    ]);
    expect(active).toMatchObject({ status: 'active', remote_status: true });
    expect(user(created.id).active).toBe(true);
    const inactive = await sr.users.deactivate(created.id);
    expect(inactive.status).toBe('inactive');
    expect(user(created.id).active).toBe(false);
    await expect(sr.users.activate('000000000000000000000000')).rejects.toBeInstanceOf(NotFoundError);
    await rejectsBeforeAnyRequest(fake, () => sr.users.deactivate(''));
  });
});
