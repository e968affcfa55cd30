import { describe, expect, it } from 'vitest';
import { ResponseTooLargeError, SmartRecruitersClient, ValidationError } from '../../src/index.js';
import { uniqueKey } from '../helpers/msw.js';
import { failure, hostile } from './hostile.js';

const MiB = 1024 * 1024;

function client(baseUrl: string, options: { maxResponseBytes?: number } = {}) {
  return new SmartRecruitersClient({
    apiKey: uniqueKey(),
    baseUrl,
    logLevel: 'off',
    rateLimit: false,
    ...options,
  });
}

describe('JSON and text bodies are capped', () => {
  it('fails fast on a Content-Length over the cap, once, without reading it', async () => {
    const api = await hostile((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(600 * MiB) });
      res.write('{"content":[');
      // Never finishes: only the declared length can end this quickly.
    });
    const error = await failure(() => client(api.origin, { maxResponseBytes: 4 * MiB }).get('/jobs'));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).limitBytes).toBe(4 * MiB);
    expect(api.received).toHaveLength(1);
  });

  it('stops reading a chunked body at the cap and does not retry it', async () => {
    let written = 0;
    const api = await hostile((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      const pump = () => {
        while (written < 64 * MiB) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.write('{"content":[');
      pump();
    });
    const error = await failure(() => client(api.origin, { maxResponseBytes: 2 * MiB }).get('/jobs'));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(api.received).toHaveLength(1);
    expect(written).toBeLessThan(64 * MiB);
  });

  it('caps error bodies too, and leaves downloads (streams) to the caller', async () => {
    const api = await hostile((req, res) => {
      if (req.url === '/file') {
        res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(3 * MiB) });
        return res.end(Buffer.alloc(3 * MiB));
      }
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end('x'.repeat(3 * MiB));
    });
    const c = client(api.origin, { maxResponseBytes: MiB });
    expect(await failure(() => c.get('/broken'))).toBeInstanceOf(ResponseTooLargeError);
    const file = await c.get<{ arrayBuffer(): Promise<ArrayBuffer> }>('/file');
    expect((await file.arrayBuffer()).byteLength).toBe(3 * MiB);
  });

  it('has a default far above SR’s largest page, and refuses a nonsensical cap', () => {
    expect(() => client('http://127.0.0.1:1', { maxResponseBytes: -1 })).toThrow(ValidationError);
    expect(() => client('http://127.0.0.1:1', { maxResponseBytes: Number.NaN })).toThrow(ValidationError);
  });
});
