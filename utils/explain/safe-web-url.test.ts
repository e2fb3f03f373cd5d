import { describe, expect, it } from 'vitest';
import { safeWebUrl } from './safe-web-url';

describe('safeWebUrl', () => {
  it.each([
    ['https://www.example-pcn.nhs.uk/self-referral', 'https://www.example-pcn.nhs.uk/self-referral'],
    ['  https://forms.example.org/sp?from=leaflet  ', 'https://forms.example.org/sp?from=leaflet'],
    ['HTTPS://EXAMPLE.ORG/', 'HTTPS://EXAMPLE.ORG/'],
  ])('keeps %j as %j', (input, expected) => {
    expect(safeWebUrl(input)).toBe(expected);
  });

  it.each([
    ['http://www.example.org/form'],
    ['javascript:alert(1)'],
    ['www.example.org'],
    ['https://nhs.uk@evil.example'],
    ['https://localhost/form'],
    ['https://'],
    [''],
  ])('rejects %j', (input) => {
    expect(safeWebUrl(input)).toBeUndefined();
  });
});
