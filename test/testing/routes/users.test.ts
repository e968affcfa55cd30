import { describe, expect, it } from 'vitest';
import { call, errorCode, startFake } from '../helpers.js';

const API = '/user-api/v201804';

describe('users (§10)', () => {
  it('pages with pageId/nextPageId, default limit 100, no totalFound, list items with access group ids only', async () => {
    const fake = await startFake({ counts: { users: 12 } });
    const all = await call(fake, 'GET', `${API}/users`);
    expect(all.body.limit).toBe(100);
    expect(all.body.content).toHaveLength(12);
    expect(all.body).not.toHaveProperty('totalFound');
    expect(all.body.nextPageId).toBeUndefined();
    const withGroups = all.body.content.find((u: { accessGroups: unknown[] }) => u.accessGroups.length > 0);
    expect(Object.keys(withGroups.accessGroups[0])).toEqual(['id']);
    expect(withGroups).not.toHaveProperty('location');
    const seen: string[] = [];
    let pageId: string | undefined;
    do {
      const r = await call(fake, 'GET', `${API}/users?limit=5${pageId ? `&pageId=${pageId}` : ''}`);
      expect(r.body).not.toHaveProperty('totalFound');
      seen.push(...r.body.content.map((u: { id: string }) => u.id));
      pageId = r.body.nextPageId;
    } while (pageId);
    expect(seen).toEqual(all.body.content.map((u: { id: string }) => u.id));
    expect((await call(fake, 'GET', `${API}/users?limit=101`)).status).toBe(400);
  });

  it('gets one user with access group names, and /users/me', async () => {
    const fake = await startFake();
    const me = await call(fake, 'GET', `${API}/users/me`);
    expect(me.body).toMatchObject({
      id: fake.state.meUserId,
      systemRole: { id: 'ADMINISTRATOR', name: 'Administrator' },
      active: true,
    });
    expect(me.body.accessGroups[0]).toEqual({ id: expect.any(String), name: expect.any(String) });
    expect((await call(fake, 'GET', `${API}/users/${me.body.id}`)).body).toEqual(me.body);
    expect((await call(fake, 'GET', `${API}/users/000000000000000000000000`)).status).toBe(404);
  });

  it('creates inactive users, validates, rejects duplicate emails, activates and deactivates', async () => {
    const fake = await startFake({ rateLimits: false });
    const input = {
      email: 'new.user@acme.example',
      firstName: 'New',
      lastName: 'User',
      systemRole: { id: 'STANDARD' },
    };
    const created = await call(fake, 'POST', `${API}/users`, { json: input });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ active: false, systemRole: { id: 'STANDARD' }, accessGroups: [] });
    expect(created.body.id).toMatch(/^[0-9a-f]{24}$/);
    expect((await call(fake, 'POST', `${API}/users`, { json: input })).status).toBe(409);
    const bad = await call(fake, 'POST', `${API}/users`, {
      json: { email: 'x@y.z', firstName: 'a', lastName: 'b', systemRole: { id: 'KING' } },
    });
    expect(bad.status).toBe(400);
    expect((await call(fake, 'POST', `${API}/users`, { json: { email: 'x@y.z' } })).status).toBe(400);
    expect((await call(fake, 'PUT', `${API}/users/${created.body.id}/activation`)).status).toBe(204);
    expect((await call(fake, 'GET', `${API}/users/${created.body.id}`)).body.active).toBe(true);
    expect((await call(fake, 'DELETE', `${API}/users/${created.body.id}/activation`)).status).toBe(204);
    expect((await call(fake, 'GET', `${API}/users/${created.body.id}`)).body.active).toBe(false);
  });

  it('PATCH takes JSON Patch only', async () => {
    const fake = await startFake();
    const user = [...fake.state.users.values()][1]!;
    expect(
      errorCode(await call(fake, 'PATCH', `${API}/users/${user.id}`, { json: { firstName: 'x' } })),
    ).toBe('UNSUPPORTED_MEDIA_TYPE');
    const ok = await call(fake, 'PATCH', `${API}/users/${user.id}`, {
      json: [
        { op: 'replace', path: '/firstName', value: 'Patched' },
        { op: 'replace', path: '/systemRole/id', value: 'EXTENDED' },
        { op: 'add', path: '/location', value: { city: 'Krakow', countryCode: 'pl' } },
      ],
      contentType: 'application/json-patch+json',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      firstName: 'Patched',
      systemRole: { id: 'EXTENDED' },
      location: { city: 'Krakow' },
    });
    const bad = await call(fake, 'PATCH', `${API}/users/${user.id}`, {
      json: [{ op: 'replace', path: '/id', value: 'x' }],
      contentType: 'application/json-patch+json',
    });
    expect(bad.status).toBe(400);
    expect(errorCode(bad)).toBe('INVALID_JSON_PATCH');
  });

  it('lists system roles and access groups and manages membership', async () => {
    const fake = await startFake({ rateLimits: false });
    const roles = await call(fake, 'GET', `${API}/system-roles`);
    expect(roles.body.content.map((r: { id: string }) => r.id).sort()).toEqual([
      'ADMINISTRATOR',
      'EMPLOYEE',
      'EXTENDED',
      'RESTRICTED',
      'STANDARD',
    ]);
    const groups = await call(fake, 'GET', `${API}/access-groups`);
    const group = groups.body.content[0];
    expect(group).toEqual({ id: expect.stringMatching(/^[0-9a-f]{24}$/), name: expect.any(String) });
    const user = [...fake.state.users.values()].find((u) => !u.accessGroupIds.includes(group.id))!;
    const added = await call(fake, 'POST', `${API}/access-groups/${group.id}/users`, { json: [user.id] });
    expect([added.status, added.body]).toEqual([201, { content: [{ id: group.id, name: group.name }] }]);
    expect((await call(fake, 'GET', `${API}/users/${user.id}`)).body.accessGroups).toContainEqual({
      id: group.id,
      name: group.name,
    });
    const nobody = await call(fake, 'POST', `${API}/access-groups/${group.id}/users`, { json: ['nobody'] });
    expect([nobody.status, errorCode(nobody)]).toEqual([404, 'USER_NOT_FOUND']);
    expect(
      (await call(fake, 'POST', `${API}/access-groups/${group.id}/users`, { json: { ids: [user.id] } }))
        .status,
    ).toBe(400);
    expect((await call(fake, 'DELETE', `${API}/access-groups/${group.id}/users/${user.id}`)).status).toBe(
      204,
    );
    expect(
      (await call(fake, 'GET', `${API}/users/${user.id}`)).body.accessGroups.map((g: { id: string }) => g.id),
    ).not.toContain(group.id);
    // SR's codes: the user is no member any more, an unknown group, an unknown user.
    const again = await call(fake, 'DELETE', `${API}/access-groups/${group.id}/users/${user.id}`);
    expect([again.status, errorCode(again)]).toEqual([404, 'USER_NOT_IN_ACCESS_GROUP']);
    const noGroup = await call(fake, 'DELETE', `${API}/access-groups/nope/users/${user.id}`);
    expect([noGroup.status, errorCode(noGroup)]).toEqual([404, 'ACCESS_GROUP_NOT_FOUND']);
    const noUser = await call(fake, 'DELETE', `${API}/access-groups/${group.id}/users/nobody`);
    expect([noUser.status, errorCode(noUser)]).toEqual([404, 'USER_NOT_FOUND']);
  });
});
