import { describe, expect, it } from 'vitest';
import * as mappers from '../../src/mappers/index.js';

// The exact names are pinned with the whole package in test/package/exports.test.ts.
describe('mappers barrel', () => {
  it('exports maps (UPPER_CASE) and functions only', () => {
    for (const [name, value] of Object.entries(mappers)) {
      expect([name, typeof value]).toEqual([name, /^[A-Z_]+$/.test(name) ? 'object' : 'function']);
    }
  });
});
