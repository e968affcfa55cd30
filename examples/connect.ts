/**
 * How every example connects: to your SmartRecruiters account when credentials are in the
 * environment (SMARTRECRUITERS_API_KEY, or SMARTRECRUITERS_CLIENT_ID and
 * SMARTRECRUITERS_CLIENT_SECRET), otherwise to the embedded fake SmartRecruiters server.
 */
import { SmartRecruiters } from 'smartrecruiters-sdk';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from 'smartrecruiters-sdk/testing';

export interface Connection {
  sr: SmartRecruiters;
  /** True on a real account: examples then only read. */
  live: boolean;
  /** The fake server, when not live. */
  fake: FakeSmartRecruiters | undefined;
  close(): Promise<void>;
}

export function hasCredentials(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(
    env.SMARTRECRUITERS_API_KEY || (env.SMARTRECRUITERS_CLIENT_ID && env.SMARTRECRUITERS_CLIENT_SECRET),
  );
}

export async function connect(): Promise<Connection> {
  if (hasCredentials()) {
    // Credentials, base URL and log level come from the environment.
    return { sr: new SmartRecruiters(), live: true, fake: undefined, close: async () => {} };
  }
  const fake = await createFakeSmartRecruiters({ seed: 42 });
  const sr = new SmartRecruiters({ apiKey: fake.apiKey, baseUrl: fake.url });
  return { sr, live: false, fake, close: () => fake.close() };
}

/** Prints a step heading. */
export function step(title: string): void {
  console.log(`\n== ${title}`);
}
