import { describe, expect, it } from 'vitest';
import { toSrJobPatch, toSrUserPatch } from '../../src/mappers/index.js';

describe('JSON Patch built against the current record', () => {
  it('removes only members the record has', () => {
    const current = {
      id: 'j',
      title: 'T',
      refNumber: 'R-1',
      location: { city: 'Krakow', countryCode: 'pl' },
    };
    expect(toSrJobPatch({ code: null, compensation: null }, current)).toEqual([
      { op: 'remove', path: '/refNumber' },
    ]);
    // Without the current record every member is assumed present.
    expect(toSrJobPatch({ code: null, compensation: null })).toEqual([
      { op: 'remove', path: '/refNumber' },
      { op: 'remove', path: '/compensation' },
    ]);
  });

  it('adds a missing location whole, and patches an existing one member by member', () => {
    expect(
      toSrUserPatch({ location: { city: 'Lyon', country_code: 'fr', address: null } }, { id: 'u' }),
    ).toEqual([{ op: 'add', path: '/location', value: { countryCode: 'fr', city: 'Lyon' } }]);
    expect(
      toSrUserPatch(
        { location: { city: 'Lyon', address: null } },
        { id: 'u', location: { city: 'Paris', address: 'x' } },
      ),
    ).toEqual([
      { op: 'add', path: '/location/city', value: 'Lyon' },
      { op: 'remove', path: '/location/address' },
    ]);
    expect(
      toSrJobPatch({ location: { city: 'Gdansk' } }, { location: { city: 'Krakow', countryCode: 'pl' } }),
    ).toEqual([{ op: 'replace', path: '/location/city', value: 'Gdansk' }]);
  });
});
