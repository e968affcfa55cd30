import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, type SmartRecruiters } from '../../src/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';
import { FAST_CLIENT, FAST_FAKE, rejectsBeforeAnyRequest, routesAfter, sdkFor } from '../helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({
    ...FAST_FAKE,
    seed: 4,
    counts: { users: 9, accessGroups: 4, candidates: 1, jobs: 1 },
  });
  sr = sdkFor(fake, FAST_CLIENT);
});
afterAll(() => fake.close());

const groupIds = () => [...fake.state.accessGroups.keys()];

/** Ids of the users in a group, in SR's users order. */
function memberIds(groupId: string): string[] {
  return [...fake.state.users.values()]
    .filter((u) => u.accessGroupIds.includes(groupId))
    .map((u) => u.id)
    .sort();
}

async function ids(list: AsyncIterable<{ id: string }>): Promise<string[]> {
  const out: string[] = [];
  for await (const item of list) out.push(item.id);
  return out;
}

describe('groups', () => {
  it('lists access groups, paged by the SDK', async () => {
    const page = await sr.groups.list();
    expect(page.result.map((g) => g.id)).toEqual(groupIds());
    const group = fake.state.accessGroups.get(groupIds()[0]!)!;
    expect(page.result[0]).toMatchObject({ id: group.id, name: group.name, group_type: 'access_group' });
    expect(page.total).toBe(groupIds().length);
    expect(await ids(sr.groups.list({ limit: 3 }))).toEqual(groupIds());
    const first = await sr.groups.list({ limit: 3 });
    expect((await sr.groups.list({ cursor: first.next_cursor! })).result.map((g) => g.id)).toEqual(
      groupIds().slice(3),
    );
  });

  it('gets one group; an unknown id is NotFoundError', async () => {
    const id = groupIds()[1]!;
    expect(await sr.groups.get(id)).toMatchObject({ id, name: fake.state.accessGroups.get(id)!.name });
    await expect(sr.groups.get('ffffffffffffffffffffffff')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lists the members of a group from the users, across pages', async () => {
    for (const groupId of groupIds()) {
      const members = await ids(sr.groups.members(groupId, { limit: 4 }));
      expect(members).toEqual(memberIds(groupId));
    }
    const groupId = groupIds()[0]!;
    const seq = fake.requests.length;
    const page = await sr.groups.members(groupId, { limit: 100 });
    expect(page.total).toBeNull();
    for (const member of page.result) {
      expect(member.groups).toContainEqual({ id: groupId, name: fake.state.accessGroups.get(groupId)!.name });
    }
    // Group names from one read of the access groups, not one per member.
    expect(routesAfter(fake, seq)).toEqual([
      'GET /user-api/v201804/users',
      'GET /user-api/v201804/access-groups',
    ]);
  });

  it('adds and removes a member', async () => {
    const groupId = groupIds()[2]!;
    const outsider = [...fake.state.users.values()].find((u) => !u.accessGroupIds.includes(groupId))!;
    let seq = fake.requests.length;
    await sr.groups.addMember(groupId, outsider.id);
    expect(routesAfter(fake, seq)).toEqual(['POST /user-api/v201804/access-groups/{accessGroupId}/users']);
    expect(outsider.accessGroupIds).toContain(groupId);
    await sr.groups.addMember(groupId, outsider.id);
    expect(outsider.accessGroupIds.filter((id) => id === groupId)).toHaveLength(1);
    expect(await ids(sr.groups.members(groupId))).toContain(outsider.id);
    expect((await sr.users.get(outsider.id)).groups.map((g) => g.id)).toContain(groupId);

    seq = fake.requests.length;
    await sr.groups.removeMember(groupId, outsider.id);
    expect(routesAfter(fake, seq)).toEqual([
      'DELETE /user-api/v201804/access-groups/{accessGroupId}/users/{id}',
    ]);
    expect(outsider.accessGroupIds).not.toContain(groupId);
    expect(await ids(sr.groups.members(groupId))).not.toContain(outsider.id);
  });

  it('surfaces SR errors for unknown users and groups', async () => {
    const groupId = groupIds()[0]!;
    await expect(sr.groups.addMember(groupId, 'ffffffffffffffffffffffff')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const userId = [...fake.state.users.keys()][1]!;
    await expect(sr.groups.addMember('ffffffffffffffffffffffff', userId)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('refuses bad input before any request', async () => {
    const groupId = groupIds()[0]!;
    await rejectsBeforeAnyRequest(fake, () => sr.groups.get(''));
    await rejectsBeforeAnyRequest(fake, () => sr.groups.addMember('', 'u'));
    await rejectsBeforeAnyRequest(fake, () => sr.groups.addMember(groupId, ''));
    await rejectsBeforeAnyRequest(fake, () => sr.groups.removeMember(groupId, ' '));
    await rejectsBeforeAnyRequest(fake, () => sr.groups.members(''));
    await rejectsBeforeAnyRequest(fake, () => sr.groups.members(groupId, { limit: 101 }));
    await rejectsBeforeAnyRequest(fake, () => sr.groups.list({ limit: 0 }));
    const other = (await sr.groups.members(groupIds()[1]!, { limit: 1 })).next_cursor!;
    await rejectsBeforeAnyRequest(fake, () => sr.groups.members(groupId, { cursor: other }));
  });
});
