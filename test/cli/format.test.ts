/**
 * CSV cells (RFC 4180, formula injection escaped) and table cells.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, table } from '../../src/cli/format.js';
import { maskEmails } from '../../src/tools/index.js';

describe('CSV', () => {
  it('quotes what needs quoting and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(3.5)).toBe('3.5');
    expect(csvCell(false)).toBe('false');
    expect(csvCell([{ name: 'x,y' }])).toBe('"[{""name"":""x,y""}]"');
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });

  it('escapes text a spreadsheet would run as a formula, not numbers', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+1 555 0100')).toBe("'+1 555 0100");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=cmd')).toBe("'\t=cmd");
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('table', () => {
  it('aligns columns, names references, and shows control characters as spaces', () => {
    const text = table(
      [
        { id: '1', job: { id: 'j', name: 'Engineer' }, tags: [{ name: 'a' }, { name: 'b' }] },
        { id: '22', job: null, tags: [], note: 'x\u001b[31m' },
      ],
      ['id', 'job', 'tags', 'note'],
    );
    expect(text.split('\n')).toEqual([
      'ID  JOB       TAGS  NOTE',
      '1   Engineer  a, b',
      '22                  x [31m',
    ]);
  });

  it('masks email addresses in messages', () => {
    expect(maskEmails('A candidate with ada.l+x@example.co.uk exists')).toBe(
      'A candidate with [email] exists',
    );
    expect(maskEmails('?email=jane@acme.com&cc=bob@acme.io. Or <a@b.c@d.ef>')).toBe(
      '[email][email]. Or <a@[email]>',
    );
    expect(maskEmails('no address @ here, nor in x@y or @z.com')).toBe(
      'no address @ here, nor in x@y or @z.com',
    );
  });

  it('masks what the email pattern matches, scanning from each @ (linear in the message)', () => {
    // The pattern the masking implements; it backtracks quadratically, so it is only a reference.
    const pattern = /[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[A-Za-z]{2,}/g;
    const text = fc.string({
      unit: fc.constantFrom('a', 'Z', '1', '.', '@', '-', ' ', ',', '<'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, (message) => {
        expect(maskEmails(message)).toBe(message.replace(pattern, '[email]'));
      }),
      { numRuns: 5_000 },
    );
    // A long message without an address comes back as it is.
    const long = `${'A'.repeat(200_000)}AA.AA ${'a@'.repeat(50_000)}`;
    expect(maskEmails(long)).toBe(long);
  });
});
