import { describe, expect, it } from 'vitest';
import { mailtoHref, telHref, websiteHref } from './safe-link';

describe('links from feed text', () => {
  it.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['https://trusted.example@other.example/', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ])('website %j → %j', (value, href) => expect(websiteHref(value)).toBe(href));

  it.each([
    ['help@example.org', 'mailto:help@example.org'],
    ['help@example.org?cc=x@evil.example', undefined],
    ['help@example.org?subject=Hi', undefined],
    ['a@b&body=x', undefined],
    ['javascript:alert(1)', undefined],
  ])('email %j → %j', (value, href) => expect(mailtoHref(value)).toBe(href));

  it.each([
    ['0117 496 0000', 'tel:01174960000'],
    ['+44 117 496 0000', 'tel:+441174960000'],
    ['call us', undefined],
    ['1'.repeat(99), undefined],
  ])('phone %j → %j', (value, href) => expect(telHref(value)).toBe(href));
});
