/**
 * The built package, loaded the way Node loads it for a user (`dist/node`, dependencies inlined),
 * typed from the sources. `npm run bench` builds first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const root = join(import.meta.dirname, '..', '..');

function built(path: string): string {
  const file = join(root, 'dist', 'node', path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  return pathToFileURL(file).href;
}

export type Sdk = typeof import('../../src/index.js');
export type Testing = typeof import('../../src/testing/index.js');

export const loadSdk = (): Promise<Sdk> => import(built('index.js'));
export const loadTesting = (): Promise<Testing> => import(built('testing/index.js'));
export type Otel = typeof import('../../src/otel/index.js');
export const loadOtel = (): Promise<Otel> => import(built('otel/index.js'));
