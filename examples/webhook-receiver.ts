/**
 * Receive SmartRecruiters webhooks in a Node server: `createWebhookHandler` answers the activation
 * handshake, verifies each delivery's signature and answers 202. In Next.js, Cloudflare Workers,
 * Deno or Bun, export the handler directly; plain Node needs the small adapter below.
 *
 *   npx tsx examples/webhook-receiver.ts
 */
import { createServer, type IncomingMessage } from 'node:http';
import { pathToFileURL } from 'node:url';
import { createWebhookHandler, type WebhookEvent } from 'smartrecruiters-sdk';

export interface WebhookReceiver {
  /** The callback URL to subscribe. */
  url: string;
  /** Resolves with the next verified event. */
  next(timeoutMs: number): Promise<WebhookEvent>;
  close(): Promise<void>;
}

async function toRequest(message: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = chunks.length > 0 ? Buffer.concat(chunks) : null;
  return new Request(new URL(message.url ?? '/', origin), { method: message.method ?? 'GET', headers, body });
}

/** Starts a local webhook endpoint on 127.0.0.1 (a random port). */
export async function startWebhookReceiver(options: {
  secret: () => string;
  onEvent?: (event: WebhookEvent) => void;
}): Promise<WebhookReceiver> {
  const queue: WebhookEvent[] = [];
  const waiting: Array<(event: WebhookEvent) => void> = [];
  const handle = createWebhookHandler({
    secret: options.secret,
    onEvent: (event) => {
      options.onEvent?.(event);
      const resolve = waiting.shift();
      if (resolve) resolve(event);
      else queue.push(event);
    },
    onRejected: (error) => console.warn(`  rejected a delivery: ${error.reason}`),
  });
  let origin = '';
  const server = createServer((message, response) => {
    toRequest(message, origin)
      .then(handle)
      .then(async (answer) => {
        response.writeHead(answer.status, Object.fromEntries(answer.headers));
        response.end(Buffer.from(await answer.arrayBuffer()));
      })
      .catch(() => {
        response.writeHead(500);
        response.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url: `${origin}/webhooks/smartrecruiters`,
    next: (timeoutMs) =>
      new Promise((resolve, reject) => {
        const queued = queue.shift();
        if (queued) return resolve(queued);
        const timer = setTimeout(
          () => reject(new Error(`No webhook event within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiting.push((event) => {
          clearTimeout(timer);
          resolve(event);
        });
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// Run directly: subscribe to candidate.created on the fake server and create a candidate.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { connect, step } = await import('./connect.js');
  const { sr, live, close } = await connect();
  if (live) {
    console.log(
      'This example needs a public HTTPS callback URL on a real account; it runs on the fake server only.',
    );
  } else {
    let secret = '';
    const receiver = await startWebhookReceiver({ secret: () => secret });
    step(`Webhook endpoint at ${receiver.url}`);
    const subscription = await sr.webhooks.create({
      callback_url: receiver.url,
      events: ['candidate.created'],
    });
    await sr.webhooks.activate(subscription.id);
    secret = await sr.webhooks.createSecretKey(subscription.id);
    await sr.candidates.create({
      first_name: 'Grace',
      last_name: 'Hopper',
      email: 'grace.hopper@example.com',
    });
    const event = await receiver.next(10_000);
    console.log(`  verified ${event.name} for candidate ${JSON.stringify(event.payload)}`);
    await receiver.close();
  }
  await close();
}
