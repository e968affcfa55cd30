/**
 * The documentation users read in their editor ships in the `.d.ts` files: it may cite
 * SmartRecruiters' public pages and RFCs, never the project's internal notes on the API
 * (`smartrecruiters-api.md` and its numbered sections), which users do not have. Runs against the
 * build (built once when `dist/` is missing or stale).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/ensure-build.mjs';

const root = join(import.meta.dirname, '..', '..');
const types = join(root, 'dist', 'types');

beforeAll(() => ensureBuilt(root), 300_000);

function declarationFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? declarationFiles(join(dir, entry.name))
      : /\.d\.c?ts$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

/** `file:line: text` of every line matching `pattern`. */
function findLines(pattern: RegExp): string[] {
  return declarationFiles(types).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        pattern.test(line) ? [`${relative(root, file)}:${index + 1}: ${line.trim()}`] : [],
      ),
  );
}

describe('the shipped declaration files', () => {
  it('exist, with their documentation', () => {
    const files = declarationFiles(types);
    expect(files.length).toBeGreaterThan(4);
    expect(
      findLines(/https:\/\/developers\.smartrecruiters\.com\/docs\/rate-limiting/).length,
    ).toBeGreaterThan(0);
  });

  it('never cite smartrecruiters-api.md', () => {
    expect(findLines(/smartrecruiters-api/)).toEqual([]);
  });

  it('cite no numbered section but an RFC one', () => {
    expect(findLines(/(?<!RFC \d{3,4} )§/)).toEqual([]);
  });
});
