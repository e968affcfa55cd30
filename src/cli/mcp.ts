/**
 * `mcp`: the agent tools as an MCP server, over stdio (for a local MCP client, the default) or
 * Streamable HTTP (`--http <port>`, on 127.0.0.1 unless `--host` says otherwise, which then needs
 * a bearer token). Logs and the audit trail go to stderr or a file, never to the protocol's
 * stdout.
 */
import { appendFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SmartRecruiters } from 'smartrecruiters-sdk';
import type { FieldPolicies, ToolAuditEvent, WriteToolName } from 'smartrecruiters-sdk/tools';
import { CliError, EXIT } from './errors.js';

/** Options of `mcp`. */
export interface McpCommandOptions {
  http?: number;
  host: string;
  allowWrite: string[];
  fields?: string;
  piiSafe?: boolean;
  maxItems?: number;
  maxBytes?: number;
  auditLog?: string;
  allowedHost: string[];
  allowedOrigin: string[];
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const MAX_BODY_BYTES = 1024 * 1024;

async function loadMcp() {
  try {
    return await import('smartrecruiters-sdk/mcp');
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') {
      throw new CliError('mcp needs the MCP SDK: npm install @modelcontextprotocol/sdk', EXIT.usage);
    }
    throw error;
  }
}

async function fieldPolicies(options: McpCommandOptions): Promise<FieldPolicies | undefined> {
  const { CANDIDATE_PII_FIELDS } = await import('smartrecruiters-sdk/tools');
  if (options.fields && options.piiSafe) throw new CliError('--fields and --pii-safe: give one', EXIT.usage);
  if (options.piiSafe) return CANDIDATE_PII_FIELDS;
  if (!options.fields) return undefined;
  const { readFileSync } = await import('node:fs');
  try {
    return JSON.parse(readFileSync(options.fields, 'utf8')) as FieldPolicies;
  } catch (error) {
    throw new CliError(
      `--fields: cannot read ${options.fields} as JSON (${(error as Error).message})`,
      EXIT.usage,
    );
  }
}

function auditSink(path: string | undefined): ((event: ToolAuditEvent) => void) | undefined {
  if (path === undefined) return undefined;
  if (path === '-') return (event) => void process.stderr.write(`${JSON.stringify({ audit: event })}\n`);
  return (event) => appendFileSync(path, `${JSON.stringify(event)}\n`, { mode: 0o600 });
}

/** Reads a Node request into a `Request`, refusing a body over the limit. */
async function toRequest(req: IncomingMessage, origin: string): Promise<Request | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    ...(method === 'GET' || method === 'HEAD' ? {} : { body: Buffer.concat(chunks) }),
  });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** Serves until stdin closes (stdio) or SIGINT/SIGTERM (both); resolves with the exit code. */
export async function runMcp(
  options: McpCommandOptions,
  sr: SmartRecruiters,
  close: () => Promise<void>,
): Promise<number> {
  const mcp = await loadMcp();
  const toolsOptions = {
    allowWrites: options.allowWrite as WriteToolName[],
    fields: await fieldPolicies(options),
    budget: { maxItems: options.maxItems, maxBytes: options.maxBytes },
    audit: auditSink(options.auditLog),
  };

  if (options.http === undefined) {
    const { StdioServerTransport } = await import('@modelcontextprotocol/sdk/server/stdio.js');
    const server = mcp.createMcpServer(sr, toolsOptions);
    const transport = new StdioServerTransport();
    return new Promise<number>((resolveExit) => {
      let done = false;
      const stop = () => {
        if (done) return;
        done = true;
        void server.close().finally(() => void close().finally(() => resolveExit(EXIT.ok)));
      };
      transport.onclose = stop;
      process.stdin.once('end', stop);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      void server.connect(transport);
    });
  }

  const token = process.env.SMARTRECRUITERS_MCP_TOKEN?.trim() || undefined;
  if (!LOOPBACK.has(options.host) && token === undefined) {
    throw new CliError(
      `--host ${options.host} is reachable from other machines: set SMARTRECRUITERS_MCP_TOKEN (a bearer token of 16+ characters) first`,
      EXIT.usage,
    );
  }
  const allowedHosts = [...mcp.LOOPBACK_HOSTS, ...options.allowedHost];
  if (!LOOPBACK.has(options.host)) allowedHosts.push(options.host);
  const handle = mcp.createMcpHttpHandler(sr, {
    ...toolsOptions,
    allowedHosts,
    allowedOrigins: options.allowedOrigin,
    authToken: token,
    maxBodyBytes: MAX_BODY_BYTES,
  });
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname !== '/mcp') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: the MCP endpoint is /mcp\n');
        return;
      }
      const request = await toRequest(req, 'http://localhost');
      if (!request) {
        res
          .writeHead(413, { 'content-type': 'text/plain', connection: 'close' })
          .end('Request body too large\n');
        return;
      }
      await send(res, await handle(request));
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal error\n');
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new CliError(
          `cannot listen on ${options.host}:${options.http} (${error.code ?? error.message})`,
          EXIT.usage,
        ),
      ),
    );
    server.listen(options.http, options.host, () => resolveListen());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}/mcp`;
  process.stdout.write(`${url}\n`);
  process.stderr.write(
    `MCP server (Streamable HTTP) on ${url}${token ? ', bearer token required' : ''}. Ctrl-C stops it.\n`,
  );
  return new Promise<number>((resolveExit) => {
    const stop = () => {
      server.closeAllConnections();
      server.close(() => void close().finally(() => resolveExit(EXIT.ok)));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
