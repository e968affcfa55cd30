import { describe, expect, it } from 'vitest';
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
  it('round-trips list, query and state, URL-safe', () => {
    const cursor = encodeCursor({
      list: 'candidates',
      query: { status: ['NEW'], q: 'é/+?' },
      state: { kind: 'param', name: 'pageId', value: 'abc==' },
    });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 'candidates')).toEqual({
      v: 1,
      list: 'candidates',
      query: { status: ['NEW'], q: 'é/+?' },
      state: { kind: 'param', name: 'pageId', value: 'abc==' },
    });
  });

  it('refuses garbage, tampered states and cursors of another list', () => {
    expect(() => decodeCursor('not-a-cursor', 'jobs')).toThrow(ValidationError);
    const foreign = encodeCursor({ list: 'jobs', query: {}, state: { kind: 'offset', offset: 10 } });
    expect(() => decodeCursor(foreign, 'candidates')).toThrow(/belongs to the jobs list/);
    const badState = encodeCursor({ list: 'jobs', query: {}, state: { kind: 'offset', offset: -1 } });
    expect(() => decodeCursor(badState, 'jobs')).toThrow(ValidationError);
    const external = encodeCursor({
      list: 'jobs',
      query: {},
      state: { kind: 'link', href: 'https://evil.test/x' },
    });
    expect(() => decodeCursor(external, 'jobs')).toThrow(ValidationError);
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
