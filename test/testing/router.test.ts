import { describe, expect, it } from 'vitest';
import { Router, splitPath } from '../../src/testing/router.js';
import { call, errorCode, startFake } from './helpers.js';

describe('Router', () => {
  const router = new Router<{ method: string; path: string; name: string }>();
  router.add({ method: 'GET', path: '/users/{id}', name: 'user' });
  router.add({ method: 'GET', path: '/users/me', name: 'me' });
  router.add({ method: 'DELETE', path: '/users/{id}', name: 'delete' });
  router.add({ method: 'GET', path: '/candidates/{id}/tags', name: 'tags' });
  router.add({ method: 'GET', path: '/candidates/attachments/{attachmentId}', name: 'attachment' });

  it('prefers literal segments and extracts decoded params', () => {
    expect(router.match('GET', '/users/me')).toMatchObject({ route: { name: 'me' } });
    expect(router.match('GET', '/users/a%2Fb')).toMatchObject({
      route: { name: 'user' },
      params: { id: 'a/b' },
    });
    expect(router.match('GET', '/candidates/attachments/tags')).toMatchObject({
      route: { name: 'attachment' },
    });
  });

  it('reports the allowed methods of a known path and nothing for unknown paths', () => {
    expect(router.match('PUT', '/users/42')).toEqual({ allowed: ['DELETE', 'GET'] });
    expect(router.match('GET', '/nothing/here')).toBeUndefined();
    expect(splitPath('/bad/%zz')).toBeUndefined();
  });
});

describe('routing on the server', () => {
  it('answers unknown routes 404 and wrong methods 405 with Allow, in SR error shape', async () => {
    const fake = await startFake();
    const unknown = await call(fake, 'GET', '/does/not/exist');
    expect(unknown.status).toBe(404);
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    const wrong = await call(fake, 'PUT', '/candidates');
    expect(wrong.status).toBe(405);
    expect(errorCode(wrong)).toBe('METHOD_NOT_ALLOWED');
    expect(wrong.headers.get('allow')).toBe('GET, POST');
  });

  it('requires a credential even for unknown routes', async () => {
    const fake = await startFake();
    expect((await call(fake, 'GET', '/does/not/exist', { auth: null })).status).toBe(401);
  });

  it('serves every documented route family', () => {
    return startFake().then((fake) => {
      const routes = fake.routes();
      for (const r of [
        'POST /identity/oauth/token',
        'GET /candidates',
        'PATCH /candidates/{id}',
        'PUT /candidates/{id}/jobs/{jobId}/status',
        'POST /candidates/{id}/jobs/{jobId}/attachments',
        'DELETE /candidates/attachments/{attachmentId}',
        'PATCH /jobs/{jobId}',
        'DELETE /jobs/{jobId}/publication',
        'GET /user-api/v201804/users',
        'DELETE /user-api/v201804/access-groups/{accessGroupId}/users/{id}',
        'GET /configuration/sources/{sourceType}/values',
        'GET /offers',
        'PUT /webhooks-api/v201907/subscriptions/{id}/activation',
        'GET /webhooks-api/v201907/subscriptions/{id}/callbacks-log',
      ]) {
        expect(routes).toContain(r);
      }
    });
  });
});
