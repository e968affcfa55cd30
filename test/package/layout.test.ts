/**
 * The core runs on edge runtimes: no `node:` module outside the Node-only folders, and the main
 * entry never reaches them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..', 'src');
const NODE_ONLY = ['testing', 'node', 'redis', 'cli'];
/** Entries of their own: the main entry never imports them (its bundles stay as they are). */
const SEPARATE = ['cli', 'tools', 'mcp', 'otel'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Specifiers of every static and dynamic import and re-export (type-only ones included). */
function imports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

const isNodeOnly = (file: string) => NODE_ONLY.includes(relative(src, file).split('/')[0]!);

describe('layout', () => {
  it('loads @opentelemetry/api from smartrecruiters-sdk/otel only', () => {
    const importers = sources(src).filter((file) =>
      imports(file).some((specifier) => specifier.startsWith('@opentelemetry/')),
    );
    expect(importers.map((file) => relative(src, file))).toEqual(['otel/index.ts']);
  });

  it('imports no node: module outside src/testing, src/node, src/redis and src/cli', () => {
    const offenders = sources(src)
      .filter((file) => !isNodeOnly(file))
      .flatMap((file) =>
        imports(file)
          .filter((specifier) => specifier.startsWith('node:'))
          .map((specifier) => `${relative(src, file)}: ${specifier}`),
      );
    expect(offenders).toEqual([]);
  });

  it.each(['index.ts', 'connect/index.ts'])('%s never reaches a Node-only module', (entry) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const specifier of imports(file)) {
        if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      }
    };
    visit(join(src, entry));
    expect(seen.size).toBeGreaterThan(50);
    expect([...seen].filter(isNodeOnly).map((file) => relative(src, file))).toEqual([]);
    // Nor the agent tools, the MCP server, OpenTelemetry or the command line.
    expect([...seen].filter((file) => SEPARATE.includes(relative(src, file).split('/')[0]!))).toEqual([]);
  });
});
