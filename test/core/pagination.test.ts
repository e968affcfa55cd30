import { describe, expect, it } from 'vitest';
import { mergeSavedParams, setPageMeta } from '../../src/core/pagination.js';
import {
  decodeCursor,
  encodeCursor,
  type Page,
  PagePromise,
  PaginationError,
  ValidationError,
} from '../../src/index.js';

function page<T>(result: T[], next: string | null): Page<T> {
  return { result, next_cursor: next, result_count: result.length, total: null, warnings: [] };
}

describe('cursor codec', () => {
  it('round-trips list, parameters, state and processed items, URL-safe, as format v2', () => {
    const cursor = encodeCursor({
      list: 'candidates',
      params: { status: ['new'], q: 'é/+?', hydrate: true },
      state: { kind: 'param', name: 'pageId', value: 'abc==' },
      skip: ['k1', 'z9'],
    });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 'candidates')).toEqual({
      v: 2,
      list: 'candidates',
      params: { status: ['new'], q: 'é/+?', hydrate: true },
      state: { kind: 'param', name: 'pageId', value: 'abc==' },
      skip: ['k1', 'z9'],
    });
    const paged = encodeCursor({ list: 'interview-templates', params: {}, state: { kind: 'page', page: 3 } });
    expect(decodeCursor(paged, 'interview-templates').state).toEqual({ kind: 'page', page: 3 });
    const first = encodeCursor({ list: 'jobs', params: {}, state: null });
    expect(decodeCursor(first, 'jobs')).toEqual({ v: 2, list: 'jobs', params: {}, state: null });
  });

  it('refuses garbage, tampered shapes, v1 cursors and cursors of another list', () => {
    const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    expect(() => decodeCursor('not-a-cursor', 'jobs')).toThrow(ValidationError);
    const foreign = encodeCursor({
      list: 'jobs',
      params: {},
      state: { kind: 'param', name: 'pageId', value: 'x' },
    });
    expect(() => decodeCursor(foreign, 'candidates')).toThrow(/belongs to the jobs list/);
    // A list name from a cursor is repeated only when it is one of the SDK's.
    const odd = encodeCursor({ list: 'ada@example.com', params: {}, state: null });
    expect(() => decodeCursor(odd, 'jobs')).toThrow(/belongs to another list, not this one$/);
    expect(() => decodeCursor(raw({ v: 1, list: 'jobs', query: {}, state: null }), 'jobs')).toThrow(
      /earlier version of the SDK/,
    );
    for (const bad of [
      { v: 2, list: 'jobs', params: {}, state: { kind: 'offset', offset: -1 } },
      { v: 2, list: 'jobs', params: {}, state: { kind: 'page', page: -1 } },
      { v: 2, list: 'jobs', params: {}, state: { kind: 'page', page: '2' } },
      { v: 2, list: 'jobs', params: {}, state: { kind: 'link', href: 'https://evil.test/x' } },
      { v: 2, list: 'jobs', params: [], state: null },
      { v: 2, list: 'jobs', params: {}, state: null, skip: ['NOT A DIGEST'] },
      { v: 2, list: 'jobs', params: {}, state: null, skip: Array(1001).fill('a') },
      { v: 3, list: 'jobs', params: {}, state: null },
      { v: 2, list: 'jobs', params: {} },
    ]) {
      expect(() => decodeCursor(raw(bad), 'jobs'), JSON.stringify(bad).slice(0, 80)).toThrow(ValidationError);
    }
    expect(() => decodeCursor('a'.repeat(40_000), 'jobs')).toThrow(ValidationError);
  });

  it('drops a cursor key from the saved parameters', () => {
    const cursor = encodeCursor({ list: 'jobs', params: { cursor: 'nested', q: 'x' }, state: null });
    expect(decodeCursor(cursor, 'jobs').params).toEqual({ q: 'x' });
  });
});

describe('mergeSavedParams', () => {
  it('takes the saved parameters, the caller may repeat them and change limit', () => {
    const saved = { q: 'x', hydrate: true, status: ['new'], limit: 10 };
    expect(mergeSavedParams({}, saved)).toEqual(saved);
    expect(mergeSavedParams({ q: 'x', hydrate: true, limit: 50 }, saved)).toEqual({ ...saved, limit: 50 });
    // false and absent are the same option.
    expect(mergeSavedParams({ hydrate: false }, { q: 'x' })).toEqual({ q: 'x' });
  });

  it('refuses any other difference, naming the parameters', () => {
    expect(() => mergeSavedParams({ hydrate: false }, { hydrate: true })).toThrow(
      /other filters or options \(hydrate\)/,
    );
    expect(() => mergeSavedParams({ q: 'y', status: 'new' }, { q: 'x', status: ['new'] })).toThrow(
      /\(q, status\)/,
    );
    expect(() => mergeSavedParams({ include: ['custom_fields'] }, { hydrate: true })).toThrow(/include/);
  });
});

describe('PagePromise', () => {
  const pages: Record<string, Page<number>> = {
    start: page([1, 2], 'b'),
    b: page([3, 4], 'c'),
    c: page([5], null),
  };

  it('awaits to the first page and fetches it once', async () => {
    const calls: Array<string | null> = [];
    const list = new PagePromise<number>(async (cursor) => {
      calls.push(cursor);
      return pages[cursor ?? 'start']!;
    });
    const first = await list;
    expect(first.result).toEqual([1, 2]);
    const items: number[] = [];
    for await (const item of list) items.push(item);
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(calls).toEqual([null, 'b', 'c']);
  });

  it('iterates pages, resumes from a saved cursor, and collects with toArray', async () => {
    const fetchPage = async (cursor: string | null) => pages[cursor ?? 'start']!;
    const seen: number[][] = [];
    for await (const p of new PagePromise<number>(fetchPage).pages()) seen.push(p.result);
    expect(seen).toEqual([[1, 2], [3, 4], [5]]);
    expect(await new PagePromise<number>(fetchPage, 'b').toArray()).toEqual([3, 4, 5]);
  });

  it('fails on a repeated cursor instead of looping', async () => {
    const loop = new PagePromise<number>(async (cursor) => (cursor ? page([2], 'x') : page([1], 'x')));
    await expect(loop.toArray()).rejects.toBeInstanceOf(PaginationError);
  });

  it('gives each item the cursor that resumes after it, where the list knows positions', async () => {
    const at = (cursor: string | null): Page<number> => {
      const p = pages[cursor ?? 'start']!;
      return setPageMeta(
        { ...p },
        {
          serverTime: null,
          position: (index) => ({
            v: 2,
            list: 'n',
            params: { page: cursor },
            state: null,
            skip: [String(index)],
          }),
        },
      );
    };
    const seen: Array<[number, unknown]> = [];
    for await (const { item, cursor } of new PagePromise<number>(async (c) => at(c)).withCursors()) {
      seen.push([item, decodeCursor(cursor, 'n').params.page]);
    }
    expect(seen).toEqual([
      [1, null],
      [2, null],
      [3, 'b'],
      [4, 'b'],
      [5, 'c'],
    ]);
    const plain = new PagePromise<number>(async (cursor) => pages[cursor ?? 'start']!);
    await expect(plain.withCursors().next()).rejects.toBeInstanceOf(PaginationError);
  });

  it('does nothing until awaited or iterated, and propagates errors', async () => {
    let called = false;
    const list = new PagePromise<number>(async () => {
      called = true;
      throw new Error('boom');
    });
    expect(called).toBe(false);
    await expect(list).rejects.toThrow('boom');
    expect(called).toBe(true);
  });
});
