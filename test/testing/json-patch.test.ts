import { describe, expect, it } from 'vitest';
import { applyJsonPatch, JsonPatchError, parsePointer } from '../../src/testing/json-patch.js';

describe('applyJsonPatch (RFC 6902)', () => {
  const doc = { title: 'A', location: { city: 'Krakow' }, tags: ['x', 'y'], 'a/b': 1, 'm~n': 2 };

  it('applies add, remove, replace, move, copy and test', () => {
    const out = applyJsonPatch(doc, [
      { op: 'test', path: '/title', value: 'A' },
      { op: 'replace', path: '/title', value: 'B' },
      { op: 'add', path: '/location/region', value: 'PL-12' },
      { op: 'remove', path: '/location/city' },
      { op: 'add', path: '/tags/-', value: 'z' },
      { op: 'add', path: '/tags/0', value: 'w' },
      { op: 'copy', from: '/title', path: '/copy' },
      { op: 'move', from: '/a~1b', path: '/moved' },
      { op: 'replace', path: '/m~0n', value: 3 },
    ]);
    expect(out).toEqual({
      title: 'B',
      location: { region: 'PL-12' },
      tags: ['w', 'x', 'y', 'z'],
      copy: 'B',
      moved: 1,
      'm~n': 3,
    });
  });

  it('never modifies the input document', () => {
    const input = { a: { b: 1 } };
    applyJsonPatch(input, [{ op: 'replace', path: '/a/b', value: 2 }]);
    expect(input).toEqual({ a: { b: 1 } });
  });

  it.each([
    ['not an array', { op: 'add', path: '/a', value: 1 }],
    ['unknown op', [{ op: 'merge', path: '/a', value: 1 }]],
    ['add without value', [{ op: 'add', path: '/a' }]],
    ['move without from', [{ op: 'move', path: '/a' }]],
    ['remove of a missing path', [{ op: 'remove', path: '/missing' }]],
    ['replace of a missing path', [{ op: 'replace', path: '/missing', value: 1 }]],
    ['failing test', [{ op: 'test', path: '/title', value: 'nope' }]],
    ['array index out of bounds', [{ op: 'add', path: '/tags/9', value: 1 }]],
    ['pointer without slash', [{ op: 'add', path: 'title', value: 1 }]],
    ['parent missing', [{ op: 'add', path: '/a/b/c', value: 1 }]],
  ])('rejects %s with a JsonPatchError', (_name, patch) => {
    expect(() => applyJsonPatch(doc, patch)).toThrow(JsonPatchError);
  });

  it('reports the index of the failing operation', () => {
    try {
      applyJsonPatch(doc, [
        { op: 'replace', path: '/title', value: 'B' },
        { op: 'remove', path: '/nope' },
      ]);
      expect.unreachable();
    } catch (error) {
      expect((error as JsonPatchError).index).toBe(1);
    }
  });

  it('unescapes JSON Pointer tokens', () => {
    expect(parsePointer('/a~1b/m~0n/0')).toEqual(['a/b', 'm~n', '0']);
    expect(parsePointer('')).toEqual([]);
  });
});
