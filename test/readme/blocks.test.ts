/**
 * The README's TypeScript compiles and its runnable blocks run: every ```ts block type-checked
 * with the repository's compiler options (scripts/readme-blocks.ts declares the names a block
 * takes as given), and each block marked `<!-- runnable -->` run with tsx against a fake
 * SmartRecruiters.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type Block,
  blockModule,
  extractBlocks,
  readmeBlocks,
  runBlock,
  scratchDir,
  typecheckBlocks,
} from '../../scripts/readme-blocks.js';

const dir = scratchDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const blocks = readmeBlocks();

describe('the README', () => {
  it('has TypeScript blocks, the Quick start runnable among them', () => {
    expect(blocks.length).toBeGreaterThan(20);
    expect(blocks[0]?.runnable).toBe(true);
    expect(blocks[0]?.code).toContain("from 'smartrecruiters-sdk'");
  });

  it('type-checks every TypeScript block (strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess)', () => {
    const problems = typecheckBlocks(blocks, dir);
    expect(problems.map((p) => `README.md:${p.line} (block ${p.block}): ${p.message}`)).toEqual([]);
  }, 120_000);

  it.each(blocks.filter((b) => b.runnable).map((b) => [b.line, b] as const))(
    'runs the runnable block at line %i against the fake',
    async (_line, block) => {
      await expect(runBlock(block, dir)).resolves.toEqual(expect.any(String));
    },
    120_000,
  );
});

describe('scripts/readme-blocks.ts', () => {
  const markdown = [
    'text',
    '<!-- runnable -->',
    '',
    '```ts',
    "import { SmartRecruiters } from 'smartrecruiters-sdk';",
    'const sr = new SmartRecruiters();',
    'console.log(jobId, sr);',
    '```',
    '',
    '- a list item:',
    '',
    '  ```ts',
    '  await sr.jobs.get(jobId);',
    '  ```',
    '```sh',
    'npm test',
    '```',
  ].join('\n');

  it('extracts ts blocks, indented ones too, with their line and runnable mark', () => {
    const found = extractBlocks(markdown);
    expect(found.map((b) => [b.line, b.runnable])).toEqual([
      [5, true],
      [13, false],
    ]);
    expect(found[1]?.code).toBe('await sr.jobs.get(jobId);');
  });

  it('declares only the placeholders a block uses and does not declare', () => {
    const [own, listed] = extractBlocks(markdown) as [Block, Block];
    const check = blockModule(own, 'check').text;
    expect(check).toContain('declare const jobId: string;');
    expect(check).not.toContain('declare const sr');
    expect(blockModule(listed, 'check').text).toContain('declare const sr:');
  });

  it('reports a type error on the README line it is on', () => {
    const [block] = extractBlocks('\n\n```ts\nconst n: number = "text";\n```\n');
    const problems = typecheckBlocks([block!], dir);
    expect(problems).toEqual([
      expect.objectContaining({ line: 4, message: expect.stringMatching(/string/) }),
    ]);
  }, 120_000);

  it('refuses to run a runnable block that needs a placeholder other than sr', () => {
    const [own] = extractBlocks(markdown) as [Block];
    expect(() => blockModule(own, 'run')).toThrow(/uses jobId without declaring it/);
  });
});
