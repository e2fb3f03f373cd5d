import { describe, expect, it } from 'vitest';
import { leafletTitle } from './leaflet-title';

describe('leafletTitle', () => {
  it.each([
    ['Riverside PCN', 'Social prescribing at Riverside PCN'],
    ['  Hillside Primary Care Network ', 'Social prescribing at Hillside Primary Care Network'],
    ['', 'Social prescribing at your GP practice'],
    ['   ', 'Social prescribing at your GP practice'],
  ])('titles %j as %j', (name, title) => {
    expect(leafletTitle(name)).toBe(title);
  });
});
