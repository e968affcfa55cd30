import { describe, expect, it } from 'vitest';
import { FakeHttpError } from '../../src/testing/errors.js';
import {
  compareStrings,
  decodeCursor,
  encodeCursor,
  keysetPage,
  nextLink,
} from '../../src/testing/pagination.js';

describe('keyset pagination', () => {
  const items = Array.from({ length: 23 }, (_, i) => `k${String(i).padStart(2, '0')}`);
  const page = (pageId: string | undefined) =>
    keysetPage(items, { key: (k) => k, compare: compareStrings, limit: 10, pageId });

  it('walks every item once, then stops', () => {
    const seen: string[] = [];
    let pageId: string | undefined;
    let pages = 0;
    do {
      const p = page(pageId);
      expect(p.totalFound).toBe(23);
      expect(p.offset).toBe(seen.length);
      seen.push(...p.items);
      pageId = p.nextPageId;
      pages++;
    } while (pageId);
    expect(pages).toBe(3);
    expect(seen).toEqual(items);
  });

  it('has no next page id on the last page', () => {
    const last = keysetPage(items, { key: (k) => k, compare: compareStrings, limit: 100, pageId: undefined });
    expect(last.items).toHaveLength(23);
    expect(last.nextPageId).toBeUndefined();
  });

  it('continues after the cursor even when the cursor item was deleted', () => {
    const first = page(undefined);
    const shorter = items.filter((k) => k !== first.items.at(-1));
    const next = keysetPage(shorter, {
      key: (k) => k,
      compare: compareStrings,
      limit: 10,
      pageId: first.nextPageId,
    });
    expect(next.items[0]).toBe('k10');
  });

  it('rejects a page id it did not issue with a 400', () => {
    expect(() => decodeCursor('not-a-cursor!')).toThrow(FakeHttpError);
    expect(decodeCursor(encodeCursor('abc'))).toBe('abc');
  });

  it('builds a Link header that keeps the filters and replaces the page id', () => {
    const query = new URLSearchParams('status=NEW&status=LEAD&limit=5&pageId=old');
    expect(nextLink('/candidates', query, 'pageId', 'new')).toBe(
      '</candidates?status=NEW&status=LEAD&limit=5&pageId=new>; rel="next"',
    );
  });
});
