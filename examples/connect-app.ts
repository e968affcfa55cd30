/**
 * A product that connects its customer's SmartRecruiters account: a "Connect SmartRecruiters"
 * button, SmartRecruiters' consent page, the callback, and a page with the account's open jobs.
 *
 *   npx tsx examples/connect-app.ts
 *
 * By default it runs against the embedded fake SmartRecruiters (its consent page included): open
 * the URL it prints. With your Marketplace app's credentials it runs against SmartRecruiters:
 * SMARTRECRUITERS_CLIENT_ID, SMARTRECRUITERS_CLIENT_SECRET, CONNECT_REDIRECT_URI (registered with
 * SmartRecruiters, e.g. http://localhost:3000/callback), CONNECT_STATE_SECRET (32+ random
 * characters) and PORT.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { Job } from 'smartrecruiters-sdk';
import { ConnectionLostError, Connections, NotConnectedError } from 'smartrecruiters-sdk/connect';
import { createNodeConnectCallback } from 'smartrecruiters-sdk/node';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from 'smartrecruiters-sdk/testing';

// The product's signed-in customer. A real product takes it from its own session, and checks the
// user may connect this tenant before starting the flow.
const TENANT = 'demo';
const SCOPES = ['jobs_read'];

export interface ConnectApp {
  /** `http://localhost:<port>`: open it in a browser. */
  url: string;
  connections: Connections;
  /** The fake SmartRecruiters, when not connected to the real one. */
  fake: FakeSmartRecruiters | undefined;
  close(): Promise<void>;
}

/** Starts the app on 127.0.0.1 (`port` 0: any free port) and, unless configured for SmartRecruiters, the fake. */
export async function startConnectApp(port = Number(process.env.PORT ?? 0)): Promise<ConnectApp> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;

  const live = Boolean(process.env.SMARTRECRUITERS_CLIENT_ID && process.env.SMARTRECRUITERS_CLIENT_SECRET);
  let fake: FakeSmartRecruiters | undefined;
  let app = {
    clientId: process.env.SMARTRECRUITERS_CLIENT_ID ?? '',
    clientSecret: process.env.SMARTRECRUITERS_CLIENT_SECRET ?? '',
    redirectUri: process.env.CONNECT_REDIRECT_URI ?? `${url}/callback`,
    authorizeUrl: undefined as string | undefined,
  };
  if (!live) {
    // The fake plays SmartRecruiters: our app is registered there with this redirect URI.
    fake = await createFakeSmartRecruiters({ seed: 42 });
    app = {
      clientId: 'demo-app',
      clientSecret: randomBytes(24).toString('hex'),
      redirectUri: `${url}/callback`,
      authorizeUrl: `${fake.url}/identity/oauth/allow`,
    };
    fake.auth.addClient({ ...app, name: 'Acme HR', redirectUris: [app.redirectUri], scopes: SCOPES });
  }

  const connections = new Connections({
    authorizationCode: { ...app, scopes: SCOPES },
    stateSecret: process.env.CONNECT_STATE_SECRET ?? randomBytes(32).toString('hex'),
    clientOptions: fake ? { baseUrl: fake.url } : {},
    onConnectionLost: ({ tenantId, reason }) => console.log(`connection of ${tenantId} lost (${reason})`),
  });
  const callback = createNodeConnectCallback(connections, {
    onOutcome: (outcome) => void console.log(`connect ${outcome.tenantId ?? '?'}: ${outcome.status}`),
  });

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const { pathname, searchParams } = new URL(req.url ?? '/', url);
    const route = `${req.method} ${pathname}`;
    if (route === 'GET /callback') return void callback(req, res);
    handle(route, searchParams).then(
      (answer) => send(res, answer),
      (error: unknown) => send(res, page(500, 'Error', `<p>${escapeHtml(String(error))}</p>`)),
    );
  });

  async function handle(route: string, query: URLSearchParams): Promise<Answer> {
    switch (route) {
      case 'GET /':
        return home(query);
      case 'POST /connect': {
        // Off to SmartRecruiters' consent page; the cookie binds the flow to this browser.
        const { url: consentUrl, cookie } = await connections.authorize({ tenantId: TENANT, returnTo: '/' });
        return { status: 303, headers: { location: consentUrl, 'set-cookie': cookie } };
      }
      case 'POST /disconnect':
        await connections.disconnect(TENANT);
        return { status: 303, headers: { location: '/' } };
      default:
        return page(404, 'Not found', '<p>Not found.</p>');
    }
  }

  async function home(query: URLSearchParams): Promise<Answer> {
    const notice = NOTICES[query.get('connect') ?? ''] ?? '';
    let jobs: Job[];
    try {
      const sr = await connections.get(TENANT);
      jobs = (await sr.jobs.list({ status: 'open', limit: 100 })).result;
    } catch (error) {
      if (!(error instanceof NotConnectedError || error instanceof ConnectionLostError)) throw error;
      const lost =
        error instanceof ConnectionLostError
          ? '<p class="error">Your SmartRecruiters connection stopped working. Please connect again.</p>'
          : '';
      return page(
        200,
        'Acme HR',
        `${notice}${lost}<p>Connect your SmartRecruiters account to see your open jobs here.</p>
<form method="post" action="/connect"><button type="submit">Connect SmartRecruiters</button></form>`,
      );
    }
    const rows = jobs
      .map(
        (job) =>
          `<li><strong>${escapeHtml(job.name ?? '')}</strong> · ${escapeHtml(job.locations[0]?.city ?? 'Remote')}</li>`,
      )
      .join('');
    return page(
      200,
      'Acme HR',
      `${notice}<h2>Open jobs in SmartRecruiters (${jobs.length})</h2><ul class="jobs">${rows}</ul>
<form method="post" action="/disconnect"><button type="submit">Disconnect</button></form>`,
    );
  }

  return {
    url,
    connections,
    fake,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake?.close();
    },
  };
}

/** What `connect=` on the way back means, for the person. */
const NOTICES: Record<string, string> = {
  connected: '<p class="ok">Your SmartRecruiters account is connected.</p>',
  denied:
    '<p class="error">You declined the connection in SmartRecruiters, so nothing was shared. You can connect again at any time.</p>',
  failed: '<p class="error">Connecting SmartRecruiters did not work. Please try again.</p>',
};

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

function page(status: number, title: string, body: string): Answer {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;color:#1d2a36}
button{font:inherit;padding:.5rem 1.2rem;border-radius:6px;border:1px solid #0a66c2;background:#0a66c2;color:#fff;cursor:pointer}
.ok{color:#1b7a3a}.error{color:#b42318}.jobs li{margin:.3rem 0}</style></head>
<body><h1>${title}</h1>${body}</body></html>`,
  };
}

function send(res: ServerResponse, answer: Answer): void {
  res.writeHead(answer.status, { 'cache-control': 'no-store', ...answer.headers });
  res.end(answer.body);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const app = await startConnectApp();
  console.log(`Open ${app.url} and click "Connect SmartRecruiters" (Ctrl-C to stop)`);
  process.once('SIGINT', () => void app.close().then(() => process.exit(0)));
}
