import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

/** A loopback server in a child process (see loopback-server.mjs). */
export interface Loopback {
  url: string;
  close(): Promise<void>;
}

export async function startLoopback(): Promise<Loopback> {
  const child: ChildProcess = spawn(process.execPath, [join(import.meta.dirname, 'loopback-server.mjs')], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { PATH: process.env.PATH },
  });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  const port = Number(chunk.toString().trim());
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      const exited = once(child, 'exit');
      child.stdin!.end();
      await exited;
    },
  };
}
