/**
 * `smartrecruiters-sdk/mcp`: the agent tools of `smartrecruiters-sdk/tools` as a Model Context
 * Protocol server, on the official `@modelcontextprotocol/sdk` (an optional peer dependency:
 * `npm install @modelcontextprotocol/sdk`).
 *
 * ```ts
 * import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
 * import { createMcpServer } from 'smartrecruiters-sdk/mcp';
 *
 * const server = createMcpServer(sr, { allowWrites: ['applications_create'], fields: CANDIDATE_PII_FIELDS });
 * await server.connect(new StdioServerTransport());
 * ```
 *
 * Or over Streamable HTTP, in any runtime with `fetch`'s `Request` and `Response`:
 *
 * ```ts
 * const handle = createMcpHttpHandler(sr, { authToken: process.env.MCP_TOKEN });
 * export default { fetch: handle }; // Workers, Deno, Bun; or behind node:http
 * ```
 *
 * `npx smartrecruiters-sdk mcp` starts either from the command line.
 *
 * @module smartrecruiters-sdk/mcp
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import {
  CallToolRequestSchema,
  type CallToolResult,
  ListToolsRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import type { SmartRecruiters } from '../smartrecruiters.js';
import { createTools, type Tools, type ToolsOptions } from '../tools/index.js';
import { SDK_VERSION } from '../version.js';

/** Options of `createMcpServer`: the tools' options, and how the server names itself. */
export interface McpServerOptions extends ToolsOptions {
  /** The server's name in the MCP handshake. Default `smartrecruiters`. */
  name?: string | undefined;
  /** Instructions the client may show the model. Default: a sentence on what the tools do. */
  instructions?: string | undefined;
}

const DEFAULT_INSTRUCTIONS =
  'Tools over one SmartRecruiters account (jobs, candidates, applications, users...). Lists return ' +
  'next_cursor: pass it back as cursor to continue. Errors come back as results with an error type.';

/** An MCP result for a tool's result: JSON text, and the same as structured content. */
function toCallToolResult(result: Awaited<ReturnType<Tools['call']>>): CallToolResult {
  const structured = result.ok ? result.data : { error: result.error };
  return {
    content: [{ type: 'text', text: JSON.stringify(structured) }],
    structuredContent: structured,
    ...(result.ok ? {} : { isError: true }),
  };
}

/** An MCP server over already created tools. */
function serverFor(tools: Tools, options: McpServerOptions): Server {
  // The low-level server: the tools bring their own JSON Schemas and validation.
  const server = new Server(
    { name: options.name ?? 'smartrecruiters', version: SDK_VERSION },
    {
      capabilities: { tools: { listChanged: false } },
      instructions: options.instructions ?? DEFAULT_INSTRUCTIONS,
    },
  );
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: tools.definitions.map((tool) => ({
      name: tool.name,
      title: tool.title,
      description: tool.description,
      inputSchema: tool.inputSchema as { type: 'object'; [key: string]: unknown },
      annotations: { title: tool.title, ...tool.annotations },
    })),
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request, extra) =>
    toCallToolResult(
      await tools.call(request.params.name, request.params.arguments ?? {}, { signal: extra.signal }),
    ),
  );
  return server;
}

/**
 * An MCP server whose tools are the unified resources of `sr` (see `createTools` for the
 * options: writes opted in by name, field policies, budget, audit). It shares `sr`'s
 * authentication, rate limits and Redis: connect it to any MCP transport.
 */
// biome-ignore lint/suspicious/noExplicitAny: tools serve a SmartRecruiters of any mappings.
export function createMcpServer(sr: SmartRecruiters<any>, options: McpServerOptions = {}): Server {
  return serverFor(createTools(sr, options), options);
}

/** Options of `createMcpHttpHandler`. */
export interface McpHttpOptions extends McpServerOptions {
  /**
   * Host names the `Host` header may carry (any port), against DNS rebinding: a web page whose
   * name resolves to 127.0.0.1 sends its own name. Default `['127.0.0.1', 'localhost', '[::1]']`.
   */
  allowedHosts?: readonly string[] | undefined;
  /**
   * Origins a browser request may come from (`Origin` header). Default none: a request sent by
   * a web page is refused (403); MCP clients send no `Origin`.
   */
  allowedOrigins?: readonly string[] | undefined;
  /**
   * When set, every request must carry `Authorization: Bearer <authToken>` (401 otherwise).
   * Required in practice whenever the server is reachable from another machine.
   */
  authToken?: string | undefined;
  /** Largest request body, bytes. Default 1 MiB. */
  maxBodyBytes?: number | undefined;
}

/** The default `allowedHosts`: loopback names only. */
export const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

function hostnameOf(host: string | null): string | undefined {
  if (!host) return undefined;
  try {
    return new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Compares two strings in time that depends on their length only. */
function sameSecret(given: string, expected: string): boolean {
  const a = new TextEncoder().encode(given);
  const b = new TextEncoder().encode(expected);
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a[i] ?? 0) ^ (b[i] as number);
  return diff === 0;
}

function refuse(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/**
 * A Streamable HTTP MCP endpoint as a `fetch`-style handler, stateless (each request gets its own
 * server, so nothing is kept between requests): checks `Host` and `Origin` against DNS rebinding
 * and cross-site requests, and the bearer token when one is set, before anything else.
 */
export function createMcpHttpHandler(
  // biome-ignore lint/suspicious/noExplicitAny: tools serve a SmartRecruiters of any mappings.
  sr: SmartRecruiters<any>,
  options: McpHttpOptions = {},
): (request: Request) => Promise<Response> {
  const tools = createTools(sr, options);
  const hosts = new Set((options.allowedHosts ?? LOOPBACK_HOSTS).map((host) => host.toLowerCase()));
  const origins = new Set(options.allowedOrigins ?? []);
  const token = options.authToken;
  if (token !== undefined && (typeof token !== 'string' || token.length < 16)) {
    throw new TypeError('authToken must be a string of at least 16 characters');
  }
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  return async (request) => {
    const host = hostnameOf(request.headers.get('host') ?? new URL(request.url).host);
    if (host === undefined || !hosts.has(host)) return refuse(403, 'Forbidden: this Host is not allowed');
    const origin = request.headers.get('origin');
    if (origin !== null && !origins.has(origin)) return refuse(403, 'Forbidden: this Origin is not allowed');
    if (token !== undefined) {
      const match = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '');
      if (!match?.[1] || !sameSecret(match[1], token)) {
        return refuse(401, 'Unauthorized', { 'www-authenticate': 'Bearer realm="smartrecruiters-mcp"' });
      }
    }
    const server = serverFor(tools, options);
    const transport = new WebStandardStreamableHTTPServerTransport({
      enableJsonResponse: true,
      maxRequestBodySize: maxBodyBytes,
    });
    await server.connect(transport);
    try {
      const response = await transport.handleRequest(request);
      // The JSON answer is complete: read it before the server closes.
      const body = await response.arrayBuffer();
      return new Response(body.byteLength > 0 ? body : null, {
        status: response.status,
        headers: response.headers,
      });
    } finally {
      await server.close();
    }
  };
}
