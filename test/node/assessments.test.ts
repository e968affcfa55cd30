/**
 * The assessment partner kit behind `node:http`: a call without a valid token is refused before
 * its body is read (a flood costs the server almost nothing), an authenticated one over its limit
 * is cut at the limit, and a valid order gets through. Loopback only.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, request, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNodeAssessmentPartnerHandler } from '../../src/node/index.js';

const MB = 1024 * 1024;
const SR = { clientId: 'sr_client', clientSecret: 'sr-secret-0123456789' };
const COMPANY = 'company-1';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
});

async function partner() {
  const onOrder = vi.fn();
  const handler = createNodeAssessmentPartnerHandler({
    clients: (id) => (id === SR.clientId ? { clientSecret: SR.clientSecret, companyId: COMPANY } : undefined),
    tokenSecret: 'node-adapter-test-signing-key-of-32-bytes',
    maxBodyBytes: 64 * 1024,
    packages: () => [{ id: 'p', name: 'P', description: '', type: 'SKILL_TEST', assessments: [] }],
    onOrder,
  });
  const sockets: Socket[] = [];
  const server = createServer((req, res) => void handler(req, res));
  server.on('connection', (socket) => sockets.push(socket));
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const bytesRead = async () => {
    // The token request's keep-alive connection is idle: it does not count.
    server.closeIdleConnections();
    await Promise.all(sockets.map((socket) => (socket.closed ? undefined : once(socket, 'close'))));
    return sockets.reduce((sum, socket) => sum + socket.bytesRead, 0);
  };
  const token = async () => {
    const answer = await fetch(`${url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: SR.clientId,
        client_secret: SR.clientSecret,
      }),
    });
    return ((await answer.json()) as { access_token: string }).access_token;
  };
  return { url, onOrder, bytesRead, token };
}

/** POSTs up to 200 MB, chunked, as fast as the server takes it, until the answer comes. */
async function flood(url: string, headers: Record<string, string>) {
  const { port } = new URL(url);
  const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/packages/orders', headers });
  req.on('error', () => {});
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  let answered: IncomingMessage | undefined;
  const answer = new Promise<IncomingMessage | undefined>((resolve) => {
    req.on('response', (res: IncomingMessage) => {
      answered = res;
      res.resume();
      resolve(res);
    });
    req.on('close', () => resolve(answered));
  });
  req.write('{"assessmentPackageId":"');
  while (sent < 200 * MB && !answered && !req.destroyed) {
    sent += chunk.length;
    if (!req.write(chunk)) {
      const drained = once(req, 'drain').then(() => 'drain');
      if ((await Promise.race([drained, answer.then(() => 'answered')])) === 'answered') break;
    }
  }
  const res = await answer;
  req.destroy();
  return { status: res?.statusCode, connection: res?.headers.connection };
}

describe('the Node assessment partner adapter', () => {
  it('refuses a flood without a token after reading almost none of it, and closes the connection', async () => {
    const { url, onOrder, bytesRead } = await partner();
    const result = await flood(url, { 'content-type': 'application/json' });
    expect(result).toEqual({ status: 401, connection: 'close' });
    expect(await bytesRead()).toBeLessThan(4 * MB);
    expect(onOrder).not.toHaveBeenCalled();
  });

  it('cuts an authenticated body at maxBodyBytes (413)', async () => {
    const { url, onOrder, bytesRead, token } = await partner();
    const bearer = await token();
    const result = await flood(url, {
      'content-type': 'application/json',
      authorization: `Bearer ${bearer}`,
    });
    expect(result).toEqual({ status: 413, connection: 'close' });
    expect(await bytesRead()).toBeLessThan(8 * MB);
    expect(onOrder).not.toHaveBeenCalled();
  });

  it('routes on the path and takes a valid order (202)', async () => {
    const { url, onOrder, token } = await partner();
    const answer = await fetch(`${url}/packages/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token()}` },
      body: JSON.stringify({
        assessmentPackageId: 'p',
        companyId: COMPANY,
        candidate: { id: 'c' },
        job: { id: 'j' },
        resultCallbackURL: 'https://api.smartrecruiters.com/assessment-api/v202010/orders/o-1/results',
      }),
    });
    expect(answer.status).toBe(202);
    expect(onOrder.mock.calls[0]?.[0]).toMatchObject({ orderId: 'o-1', companyId: COMPANY });
    expect(
      (await fetch(`${url}/packages`, { headers: { authorization: `Bearer ${await token()}` } })).status,
    ).toBe(200);
  });
});
