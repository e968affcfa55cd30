import { describe, expect, it } from 'vitest';
import { listItems, listTotal, nextLink, nextPageState, pagingDefaults } from '../../src/internal/paging.js';

const base = {
  origin: 'https://api.smartrecruiters.com',
  basePath: '',
  headers: new Headers(),
  previous: null,
};

describe('paging styles', () => {
  it('reads items from bare arrays and content envelopes', () => {
    expect(listItems([1, 2])).toEqual([1, 2]);
    expect(listItems({ content: [3], totalFound: 1 })).toEqual([3]);
    expect(listItems({})).toEqual([]);
    expect(() => listItems({ id: 'x' })).toThrow(/not a SmartRecruiters list/);
    expect(listTotal({ totalFound: 7 })).toBe(7);
    expect(listTotal({ content: [] })).toBeNull();
  });

  it('parses Link headers with several relations', () => {
    expect(nextLink('<https://a/x?p=1>; rel="prev", <https://a/x?p=3>; rel="next"')).toBe('https://a/x?p=3');
    expect(nextLink('</candidates?pageId=2>; rel=next')).toBe('/candidates?pageId=2');
    expect(nextLink('<https://a/self>; rel=self')).toBeNull();
    expect(nextLink(null)).toBeNull();
  });

  it('prefers nextPageId', () => {
    expect(
      nextPageState({ ...base, path: '/candidates', body: { nextPageId: 'n1', content: [1] }, itemCount: 1 }),
    ).toEqual({ kind: 'param', name: 'pageId', value: 'n1' });
  });

  it('makes Link targets relative to the base URL', () => {
    const headers = new Headers({ link: '<https://proxy.test/sr/candidates?limit=2&pageId=z>; rel="next"' });
    expect(
      nextPageState({
        ...base,
        origin: 'https://proxy.test',
        basePath: '/sr',
        headers,
        path: '/candidates',
        body: { content: [1] },
        itemCount: 1,
      }),
    ).toEqual({ kind: 'link', href: '/candidates?limit=2&pageId=z' });
  });

  it('pages by offset only where SR pages by offset', () => {
    const body = { offset: 0, limit: 2, totalFound: 5, content: [1, 2] };
    expect(nextPageState({ ...base, path: '/offers', body, itemCount: 2 })).toEqual({
      kind: 'offset',
      offset: 2,
    });
    expect(
      nextPageState({ ...base, path: '/offers', body: { ...body, offset: 4 }, itemCount: 1 }),
    ).toBeNull();
    // Cursor routes carry offset/totalFound too; their last page has no nextPageId and must stop.
    expect(nextPageState({ ...base, path: '/candidates', body, itemCount: 2 })).toBeNull();
    expect(
      nextPageState({
        ...base,
        path: '/configuration/sources/x/values',
        previous: { kind: 'param', name: 'pageId', value: 'p' },
        body,
        itemCount: 2,
      }),
    ).toBeNull();
  });

  it('adds sort=job_id to /jobs unless the caller chose a sort', () => {
    expect(pagingDefaults('/jobs', {})).toEqual({ sort: 'job_id' });
    expect(pagingDefaults('/jobs', { sort: 'default' })).toEqual({});
    expect(pagingDefaults('/candidates', {})).toEqual({});
  });
});
