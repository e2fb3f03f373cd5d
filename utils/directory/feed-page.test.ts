import { describe, expect, it } from 'vitest';
import { parseFeedPage } from './feed-page';

describe('parseFeedPage', () => {
  it('reads a bare array as one page of ORUK v1', () => {
    expect(parseFeedPage([{ id: 'a' }])).toMatchObject({
      format: 'oruk-v1',
      records: [{ id: 'a' }],
      page: 1,
      totalPages: 1,
    });
  });

  it('reads an ORUK v1 page envelope', () => {
    const page = parseFeedPage({
      totalElements: 3,
      totalPages: 2,
      number: 1,
      size: 2,
      first: true,
      last: false,
      content: [1, 2],
    });
    expect(page).toMatchObject({ format: 'oruk-v1', records: [1, 2], page: 1, totalPages: 2 });
    expect(page.paging).toEqual({ number: 1, totalPages: 2, last: false, next: undefined });
  });

  it('reads an ORUK 3.0 page envelope', () => {
    const page = parseFeedPage({
      total_items: 1,
      total_pages: 1,
      page_number: 1,
      size: 1,
      first_page: true,
      last_page: true,
      empty: false,
      contents: [1],
    });
    expect(page).toMatchObject({ format: 'oruk-3.0', records: [1], page: 1, totalPages: 1 });
    expect(page.paging).toEqual({ number: 1, totalPages: 1, last: true, next: undefined });
  });

  it('tolerates an envelope that omits its paging fields', () => {
    expect(parseFeedPage({ content: [] })).toMatchObject({ format: 'oruk-v1', records: [], page: 1, totalPages: 1 });
  });

  it.each([
    [null, 'The feed is not a list of services.'],
    ['text', 'The feed is not a list of services.'],
    [{ services: [] }, 'The feed is JSON but has no list of services ("content" or "contents").'],
  ])('rejects %j in plain words', (json, message) => {
    expect(() => parseFeedPage(json)).toThrow(message);
  });

  it('finds a next link wherever APIs put one', () => {
    expect(parseFeedPage({ content: [1], next: '/p2' }).paging.next).toBe('/p2');
    expect(parseFeedPage({ content: [1], links: { next: '/p3' } }).paging.next).toBe('/p3');
    expect(parseFeedPage({ contents: [1], _links: { next: { href: '/p4' } } }).paging.next).toBe('/p4');
  });
});
