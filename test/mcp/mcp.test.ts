/**
 * The MCP server with the MCP SDK's own client, over stdio and Streamable HTTP, each started by
 * the built command line (`smartrecruiters-sdk --fake mcp ...`): tools listed, list and get
 * called, an enabled write run, a write not enabled refused, denied fields never in a result;
 * and the HTTP endpoint's Host, Origin and bearer-token checks.
 */
import { request as httpRequest } from 'node:http';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMcpHttpHandler } from '../../src/mcp/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';
import { type Background, built, CLI, cleanEnv, runCli, startCli, stop } from '../cli/helpers.js';
import { serveFetchHandler } from '../helpers/fake-sdk.js';

const ARGS = ['--fake', 'mcp', '--allow-write', 'candidates_create', '--pii-safe', '--max-items', '5'];

/** The personal data of the candidates of `--fake` (seed 1), which must never reach the agent. */
let personal: string[] = [];

beforeAll(async () => {
  await built();
  const fake = await createFakeSmartRecruiters({ seed: 1, rateLimits: false, latencyMs: 0 });
  personal = [...fake.state.candidates.values()].flatMap((c) => [c.email, `${c.firstName} ${c.lastName}`]);
  await fake.close();
}, 300_000);

type Structured = Record<string, unknown> & {
  items?: Array<Record<string, unknown>>;
  error?: { type: string };
};

async function exercise(client: Client): Promise<void> {
  const { tools } = await client.listTools();
  const names = tools.map((tool) => tool.name);
  expect(names).toEqual(
    expect.arrayContaining(['jobs_list', 'jobs_get', 'candidates_list', 'candidates_create']),
  );
  expect(names).not.toContain('candidates_update');
  const create = tools.find((tool) => tool.name === 'candidates_create');
  expect(create?.annotations).toMatchObject({ readOnlyHint: false });
  expect(tools.find((tool) => tool.name === 'jobs_list')?.annotations).toMatchObject({ readOnlyHint: true });
  expect(create?.inputSchema.required).toEqual(['first_name', 'last_name', 'email']);

  const call = async (name: string, args: Record<string, unknown>) => {
    const result = await client.callTool({ name, arguments: args });
    const text = (result.content as Array<{ type: string; text: string }>)[0]?.text ?? '';
    expect(JSON.parse(text)).toEqual(result.structuredContent);
    return { isError: result.isError === true, data: result.structuredContent as Structured, text };
  };

  const jobs = await call('jobs_list', { status: 'open' });
  expect(jobs.isError).toBe(false);
  expect(jobs.data.items).toHaveLength(5);
  expect(typeof jobs.data.next_cursor).toBe('string');
  const more = await call('jobs_list', { cursor: jobs.data.next_cursor });
  expect(more.data.items?.[0]?.id).not.toBe(jobs.data.items?.[0]?.id);

  const job = await call('jobs_get', { id: jobs.data.items?.[0]?.id });
  expect(job.data).toMatchObject({ id: jobs.data.items?.[0]?.id, status: 'open' });

  const texts: string[] = [];
  const candidates = await call('candidates_list', { hydrate: true });
  texts.push(candidates.text);
  const candidate = candidates.data.items?.[0] as { id: string };
  expect(candidate).not.toHaveProperty('emails');
  texts.push((await call('candidates_get', { id: candidate.id })).text);
  texts.push((await call('applications_list', {})).text);
  expect(personal.filter((value) => texts.some((text) => text.includes(value)))).toEqual([]);

  const created = await call('candidates_create', {
    first_name: 'Agent',
    last_name: 'Sourced',
    email: 'agent.sourced@example.com',
    job_id: jobs.data.items?.[0]?.id,
  });
  expect(created.isError).toBe(false);
  expect(created.data.id).toMatch(/\S/);
  // The field policy applies to what a write returns too.
  expect(created.text).not.toContain('agent.sourced@example.com');

  const refused = await call('candidates_update', { id: created.data.id, update: { first_name: 'Changed' } });
  expect(refused.isError).toBe(true);
  expect(refused.data.error).toMatchObject({ type: 'write_not_allowed' });

  const invalid = await call('jobs_list', { status: 'nope' });
  expect(invalid.isError).toBe(true);
  expect(invalid.data.error).toMatchObject({ type: 'invalid_arguments' });
}

describe('MCP over stdio', () => {
  it('lists tools, calls list/get and an enabled write, refuses the others', async () => {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [CLI, ...ARGS],
      env: cleanEnv() as Record<string, string>,
      stderr: 'pipe',
    });
    const client = new Client({ name: 'test', version: '1.0.0' });
    await client.connect(transport);
    try {
      expect(client.getServerVersion()?.name).toBe('smartrecruiters');
      await exercise(client);
    } finally {
      await client.close();
    }
  }, 60_000);
});

describe('MCP over Streamable HTTP', () => {
  let server: Background;
  let url: string;

  beforeAll(async () => {
    server = startCli([...ARGS, '--http', '0']);
    url = (await server.waitFor((out) => out.includes('\n'))).trim();
  });
  afterAll(async () => {
    expect(await stop(server)).toEqual({ code: 0, signal: null });
  });

  it('lists tools, calls list/get and an enabled write, refuses the others', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    const client = new Client({ name: 'test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(url)));
    try {
      await exercise(client);
    } finally {
      await client.close();
    }
  }, 60_000);

  it('refuses another Host (DNS rebinding) and a browser Origin', async () => {
    const post = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const target = new URL(url);
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port: target.port,
            path: '/mcp',
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              accept: 'application/json, text/event-stream',
              ...headers,
            },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }));
      });
    expect(await post({ host: 'attacker.example:80' })).toBe(403);
    expect(await post({ origin: 'https://attacker.example' })).toBe(403);
    expect(await post({})).toBe(200);
  });

  it('needs a bearer token to listen beyond loopback', async () => {
    const open = await runCli(['--fake', 'mcp', '--http', '0', '--host', '0.0.0.0']);
    expect(open.code).toBe(2);
    expect(open.stderr).toContain('SMARTRECRUITERS_MCP_TOKEN');
  });
});

describe('createMcpHttpHandler', () => {
  let fake: FakeSmartRecruiters;
  beforeAll(async () => {
    fake = await createFakeSmartRecruiters({ rateLimits: false, latencyMs: 0 });
  });
  afterAll(() => fake.close());

  it('answers only requests with the bearer token when one is set', async () => {
    const token = 'a-token-of-24-characters';
    const handler = createMcpHttpHandler(fake.client({ logLevel: 'off' }), { authToken: token });
    const { url, close } = await serveFetchHandler(handler);
    try {
      const unauthenticated = new Client({ name: 'test', version: '1.0.0' });
      await expect(
        unauthenticated.connect(new StreamableHTTPClientTransport(new URL(url))),
      ).rejects.toThrow();
      const client = new Client({ name: 'test', version: '1.0.0' });
      await client.connect(
        new StreamableHTTPClientTransport(new URL(url), {
          requestInit: { headers: { authorization: `Bearer ${token}` } },
        }),
      );
      const result = await client.callTool({ name: 'roles_list', arguments: {} });
      expect((result.structuredContent as { items: unknown[] }).items.length).toBeGreaterThan(0);
      await client.close();
    } finally {
      await close();
    }
    expect(() => createMcpHttpHandler(fake.client(), { authToken: 'short' })).toThrow(/16 characters/);
  });
});
