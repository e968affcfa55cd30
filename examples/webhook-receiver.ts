/**
 * Receive SmartRecruiters webhooks in a Node server: `createNodeWebhookHandler` answers the
 * activation handshake, verifies each delivery's signature and answers 202, streaming the body so
 * that an unsigned or oversized request is refused unread. The same handler mounts in Express
 * (`app.post(path, handler)`, before any JSON body parser). In Next.js, Cloudflare Workers, Deno
 * or Bun, export `createWebhookHandler` from `smartrecruiters-sdk` directly.
 *
 *   npx tsx examples/webhook-receiver.ts
 */
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import type { WebhookEvent } from 'smartrecruiters-sdk';
import { createNodeWebhookHandler } from 'smartrecruiters-sdk/node';

export interface WebhookReceiver {
  /** The callback URL to subscribe. */
  url: string;
  /** Resolves with the next verified event. */
  next(timeoutMs: number): Promise<WebhookEvent>;
  close(): Promise<void>;
}

/** Starts a local webhook endpoint on 127.0.0.1 (a random port). */
export async function startWebhookReceiver(options: {
  secret: () => string;
  onEvent?: (event: WebhookEvent) => void;
}): Promise<WebhookReceiver> {
  const queue: WebhookEvent[] = [];
  const waiting: Array<(event: WebhookEvent) => void> = [];
  const handler = createNodeWebhookHandler({
    secret: options.secret,
    onEvent: (event) => {
      options.onEvent?.(event);
      const resolve = waiting.shift();
      if (resolve) resolve(event);
      else queue.push(event);
    },
    onRejected: (error) => console.warn(`  rejected a delivery: ${error.reason}`),
  });
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
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
